/**
 * Dates as written in role documents: "15 March 2027", "Friday 15th March 2027", "March 15, 2027",
 * "15/03/2027", "15.03.27". Numeric dates are read in UK day-month order. A date without a year, or one
 * that does not exist, has no ISO form: it is kept as written and never guessed.
 */
import { MONTHS } from '../vocabulary/date-words.ts';

export interface DateRead {
  /** The date as written in the text. */
  text: string;
  /** YYYY-MM-DD, or null when the date does not read unambiguously. */
  iso: string | null;
}

const MONTH = Object.keys(MONTHS).sort((a, b) => b.length - a.length).join('|');
const WEEKDAY = String.raw`(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\.?,?\s+`;
const DAY = String.raw`(\d{1,2})(?:st|nd|rd|th)?`;
const YEAR = String.raw`(\d{4})`;

const DAY_MONTH = new RegExp(String.raw`\b(?:${WEEKDAY})?${DAY}(?:\s+of)?\s+(${MONTH})\.?(?:,?\s+${YEAR})?\b`, 'i');
const MONTH_DAY = new RegExp(String.raw`\b(?:${WEEKDAY})?(${MONTH})\.?\s+${DAY},?(?:\s+${YEAR})?\b`, 'i');
const NUMERIC = /\b(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})\b/;

function isoOf(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The first date in `text`, or null when it has none. */
export function readDate(text: string): DateRead | null {
  const candidates: { index: number; read: DateRead }[] = [];
  const dm = DAY_MONTH.exec(text);
  if (dm?.[1] && dm[2]) {
    const month = MONTHS[dm[2].toLowerCase()] ?? 0;
    candidates.push({ index: dm.index, read: { text: dm[0], iso: dm[3] ? isoOf(Number(dm[3]), month, Number(dm[1])) : null } });
  }
  const md = MONTH_DAY.exec(text);
  if (md?.[1] && md[2]) {
    const month = MONTHS[md[1].toLowerCase()] ?? 0;
    candidates.push({ index: md.index, read: { text: md[0], iso: md[3] ? isoOf(Number(md[3]), month, Number(md[2])) : null } });
  }
  const n = NUMERIC.exec(text);
  if (n?.[1] && n[2] && n[3]) {
    const year = n[3].length === 2 ? 2000 + Number(n[3]) : Number(n[3]);
    candidates.push({ index: n.index, read: { text: n[0], iso: isoOf(year, Number(n[2]), Number(n[1])) } });
  }
  candidates.sort((a, b) => a.index - b.index);
  return candidates[0]?.read ?? null;
}
