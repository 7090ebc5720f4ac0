/**
 * The expected-facts files in test/corpus/expected/: what a careful HR adviser would read from each held-out
 * role document. A field left out of a file is not asserted; a field set to null (or "not-stated") asserts
 * that the document does not state it, so the parser must not guess it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';

/** A short text the profile value must contain, or equal, and words it must not contain (distractors). */
const TextExpectationSchema = z.union([
  z.string().min(1),
  z.object({
    /** One phrase, or several that must all appear (e.g. both lines of a wrapped value). */
    includes: z.union([z.string().min(1), z.array(z.string().min(1)).min(1)]).optional(),
    equals: z.string().min(1).optional(),
    excludes: z.array(z.string().min(1)).default([]),
  }),
]);
export type TextExpectation = z.infer<typeof TextExpectationSchema>;

const LevelSchema = z.union([z.number().int().nonnegative(), z.string().min(1)]);

const CompetencyExpectationSchema = z.object({
  name: z.string().min(1),
  level: LevelSchema,
  framework: z.string().min(1).optional(),
});

const AssessmentExpectationSchema = z.object({
  /** Words the expanded method may contain ("interview"); any one is enough. */
  words: z.array(z.string().min(1)).min(1),
  /** Codes as written in the document ("I", "A, T"), accepted when the parser keeps the code. */
  codes: z.array(z.string().min(1)).default([]),
});

const CriteriaExpectationSchema = z.object({
  count: z.number().int().nonnegative().optional(),
  includes: z
    .array(z.object({ text: z.string().min(1), assessment: AssessmentExpectationSchema.optional() }))
    .default([]),
});

/**
 * A list field (health, training, IT systems, values): keywords each found in some item; or, with the
 * object form, also phrases no item may contain (text that belongs to another field) and an exact count
 * when the document lists the items one per line.
 */
const ListExpectationSchema = z.union([
  z.array(z.string().min(1)),
  z.object({
    includes: z.array(z.string().min(1)).default([]),
    excludes: z.array(z.string().min(1)).default([]),
    count: z.number().int().nonnegative().optional(),
  }),
]);
export type ListExpectation = z.infer<typeof ListExpectationSchema>;

export const ExpectedFactsSchema = z.strictObject({
  /** A text document in fixtures/documents, or an HTML source in fixtures/office made into `formats`. */
  document: z.string().regex(/^[a-z0-9-]+\.(txt|md|html)$/),
  /** For an HTML source: the office files made from it by fixtures/office/make-fixtures.sh, each read as HR hold it. */
  formats: z.array(z.enum(['docx', 'pdf'])).min(1).optional(),
  layouts: z.array(z.string().min(1)).min(1),
  /** The batch a document came in with (FIRST-SIGHT.md scores each batch at first sight). */
  batch: z.string().min(1).optional(),
  /**
   * Kept out of development: nobody reads this document to change the parser, so its facts (and gaps) keep
   * measuring documents the parser was not fitted to. A quarter of each new batch, chosen by a stated rule.
   */
  heldOut: z.boolean().default(false),
  notes: z.array(z.string().min(1)).default([]),
  title: z.object({
    includes: z.string().min(1),
    inferred: z.boolean(),
    /** Words a title must not have (an inferred title naming the wrong party, a header line taken as title). */
    excludes: z.array(z.string().min(1)).default([]),
  }),
  /** Other names the document gives the role ("CDO", "PolSA"), each among the profile's aliases (case ignored). */
  aliases: z.array(z.string().min(1)).optional(),
  organisation: z.string().min(1).nullable().optional(),
  staffType: z.enum(['officer', 'staff', 'unknown']).optional(),
  rank: TextExpectationSchema.nullable().optional(),
  grade: TextExpectationSchema.nullable().optional(),
  /** Grade or rank text found in either field, for documents whose one "Rank/Grade" value may land in both. */
  gradeOrRank: TextExpectationSchema.optional(),
  roleCode: z.string().min(1).nullable().optional(),
  weeklyHours: z.number().positive().nullable().optional(),
  reportsTo: TextExpectationSchema.nullable().optional(),
  /** Keywords that must all appear in shifts.pattern + shifts.details. */
  shifts: z.array(z.string().min(1)).optional(),
  /** Regular expressions (case-insensitive) that shifts.pattern + shifts.details must each match. */
  shiftPatterns: z
    .array(z.string().min(1).refine((source) => { try { new RegExp(source, 'i'); return true; } catch { return false; } }, 'not a valid regular expression'))
    .optional(),
  vetting: z
    .object({
      /** Statuses a careful reader could defend; usually one. */
      status: z.array(z.enum(['stated', 'not-stated', 'ambiguous'])).min(1),
      /** The exact set of normalised codes. */
      levels: z.array(z.string().min(1)),
    })
    .optional(),
  driving: z.enum(['essential', 'desirable', 'not-required', 'not-stated']).optional(),
  essentialCriteria: CriteriaExpectationSchema.optional(),
  desirableCriteria: CriteriaExpectationSchema.optional(),
  behaviours: z.array(CompetencyExpectationSchema).optional(),
  /** Text that must not be taken for a behaviour's name (a date line, a sentence about levels). */
  notBehaviours: z.array(z.string().min(1)).optional(),
  values: ListExpectationSchema.optional(),
  skills: z.array(CompetencyExpectationSchema.omit({ framework: true })).optional(),
  /** Keywords: each must appear in some item of the list. */
  health: ListExpectationSchema.optional(),
  training: ListExpectationSchema.optional(),
  itSystems: ListExpectationSchema.optional(),
  /**
   * Facts that the .docx/.pdf renderings in rendered-corpus.test.ts cannot carry (the renderer writes a line
   * of text, so X marks placed by column lose their column), with the reason. Checked on the text only.
   */
  notInRendered: z.object({ facts: z.array(z.string().min(1)).min(1), reason: z.string().min(1) }).optional(),
  location: TextExpectationSchema.nullable().optional(),
  dress: z.string().min(1).nullable().optional(),
  /** The sums in pounds and period exactly; allowances: keywords each in some allowance. Null: no pay stated. */
  pay: z
    .object({
      min: z.number().nonnegative().nullable(),
      max: z.number().nonnegative().nullable(),
      period: z.enum(['year', 'hour']).nullable().optional(),
      allowances: z.array(z.string().min(1)).optional(),
    })
    .nullable()
    .optional(),
  /** The exact set of arrangements stated, each offered or refused, with hours when stated. */
  workingArrangements: z
    .array(z.object({ kind: z.enum(['part-time', 'job-share', 'flexible', 'hybrid']), offered: z.boolean(), hours: z.number().positive().nullable().optional() }))
    .optional(),
  /** The ISO date exactly (null: written without a year); null for the whole: no closing date stated. */
  closingDate: z.object({ iso: z.string().nullable() }).nullable().optional(),
  minimumService: ListExpectationSchema.optional(),
  /** The exact set of entry-route ids (src/vocabulary/entry-routes.ts). */
  entryRoutes: z.array(z.string().min(1)).optional(),
});
export type ExpectedFacts = z.infer<typeof ExpectedFactsSchema>;

