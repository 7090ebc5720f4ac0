/**
 * Essential and desirable criteria, from any of:
 * - a criteria table whose header row names Essential and Desirable columns (tab cells), criteria written in
 *   the cells (numbered, as list items) or marked with a tick, with an optional method-of-assessment column;
 * - sections headed Essential / Desirable / Entry requirements / Necessary experience;
 * - lines marked "(E)" / "(D)".
 */
import type { Criterion, Evidence } from '../profile/role-profile.ts';
import type { Cell, DocLine } from './document-lines.ts';
import type { ExtractContext } from './extract-context.ts';
import { lookupLabel, type SectionKey } from '../vocabulary/document-headings.ts';
import { readRowGroupedCriteria } from './criteria-row-groups.ts';
import { proseSentences } from './prose.ts';
import { criteriaHeaderColumns, isTableHeaderRow, type Column } from './table-header-rows.ts';
import { quoteAll, sectionsFor, valueLine, type DocumentModel, type Section } from './sections.ts';

export interface CriteriaResult {
  essential: Criterion[];
  desirable: Criterion[];
}


const MARK = /^(?:✓|✔|√|x|X|yes|y|•|\*|E|D|essential|desirable|required|✗)$/i;
const ED_MARKER = /\(\s*([ED])\s*\)|\[\s*([ED])\s*\]|^\s*([ED])\s*[:\-–]\s+|\s[-–]\s*(essential|desirable)\s*$/;

/** Row labels a criteria table uses for its categories ("Experience:", "Pre-Requisites:"). */
const CATEGORY_KEYS: ReadonlySet<SectionKey> = new Set<SectionKey>(['experience', 'entryRequirements', 'skills', 'training', 'health', 'criteria', 'other', 'essential', 'desirable']);

const NUMBERED = /(?:^|\s)(\d{1,2})[.)]\s+(?=\S)/g;

/** Split a cell item into numbered criteria: "2. Demonstrate ...  3. Demonstrate ..." -> two. */
export function splitNumbered(item: string): { number: number | null; text: string }[] {
  const starts: { at: number; len: number; number: number }[] = [];
  NUMBERED.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = NUMBERED.exec(item)) !== null) {
    const lead = m[0].length - m[0].trimStart().length;
    const at = m.index + lead;
    const prev = item.slice(0, at).trimEnd();
    // A number starts a criterion only at the start or after the end of a sentence.
    if (at === 0 || /[.;:!?)]$/.test(prev) || prev.length === 0) starts.push({ at, len: m[0].length - lead, number: Number(m[1]) });
  }
  if (starts.length === 0 || (starts[0]?.at ?? 0) > 0) {
    if (starts.length === 0) return [{ number: null, text: item.trim() }];
  }
  const out: { number: number | null; text: string }[] = [];
  const head = item.slice(0, starts[0]?.at ?? 0).trim();
  if (head) out.push({ number: null, text: head });
  starts.forEach((start, i) => {
    const end = starts[i + 1]?.at ?? item.length;
    const text = item.slice(start.at + start.len, end).trim();
    if (text) out.push({ number: start.number, text });
  });
  return out;
}

function cleanCategory(text: string): string | null {
  const clean = text
    .replace(/\s*:\s*$/, '')
    .replace(/(\w)- (\w)/g, '$1-$2')
    .replace(/\s+/g, ' ')
    .trim();
  return clean.length > 0 && clean.length <= 80 ? clean : null;
}

