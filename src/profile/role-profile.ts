/**
 * RoleProfile: the single source of truth for everything the bot says about a role.
 *
 * The JSON field names are a contract: tests, the CLI's --json output and HR's hand corrections all read
 * them. Every extracted fact carries evidence (the 1-based source line and the quoted text) so an answer
 * can cite it. A fact the document does not state is null / empty / "not-stated", never guessed.
 */
import { z } from 'zod';
import { FieldReadingSchema } from './field-reading.ts';

/** Where a fact came from: the 1-based line in the extracted document text, and the text quoted. */
export const EvidenceSchema = z.object({
  line: z.number().int().positive(),
  quote: z.string(),
});
export type Evidence = z.infer<typeof EvidenceSchema>;

const evidenceList = z.array(EvidenceSchema);

/** A level as written: "Level 3" is stored as 3; a word such as "Accredited" is kept as written. */
export const LevelSchema = z.union([z.number().int().nonnegative(), z.string().min(1)]).nullable();
export type Level = z.infer<typeof LevelSchema>;

/** A plain item of a list (a responsibility, a health test, a training requirement, ...). */
export const ItemSchema = z.object({
  text: z.string().min(1),
  evidence: evidenceList,
});
export type Item = z.infer<typeof ItemSchema>;

export const CriterionSchema = z.object({
  text: z.string().min(1),
  /** The heading the criterion sits under: "Education", "Work Experience", "Entry requirements", ... */
  category: z.string().nullable(),
  /** The number the document gives the criterion, if any ("1. To be qualified ..." -> 1). */
  number: z.number().int().nullable().default(null),
  /** How it is assessed, when the document says ("Application form", "Interview", ...). */
  assessment: z.string().nullable().default(null),
  evidence: evidenceList,
});
export type Criterion = z.infer<typeof CriterionSchema>;

export const CompetencySchema = z.object({
  name: z.string().min(1),
  level: LevelSchema,
  /** "CVF" (Competency and Values Framework), "PPF", or null when the document does not say. */
  framework: z.string().nullable(),
  description: z.string().nullable().default(null),
  evidence: evidenceList,
});
export type Competency = z.infer<typeof CompetencySchema>;

export const SkillSchema = z.object({
  name: z.string().min(1),
  level: LevelSchema,
  description: z.string().nullable(),
  evidence: evidenceList,
});
export type Skill = z.infer<typeof SkillSchema>;

export const NamedItemSchema = z.object({
  name: z.string().min(1),
  evidence: evidenceList,
});
export type NamedItem = z.infer<typeof NamedItemSchema>;

export const StandardSchema = z.object({
  /** The NOS code ("BA18"), or null when the line has none. */
  code: z.string().nullable(),
  title: z.string().min(1),
  evidence: evidenceList,
});
export type Standard = z.infer<typeof StandardSchema>;

export const ShiftsSchema = z.object({
  /** One-line summary ("six on, three off"; "24 hours rotating shift pattern, 365 days a year"). */
  pattern: z.string().nullable(),
  /** The rest of what the document says about hours and shifts, verbatim where possible. */
  details: z.string().nullable(),
  evidence: evidenceList,
});
export type Shifts = z.infer<typeof ShiftsSchema>;

/**
 * Working-pattern features that list filters need ("which roles work nights?"). Read once, at ingest, with
 * the lines that state them; answers read these and never re-derive them from text. The words that state
 * each feature are in src/vocabulary/features.ts.
 */
export const FEATURE_IDS = ['nights', 'weekends', '24-7', 'twelve-hour-shifts', 'weekday-daytime', 'on-call', 'part-time', 'job-share'] as const;
export const FeatureIdSchema = z.enum(FEATURE_IDS);
export type FeatureId = z.infer<typeof FeatureIdSchema>;

export const FeatureSchema = z.object({
  id: FeatureIdSchema,
  evidence: evidenceList,
});
export type Feature = z.infer<typeof FeatureSchema>;

/** How often a stated sum is paid: a salary per year, a rate per hour. Null when the document does not say. */
export const PayPeriodSchema = z.enum(['year', 'hour']);
export type PayPeriod = z.infer<typeof PayPeriodSchema>;

export const PaySchema = z.object({
  /** The salary range or point as written ("£27,334 - £29,539 per annum"); null when only allowances or a scale are stated. */
  text: z.string().min(1).nullable(),
  /** The lower (or only) sum in pounds, read from `text`. */
  min: z.number().nonnegative().nullable(),
  /** The upper sum in pounds; equal to `min` for a single point. */
  max: z.number().nonnegative().nullable(),
  period: PayPeriodSchema.nullable(),
  /** Allowances as written: "plus £1,200 shift allowance", "SE allowance". */
  allowances: z.array(ItemSchema).default([]),
  /** Grade-to-pay lines as written: "Band C: £24,000 - £26,000", "Scale point 3 £28,551". */
  scale: z.array(ItemSchema).default([]),
  evidence: evidenceList,
});
export type Pay = z.infer<typeof PaySchema>;

