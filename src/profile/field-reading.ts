/**
 * How a profile field was read, and how far to trust it. The confidence is a property of the method, not
 * of the value: one table, so HR and the tests can see why a field is queued for checking.
 */
import { z } from 'zod';

export const READ_METHODS = ['hr', 'label', 'heading', 'text', 'inferred', 'file name'] as const;
export type ReadMethod = (typeof READ_METHODS)[number];

/**
 * Confidence by method. A label the vocabulary knows word for word ("Weekly hours:") is near certain; a
 * heading recognised only by its cue words ("Who you will report to") a little less; a value found in
 * running text or under another section could belong to something else; a title composed from the content
 * or the file name is a guess. An HR correction is what a person checked.
 */
export const CONFIDENCE_BY_METHOD: Readonly<Record<ReadMethod, number>> = {
  hr: 1,
  label: 0.95,
  heading: 0.8,
  text: 0.6,
  inferred: 0.4,
  'file name': 0.25,
};

/** Fields read with less confidence than this are listed as "check these" and queued for HR review. */
export const CHECK_THRESHOLD = 0.7;

/** What each method means, in words for "check these" lists and the HR review. */
export const METHOD_WORDING: Readonly<Record<ReadMethod, string>> = {
  hr: 'checked by HR',
  label: 'read from a label',
  heading: 'read under a heading recognised by its cue words',
  text: 'found in running text, not under its own label',
  inferred: 'inferred from the content',
  'file name': 'taken from the file name',
};

export const FieldReadingSchema = z.object({
  method: z.enum(READ_METHODS),
  confidence: z.number().min(0).max(1),
  /** For an HR correction: who made it (a Slack user id or a CLI user name) and when (ISO 8601). */
  by: z.string().min(1).optional(),
  at: z.string().min(1).optional(),
});
export type FieldReading = z.infer<typeof FieldReadingSchema>;

export function reading(method: ReadMethod): FieldReading {
  return { method, confidence: CONFIDENCE_BY_METHOD[method] };
}