function stripMarker(text: string): string {
  return text
    .replace(ED_MARKER, ' ')
    .replace(/^\s*\((?:[a-z]|[ivx]{1,4})\)\s+/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

export function extractCriteria(ctx: ExtractContext): CriteriaResult {
  const result: CriteriaResult = { essential: [], desirable: [] };
  const seen = new Set<string>();
  const push = (kind: 'essential' | 'desirable', criterion: Criterion): void => {
    const key = `${kind}|${criterion.number ?? ''}|${criterion.text.toLowerCase()}`;
    if (seen.has(key) || criterion.text.length < 2) return;
    seen.add(key);
    result[kind].push(criterion);
  };
  const key = assessmentKey(ctx);
  readTables(ctx, push, key);
  readSections(ctx, push);
  readMarkers(ctx, push);
  readTrailingMarks(ctx, push, key);
  return result;
}

type Push = (kind: 'essential' | 'desirable', criterion: Criterion) => void;

function readTables(ctx: ExtractContext, push: Push, key: AssessmentKey): void {
  const { lines } = ctx.model;
  for (let h = 0; h < lines.length; h += 1) {
    const header = lines[h];
    const columns = header ? criteriaHeaderColumns(header) : null;
    if (header && !columns && !ctx.criteriaLines.has(h)) {
      // No Essential/Desirable columns: the rows may say it (group rows, E1/D1 codes).
      const grouped = readRowGroupedCriteria(lines, h, (raw) => expandAssessment(raw, key));
      if (grouped) {
        for (const line of grouped.read) ctx.criteriaLines.add(line);
        for (const { kind, criterion } of grouped.rows) push(kind, criterion);
        h = grouped.end - 1;
      }
      continue;
    }
    if (!header || !columns) continue;
    ctx.criteriaLines.add(h);
    if (numberedWrappedColumns(lines, h, columns)) {
      h = readWrappedColumns(ctx, h, push) - 1;
      continue;
    }
    let category: string | null = null;
    let loose = 0;
    let r = h + 1;
    for (; r < lines.length; r += 1) {
      const row = lines[r];
      if (!row || row.text.length === 0 || row.noise) continue;
      // A table the layout reported (.docx, .pdf) ends where its rows end; inside it, a one-cell row is a
      // category whatever its words ("Knowledge and experience" is also a heading the lexicon knows).
      if (header.table) {
        if (row.table?.table !== header.table.table) break;
        if (row.cells.length < 2) {
          if (row.table.spanning || !row.bullet) category = cleanCategory(row.text);
          continue;
        }
      }
      // In a space-aligned two-column list a row with one bullet is still a row (the other column is empty).
      if (row.cells.length < 2 && row.bullet && columns.length === 2 && !columns.includes('category')) {
        ctx.criteriaLines.add(r);
        // Two bullets on one line ("- Confirmed in rank - Public Order trained") are the two columns.
        const halves = header.cells.length === 1 ? row.text.split(/\s+[-•▪–]\s+/) : [row.text];
        if (halves.length === 2) {
          const twoCells = halves.map((half, i) => ({ text: half.trim(), items: [half.trim()], col: i }));
          readRow({ ...row, cells: twoCells }, columns, category, push, key);
          continue;
        }
        const cells = [{ text: row.text, items: [row.text], col: row.indent }];
        // Space-aligned: the column it sits under; tab-separated: a row with one cell is the first column's.
        readRow(header.aligned ? alignRow(header, { ...row, cells }) : { ...row, cells }, columns, category, push, key);
        continue;
      }
      if (row.cells.length < 2) {
        const key = lookupLabel(row.text);
        if (row.heading > 0 || (key !== null && key !== 'criteria') || loose >= 2) break;
        // A one-cell row inside a table names the category of the rows below it.
        if (!row.bullet && row.text.length <= 60) category = cleanCategory(row.text);
        loose += 1;
        continue;
      }
      if (criteriaHeaderColumns(row)) break;
      // A "Vetting: ..." row after the table is a label, not a criterion of it.
      const rowLabel = /:$/.test(row.cells[0]?.text ?? '') ? lookupLabel(row.cells[0]?.text ?? '') : null;
      if (rowLabel !== null && !CATEGORY_KEYS.has(rowLabel)) break;
      loose = 0;
      ctx.criteriaLines.add(r);
      readRow(header.aligned && row.aligned ? alignRow(header, row) : row, columns, category, push, key);
    }
    h = r - 1;
  }
}

/** "E1 Experience of ...", "D2 Knowledge of ...": a criterion's number written at the start of a cell. */
const CELL_NUMBER = /^([ED])(\d{1,2})[.):]?\s+(?=\S)/;

/**
 * A space-aligned table of text columns (a category, Essential, Desirable) whose criteria are numbered
 * E1, D1 ... and wrap over several lines within their column, as a PDF or a typed form lays them out:
 * every line holds a piece of one criterion in each column it has text in.
 */
function numberedWrappedColumns(lines: readonly DocLine[], h: number, columns: readonly Column[]): boolean {
  const header = lines[h];
  if (!header?.aligned || header.table || header.cells.length !== columns.length) return false;
  if (!columns.includes('essential') || !columns.includes('desirable') || columns.some((c) => c === 'both' || c === 'assessment')) return false;
  const rows = lines.slice(h + 1, h + 8).filter((line) => line.text.length > 0);
  const numbered = rows.filter((line) => line.marker !== null || line.cells.some((cell) => CELL_NUMBER.test(cell.text))).length;
  const wrapped = rows.filter((line) => line.cells.some((cell) => /^[a-z]/.test(cell.text))).length;
  return numbered >= 2 && wrapped >= 1;
}

interface Piece {
  column: number;
  text: string;
  number: number | null;
  evidence: Evidence[];
}

/**
 * Reads such a table column by column: a piece that starts with a number (or a line's own list number)
 * starts a criterion, and a piece without one continues the criterion above it in the same column until
 * that one has ended its sentence. Returns the index of the first line after the table.
 */
function readWrappedColumns(ctx: ExtractContext, h: number, push: Push): number {
  const { lines } = ctx.model;
  const header = lines[h];
  if (!header) return h + 1;
  const starts = header.cells.map((cell) => cell.col);
  const columnOf = (col: number): number => {
    let best = 0;
    starts.forEach((start, k) => {
      if (col >= start - 2) best = k;
    });
    return best;
  };
  const columns = criteriaHeaderColumns(header) ?? [];
  const open = new Map<number, { criterion: Piece; category: string | null }>();
  const done: { kind: 'essential' | 'desirable'; criterion: Piece; category: string | null }[] = [];
  const close = (column: number): void => {
    const current = open.get(column);
    const kind = columns[column];
    if (current && (kind === 'essential' || kind === 'desirable')) done.push({ kind, ...current });
    open.delete(column);
  };
  let category: string | null = null;
  let r = h + 1;
  for (; r < lines.length; r += 1) {
    const row = lines[r];
    if (!row || row.text.length === 0 || row.noise) continue;
    const first = row.cells[0];
    const atLeft = first !== undefined && columnOf(first.col) === 0 && (starts[1] ?? Infinity) - 2 > first.col;
    // A heading or label alone at the left margin ends the table ("OTHER INFORMATION:").
    if (row.heading > 0 || (atLeft && row.cells.length === 1 && (/:$/.test(row.text) || (lookupLabel(row.text) !== null && !CATEGORY_KEYS.has(lookupLabel(row.text) as SectionKey)) || row.text === row.text.toUpperCase()))) break;
    ctx.criteriaLines.add(r);
    row.cells.forEach((cell, i) => {
      const text = cell.text.trim();
      if (!text) return;
      const column = columnOf(cell.col);
      if (column === 0 && columns[0] === 'category') {
        category = cleanCategory(text) ?? category;
        return;
      }
      const numbered = CELL_NUMBER.exec(text);
      const lineNumber = i === 0 && row.bullet && row.number !== null ? row.number : null;
      const number = numbered ? Number(numbered[2]) : lineNumber;
      const body = numbered ? text.slice(numbered[0].length) : text;
      const evidence = quoteAll(row, body);
      const current = open.get(column);
      if (number === null && current && !/[.!?]$/.test(current.criterion.text)) {
        current.criterion.text = `${current.criterion.text} ${body}`;
        current.criterion.evidence.push(...evidence);
        return;
      }
      close(column);
      open.set(column, { criterion: { column, text: body, number, evidence }, category });
    });
  }
  for (const column of [...open.keys()]) close(column);
  for (const { kind, criterion, category: itemCategory } of done) {
    push(kind, { text: stripMarker(criterion.text), category: itemCategory, number: criterion.number, assessment: null, evidence: criterion.evidence });
  }
  return r;
}

/**
 * A space-aligned row has no cell for an empty column: put each cell under the header column it sits
 * beneath (nearest centre), so an "X" under Desirable counts as desirable.
 */
function alignRow(header: DocLine, row: DocLine): DocLine {
  const centre = (cell: { col: number; text: string }): number => cell.col + cell.text.length / 2;
  const cells: Cell[] = header.cells.map((h) => ({ text: '', items: [], col: h.col }));
  row.cells.forEach((cell, i) => {
    if (!cell.text) return;
    // The first cell is the criterion's text, which starts under the first column whatever its length,
    // unless it starts well to the right (the left column is empty on this row).
    let best = 0;
    const secondColumn = header.cells[1]?.col ?? Infinity;
    if (i > 0 || cell.col >= secondColumn - 2) {
      let distance = Infinity;
      header.cells.forEach((h, k) => {
        const d = Math.abs(centre(h) - centre(cell));
        if (d < distance) {
          distance = d;
          best = k;
        }
      });
    }
    const target = cells[best];
    if (target) {
      target.text = target.text ? `${target.text} ${cell.text}` : cell.text;
      target.items = [...target.items, ...cell.items];
    }
  });
  return { ...row, cells };
}

function readRow(row: DocLine, columns: Column[], tableCategory: string | null, push: Push, key: AssessmentKey): void {
  const cellAt = (i: number): string => row.cells[i]?.text.trim() ?? '';
  // "Area | Criterion | Essential | ...": with two text columns the criterion is the last; the first
  // groups the rows (a cell merged down over them), unless it only numbers them.
  const categoryIndex = columns.lastIndexOf('category');
  const groupIndex = columns.indexOf('category');
  if (groupIndex >= 0 && groupIndex !== categoryIndex && columns.indexOf('category', groupIndex + 1) === categoryIndex) {
    const group = cellAt(groupIndex);
    if (group && !/^[\dA-Z]{0,2}[.)]?$/.test(group)) tableCategory = cleanCategory(group) ?? tableCategory;
  }
  const assessmentIndex = columns.indexOf('assessment');
  const assessment = expandAssessment(assessmentIndex >= 0 ? cellAt(assessmentIndex) || null : null, key);
  const categoryText = categoryIndex >= 0 ? cellAt(categoryIndex) : '';
  const textIsCategory = columns.some((c, i) => (c === 'essential' || c === 'desirable') && cellAt(i).length > 0 && !MARK.test(cellAt(i)));

  const emit = (kind: 'essential' | 'desirable', text: string, number: number | null, category: string | null): void => {
    const clean = stripMarker(text);
    if (!clean) return;
    const evidence: Evidence[] = quoteAll(row, text);
    push(kind, { text: clean, category, number, assessment, evidence });
  };

  columns.forEach((column, i) => {
    const cell = row.cells[i];
    if (!cell || cell.text.trim() === '') return;
    if (column === 'essential' || column === 'desirable') {
      if (MARK.test(cell.text.trim())) {
        // A tick in the column: the criterion is the text of the category column.
        // A mark under a column selects it ("X", "✓"); "✗", "No" and "N" deselect it.
        if (!/^(?:✗|no|n)$/i.test(cell.text.trim()) && categoryText) emit(column, categoryText, null, tableCategory);
        return;
      }
      const category = textIsCategory ? cleanCategory(categoryText) ?? tableCategory : tableCategory;
      for (const item of cell.items) for (const part of splitNumbered(item)) emit(column, part.text, part.number, category);
    } else if (column === 'both') {
      const mark = cell.text.trim().toLowerCase();
      const kind = mark.startsWith('d') ? 'desirable' : mark.startsWith('e') ? 'essential' : null;
      if (kind && categoryText) {
        const parts = splitNumbered(categoryText);
        for (const part of parts) emit(kind, part.text, part.number, tableCategory);
      }
    }
  });
}

