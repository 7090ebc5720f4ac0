/**
 * Lines -> labels and sections. A label names a field ("Reporting to:", "Weekly Hours", "Main purpose of
 * the role"); its value may sit on the same line, in the next table cell, on the next line, or a few lines
 * further down. A section runs from a heading or label to the next one.
 */
import type { Evidence } from '../profile/role-profile.ts';
import type { Cell, DocLine } from './document-lines.ts';
import { annotate } from '../vocabulary/annotate.ts';
import { lookupLabel, SECTION_ORDER, type SectionKey } from '../vocabulary/document-headings.ts';

export interface Entry {
  key: SectionKey | null;
  /** The label as written, without its colon. */
  label: string;
  /** The value on the label's line ('' when the value is elsewhere or absent). */
  value: string;
  /** The value's list items / paragraphs. */
  items: string[];
  /** Where the value (or, when empty, the label) was read. */
  evidence: Evidence[];
  /** Index into the line array of the label's line. */
  index: number;
  /** Index of the line holding the value: the label's line, except in a table read column by column. */
  valueIndex: number;
}

export interface Section {
  key: SectionKey | null;
  label: string;
  /** Index of the line holding the heading or label. */
  index: number;
  /** The label entry on the heading line, when it is a label with a value slot. */
  entry: Entry | null;
  /** Body: the lines after the heading up to (not including) the next heading or label. */
  bodyStart: number;
  bodyEnd: number;
}

export interface DocumentModel {
  lines: DocLine[];
  entries: Entry[];
  sections: Section[];
  /** For each line index, the index into `sections` of the section it belongs to (-1 before the first). */
  sectionOf: number[];
  /** Index of each line in `lines` (extractors hold lines, not indices). */
  indexOf: ReadonlyMap<DocLine, number>;
  /** The section each heading/label line starts, by line index. */
  sectionAt: ReadonlyMap<number, Section>;
  /** The last label entry on each line, by line index (a row may hold several). */
  lastEntryAt: ReadonlyMap<number, Entry>;
}

/**
 * "Name (Level 3)", "Integrity (Accredited)", "Decision Making – Level B": an item heading in a behaviours
 * or skills list.
 */
export const LEVELLED_ITEM =
  /^(.{2,90}?)\s*(?:\((level\s*(?:\d{1,2}|[A-E])|accredited|foundation|practitioner|advanced|expert|awareness)\)|\s[–—:-]\s*(level\s*(?:\d{1,2}|[A-E])))\s*[.:]?$/i;

/** Several "Name (Level N)" items on one line ("Analyse Critically (Level 2) Collaborative (Level 1)"). */
const LEVELLED_RUN = /\s*([^;()]+?(?:\([A-Za-z]{2,8}\)[^;()]*?)?)\s*\((level\s*(?:\d{1,2}|[A-E])|accredited)\)\s*[;,]?/giy;

/** The "Name (Level N)" items a line consists of, or null when the line is something else. */
export function levelledItems(text: string): { name: string; level: string }[] | null {
  const several = (text.match(/\((?:level\s*\w{1,2}|accredited)\)/gi) ?? []).length >= 2;
  const single = several ? null : LEVELLED_ITEM.exec(text);
  if (single?.[1] && !NOT_AN_ITEM.test(single[1])) return [{ name: single[1], level: single[2] ?? single[3] ?? '' }];
  if (!several) return null;
  const out: { name: string; level: string }[] = [];
  LEVELLED_RUN.lastIndex = 0;
  let m: RegExpExecArray | null;
  let end = 0;
  while ((m = LEVELLED_RUN.exec(text)) !== null) {
    if (!m[1] || !m[2] || NOT_AN_ITEM.test(m[1])) return null;
    out.push({ name: m[1].trim(), level: m[2] });
    end = LEVELLED_RUN.lastIndex;
  }
  return out.length >= 2 && end >= text.trimEnd().length ? out : null;
}

/** A heading that carries a level for everything under it is not an item itself. */
const NOT_AN_ITEM = /\bframework\b|\bbehaviours\b|\bcompetenc|\bvalues\b|^technical skills|\ball\b.*\bat\b|^\s*at level/i;

