/**
 * Working arrangements: part time (with hours when stated), job share, flexible and hybrid working, each as
 * the sentence that states it, offered or refused ("job share is not available"). A sentence about the
 * candidate ("experience of managing part-time staff") states none. Weekly hours under 30 state part time
 * when nothing else does. The words are in src/vocabulary/working-arrangements.ts.
 */
import { ARRANGEMENT_KINDS, type ArrangementKind, type WorkingArrangement } from '../profile/role-profile.ts';
import { ARRANGEMENTS, REFUSED } from '../vocabulary/working-arrangements.ts';
import { documentSentences } from './document-sentences.ts';
import type { ExtractContext, Found } from './extract-context.ts';

/** Weekly hours below this are part time (as for the part-time feature). */
const PART_TIME_BELOW = 30;

const HOURS = /\b(\d{1,2}(?:\.\d{1,2})?)\s*(?:hours|hrs|hour|hr)\b/i;

/** The clause of a sentence that names the arrangement: "job share considered; part time not available". */
function clauseWith(sentence: string, words: RegExp): string {
  const clauses = sentence.split(/;|\s+but\s+|\s+however,?\s+|,\s+(?=(?:and\s+)?(?:no|not|part|job|flexible|hybrid|agile)\b)/i);
  return clauses.find((clause) => words.test(clause)) ?? sentence;
}

export function extractWorkingArrangements(ctx: ExtractContext, weeklyHours: Found<number> | null): WorkingArrangement[] {
  const found = new Map<ArrangementKind, WorkingArrangement>();
  // A heading ("Flexible working") names what the lines below it are about; it offers nothing itself.
  const headings = new Set(ctx.model.sections.filter((section) => !section.entry?.value.trim()).map((section) => section.index));
  for (const sentence of documentSentences(ctx)) {
    if (headings.has(sentence.index)) continue;
    for (const kind of ARRANGEMENT_KINDS) {
      const record = ARRANGEMENTS[kind];
      if (!record.stated.test(sentence.text)) continue;
      const clause = clauseWith(sentence.text, record.stated);
      const refused = REFUSED.test(clause);
      if (!refused && record.aside?.test(clause)) continue;
      const known = found.get(kind);
      if (known) {
        if (known.offered === !refused && !known.evidence.some((e) => e.line === sentence.evidence.line)) known.evidence.push(sentence.evidence);
        continue;
      }
      const hours = kind === 'part-time' ? HOURS.exec(clause) : null;
      found.set(kind, {
        kind,
        offered: !refused,
        hours: hours?.[1] ? Number(hours[1]) : null,
        text: sentence.text.slice(0, 300),
        evidence: [sentence.evidence],
      });
    }
  }
  if (!found.has('part-time') && weeklyHours && weeklyHours.value < PART_TIME_BELOW) {
    const first = weeklyHours.evidence[0];
    if (first) found.set('part-time', { kind: 'part-time', offered: true, hours: weeklyHours.value, text: first.quote, evidence: weeklyHours.evidence });
  }
  return ARRANGEMENT_KINDS.flatMap((kind) => {
    const item = found.get(kind);
    return item ? [item] : [];
  });
}
