/**
 * Shift work: the one vocabulary the parser reads a working pattern with (src/ingest/extract-shifts.ts) and
 * the answer reads "is it shift work?" with (src/answer/direct-answer.ts), so the two cannot disagree about
 * which words say a post works shifts.
 *
 * Each term says what it tells: `shifts` (the work is in shifts: "nights", "earlies", "24/7"), `rota` (a
 * rota or roster, which may be a daytime rota), or `pattern` (a working pattern is being described, shift
 * or not: "on call", "Monday to Friday"). Terms are normalised words ("24/7" is "24x7", "on-call" is "on
 * call", "Monday – Friday" is "monday friday") and match as written: the singular of "earlies" and "lates"
 * is another word ("early finish"), so every form meant is listed.
 */
import { words } from './normalise-text.ts';
import { PhraseTable } from './phrase-match.ts';

export type ShiftSignal = 'shifts' | 'rota' | 'pattern';

/**
 * Words that say the work goes on at every hour, as normalised words ("24/7" is "24x7"). Shift work for
 * "is it shift work?", and in raw text (ROUND_THE_CLOCK_TEXT) nights, weekends and 24/7 for the features.
 */
export const ROUND_THE_CLOCK_TERMS: readonly string[] = ['24x7', '24 hour', '24 hours', '365 days', 'round the clock', 'around the clock'];

/** A normalised term as raw text matches it: "24x7" is also "24/7", words may be joined by spaces or hyphens. */
function rawTextSource(term: string): string {
  return term
    .split(' ')
    .map((word) => (/^\d+x\d+$/.test(word) ? word.replace('x', String.raw`\s*[x/]\s*`) : word))
    .join(String.raw`[\s-]+`);
}

/** ROUND_THE_CLOCK_TERMS in a document's raw text: "24/7", "24-hour", "365 days", "round the clock". */
export const ROUND_THE_CLOCK_TEXT = String.raw`\b(?:${ROUND_THE_CLOCK_TERMS.map(rawTextSource).join('|')})\b`;

export const SHIFT_TERMS: readonly (readonly [string, ShiftSignal])[] = [
  ['shift', 'shifts'],
  ['shifts', 'shifts'],
  ['night', 'shifts'],
  ['nights', 'shifts'],
  ['earlies', 'shifts'],
  ['lates', 'shifts'],
  ['rotating', 'shifts'],
  ['rostered', 'shifts'],
  ['rostering', 'shifts'],
  ...ROUND_THE_CLOCK_TERMS.map((term) => [term, 'shifts'] as const),
  ['rota', 'rota'],
  ['rotas', 'rota'],
  ['roster', 'rota'],
  ['rosters', 'rota'],
  ['on call', 'pattern'],
  ['days a year', 'pattern'],
  ['monday to friday', 'pattern'],
  ['monday friday', 'pattern'],
  ['monday to sunday', 'pattern'],
  ['monday sunday', 'pattern'],
];

const NUMBER = '(?:one|two|three|four|five|six|seven|eight|nine|ten|\\d{1,2})';

/** A count of days on and off: "six on, three off", "4 days on 4 days off", "4-on-4-off", "4on4off". */
export const ON_OFF = new RegExp(`\\b${NUMBER}[\\s-]*(?:days?[\\s-]+)?on[,\\s/-]*${NUMBER}[\\s-]*(?:days?[\\s-]+)?off\\b`, 'i');

/** Words that name a kind of shift when "shift" follows: "rotating shifts", "early shift pattern". */
export const SHIFT_KINDS: readonly string[] = [
  'rotating', 'rotational', 'rolling', 'continental', 'fixed', 'early', 'late', 'night', 'day', 'split',
  'flexible rostered', 'flexible', 'rostered',
];

/** Times in brackets after a shift's name. */
const TIMES = String.raw`(?:\s*\([^()]{1,24}\))?`;

/**
 * Ways documents name a pattern outright, as written in their text (the parser quotes what it matched, so
 * these read raw text, not normalised words). A kind of shift is one record per word of SHIFT_KINDS.
 */
const NAMED_PATTERNS: readonly string[] = [
  `(?:${SHIFT_KINDS.map((kind) => kind.replace(/ /g, '\\s+')).join('|')})\\s+shifts?(?:\\s+pattern)?`,
  String.raw`24\/7(?:\s+\w+){0,3}`,
  String.raw`shift work`,
  String.raw`work(?:ing)? shifts`,
  // "on shifts, including nights, weekends and bank holidays": shifts named by the times they cover.
  String.raw`shifts,?\s+(?:including|covering)\s+(?:[\w-]+,?\s+){0,4}?(?:nights|evenings|weekends)\b[^.;]{0,60}`,
  String.raw`on[- ]call(?: rota)?`,
  // Each shift may carry its times: "earlies (07:00-15:00) and lates (15:00-23:00)".
  String.raw`earlies${TIMES},? (?:and )?lates${TIMES}(?:,? (?:and )?nights${TIMES})?`,
  String.raw`days,? evenings,? (?:and )?nights`,
  String.raw`monday\s*(?:to|-|–)\s*(?:friday|sunday)[^.;]{0,100}`,
];
const NAMED = new RegExp(`\\b(?:${NAMED_PATTERNS.join('|')})`, 'i');

/** Where a text names a shift pattern outright ("rotating shifts", "earlies and lates"), as written. */
export function namedShiftPattern(text: string): { index: number; text: string } | null {
  const match = NAMED.exec(text);
  return match ? { index: match.index, text: match[0] } : null;
}

const TERMS = new PhraseTable<ShiftSignal>(SHIFT_TERMS, { plurals: false });

/** What a text's shift words tell, strongest first: every signal found, or none. */
export function shiftSignals(text: string): Set<ShiftSignal> {
  const signals = new Set(TERMS.find(words(text)).map((hit) => hit.value));
  if (ON_OFF.test(text)) signals.add('shifts');
  return signals;
}

/** Whether a sentence speaks of a working pattern at all: the parser's test before it looks for one. */
export function mentionsWorkingPattern(text: string): boolean {
  return shiftSignals(text).size > 0;
}

/** "Is it shift work?": shifts, only a rota (which may be daytime), or nothing the vocabulary knows. */
export function shiftWorkStated(text: string): 'shifts' | 'rota' | null {
  const signals = shiftSignals(text);
  if (signals.has('shifts')) return 'shifts';
  return signals.has('rota') ? 'rota' : null;
}

/** Days of the week, as a value names the days a post is worked ("Monday, Tuesday and Wednesday"). */
export const DAY_WORDS: readonly string[] = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'weekday', 'weekend'];

/** A span of clock times: "08:30-16:30", "8.30 to 4.30", "0700-1500". */
const CLOCK_SPAN = /\b\d{1,2}[:.]\d{2}\s*(?:-|–|to)\s*\d{1,2}[:.]\d{2}\b|\b[0-2]\d[0-5]\d\s*(?:-|–|to)\s*[0-2]\d[0-5]\d\b/i;

const DAYS = new PhraseTable<true>(DAY_WORDS.map((day) => [day, true] as const));

/**
 * Whether a text says when the work is done, by days of the week and clock times: an hours label's value
 * "Part-time, 22.5 hours per week (Monday, Tuesday and Wednesday, 08:30-16:30)" is also a working pattern.
 */
export function namesWorkingTimes(text: string): boolean {
  // One day alone ("Friday") may be a deadline; two days, or a day with its times, are a pattern.
  const days = DAYS.find(words(text)).length;
  return days > 1 || (days === 1 && CLOCK_SPAN.test(text));
}
