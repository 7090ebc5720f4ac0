/**
 * Weekly hours: only when the document states them ("Weekly Hours: 37", "37.5 hours per week",
 * "full time 37 hours"). Shift times ("0800 - 0000") and "24 hours rotating shift pattern" are not weekly hours.
 */
import { sentencesOf, textLines, type ExtractContext, type Found } from './extract-context.ts';
import { entriesFor, quote, valueOf } from './sections.ts';

const PLAUSIBLE = (n: number): boolean => n >= 1 && n <= 60;

/** A number of hours from a label value: "37", "37 hours", "Full time 37 hours per week", "37.5". */
export function hoursFromValue(value: string): number | null {
  const m = /(?:^|[^\d.:£,])(\d{1,2}(?:\.\d{1,2})?)(?![\d.,:])(?!\s*(?:am\b|pm\b|days?\b|weeks?\b|months?\b|years?\b|%|-\s*\d))/i.exec(` ${value}`);
  if (!m?.[1]) return null;
  const n = Number(m[1]);
  return PLAUSIBLE(n) ? n : null;
}

const PROSE_PATTERNS: readonly RegExp[] = [
  /(\d{1,2}(?:\.\d{1,2})?)\s*(?:hours|hrs|hour)\s*(?:per|a|each|every)\s*week\b/i,
  /(\d{1,2}(?:\.\d{1,2})?)[\s-]*(?:hour|hr)\s+(?:working\s+)?week\b/i,
  /\bfull[\s-]?time,?\s*\(?(\d{1,2}(?:\.\d{1,2})?)\s*(?:hours|hrs)\b/i,
  /\bweekly hours\s*(?:of|are|is|:)?\s*(\d{1,2}(?:\.\d{1,2})?)\b/i,
  /\b(\d{1,2}(?:\.\d{1,2})?)\s*(?:hours|hrs)\s*\(?(?:full[\s-]?time|weekly|per week)\b/i,
  /\bworking week of\s*(\d{1,2}(?:\.\d{1,2})?)\s*hours\b/i,
];

export function hoursFromProse(sentence: string): number | null {
  for (const pattern of PROSE_PATTERNS) {
    const m = pattern.exec(sentence);
    if (m?.[1]) {
      const n = Number(m[1]);
      if (PLAUSIBLE(n)) return n;
    }
  }
  return null;
}

export function extractHours(ctx: ExtractContext): Found<number> | null {
  for (const entry of entriesFor(ctx.model, 'hours')) {
    const found = valueOf(ctx.model, entry, (text) => hoursFromValue(text) !== null || /\bhours?\b/i.test(text));
    if (!found) continue;
    // "16 hours a month", "1,600 hours a year": not weekly hours.
    if (/\bhours?\s+(?:a|per|each|every)\s+(?:month|year|annum|day|fortnight)\b/i.test(found.value) && !/\b(?:week|weekly)\b/i.test(found.value)) continue;
    // "Hours: 37.5 per week. Cover for late sittings is shared on a rota": the label's own
    // statement is its first sentence; the sentences after it are prose about the shifts.
    const first = sentencesOf(found.value)[0] ?? found.value;
    for (const value of first === found.value ? [found.value] : [first, found.value]) {
      const n = hoursFromValue(value);
      if (n !== null && !/\b(?:shift|rota|0\d00)\b/i.test(value.replace(/\d+\s*hours?\s+per\s+week/i, ''))) return { value: n, evidence: found.evidence };
      const prose = hoursFromProse(value);
      if (prose !== null) return { value: prose, evidence: found.evidence };
    }
  }
  for (const { line, index } of textLines(ctx.model)) {
    if (ctx.descriptive.has(index) || !/\b(?:hours|hrs|hour)\b/i.test(line.text)) continue;
    for (const sentence of sentencesOf(line.text)) {
      const n = hoursFromProse(sentence);
      if (n !== null) return { value: n, evidence: [quote(line, sentence)] };
    }
  }
  return null;
}
