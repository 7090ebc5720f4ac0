/**
 * Minimum service or tenure: "must have completed probation", "a minimum of 2 years' service", "tenure of
 * 5 years in post". Each stating sentence is an item, with the years when a number is given (months as a
 * fraction of a year). Lines under a "Minimum service" heading are items whatever their words. The words are
 * in src/vocabulary/service-words.ts.
 */
import type { ServiceRequirement } from '../profile/role-profile.ts';
import { NUMBER_WORDS, SERVICE_SPAN, SERVICE_STATED, SERVICE_TO_COME } from '../vocabulary/service-words.ts';
import { documentSentences, linesUnder } from './document-sentences.ts';
import type { ExtractContext } from './extract-context.ts';
import { lookupLabel } from '../vocabulary/document-headings.ts';

function yearsIn(text: string): number | null {
  const m = SERVICE_SPAN.exec(text);
  if (!m?.[1] || !m[2]) return null;
  const n = NUMBER_WORDS[m[1].toLowerCase()] ?? Number(m[1]);
  if (!Number.isFinite(n)) return null;
  return /^month/i.test(m[2]) ? Math.round((n / 12) * 100) / 100 : n;
}

export function extractMinimumService(ctx: ExtractContext): ServiceRequirement[] {
  const under = linesUnder(ctx, 'minimumService');
  const out: ServiceRequirement[] = [];
  const seen = new Set<string>();
  for (const sentence of documentSentences(ctx)) {
    // A heading ("Minimum service") names the subject; it states no service.
    if (lookupLabel(sentence.text) !== null) continue;
    if (!SERVICE_STATED.test(sentence.text) && !under.has(sentence.index)) continue;
    if (SERVICE_TO_COME.test(sentence.text)) continue;
    const text = sentence.text.replace(/^[A-Za-z][A-Za-z /&()'-]{0,40}:\s*/, '').replace(/^[-•*]\s*/, '').trim().slice(0, 300);
    if (text.length < 4 || seen.has(text.toLowerCase())) continue;
    seen.add(text.toLowerCase());
    out.push({ text, years: yearsIn(text), evidence: [sentence.evidence] });
  }
  return out;
}
