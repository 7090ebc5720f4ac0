/**
 * Text that holds more than one labelled field on a line: two labels on one form row ("Post Title: Police
 * Community Support Officer Department: Local Policing") or a whole page pasted as one paragraph ("A. POST
 * DETAILS: Job Title: ... Reports To: ... B. PURPOSE OF THE POST: ..."). Each labelled field is cut into a
 * piece of its own, so every later step sees "Label: value" as if the author had pressed return.
 */
import { lookupExactLabel, type SectionKey } from '../vocabulary/document-headings.ts';

/** Labels of single facts: only these are cut out of an ordinary line, where a section word may be prose. */
const FIELD_KEYS: ReadonlySet<SectionKey> = new Set([
  'title', 'reportsTo', 'responsibleFor', 'hours', 'grade', 'rank', 'rankGrade', 'roleCode', 'department',
  'location', 'organisation', 'contractType', 'status', 'vetting', 'driving', 'shifts', 'dress', 'salary',
]);

/** A line this long with labels inside it is a pasted page, not a form row: section headings are cut too. */
const RUN_ON_LENGTH = 250;

/** "B. PURPOSE OF THE POST:", "3. ESSENTIAL CRITERIA": a lettered or numbered capitalised heading. */
const SECTION_HEADING = /(?<=\s)(?:[A-H]|\d{1,2})[.)]\s+[A-Z][A-Z ,&/'()-]{3,}?(?=:|\s+[A-Z][a-z])/g;

const LABEL_WORD = /^[A-Za-z][A-Za-z/&'()-]*$/;

/**
 * Where a known label ends with a colon inside the text (never at its start): the start index of each.
 * The longest run of up to five words before the colon that the lexicon has exactly is the label
 * ("MV Post Number:" -> "Post Number"), and it must start with a capital letter. A label at the very start
 * of the text is where the text already begins, so it is not a cut.
 */
function innerLabelStarts(text: string, keys: ReadonlySet<SectionKey> | null): number[] {
  const starts: number[] = [];
  for (const colon of text.matchAll(/[A-Za-z)]\s?:(?=\s|$)/g)) {
    const end = (colon.index ?? 0) + 1;
    const words = text.slice(0, end).split(' ');
    let found: number | null = null;
    for (let k = 1; k <= Math.min(5, words.length); k += 1) {
      const label = words.slice(-k);
      if (!label.every((w) => LABEL_WORD.test(w)) || !/^[A-Z]/.test(label[0] ?? '')) continue;
      const key = lookupExactLabel(label.join(' '));
      if (key !== null && (keys === null || keys.has(key))) found = end - label.join(' ').length;
    }
    // "Fetio / Vetting:": a bilingual label pair is one label, whatever the first language's words are.
    if (found !== null && found > 0 && !/\/\s*$/.test(text.slice(0, found))) starts.push(found);
  }
  return starts;
}

/**
 * Text that holds several labelled fields run together, as a page pasted into one paragraph does: long, with
 * at least two field labels inside it. A PDF wraps such a paragraph over many lines, each too short to read
 * as run-on, so the layout joins the lines back into the one paragraph the author wrote when this holds.
 */
export function holdsRunOnFields(text: string): boolean {
  return text.length >= RUN_ON_LENGTH && innerLabelStarts(text, FIELD_KEYS).length >= 2;
}

/**
 * The pieces of a line: one per labelled field, or the line itself when it holds at most one. A run-on
 * line (a pasted page) is also cut before lettered or numbered section headings and any known label.
 */
export function splitAtLabels(text: string): string[] {
  if (!text.includes(':') || text.length < 12) return [text];
  const runOn = text.length >= RUN_ON_LENGTH;
  const starts = new Set(innerLabelStarts(text, runOn ? null : FIELD_KEYS));
  if (runOn && starts.size > 0) {
    for (const m of text.matchAll(SECTION_HEADING)) {
      const start = m.index ?? 0;
      // The heading's own words may be a label ("B. PURPOSE OF THE ROLE:"): one cut, before its letter.
      for (const inner of [...starts]) if (inner > start && inner <= start + m[0].length) starts.delete(inner);
      starts.add(start);
    }
  }
  if (starts.size === 0) return [text];
  const cuts = [...starts].filter((i) => i > 0).sort((a, b) => a - b);
  const pieces: string[] = [];
  let last = 0;
  for (const cut of cuts) {
    pieces.push(text.slice(last, cut));
    last = cut;
  }
  pieces.push(text.slice(last));
  return pieces.map((p) => p.trim()).filter((p) => p.length > 0);
}