export function isLevelledLine(text: string): boolean {
  return levelledItems(text) !== null;
}

const INLINE_LABEL = /^([A-Za-z][^:]{0,60}?)\s*:\s*(.*)$/;

const MAX_QUOTE = 300;

/** Evidence for text read from a line: the part of the text on the line's first source line. */
export function quote(line: DocLine, text: string): Evidence {
  return quoteAll(line, text)[0] ?? { line: line.no, quote: line.text.slice(0, MAX_QUOTE) };
}

/**
 * Evidence for text read from a line that may join wrapped source lines: one quote per source line the
 * text spans, each the part of the text written on that line.
 */
export function quoteAll(line: DocLine, text: string): Evidence[] {
  const trimmed = text.replace(/\s+/g, ' ').trim();
  if (trimmed.length === 0) return [{ line: line.no, quote: line.text.slice(0, MAX_QUOTE) }];
  if (!line.physical) return [{ line: line.no, quote: trimmed.slice(0, MAX_QUOTE) }];
  const out: Evidence[] = [];
  let rest = trimmed;
  for (const part of line.physical) {
    if (rest.length === 0) break;
    const prefix = longestPrefixIn(rest, part.text);
    if (prefix.length === 0) continue;
    out.push({ line: part.no, quote: prefix.slice(0, MAX_QUOTE) });
    rest = rest.slice(prefix.length).trim();
  }
  return out.length > 0 ? out : [{ line: line.no, quote: trimmed.slice(0, MAX_QUOTE) }];
}

/** The longest word-aligned prefix of `text` that `within` contains (containment of prefixes is monotone). */
function longestPrefixIn(text: string, within: string): string {
  const hay = within.replace(/\s+/g, ' ');
  const words = text.split(' ');
  let lo = 0;
  let hi = words.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (hay.includes(words.slice(0, mid).join(' '))) lo = mid;
    else hi = mid - 1;
  }
  return words.slice(0, lo).join(' ');
}