const SECTION_KIND: Partial<Record<SectionKey, 'essential' | 'desirable'>> = {
  essential: 'essential',
  desirable: 'desirable',
  entryRequirements: 'essential',
  experience: 'essential',
};

/**
 * Where an Essential / Desirable heading's list ends: at the next heading the lexicon knows (other than a
 * sub-heading such as "Experience"), or at an unknown heading in capitals.
 */
function extentEnd(model: DocumentModel, section: Section): number {
  const start = model.sectionOf[section.index] ?? -1;
  for (let s = start + 1; s < model.sections.length; s += 1) {
    const next = model.sections[s];
    if (!next) break;
    const line = model.lines[next.index];
    if (next.key === null) {
      if (line && (/^[A-Z][A-Z &/,()–-]{3,}:?$/.test(line.text) || line.heading > 0)) return next.index;
      continue;
    }
    if (next.key !== 'experience') return next.index;
  }
  return model.lines.length;
}

function isSubHeading(line: DocLine): boolean {
  return !line.bullet && (line.heading > 0 || line.emphasised || (/:$/.test(line.text) && line.text.length < 60));
}

/**
 * A short line without a sentence's end, over bullets, between bullets: it names the group below
 * ("Qualifications", "Experience and skills" set in italics, which the text does not keep).
 */