/** Ways of working a post that staff ask about; the words for each are in src/vocabulary/working-arrangements.ts. */
export const ARRANGEMENT_KINDS = ['part-time', 'job-share', 'flexible', 'hybrid'] as const;
export const ArrangementKindSchema = z.enum(ARRANGEMENT_KINDS);
export type ArrangementKind = z.infer<typeof ArrangementKindSchema>;

export const WorkingArrangementSchema = z.object({
  kind: ArrangementKindSchema,
  /** False when the document says it is not available ("job share is not possible for this post"). */
  offered: z.boolean(),
  /** Weekly hours stated with it ("part time 18.5 hours considered" -> 18.5). */
  hours: z.number().positive().nullable().default(null),
  /** The sentence that states it, as written. */
  text: z.string().min(1),
  evidence: evidenceList,
});
export type WorkingArrangement = z.infer<typeof WorkingArrangementSchema>;

export const ClosingDateSchema = z.object({
  /** The date as written ("Friday 15th March 2027 at midnight"). */
  text: z.string().min(1),
  /** YYYY-MM-DD when the date reads unambiguously (numeric dates in UK day-month order); null otherwise. */
  iso: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullable(),
  evidence: evidenceList,
});
export type ClosingDate = z.infer<typeof ClosingDateSchema>;

export const ServiceRequirementSchema = z.object({
  /** As written: "must have completed probation", "minimum 2 years' service", "tenure of 5 years in post". */
  text: z.string().min(1),
  /** The years stated, when a number is given. */
  years: z.number().nonnegative().nullable().default(null),
  evidence: evidenceList,
});
export type ServiceRequirement = z.infer<typeof ServiceRequirementSchema>;

export const EntryRouteSchema = z.object({
  /** The route's id in src/vocabulary/entry-routes.ts ("pcda", "dhep", "transferee", ...). */
  id: z.string().min(1),
  /** The route as the document names it. */
  name: z.string().min(1),
  evidence: evidenceList,
});
export type EntryRoute = z.infer<typeof EntryRouteSchema>;

export const VettingStatusSchema = z.enum(['stated', 'not-stated', 'ambiguous']);
export type VettingStatus = z.infer<typeof VettingStatusSchema>;

export const VettingSchema = z.object({
  status: VettingStatusSchema,
  /** Normalised codes: RV, MV, NPPV1, NPPV2, NPPV3, CTC, SC, EV1, DV, ... (empty unless stated). */
  levels: z.array(z.string().min(1)),
  /** Why a status is ambiguous or not stated, or a qualifier the document adds. */
  note: z.string().nullable(),
  evidence: evidenceList,
});
export type Vetting = z.infer<typeof VettingSchema>;

export const DrivingRequirementSchema = z.enum(['essential', 'desirable', 'not-required', 'not-stated']);
export type DrivingRequirement = z.infer<typeof DrivingRequirementSchema>;

export const DrivingSchema = z.object({
  requirement: DrivingRequirementSchema,
  detail: z.string().nullable(),
  evidence: evidenceList,
});
export type Driving = z.infer<typeof DrivingSchema>;

export const StaffTypeSchema = z.enum(['officer', 'staff', 'unknown']);
export type StaffType = z.infer<typeof StaffTypeSchema>;

export const SourceFormatSchema = z.enum(['txt', 'md', 'docx', 'pdf']);
export type SourceFormat = z.infer<typeof SourceFormatSchema>;

export const SourceSchema = z.object({
  /** File name as given (no directories), e.g. "contact-handler-person-spec.txt". */
  file: z.string().min(1),
  sha256: z.string().regex(/^[0-9a-f]{64}$/, 'must be 64 lower-case hex characters'),
  format: SourceFormatSchema.default('txt'),
});
export type Source = z.infer<typeof SourceSchema>;

/**
 * One line of the role's own document as read: its 1-based source line and its text (table cells joined
 * with " | "). Kept so a question no field answers can still be answered from the document, quoted.
 */
export const DocumentLineSchema = z.object({
  line: z.number().int().positive(),
  text: z.string().min(1),
});
export type DocumentLine = z.infer<typeof DocumentLineSchema>;

/** The single-valued fields whose evidence lives in `RoleProfile.evidence`. */
export const SCALAR_FIELDS = [
  'title',
  'organisation',
  'staffType',
  'rank',
  'grade',
  'roleCode',
  'weeklyHours',
  'reportsTo',
  'responsibleFor',
  'department',
  'location',
  'purpose',
  'dress',
  'travel',
  'contractType',
] as const;
export type ScalarField = (typeof SCALAR_FIELDS)[number];

