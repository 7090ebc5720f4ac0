/**
 * Document text -> RoleProfile: normalise, find sections, run one extractor per field, validate with the
 * RoleProfile schema. Pure: no I/O. Never throws for ugly text; throws NO_ROLE_TITLE only when no title can
 * be found or inferred.
 */
import { RoleCallError } from '../errors.ts';
import {
  RoleProfileSchema,
  type Evidence,
  type RoleProfile,
  type RoleProfileInput,
  type ScalarField,
  type SourceFormat,
} from '../profile/role-profile.ts';
import type { TableRowMark } from './document-lines.ts';
import { extractCompetencies } from './extract-competencies.ts';
import type { ExtractContext, Found } from './extract-context.ts';
import { extractClosingDate } from './extract-closing-date.ts';
import { extractCriteria } from './extract-criteria.ts';
import { extractDriving } from './extract-driving.ts';
import { extractEntryRoutes } from './extract-entry-routes.ts';
import { extractFeatures } from './extract-features.ts';
import { extractHours } from './extract-hours.ts';
import { extractConditions, extractPurpose, extractResponsibilities } from './extract-narrative.ts';
import { extractOrganisation } from './extract-organisation.ts';
import { extractPay } from './extract-pay.ts';
import { extractRankGrade } from './extract-rank-grade.ts';
import { extractLocation, extractReportsTo, labelledValue } from './extract-reporting.ts';
import { extractHealth, extractTraining } from './extract-requirements.ts';
import { extractMinimumService } from './extract-service.ts';
import { extractRoleCode } from './extract-role-code.ts';
import { extractShifts } from './extract-shifts.ts';
import { extractStaffType } from './extract-staff-type.ts';
import { extractItSystems, extractStandards } from './extract-systems.ts';
import { extractTitle, titleFromFileName, type TitleResult } from './extract-title.ts';
import { extractVetting } from './extract-vetting.ts';
import { extractWorkingArrangements } from './extract-working-arrangements.ts';
import { fieldReadings } from './field-readings.ts';
import { normaliseLines } from './normalise-lines.ts';
import { rankOf } from '../vocabulary/police-ranks.ts';
import { makeRoleId } from './role-id.ts';
import { extractAliases } from './extract-aliases.ts';
import { PARSER_VERSION } from './parser-version.ts';
import { buildModel } from './sections.ts';
import { sourceLines } from './source-lines.ts';

export interface DocumentText {
  /** File name as given (no directories). */
  file: string;
  text: string;
  format: SourceFormat;
  sha256: string;
  /** Table rows the document's layout showed (.docx, .pdf), by line of `text`. */
  tables?: TableRowMark[];
}

export interface ParseResult {
  profile: RoleProfile;
  /** What the parser noticed and HR may want to fix in the document (also in `profile.warnings`). */
  warnings: string[];
  /** Human names of fields the document does not state, e.g. "weekly hours", "vetting level". */
  missing: string[];
}