function namesBulletGroup(lines: readonly DocLine[], i: number): boolean {
  const line = lines[i];
  const next = lines.slice(i + 1).find((l) => l.text.length > 0 && !l.noise);
  const previous = lines.slice(0, i).reverse().find((l) => l.text.length > 0 && !l.noise);
  return (
    line !== undefined &&
    !line.bullet &&
    line.text.length <= 60 &&
    !/[.;,!?]$/.test(line.text) &&
    !ED_MARKER.test(line.text) &&
    next?.bullet === true &&
    previous?.bullet === true
  );
}

function readSections(ctx: ExtractContext, push: Push): void {
  const { model } = ctx;
  for (const section of sectionsFor(model, 'essential', 'desirable', 'entryRequirements', 'experience')) {
    const kind = section.key ? SECTION_KIND[section.key] : undefined;
    // A row label of a criteria table ("Pre-Requisites:") was read with its table.
    if (!kind || ctx.criteriaLines.has(section.index)) continue;
    const wide = section.key === 'essential' || section.key === 'desirable';
    const end = wide ? extentEnd(model, section) : section.bodyEnd;
    const category = wide ? null : cleanCategory(section.label);
    const anchor = valueLine(model, section);
    const inline = section.entry?.value.trim();
    if (inline && anchor && !isTableHeaderRow(model.lines[section.index])) {
      // "Experience | 2. | Experience of ...": a cell holding only a list number numbers the next one.
      let pending: number | null = null;
      for (const item of section.entry?.items ?? [inline]) {
        const bare = /^\s*(\d{1,2})[.)]?\s*$/.exec(item);
        if (bare?.[1]) {
          pending = Number(bare[1]);
          continue;
        }
        for (const part of splitNumbered(item)) push(kindOf(part.text, kind, section.key, null), criterion(anchor, part.text, part.number ?? pending, category));
        pending = null;
      }
    }
    let subCategory: string | null = category;
    const proseCategory = new Map<number, string | null>();
    let bulleted = false;
    for (let i = section.bodyStart; i < end; i += 1) {
      const line = model.lines[i];
      if (!line || line.text.length === 0 || line.noise || ctx.descriptive.has(i) || ctx.criteriaLines.has(i)) continue;
      if (line.cells.length > 1) continue;
      if (isSubHeading(line) || namesBulletGroup(model.lines, i)) {
        const known = lookupLabel(line.text);
        if (known === null) subCategory = cleanCategory(line.text);
        bulleted = false;
        continue;
      }
      // A list written as bullets ends with its bullets: a paragraph after it is a note ("If you are not
      // already accredited ...") or the next part of the document, not one more criterion.
      if (bulleted && !line.bullet) break;
      bulleted = line.bullet;
      ctx.criteriaLines.add(i);
      if (line.bullet) {
        for (const part of splitNumbered(line.text))
          push(kindOf(part.text, kind, section.key, line.marker), criterion(line, part.text, part.number ?? line.number, subCategory));
        continue;
      }
      proseCategory.set(i, subCategory);
    }
    // Prose: one criterion per sentence (sentences may wrap over lines).
    for (const sentence of proseSentences(model)) {
      const first = sentence.indices[0];
      if (first === undefined || !proseCategory.has(first) || isInstruction(sentence.text)) continue;
      const text = stripMarker(sentence.text);
      if (text.length < 3) continue;
      // In prose a sentence may say it is only desirable, whatever the heading.
      const proseKind = /\bdesirable\b|\bwould be an advantage\b|\badvantageous\b/i.test(sentence.text) ? 'desirable' : kindOf(sentence.text, kind, section.key, null);
      push(proseKind, {
        text,
        category: proseCategory.get(first) ?? null,
        number: null,
        assessment: null,
        evidence: sentence.evidence,
      });
    }
  }
}