export const ScalarEvidenceSchema = z.partialRecord(z.enum(SCALAR_FIELDS), evidenceList);

/** An id is a URL-safe slug: lower-case letters, digits and single hyphens. */
export const ROLE_ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const TITLE_SOURCES = ['label', 'heading', 'content', 'file name'] as const;
export type TitleSource = (typeof TITLE_SOURCES)[number];

export const RoleProfileSchema = z.object({
  schemaVersion: z.literal(1).default(1),
  id: z.string().regex(ROLE_ID_PATTERN, 'must be a lower-case slug such as "contact-handler"'),
  title: z.string().min(1),
  /** True when the document has no title and it was inferred from the content. */
  titleInferred: z.boolean().default(false),
  /**
   * Where the title came from: a title label; the document's leading heading; composed from its content
   * (a "we are recruiting" phrase, a team with the document's own rank or grade); or, last, the file name.
   */
  titleSource: z.enum(TITLE_SOURCES).default('label'),
  aliases: z.array(z.string().min(1)).default([]),
  organisation: z.string().nullable(),
  staffType: StaffTypeSchema,
  rank: z.string().nullable(),
  grade: z.string().nullable(),
  roleCode: z.string().nullable(),
  weeklyHours: z.number().positive().nullable(),
  reportsTo: z.string().nullable(),
  responsibleFor: z.string().nullable().default(null),
  department: z.string().nullable().default(null),
  location: z.string().nullable().default(null),
  purpose: z.string().nullable(),
  dress: z.string().nullable().default(null),
  travel: z.string().nullable().default(null),
  contractType: z.string().nullable().default(null),
  shifts: ShiftsSchema,
  vetting: VettingSchema,
  driving: DrivingSchema,
  responsibilities: z.array(ItemSchema).default([]),
  essentialCriteria: z.array(CriterionSchema).default([]),
  desirableCriteria: z.array(CriterionSchema).default([]),
  behaviours: z.array(CompetencySchema).default([]),
  values: z.array(CompetencySchema).default([]),
  skills: z.array(SkillSchema).default([]),
  health: z.array(ItemSchema).default([]),
  training: z.array(ItemSchema).default([]),
  itSystems: z.array(NamedItemSchema).default([]),
  nationalOccupationalStandards: z.array(StandardSchema).default([]),
  /** Other stated conditions of the post: "work shifts", "use own vehicle", "pass a first aid course". */
  conditions: z.array(ItemSchema).default([]),
  /** Pay as stated (null when the document states no salary, allowance or scale). */
  pay: PaySchema.nullable().default(null),
  /** Part time, job share, flexible and hybrid working as stated, each with evidence. */
  workingArrangements: z.array(WorkingArrangementSchema).default([]),
  /** When applications close, as stated. */
  closingDate: ClosingDateSchema.nullable().default(null),
  /** Minimum service or tenure the post asks for ("must have completed probation"). */
  minimumService: z.array(ServiceRequirementSchema).default([]),
  /** Entry routes the document names (PCDA, DHEP, transferee, ...). */
  entryRoutes: z.array(EntryRouteSchema).default([]),
  /** Working-pattern features stated by the document (nights, weekends, part time, ...), each with evidence. */
  features: z.array(FeatureSchema).default([]),
  /** Evidence for the single-valued fields above, keyed by field name. */
  evidence: ScalarEvidenceSchema.default({}),
  source: SourceSchema,
  /**
   * The parser version (src/ingest/parser-version.ts) that produced this profile; absent in profiles stored
   * before versions were stamped, and in hand-written ones. Re-ingesting the same document with the same
   * parser version is skipped.
   */
  parserVersion: z.number().int().positive().optional(),
  /**
   * The document's non-blank lines, in order. Defaults to none so profiles stored before it load; those
   * are searched through their evidence quotes instead (see src/search/searchable-lines.ts).
   */
  lines: z.array(DocumentLineSchema).default([]),
  /** What the parser noticed and HR may want to fix in the document. */
  warnings: z.array(z.string()).default([]),
  /**
   * How each key field was read (a label, a heading recognised by cue words, running text, a fallback, or
   * an HR correction) with the confidence that follows (src/profile/field-reading.ts), keyed by the field's
   * id in src/review/review-fields.ts. Empty in profiles stored before it; a field not stated has none.
   */
  readings: z.record(z.string(), FieldReadingSchema).default({}),
});
export type RoleProfile = z.infer<typeof RoleProfileSchema>;
/** The shape before defaults are applied (what a hand-edited JSON file may omit). */
export type RoleProfileInput = z.input<typeof RoleProfileSchema>;
