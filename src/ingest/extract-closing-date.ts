/**
 * The closing date of applications: a "Closing date:" label (or heading) first, then a sentence such as
 * "applications must be received by 15 March 2027". Kept as written, with an ISO date only when it reads
 * unambiguously (src/ingest/read-date.ts). A label with no usable value states nothing.
 */
import type { ClosingDate } from '../profile/role-profile.ts';
import { CLOSING_CUE } from '../vocabulary/date-words.ts';
import { documentSentences, linesUnder } from './document-sentences.ts';
import type { ExtractContext } from './extract-context.ts';
import { labelledValue } from './extract-reporting.ts';
import { readDate } from './read-date.ts';

/** A labelled value longer than this is prose around a date: keep the date as written, not the paragraph. */
const MAX_VALUE = 80;

export function extractClosingDate(ctx: ExtractContext): ClosingDate | null {
  const labelled = labelledValue(ctx, ['closingDate'], 2);
  if (labelled) {
    const date = readDate(labelled.value);
    if (date || labelled.value.length <= MAX_VALUE) {
      const text = labelled.value.length <= MAX_VALUE ? labelled.value.replace(/[.;]$/, '') : (date?.text ?? labelled.value);
      return { text, iso: date?.iso ?? null, evidence: labelled.evidence };
    }
  }
  // A "Closing date" heading with the date on a line below it.
  const under = linesUnder(ctx, 'closingDate');
  for (const sentence of documentSentences(ctx)) {
    const cue = CLOSING_CUE.exec(sentence.text);
    if (!cue && !under.has(sentence.index)) continue;
    const date = readDate(sentence.text.slice(cue?.index ?? 0));
    if (date) return { text: date.text, iso: date.iso, evidence: [sentence.evidence] };
  }
  return null;
}