function isInstruction(text: string): boolean {
  return /^(?:please|applicants should|candidates should|you should describe|describe,? with example)/i.test(text);
}

function kindOf(
  text: string,
  fallback: 'essential' | 'desirable',
  key: SectionKey | null,
  marker: 'E' | 'D' | null,
): 'essential' | 'desirable' {
  if (marker) return marker === 'E' ? 'essential' : 'desirable';
  const m = ED_MARKER.exec(text);
  const mark = (m?.[1] ?? m?.[2] ?? m?.[3] ?? m?.[4] ?? '').toLowerCase();
  if (mark.startsWith('d')) return 'desirable';
  if (mark.startsWith('e')) return 'essential';
  // In a general experience/requirements section a line may still say it is only desirable.
  if (key !== 'essential' && /\b(?:desirable|would be an advantage|advantageous|an advantage)\b/i.test(text)) return 'desirable';
  return fallback;
}

function criterion(line: DocLine, text: string, number: number | null, category: string | null): Criterion {
  return { text: stripMarker(text), category, number, assessment: null, evidence: quoteAll(line, text) };
}

/** Lines anywhere marked "(E)" or "(D)" that no table or section has read; a criterion may wrap onto it. */
function readMarkers(ctx: ExtractContext, push: Push): void {
  const { lines } = ctx.model;
  lines.forEach((line, index) => {
    if (ctx.criteriaLines.has(index) || ctx.descriptive.has(index) || line.cells.length > 1) return;
    const m = /\(\s*([ED])\s*\)\s*$|\[\s*([ED])\s*\]\s*$/.exec(line.text);
    if (!m || /\(\s*E\s*\)[^]*\(\s*D\s*\)/.test(line.text)) return;
    const kind = (m[1] ?? m[2]) === 'D' ? 'desirable' : 'essential';
    ctx.criteriaLines.add(index);
    const prev = lines[index - 1];
    const wrapped =
      prev !== undefined &&
      prev.text.length > 0 &&
      !prev.noise &&
      prev.cells.length === 1 &&
      !ctx.criteriaLines.has(index - 1) &&
      !/\(\s*[ED]\s*\)|[.:]$/.test(prev.text) &&
      !isSubHeading(prev) &&
      lookupLabel(prev.text) === null;
    if (wrapped && prev) {
      ctx.criteriaLines.add(index - 1);
      push(kind, {
        text: stripMarker(`${prev.text} ${line.text}`),
        category: null,
        number: prev.number,
        assessment: null,
        evidence: [...quoteAll(prev, prev.text), ...quoteAll(line, line.text)],
      });
      return;
    }
    push(kind, criterion(line, line.text, line.number, null));
  });
}