function isCapsHeading(text: string): boolean {
  if (text.length < 4 || text.length > 60 || /[,\d.;]/.test(text)) return false;
  if (!/^[A-Z][A-Z &/'’()–-]+:?$/.test(text)) return false;
  return text.replace(/[^A-Z]/g, '').length >= 4;
}

interface LabelCell {
  label: string;
  inline: string;
}

function labelOfCell(text: string, requireKnown: boolean): LabelCell | null {
  if (text.length === 0) return null;
  if (/:$/.test(text) && text.length <= 80) {
    const label = text.replace(/\s*:$/, '');
    if (!requireKnown || lookupLabel(label) !== null) return { label, inline: '' };
  }
  const m = INLINE_LABEL.exec(text);
  if (m?.[1] !== undefined && m[2] !== undefined && lookupLabel(m[1]) !== null) return { label: m[1], inline: m[2] };
  return null;
}

export function buildModel(lines: DocLine[]): DocumentModel {
  const entries: Entry[] = [];
  const anchors: { index: number; key: SectionKey | null; label: string; entry: Entry | null }[] = [];
  const consumed = new Set<number>();

  for (let index = 0; index < lines.length; index += 1) {
    const line = lines[index];
    if (!line || line.text.length === 0 || line.noise || consumed.has(index)) continue;
    const lineEntries = line.cells.length > 1 ? tableEntries(lines, index, consumed) : singleEntry(line, index);
    entries.push(...lineEntries);
    const firstEntry = lineEntries[0];
    if (firstEntry) {
      anchors.push({ index, key: firstEntry.key, label: firstEntry.label, entry: firstEntry });
      continue;
    }
    const heading = headingOf(line);
    if (heading !== null) {
      // A behaviour or skill named "Training (Level 3)" is an item, not the Training section.
      const key = isLevelledLine(heading) ? null : headingSection(heading);
      // A known label alone on its line ("Post title", "Hours per week"): its value is on the lines below.
      const entry: Entry | null =
        key !== null && key !== 'documentPart'
          ? { key, label: heading, value: '', items: [], evidence: [quote(line, heading)], index, valueIndex: index }
          : null;
      if (entry) entries.push(entry);
      anchors.push({ index, key, label: heading, entry });
    }
  }

  assignColumnValues(lines, anchors);
  const sections: Section[] = anchors.map((anchor, i) => ({
    key: anchor.key,
    label: anchor.label,
    index: anchor.index,
    entry: anchor.entry,
    bodyStart: anchor.index + 1,
    bodyEnd: anchors[i + 1]?.index ?? lines.length,
  }));
  const sectionOf = new Array<number>(lines.length).fill(-1);
  sections.forEach((section, s) => {
    for (let i = section.index; i < section.bodyEnd; i += 1) sectionOf[i] = s;
  });
  const indexOf = new Map<DocLine, number>();
  lines.forEach((line, i) => indexOf.set(line, i));
  const sectionAt = new Map<number, Section>();
  for (const section of sections) sectionAt.set(section.index, section);
  const lastEntryAt = new Map<number, Entry>();
  for (const entry of entries) lastEntryAt.set(entry.index, entry);
  return { lines, entries, sections, sectionOf, indexOf, sectionAt, lastEntryAt };
}

const FIELD_KEYS: ReadonlySet<SectionKey> = new Set<SectionKey>([
  'title', 'reportsTo', 'responsibleFor', 'hours', 'grade', 'rank', 'rankGrade', 'roleCode', 'department', 'location',
  'organisation', 'contractType', 'status', 'salary', 'vetting', 'driving', 'shifts', 'dress', 'travel',
]);

function isFieldLabel(entry: Entry): boolean {
  return (entry.key !== null && FIELD_KEYS.has(entry.key)) || /^(?:role|post)$/i.test(entry.label.trim());
}

/**
 * A PDF table extracted column by column: N labels alone on consecutive lines ("Role", "Rank", "Reports
 * to"), then their N values on the next N lines in the same order. Give each label its value.
 */
function assignColumnValues(lines: DocLine[], anchors: { index: number; entry: Entry | null }[]): void {
  const anchorAt = new Set(anchors.map((a) => a.index));
  for (let a = 0; a < anchors.length; a += 1) {
    const run: Entry[] = [];
    let b = a;
    while (b < anchors.length) {
      const entry = anchors[b]?.entry;
      const index = anchors[b]?.index ?? -1;
      if (!entry || entry.value !== '' || (run.length > 0 && index !== (run[run.length - 1]?.index ?? -2) + 1)) break;
      // Only single-valued fields sit in such a header table ("Criteria" / "Essential" are section headings).
      if (!isFieldLabel(entry)) break;
      run.push(entry);
      b += 1;
    }
    if (run.length < 2) continue;
    const first = (run[run.length - 1]?.index ?? 0) + 1;
    const values = lines.slice(first, first + run.length);
    const fits =
      values.length === run.length &&
      values.every((line, k) => line.text.length > 0 && !line.noise && !line.bullet && line.cells.length === 1 && !anchorAt.has(first + k));
    if (!fits) continue;
    run.forEach((entry, k) => {
      const line = values[k];
      if (!line) return;
      entry.value = line.text;
      entry.items = [line.text];
      entry.evidence = quoteAll(line, line.text);
      entry.valueIndex = first + k;
    });
    a = b - 1;
  }
}

/** A heading line that is not a label: markdown/bold/capitals, a known heading, a "Name (Level N)" item. */
/** The section a heading line names, read by the shared annotator (a known label, a phrase, or cue words). */
function headingSection(text: string): SectionKey | null {
  const [heading] = annotate(text, { kinds: ['heading'] });
  return SECTION_ORDER.find((key) => key === heading?.value) ?? null;
}

function headingOf(line: DocLine): string | null {
  if (line.cells.length > 1) return null;
  const text = line.text;
  if (isLevelledLine(text)) return text;
  if (line.bullet && !line.emphasised && line.heading === 0) return null;
  if (line.heading > 0 || line.emphasised) return text.replace(/\s*:$/, '');
  if (lookupLabel(text) !== null && text.length <= 80) return text.replace(/\s*:$/, '');
  // A short line alone, not a sentence, naming a section in words nobody listed ("Tasks you will carry out").
  if (!line.bullet && text.length <= 60 && !/[.;,!]$/.test(text) && headingSection(text) !== null) return text;
  if (/:$/.test(text) && text.length <= 70 && text.split(/\s+/).length <= 9) return text.replace(/\s*:$/, '');
  if (isCapsHeading(text)) return text.replace(/\s*:$/, '');
  return null;
}

function singleEntry(line: DocLine, index: number): Entry[] {
  if (line.bullet && !line.emphasised) return [];
  const cell = line.cells[0];
  if (!cell) return [];
  const found = labelOfCell(cell.text, true) ?? dashLabel(cell.text);
  if (!found) return [];
  const out: Entry[] = [];
  // "Grade: Scale 6 Hours perweek: 37": PDF columns merged on one line hold two labels.
  const pairs = splitMidLineLabels(found.label, found.inline).map((pair) => ({ ...pair, value: bilingualValue(pair.label, pair.value) }));
  for (const [p, pair] of pairs.entries()) {
    const items = p === 0 && pairs.length === 1 && pair.value ? [pair.value, ...cell.items.slice(1)] : pair.value ? [pair.value] : [];
    out.push({
      key: lookupLabel(pair.label),
      label: pair.label,
      value: pair.value,
      items: items.filter((item) => item.length > 0),
      evidence: quoteAll(line, pair.value || pair.label),
      index,
      valueIndex: index,
    });
  }
  return out;
}

/**
 * "Oriau / Hours: 37 awr yr wythnos / 37 hours per week": a bilingual label whose known part is the n-th of
 * its " / " parts takes the n-th part of a value written the same way.
 */
export function bilingualValue(label: string, value: string): string {
  const labelParts = label.split(/\s+\/\s+/);
  if (labelParts.length < 2 || lookupLabel(labelParts.join('/')) === null) return value;
  const valueParts = value.split(/\s+\/\s+/);
  if (valueParts.length !== labelParts.length) return value;
  for (let i = labelParts.length - 1; i >= 0; i -= 1) {
    if (lookupLabel(labelParts[i] ?? '') !== null) return (valueParts[i] ?? value).trim();
  }
  return value;
}

/** "Post title – Call Handler": a known label followed by a dash. */
function dashLabel(text: string): LabelCell | null {
  const m = /^([A-Za-z][^:–—]{1,40}?)\s+[–—-]\s+(\S.*)$/.exec(text);
  if (!m?.[1] || m[2] === undefined || lookupLabel(m[1]) === null || isLevelledLine(text)) return null;
  return { label: m[1], inline: m[2] };
}

const MID_LABEL = /(?:^|\s)((?:[A-Za-z][\w/&'-]*\s+){0,3}[A-Za-z][\w/&'-]*):\s/g;

function splitMidLineLabels(label: string, value: string): { label: string; value: string }[] {
  if (!value.includes(':')) return [{ label, value }];
  MID_LABEL.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = MID_LABEL.exec(value)) !== null) {
    const words = (m[1] ?? '').split(/\s+/);
    // The label is the longest run of trailing words the lexicon knows ("Tasking Post number" -> "Post number").
    for (let k = 0; k < words.length; k += 1) {
      const candidate = words.slice(k).join(' ');
      if (lookupLabel(candidate) === null) continue;
      const at = m.index + m[0].indexOf(m[1] ?? '') + (m[1] ?? '').indexOf(candidate);
      const before = value.slice(0, at).trim();
      const after = value.slice(at + candidate.length).replace(/^:\s*/, '');
      if (before.length === 0) break;
      return [{ label, value: before }, ...splitMidLineLabels(candidate, after)];
    }
  }
  return [{ label, value }];
}

/** A table row: `Label:<TAB>value<TAB>Label:<TAB>value`, or a label split over two rows. */
function tableEntries(lines: DocLine[], index: number, consumed: Set<number>): Entry[] {
  const line = lines[index];
  if (!line) return [];
  const out: Entry[] = [];
  const cells = line.cells;
  for (let c = 0; c < cells.length; c += 1) {
    const cell = cells[c];
    if (!cell) continue;
    let found = labelOfCell(cell.text, c > 0 && out.length === 0);
    if (!found && (c === 0 || (line.table !== undefined && out.length > 0)) && lookupLabel(cell.text) !== null) found = { label: cell.text, inline: '' };
    if (!found && c === 0) {
      const merged = mergedLabel(lines, index) ?? wrappedLabel(lines, index);
      if (merged) {
        consumed.add(merged.tail);
        return [merged.entry];
      }
    }
    if (!found) continue;
    // The value is the following cells up to the next label ("Car user: | ☒ Yes | ☐ No").
    const valueCells: Cell[] = [];
    for (let v = c + 1; v < cells.length; v += 1) {
      const next = cells[v];
      if (!next) break;
      const nextIsLabel = /:$/.test(next.text) && labelOfCell(next.text, false) !== null;
      // "Rank: Constable   Hours: 40 per week": two label/value pairs side by side.
      const nextKnown = next.text.includes(':') && labelOfCell(next.text, true) !== null && (valueCells.length > 0 || found.inline !== '');
      // "Staff type | Police staff | Grade | Scale 5" in a Word or PDF table: label cells need no colon.
      const nextInTable = line.table !== undefined && valueCells.length > 0 && lookupLabel(next.text) !== null;
      if (nextIsLabel || nextKnown || nextInTable) break;
      valueCells.push(next);
      if (lookupLabel(found.label) === null) break;
    }
    const value = [found.inline, ...valueCells.map((cell) => cell.text)].filter((v) => v.length > 0).join(' ');
    const items = [...(found.inline ? [found.inline] : []), ...valueCells.flatMap((cell) => cell.items)];
    const evidence = value
      ? [...(found.inline ? quoteAll(line, found.inline) : []), ...valueCells.filter((cell) => cell.text).flatMap((cell) => quoteAll(line, cell.text))]
      : [quote(line, found.label)];
    out.push({ key: lookupLabel(found.label), label: found.label, value, items, evidence, index, valueIndex: index });
    c += valueCells.length;
  }
  return out;
}

/** "Main purpose of the<TAB>To be ..." then "role:<TAB>building ...": one label written over two rows. */
function mergedLabel(lines: DocLine[], index: number): { entry: Entry; tail: number } | null {
  const line = lines[index];
  const next = lines[index + 1];
  if (!line || !next || next.cells.length < 2) return null;
  const head = line.cells[0]?.text ?? '';
  const tail = next.cells[0]?.text ?? '';
  if (head.length === 0 || tail.length === 0 || tail.length > 30) return null;
  const label = `${head} ${tail}`.replace(/\s*:$/, '');
  const key = lookupLabel(label);
  if (key === null) return null;
  const first = line.cells.slice(1).map((c) => c.text).join(' ').trim();
  const second = next.cells.slice(1).map((c) => c.text).join(' ').trim();
  const evidence: Evidence[] = [];
  if (first) evidence.push(quote(line, first));
  if (second) evidence.push(quote(next, second));
  const value = [first, second].filter((v) => v.length > 0).join(' ');
  return { entry: { key, label, value, items: value ? [value] : [], evidence, index, valueIndex: index }, tail: index + 1 };
}

/**
 * "SUPERVISION      Vetting Team Leader", a blank line or two, then "AND CONTROL:": a label column whose
 * label wraps onto a line of its own below the value. The tail starts with a joining word and ends the label
 * with its colon; together the two halves make a label the lexicon knows.
 */
function wrappedLabel(lines: DocLine[], index: number): { entry: Entry; tail: number } | null {
  const line = lines[index];
  const head = line?.cells[0]?.text ?? '';
  if (!line || head.length === 0 || head.includes(':') || line.cells.length !== 2) return null;
  for (let t = index + 1; t <= index + 3 && t < lines.length; t += 1) {
    const next = lines[t];
    if (!next || next.noise) continue;
    if (next.text.length === 0) continue;
    if (next.cells.length !== 1 || !/^(?:and|of|&|to|for|in)\b.{0,30}:$/i.test(next.text)) return null;
    const label = `${head} ${next.text}`.replace(/\s*:$/, '');
    const key = lookupLabel(label);
    const value = line.cells[1]?.text.trim() ?? '';
    if (key === null || value.length === 0) return null;
    return { entry: { key, label, value, items: [value], evidence: [quote(line, value)], index, valueIndex: index }, tail: t };
  }
  return null;
}

/** All entries for a key, in document order. */
export function entriesFor(model: DocumentModel, ...keys: SectionKey[]): Entry[] {
  return model.entries.filter((entry) => entry.key !== null && keys.includes(entry.key));
}

/** All sections for a key, in document order. */
export function sectionsFor(model: DocumentModel, ...keys: SectionKey[]): Section[] {
  return model.sections.filter((section) => section.key !== null && keys.includes(section.key));
}

/** Body lines of a section that carry text (blank, separator and noise lines dropped). */
export function bodyLines(model: DocumentModel, section: Section): DocLine[] {
  const out: DocLine[] = [];
  for (let i = section.bodyStart; i < section.bodyEnd; i += 1) {
    const line = model.lines[i];
    if (line && line.text.length > 0 && !line.noise) out.push(line);
  }
  return out;
}

/**
 * The lines a section governs when sub-headings sit inside it: from the heading to the next heading or
 * label the lexicon knows (unknown headings such as a behaviour's name do not end it).
 */
export function extentLines(model: DocumentModel, section: Section): DocLine[] {
  const start = model.sectionOf[section.index] ?? -1;
  let end = model.lines.length;
  for (let s = start + 1; s < model.sections.length; s += 1) {
    const next = model.sections[s];
    if (next && next.key !== null && next.key !== 'documentPart') {
      end = next.index;
      break;
    }
  }
  const out: DocLine[] = [];
  for (let i = section.bodyStart; i < end; i += 1) {
    const line = model.lines[i];
    if (line && line.text.length > 0 && !line.noise) out.push(line);
  }
  return out;
}

/**
 * The value of a label: the inline value if any, otherwise the first text line of its body (a value on the
 * next line, or a few lines further down). `accept` can reject lines that cannot be the value.
 */
export function valueOf(
  model: DocumentModel,
  entry: Entry,
  accept: (text: string) => boolean = () => true,
  maxLines = 4,
): { value: string; evidence: Evidence[] } | null {
  if (entry.value.trim().length > 0) {
    return accept(entry.value) ? { value: entry.value.trim(), evidence: entry.evidence } : null;
  }
  const section = model.sectionAt.get(entry.index);
  // Only a label that is alone on its line (or the last label of a row) owns the following lines.
  if (!section || section.entry !== entry) return null;
  const line = model.lines[entry.index];
  // A label in a row of a laid-out table has its value in the row: a blank cell states nothing, and the
  // next row ("Post Number: | (blank)" then "Grade: | Band F") is another label's.
  if (line?.table && line.table.columns > 1 && !line.table.spanning) return null;
  if (line && line.cells.length > 1) {
    const lastEntry = model.lastEntryAt.get(entry.index);
    if (lastEntry !== entry) return null;
  }
  const body = bodyLines(model, section).slice(0, maxLines);
  for (const candidate of body) {
    // "(pro rata for part-time posts)": a note between a label and its value.
    if (/^\([^()]*\)$/.test(candidate.text) || !accept(candidate.text)) continue;
    // The value runs on over the lines directly below it ("Custody suites at Harrogate, ... at any" / "of the three suites").
    const parts = [candidate];
    for (let i = (model.indexOf.get(candidate) ?? model.lines.length) + 1; i < section.bodyEnd; i += 1) {
      const next = model.lines[i];
      const last = parts[parts.length - 1];
      if (!next || !last || next.text.length === 0 || next.noise || next.cells.length > 1 || next.no !== (last.physical?.at(-1)?.no ?? last.no) + 1) break;
      if (/[.!?]$/.test(last.text) && !/^[a-z(]/.test(next.text)) break;
      parts.push(next);
    }
    return { value: parts.map((p) => p.text).join(' '), evidence: parts.flatMap((p) => quoteAll(p, p.text)) };
  }
  return null;
}

/** The line holding a section's inline value (its heading line, or the value line of a column-read table). */
export function valueLine(model: DocumentModel, section: Section): DocLine | undefined {
  return model.lines[section.entry?.valueIndex ?? section.index];
}