export const CORPUS_DIR = new URL('.', import.meta.url).pathname;
export const DOCUMENTS_DIR = join(CORPUS_DIR, '..', 'fixtures', 'documents');
export const EXPECTED_DIR = join(CORPUS_DIR, 'expected');
export const OFFICE_DIR = join(CORPUS_DIR, '..', 'fixtures', 'office');
export const SEEDS_DIR = join(CORPUS_DIR, '..', '..', 'data', 'sources');

/** Every expected-facts file, validated; a malformed file fails loudly with its name. */
export function loadExpectedFacts(): ExpectedFacts[] {
  return readdirSync(EXPECTED_DIR)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => {
      const result = ExpectedFactsSchema.safeParse(JSON.parse(readFileSync(join(EXPECTED_DIR, name), 'utf8')));
      if (!result.success) throw new Error(`${name}: ${z.prettifyError(result.error)}`);
      if (result.data.document.endsWith('.html') !== (result.data.formats !== undefined)) {
        throw new Error(`${name}: an .html document needs "formats" (docx, pdf), and only an .html document has them`);
      }
      if (result.data.document.replace(/\.\w+$/, '') !== name.replace(/\.json$/, '')) {
        throw new Error(`${name}: "document" must have the same base name as the expectations file`);
      }
      return result.data;
    });
}

/** The files the corpus tests read for one expected-facts file: the text document, or each office file. */
export function corpusFiles(expected: ExpectedFacts): Array<{ file: string; path: string }> {
  if (expected.formats === undefined) return [{ file: expected.document, path: join(DOCUMENTS_DIR, expected.document) }];
  const base = expected.document.replace(/\.html$/, '');
  return expected.formats.map((format) => ({ file: `${base}.${format}`, path: join(OFFICE_DIR, `${base}.${format}`) }));
}

const NUMBER_WORDS: Record<string, string> = {
  one: '1', two: '2', three: '3', four: '4', five: '5', six: '6',
  seven: '7', eight: '8', nine: '9', ten: '10', eleven: '11', twelve: '12',
};

/**
 * Compare wording loosely but never numbers: lower case, dashes and hyphens as spaces, curly quotes
 * straightened, number words as digits, whitespace collapsed.
 */
export function normaliseText(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/[-\u2010-\u2015]/g, ' ')
    .replace(/\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b/g, (w) => NUMBER_WORDS[w] ?? w)
    .replace(/\s+/g, ' ')
    .trim();
}

export function includesText(actual: string | null | undefined, expected: string): boolean {
  return actual != null && normaliseText(actual).includes(normaliseText(expected));
}