/** "Ability to type at 30 wpm ........ E  T": a trailing Essential/Desirable mark and assessment codes. */
function readTrailingMarks(ctx: ExtractContext, push: Push, key: AssessmentKey): void {
  ctx.model.lines.forEach((line, index) => {
    if (ctx.criteriaLines.has(index) || ctx.descriptive.has(index) || line.text.length === 0) return;
    let text: string | null = null;
    let mark: string | null = null;
    let assessment: string | null = null;
    const joined = line.cells.length === 1 ? line.text : line.cells.map((c) => c.text).join('   ');
    const dotted = joined.includes('...') || joined.includes('…') ? /^(.{8,}?)\s*(?:\.{3,}|…+)\s*(E|D|Essential|Desirable)\b\s*(.*)$/i.exec(joined) : null;
    if (dotted?.[1] && dotted[2]) {
      text = dotted[1];
      mark = dotted[2];
      assessment = dotted[3]?.trim() || null;
    } else if (line.cells.length >= 2 && (line.cells[0]?.text.length ?? 0) >= 8) {
      const at = line.cells.findIndex((cell, i) => i > 0 && /^(?:E|D|Essential|Desirable)\b(?:\s+\S.*)?$/.test(cell.text.trim()));
      const cell = line.cells[at]?.text.trim() ?? '';
      const m = /^(E|D|Essential|Desirable)\b\s*(.*)$/.exec(cell);
      if (at > 0 && m?.[1]) {
        text = line.cells[0]?.text ?? null;
        mark = m[1];
        assessment = [m[2] ?? '', ...line.cells.slice(at + 1).map((c) => c.text)].join(' ').trim() || null;
      }
    }
    if (!text || !mark) return;
    ctx.criteriaLines.add(index);
    const kind = mark.toUpperCase().startsWith('D') ? 'desirable' : 'essential';
    push(kind, { text: text.trim(), category: null, number: line.number, assessment: expandAssessment(assessment, key), evidence: quoteAll(line, text.trim()) });
  });
}

