/**
 * Shifts: `pattern` is a one-line summary ("six on, three off"; "24 hours rotating shift pattern, 365 days a
 * year"); `details` is what the document says around it (the hours, days, notice of changes), verbatim.
 */
import type { Evidence, Shifts } from '../profile/role-profile.ts';
import type { DocLine } from './document-lines.ts';
import { sentencesOf, type ExtractContext } from './extract-context.ts';
import { entriesFor, quote, valueOf } from './sections.ts';

const NUM = '(?:one|two|three|four|five|six|seven|eight|nine|ten|\\d{1,2})';
const ON_OFF = new RegExp(`\\b${NUM}\\s*(?:days?\\s+)?on[,\\s/]+${NUM}\\s*(?:days?\\s+)?off\\b`, 'i');
const HOURS_PATTERN = /\b(?:\d{1,2}\s*hours?|24\/7|24-hour)\s+(?:rotating|rotational|rolling|continental|fixed)?\s*shift(?:\s+pattern|s)?(?:,?\s*\d{3}\s+days\s+a\s+year)?/i;
const NAMED = /\b(?:(?:rotating|rotational|rolling|continental|fixed|early|late|night|day|split|four-on-four-off|24\/7)\s+shifts?(?:\s+pattern)?|24\/7(?:\s+\w+){0,3}|shift work|work(?:ing)? shifts|on[- ]call(?: rota)?|earlies,? lates,? (?:and )?nights|days,? evenings,? (?:and )?nights|monday\s*(?:to|-|–)\s*friday[^.;]{0,40})/i;
const SHIFT_WORD = /\bshifts?\b|\brota\b|\bon[- ]call\b|\bnights\b|\b24\/7\b|days a year/i;
/** Sentences that mention shifts without stating a pattern of the post ("an understanding of working shifts"). */
const NOT_A_PATTERN = /\b(?:understanding of|experience of|knowledge of|attitude to)\b[^.]{0,40}\bshifts?\b|\bshift changes?\b(?![^.]*pattern)/i;

interface Candidate {
  score: number;
  pattern: string;
  sentence: string;
  line: DocLine;
  index: number;
}

function candidateOf(sentence: string, line: DocLine, index: number): Candidate | null {
  if (!SHIFT_WORD.test(sentence)) return null;
  const onOff = ON_OFF.exec(sentence);
  if (onOff) return { score: 3, pattern: onOff[0].replace(/\s+/g, ' '), sentence, line, index };
  const hours = HOURS_PATTERN.exec(sentence);
  if (hours) return { score: 3, pattern: hours[0].trim(), sentence, line, index };
  if (NOT_A_PATTERN.test(sentence)) return null;
  const named = NAMED.exec(sentence);
  if (named) return { score: 2, pattern: named[0].trim(), sentence, line, index };
  return null;
}

export function extractShifts(ctx: ExtractContext): Shifts {
  const { model } = ctx;
  const candidates: Candidate[] = [];
  for (const entry of entriesFor(model, 'shifts')) {
    const found = valueOf(model, entry, (text) => text.length > 0);
    const line = model.lines[entry.index];
    if (!found || !line) continue;
    const c = candidateOf(`shift ${found.value}`, line, entry.index);
    const pattern = c ? c.pattern : found.value.split(/[.;]/)[0]?.trim() ?? found.value;
    candidates.push({ score: 4, pattern, sentence: found.value, line: model.lines.find((l) => l.no === found.evidence[0]?.line) ?? line, index: entry.index });
  }
  model.lines.forEach((line, index) => {
    if (line.text.length === 0 || ctx.descriptive.has(index) || !SHIFT_WORD.test(line.text)) return;
    const parts = line.cells.length > 1 ? line.cells.flatMap((cell) => cell.items) : [line.text];
    for (const part of parts) for (const sentence of sentencesOf(part)) {
      const c = candidateOf(sentence, line, index);
      if (c) candidates.push(c);
    }
  });
  if (candidates.length === 0) return { pattern: null, details: null, evidence: [] };
  const best = candidates.reduce((a, b) => (b.score > a.score ? b : a));
  // Details: the sentences about shifts and hours in the same paragraph as the pattern.
  const details: string[] = [];
  const evidence: Evidence[] = [];
  const related = sentencesOf(best.line.cells.length > 1 ? best.sentence : best.line.text).filter(
    (s) => s === best.sentence || /\bshifts?\b|\bhours\b|\b\d{4}\s*[-–]\s*\d{4}\b|\bnotice\b|\brota\b/i.test(s),
  );
  for (const s of related.length > 0 ? related : [best.sentence]) {
    details.push(s.replace(/^\(?\d{1,2}[.)]\s+/, ''));
    evidence.push(quote(best.line, s));
  }
  return { pattern: tidyPattern(best.pattern), details: details.join(' '), evidence };
}

function tidyPattern(pattern: string): string {
  const trimmed = pattern.replace(/[.,;:]+$/, '');
  const tidy = trimmed.replace(/^(?:required to work|working|work)\s+(?:an?\s+)?/i, '');
  return tidy.includes(' ') ? tidy : trimmed;
}