export function parseDocument(doc: DocumentText): ParseResult {
  const model = buildModel(normaliseLines(doc.text, doc.tables));
  const ctx: ExtractContext = { model, descriptive: new Set(), criteriaLines: new Set() };
  const warnings: string[] = [];

  // Competencies first: their descriptions are prose other extractors must not read as facts of the post.
  const competencies = extractCompetencies(ctx);
  const criteria = extractCriteria(ctx);
  const { rank, grade } = extractRankGrade(ctx);
  const titleResult = extractTitle(ctx, rank?.value ?? null) ?? fileNameTitle(doc.file);
  if (!titleResult) {
    throw new RoleCallError(
      'NO_ROLE_TITLE',
      `${doc.file}: no role title found, and none could be inferred from the text.`,
      'Add a line such as "Job title: Contact Handler" to the document and try again.',
    );
  }
  if (titleResult.warning) warnings.push(titleResult.warning);
  const title = titleResult.found.value;
  // "Detective Sergeant", "Roads Policing Constable": a title that names a rank states it.
  const rankFromTitle = rank ?? (titleResult.inferred ? null : rankInTitle(titleResult.found));
  const organisation = extractOrganisation(ctx);
  warnings.push(...organisation.warnings);
  const staffType = extractStaffType(ctx, title, rankFromTitle, grade);
  const hours = extractHours(ctx);
  const reportsTo = extractReportsTo(ctx);
  const vetting = extractVetting(ctx);
  if (vetting.status === 'ambiguous' && vetting.note) warnings.push(`Vetting is ambiguous: ${vetting.note}`);
  const driving = extractDriving(ctx, criteria.essential, criteria.desirable);
  const shifts = extractShifts(ctx);

  const evidence: Partial<Record<ScalarField, Evidence[]>> = {};
  const scalar = <T>(field: ScalarField, found: Found<T> | null): T | null => {
    if (!found) return null;
    if (found.evidence.length > 0) evidence[field] = found.evidence;
    return found.value;
  };
  const orgName = scalar('organisation', organisation.found);

  const input: RoleProfileInput = {
    id: makeRoleId(title, orgName),
    title: scalar('title', titleResult.found) ?? title,
    titleInferred: titleResult.inferred,
    titleSource: titleResult.source,
    aliases: extractAliases(ctx, title),
    organisation: orgName,
    staffType: scalar('staffType', staffType) ?? 'unknown',
    rank: scalar('rank', rankFromTitle),
    grade: scalar('grade', grade),
    roleCode: scalar('roleCode', extractRoleCode(ctx)),
    weeklyHours: scalar('weeklyHours', hours),
    reportsTo: scalar('reportsTo', reportsTo),
    responsibleFor: scalar('responsibleFor', labelledValue(ctx, ['responsibleFor'], 1)),
    department: scalar('department', labelledValue(ctx, ['department'], 1)),
    location: scalar('location', extractLocation(ctx)),
    purpose: scalar('purpose', extractPurpose(ctx)),
    dress: scalar('dress', labelledValue(ctx, ['dress'], 1)),
    travel: scalar('travel', labelledValue(ctx, ['travel'], 1)),
    contractType: scalar('contractType', labelledValue(ctx, ['contractType'], 1)),
    shifts,
    vetting,
    driving,
    responsibilities: extractResponsibilities(ctx),
    essentialCriteria: criteria.essential,
    desirableCriteria: criteria.desirable,
    behaviours: competencies.behaviours,
    values: competencies.values,
    skills: competencies.skills,
    health: extractHealth(ctx),
    training: extractTraining(ctx),
    itSystems: extractItSystems(ctx),
    nationalOccupationalStandards: extractStandards(ctx),
    conditions: extractConditions(ctx),
    pay: extractPay(ctx),
    workingArrangements: extractWorkingArrangements(ctx, hours),
    closingDate: extractClosingDate(ctx),
    minimumService: extractMinimumService(ctx),
    entryRoutes: extractEntryRoutes(ctx),
    features: extractFeatures(ctx, shifts, hours),
    evidence,
    source: { file: doc.file, sha256: doc.sha256, format: doc.format },
    parserVersion: PARSER_VERSION,
    lines: sourceLines(model.lines),
    warnings,
  };
  const parsed = RoleProfileSchema.safeParse(input);
  if (!parsed.success) {
    // A bug in an extractor, not a problem with the document: say which field.
    const issue = parsed.error.issues[0];
    throw new RoleCallError(
      'PROFILE_INVALID',
      `${doc.file}: the parser built an invalid profile (${issue?.path.join('.') ?? '?'}: ${issue?.message ?? 'invalid'}).`,
      'Please report this document to the Role Call maintainers.',
    );
  }
  const profile = { ...parsed.data, readings: fieldReadings(parsed.data, model) };
  return { profile, warnings, missing: missingFields(profile) };
}

/** The last resort for a document with no title anywhere in its text: its file name, when it reads as words. */
function fileNameTitle(file: string): TitleResult | null {
  const value = titleFromFileName(file);
  if (value === null) return null;
  return {
    found: { value, evidence: [] },
    inferred: true,
    source: 'file name',
    warning: `The document states no job title; "${value}" was taken from its file name. Add a "Job title:" line to the document.`,
  };
}

function rankInTitle(title: Found<string>): Found<string> | null {
  const m = /\b(?:(?:detective|police|special|chief)\s+)?(?:constable|sergeant|inspector|superintendent)\b/i.exec(title.value);
  const rank = m ? rankOf(m[0]) : null;
  return rank ? { value: rank, evidence: title.evidence } : null;
}

/** Human names of what the document does not state, so HR can fix the document. */
export function missingFields(profile: RoleProfile): string[] {
  const missing: string[] = [];
  if (profile.titleInferred) missing.push('job title (inferred)');
  if (!profile.organisation) missing.push('organisation');
  if (!profile.rank && !profile.grade) missing.push('rank or grade');
  if (!profile.reportsTo) missing.push('reporting line');
  if (profile.weeklyHours === null) missing.push('weekly hours');
  if (!profile.shifts.pattern && !profile.shifts.details) missing.push('shift pattern');
  if (profile.vetting.status === 'not-stated') missing.push('vetting level');
  if (profile.vetting.status === 'ambiguous') missing.push('vetting level (ambiguous)');
  if (profile.driving.requirement === 'not-stated') missing.push('driving requirement');
  if (!profile.purpose) missing.push('purpose');
  if (profile.responsibilities.length === 0) missing.push('responsibilities');
  if (profile.essentialCriteria.length === 0) missing.push('essential criteria');
  if (profile.behaviours.length === 0) missing.push('behaviours');
  if (profile.health.length === 0) missing.push('health or fitness tests');
  if (profile.training.length === 0) missing.push('training');
  return missing;
}