type AssessmentKey = ReadonlyMap<string, string>;

/** "A = Application form, I = Interview, T = Written test": what assessment codes stand for. */
function assessmentKey(ctx: ExtractContext): AssessmentKey {
  const key = new Map<string, string>();
  ctx.model.lines.forEach((line, index) => {
    if (!line.text.includes('=')) return;
    const pairs = [...line.text.matchAll(/\b([A-Z])\s*=\s*([A-Za-z][a-z]+(?:\s+(?:form|test|exercise|centre|interview|assessment))?)/g)];
    if (pairs.length < 2) return;
    // The key explains the table; it is not a criterion of it.
    ctx.criteriaLines.add(index);
    for (const [, code, word] of pairs)
      if (code && word && !/^(?:essential|desirable)$/i.test(word)) key.set(code, word.charAt(0).toUpperCase() + word.slice(1));
  });
  return key;
}

/** "A/I" -> "Application / Interview" when the document gives a key; otherwise as written. */
export function expandAssessment(raw: string | null, key: AssessmentKey): string | null {
  if (!raw) return null;
  const codes = raw.split(/\s*[/,&+]\s*|\s+and\s+|\s+/).filter((c) => c.length > 0);
  if (key.size === 0 || codes.length === 0 || !codes.every((c) => key.has(c))) return raw;
  return codes.map((c) => key.get(c) ?? c).join(', ');
}
