/**
 * Text -> clean lines. Each DocLine keeps the 1-based number of the source line it came from. Handles
 * tab-separated, quoted CSV and markdown pipe table cells, HTML fragments inside cells, markdown headings and bold,
 * bullets, list and outline numbers ("1.4"), "E1"/"D1" criteria markers, non-breaking spaces, PDF
 * run-together label words, space-aligned `LABEL:      value` pairs, and values or bullets wrapped onto
 * the next line(s) (joined, remembering every source line).
 */
import type { Cell, DocLine, TableRowMark } from './document-lines.ts';
import { isCsvHeaderRow, splitQuotedCsvRow } from './csv-rows.ts';
import { htmlToItems } from './html-fragments.ts';
import { LEXICON_WORDS, lookupLabel } from '../vocabulary/document-headings.ts';
import { splitAtLabels } from './split-at-labels.ts';

const BULLET = /^(?:[•·▪◦●○■➢➤►▶\-*–—]|o(?=\s)|[✓✔](?![^☐□]*[☐□]))\s+/;
const LIST_NUMBER = /^(?:\(?(\d{1,3})[.)]|\(?([a-z]|[ivx]{1,4})\)|([ED])(\d{1,2})[.):]?)\s+(?=\S)/;
const OUTLINE_NUMBER = /^\d{1,2}(?:\.\d{1,2})+\.?\s+(?=[A-Z(])/;
const SEPARATOR = /^[\s\-=_|+~.:]*$/;
const LEVELLED = /\((?:level\s*\w{1,2}|accredited)\)\s*$/i;

export function normaliseLines(text: string, tables: readonly TableRowMark[] = []): DocLine[] {
  documentHasSpecialSpaces = SPECIAL_SPACE.test(text);
  const rawLines = text.split('\n');
  const rowAt = new Map(tables.map((mark) => [mark.line, mark]));
  const out: DocLine[] = [];
  for (let index = 0; index < rawLines.length; index += 1) {
    const raw = rawLines[index] ?? '';
    const mark = rowAt.get(index + 1);
    if (mark) {
      // A row of a laid-out table: its cells are the tabs, whatever the text in them looks like.
      out.push(tableRowLine(raw, mark));
      continue;
    }
    // "**POLICE STAFF****Additional Information:**": two bold runs glued together are two lines.
    const parts = raw.includes('****') ? raw.split(/\*{4,}/).filter((part) => part.trim().length > 0) : [raw];
    if (parts.length === 0) parts.push('');
    for (let p = 0; p < parts.length; p += 1) {
      let part = parts[p] ?? '';
      if (parts.length > 1) {
        if (p > 0) part = `**${part}`;
        if (p < parts.length - 1) part = `${part}**`;
      }
      out.push(...splitLabelledFields(normaliseLine(part, index + 1)));
    }
  }
  markNoise(out);
  splitLabelColumns(out);
  return joinWrapped(out);
}

/**
 * Two labelled fields on one line become two lines with the same source line number; in a table row, a
 * cell holding a value and the next label ("Police Community Support Officer Department:") becomes two cells.
 */
function splitLabelledFields(line: DocLine): DocLine[] {
  if (!line.text.includes(':') || line.heading > 0) return [line];
  if (line.cells.length === 1) {
    const pieces = splitAtLabels(line.text);
    return pieces.length === 1 ? [line] : pieces.map((piece) => normaliseLine(piece, line.no));
  }
  const cells = line.cells.flatMap((cell) => {
    const pieces = splitAtLabels(cell.text);
    return pieces.length === 1 ? [cell] : pieces.map((piece, i) => ({ text: piece, items: [piece], col: cell.col + i }));
  });
  if (cells.length === line.cells.length) return [line];
  return [{ ...line, cells, text: cells.map((cell) => cell.text).join('\t') }];
}

const SPECIAL_SPACE = /[\u00a0\u2007\u202f\u200b-\u200d\ufeff\u00ad\r\\]/;
/** Set per document: most documents hold none of the characters cleanSpaces handles. */
let documentHasSpecialSpaces = true;

function cleanSpaces(raw: string): string {
  if (!documentHasSpecialSpaces || !SPECIAL_SPACE.test(raw)) return raw;
  return (
    raw
      // Runs of non-breaking spaces are layout, not table columns.
      .replace(/[ \u00a0\u2007\u202f]*[\u00a0\u2007\u202f][ \u00a0\u2007\u202f]*/g, ' ')
      .replace(/[\u200b-\u200d\ufeff\u00ad]/g, '')
      // A literal "\n" typed into a form field.
      .replace(/(^|\s)\\n(?=\s|$)/g, ' ')
      .replace(/\r/g, '')
  );
}

interface RawCell {
  text: string;
  col: number;
}

function splitOn(body: string, separator: RegExp, offset: number): RawCell[] {
  const out: RawCell[] = [];
  let last = 0;
  for (const m of body.matchAll(separator)) {
    out.push({ text: body.slice(last, m.index), col: offset + last });
    last = (m.index ?? 0) + m[0].length;
  }
  out.push({ text: body.slice(last), col: offset + last });
  return out;
}

function splitCells(body: string, offset: number): { cells: RawCell[]; aligned: boolean } {
  // Spreadsheet CSV exports: "Job Title","Forensic Analyst". A "Field","Value" header row becomes blank.
  if (body.startsWith('"')) {
    const csv = splitQuotedCsvRow(body);
    if (csv) {
      if (isCsvHeaderRow(csv)) return { cells: [{ text: '', col: offset }], aligned: false };
      return { cells: csv.map((cell) => ({ text: cell.text, col: offset + cell.col })), aligned: false };
    }
  }
  // Markdown / Word-export pipe tables: "| Job title | Contact Handler |".
  if (/^\|.*\|$/.test(body) && body.length > 2) return { cells: splitOn(body.slice(1, -1), /\|/g, offset + 1), aligned: false };
  if (body.includes('\t')) return { cells: splitOn(body, /\t/g, offset), aligned: false };
  // Three or more spaces separate cells (space-aligned PDF/text tables), except in a bullet's prose.
  // Two bulleted columns side by side ("- Confirmed in rank      - Public Order trained") split too.
  if (/ {3,}/.test(body) && (!BULLET.test(body) || / {3,}(?:[•▪\-*–]\s| {3})/.test(body)))
    return { cells: splitOn(body, / {3,}/g, offset), aligned: true };
  // "Job title | Intelligence Researcher": pipes between label and value without a pipe table's outer bars.
  if (/\S \| \S/.test(body) && !body.startsWith('|')) return { cells: splitOn(body, / \| /g, offset), aligned: false };
  return { cells: [{ text: body, col: offset }], aligned: false };
}

function normaliseLine(rawLine: string, no: number): DocLine {
  const spaced = cleanSpaces(rawLine);
  const indent = /^ */.exec(spaced)?.[0].length ?? 0;
  let body = spaced.trim();

  let heading = 0;
  const headingMatch = /^(#{1,6})\s+/.exec(body);
  if (headingMatch?.[1]) {
    heading = headingMatch[1].length;
    body = body.slice(headingMatch[0].length);
  }
  // FAQ layout: "Q: What is the role?" is a heading, "A: Special Constable." its value.
  const qa = /^(Q|A)[:.]\s+(?=\S)/.exec(body);
  if (qa) body = body.slice(qa[0].length);
  // Outline numbers ("1.4  Hours per week: 37.5") number the document, not a list.
  const outline = OUTLINE_NUMBER.exec(body);
  if (outline) body = body.slice(outline[0].length);
  const emphasised = isWhollyBold(body);

  // "1.<TAB>Passed the ...": Word puts a tab after a list number or bullet; it is not a table cell.
  body = body.replace(/^(\(?\d{1,3}[.)]|\(?[a-z]\)|[ED]\d{1,2}[.):]?|[•▪◦●○■➢➤►▶*–-]|o)\t+/, '$1 ');
  // "Job title ........ Vetting Officer": dot leaders separate a label from its value.
  if (body.includes('....') && /\S\s*\.{4,}\s*\S/.test(body) && !/\.{4,}\s*(?:E|D|Essential|Desirable)\b/.test(body))
    body = body.replace(/\s*\.{4,}\s*/, '   ');
  // Taken before the cell is cleaned, which drops a typed "•" with the markup.
  const typedBullet = BULLET.test(body);
  const split = splitCells(body, indent + (spaced.trim().length - body.length > 0 ? 0 : 0));
  const cells: Cell[] = split.cells.map((raw) => cleanCell(raw.text, raw.col));
  // Empty trailing cells carry nothing, except in a pipe table, where they show a row wraps.
  const pipe = /^\|.*\|$/.test(body);
  while (!pipe && cells.length > 1 && (cells[cells.length - 1]?.text ?? '') === '') cells.pop();

  if (cells.length > 1) unnumberListLabel(cells);
  // Cells of a multi-column list keep their text without the bullet.
  if (cells.length > 1) {
    for (const cell of cells) {
      const b = BULLET.exec(cell.text);
      if (b && cell.text.length > b[0].length) {
        cell.text = cell.text.slice(b[0].length);
        cell.items = cell.items.map((item, i) => (i === 0 ? item.replace(BULLET, '') : item));
      }
    }
  }
  let bullet = false;
  let number: number | null = null;
  let marker: 'E' | 'D' | null = null;
  const first = cells[0];
  if (first && cells.length === 1) {
    const bulletMatch = BULLET.exec(first.text);
    if (bulletMatch && first.text.length > bulletMatch[0].length) {
      bullet = true;
      first.text = first.text.slice(bulletMatch[0].length);
      first.items = first.items.map((item, i) => (i === 0 ? item.replace(BULLET, '') : item));
    } else if (typedBullet && first.text.length > 0) bullet = true;
    const numberMatch = LIST_NUMBER.exec(first.text);
    if (numberMatch) {
      const rest = first.text.slice(numberMatch[0].length);
      if (/^[A-Z][A-Z &/,()–-]{3,}$/.test(rest)) {
        // "1.  ROLE DETAILS": a numbered heading, not a list item.
        first.text = rest;
        first.items = [rest];
      } else {
        bullet = true;
        if (numberMatch[3] && numberMatch[4]) {
          marker = numberMatch[3] === 'E' ? 'E' : 'D';
          number = Number(numberMatch[4]);
          first.text = rest;
          first.items = first.items.map((item, i) => (i === 0 ? item.slice(numberMatch[0].length) : item));
        } else {
          number = numberMatch[1] ? Number(numberMatch[1]) : null;
        }
      }
    }
  }
  const text = cells.every((cell) => cell.text === '') ? '' : cells.map((cell) => cell.text).join('\t').trim();
  return { no, text, cells, heading, emphasised, bullet, number, indent, noise: false, marker, outline: outline !== null, aligned: split.aligned };
}

/** A table row the layout reported: tab cells, each cleaned; no bullets, outline numbers or space columns. */
function tableRowLine(raw: string, mark: TableRowMark): DocLine {
  // One cell (a spanning row, a one-column table): read like any line, bullets and all.
  if (!raw.includes('\t')) return { ...normaliseLine(raw, mark.line), table: mark };
  const cells: Cell[] = [];
  let col = 0;
  for (const part of cleanSpaces(raw).split('\t')) {
    // A bullet starting a cell marks a list in the cell, not part of its text.
    cells.push(cleanCell(part.trim().replace(BULLET, ''), col));
    col += part.length + 1;
  }
  // Trailing blank cells go as on any line; a blank value cell between label and next label stays.
  while (cells.length > 1 && (cells[cells.length - 1]?.text ?? '') === '') cells.pop();
  if (cells.length > 1) unnumberListLabel(cells);
  const text = cells.every((cell) => cell.text === '') ? '' : cells.map((cell) => cell.text).join('\t').trim();
  const base = { no: mark.line, text, cells, heading: 0, emphasised: false, bullet: false, number: null, indent: 0, noise: false };
  return { ...base, aligned: false, outline: false, marker: null, table: mark };
}

/** Label keys whose values form a list, so a spreadsheet may give each item its own numbered row. */
const LIST_LABEL_KEYS = new Set(['essential', 'desirable', 'criteria', 'entryRequirements', 'experience', 'skills', 'responsibilities', 'training']);
const NUMBERED_LABEL = /^(.*?[A-Za-z])\s*(?:\(\d{1,2}\)|#?\d{1,2}[.:]?)$/;

/**
 * "Essential Criteria 1" | "A degree ...": one item of a list per row. The label without its number is the
 * list's label, so every such row reads as an item of that list. Only list labels: "Grade 6" stays as it is.
 */
function unnumberListLabel(cells: Cell[]): void {
  const first = cells[0];
  if (!first || first.text.length > 60 || !/\d[.:)]?$/.test(first.text) || lookupLabel(first.text) !== null) return;
  const base = NUMBERED_LABEL.exec(first.text)?.[1];
  const key = base ? lookupLabel(base) : null;
  if (!base || key === null || !LIST_LABEL_KEYS.has(key)) return;
  first.text = base;
  first.items = [base];
}

function isWhollyBold(body: string): boolean {
  const t = body.trim();
  if (/^\*\*[^*].*\*\*:?$/.test(t) || /^__[^_].*__:?$/.test(t)) return true;
  return /^(?:<u>)?<b>[^<]*<\/b>(?:<\/u>)?:?$/i.test(t) || /^<strong>[^<]*<\/strong>:?$/i.test(t);
}

function cleanCell(rawCell: string, col: number): Cell {
  // Fast path for a plain cell: no HTML, markdown, bullets inside, or run-together words.
  if (!/[<&*_#\\:•·▪◦●○■➢➤►▶]|[a-z][A-Z]|\s{2}|^\s|\s$/.test(rawCell)) {
    const plain = SEPARATOR.test(rawCell) ? '' : rawCell;
    return { text: plain, items: plain ? [plain] : [], col };
  }
  const items = htmlToItems(rawCell)
    .map((item) => fixRunTogether(stripMarkdown(item)))
    .map((item) => item.replace(/\s+/g, ' ').trim())
    // A bullet typed inside a list item ("<li>• Provide ...</li>").
    .map((item) => item.replace(/^[•·▪◦●○■➢➤►▶]\s*/, ''))
    .filter((item) => item.length > 0 && !SEPARATOR.test(item));
  const text = items.join(' ');
  return { text, items: items.length > 0 ? items : [], col };
}

function stripMarkdown(text: string): string {
  if (!/[*_#\\]/.test(text)) return text;
  return text
    .replace(/\*\*|__/g, '')
    .replace(/^#{1,6}\s+/, '')
    .replace(/\\([*_#\-.()[\]])/g, '$1');
}

/**
 * PDF text often loses spaces: "WeeklyHours:37", "VettingLevel:NPPV3". Split a camel-joined word only when
 * every part is a word the lexicon uses, and put a space after a label colon glued to its value.
 */
export function fixRunTogether(text: string): string {
  let out = text;
  if (/[a-z][A-Z]/.test(out)) {
    out = out.replace(/\b[A-Z]?[a-z]+(?:[A-Z][a-z]+)+\b/g, (word) => {
      const parts = word.split(/(?=[A-Z])/);
      return parts.every((part) => LEXICON_WORDS.has(part.toLowerCase())) ? parts.join(' ') : word;
    });
  }
  // "Hours:37" -> "Hours: 37", but leave times ("08:00") and URLs ("https://") alone.
  if (!out.includes(':')) return out;
  return out.replace(/([A-Za-z)]):(?=[A-Za-z0-9(£])(?!\/\/)/g, '$1: ');
}

const FIELD_LABEL_KEYS = new Set(['title', 'reportsTo', 'responsibleFor', 'hours', 'grade', 'rank', 'rankGrade', 'roleCode', 'department', 'location', 'organisation', 'contractType', 'status', 'vetting', 'driving', 'shifts', 'health', 'training', 'itSystems', 'dress']);

/** The known field label a line starts with ("Reporting line Workshop Supervisor" -> "Reporting line"). */
function leadingFieldLabel(text: string): string | null {
  // Cheap rejections first: this runs on every plain line.
  if (text.length > 120) return null;
  const firstWord = /^[A-Za-z]+/.exec(text)?.[0];
  if (!firstWord || !LEXICON_WORDS.has(firstWord.toLowerCase())) return null;
  const words = text.split(' ');
  for (let k = Math.min(4, words.length - 1); k >= 1; k -= 1) {
    const label = words.slice(0, k).join(' ');
    const rest = words.slice(k).join(' ');
    if (!/^[A-Za-z][A-Za-z /&]*$/.test(label)) continue;
    const key = lookupLabel(label);
    if (key !== null && FIELD_LABEL_KEYS.has(key) && /^[A-Z0-9£(]/.test(rest)) return label;
  }
  return null;
}

/**
 * PDF text loses the spaces that lined up a label column: "Job Title Fleet Technician", "Grade Scale 5".
 * In a run of three or more lines that each start with a known field label and no colon, split the label
 * from its value.
 */
function splitLabelColumns(lines: DocLine[]): void {
  let run: { line: DocLine; label: string }[] = [];
  const flush = (): void => {
    if (run.length >= 3) {
      for (const { line, label } of run) {
        const cell = line.cells[0];
        if (!cell) continue;
        const value = line.text.slice(label.length).trim();
        line.cells = [
          { text: label, items: [label], col: cell.col },
          { text: value, items: [value], col: cell.col + label.length + 1 },
        ];
        line.text = `${label}\t${value}`;
      }
    }
    run = [];
  };
  for (const line of lines) {
    const label = line.cells.length === 1 && !line.bullet && line.heading === 0 && !line.text.includes(':') ? leadingFieldLabel(line.text) : null;
    if (label) run.push({ line, label });
    else flush();
  }
  flush();
}

/** Page headers and footers: short lines repeated in the document, page numbers, bare dates. */
function markNoise(lines: DocLine[]): void {
  const counts = new Map<string, number>();
  // A title repeated straight below itself at the top of the document ("Special Constable" as the page name,
  // then as its heading) is written twice, not repeated on each page.
  let seen = 0;
  let last = '';
  for (const line of lines) {
    if (line.text.length === 0) continue;
    seen += 1;
    const key = line.text.toLowerCase();
    const twiceAtTop = seen <= 8 && key === last;
    last = key;
    if (line.text.length > (line.cells.length > 1 ? 80 : 40) || twiceAtTop) continue;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  let previous: DocLine | null = null;
  for (const line of lines) {
    const above = previous;
    if (line.text.length > 0) previous = line;
    if (line.text.length === 0 || line.text.length > 80) continue;
    const key = line.text.toLowerCase();
    const repeated = (counts.get(key) ?? 0) >= 2 && !/:$/.test(line.text) && !line.bullet && (line.cells.length === 1 || !line.text.includes(':'));
    const known = repeated ? lookupLabel(line.text) : null;
    // "Job Title: Missing Persons Coordinator" at the top of each page still states the field.
    const field = repeated && line.cells.length === 1 ? KNOWN_LABEL_START.exec(line.text)?.[1] : undefined;
    if (field !== undefined && lookupLabel(field) !== null && line.text.length > field.length + 2) continue;
    // A bare number is not a page mark: it may be a value on the line below its label ("Hours per week" / "37").
    const short = line.text.length <= 24;
    const pageMark = short && /^(?:page\s+\d+(?:\s+of\s+\d+)?|\d+\s+of\s+\d+|-\s*\d{1,3}\s*-)$/i.test(line.text);
    // A date below a "Closing date" heading is its value, not a version stamp.
    const dateValue = above !== null && lookupLabel(above.text) === 'closingDate';
    const bareDate = short && !dateValue && /^(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{4}|\d{1,2}\/\d{1,2}\/\d{2,4})$/i.test(line.text);
    if ((repeated && (known === null || known === 'documentPart')) || pageMark || bareDate) line.noise = true;
  }
}

const KNOWN_LABEL_START = /^([A-Za-z][^:]{0,50}):(?:\s|$)/;

function startsWithLabel(line: DocLine): boolean {
  const m = KNOWN_LABEL_START.exec(line.text);
  if (m?.[1] && lookupLabel(m[1]) !== null) return true;
  return lookupLabel(line.text) !== null;
}

/** A line that can be continued by the next: a bullet, a numbered item, or a "Label: value" pair. */
function continuable(line: DocLine): boolean {
  if (line.text.length === 0 || line.noise || line.heading > 0 || line.emphasised) return false;
  // Table rows are continued cell by cell (see targetCell).
  if (line.cells.length > 1) return true;
  if (/[.!?:]$/.test(line.text)) return false;
  if (line.bullet || line.outline) return true;
  const m = KNOWN_LABEL_START.exec(line.text);
  return Boolean(m?.[1] && lookupLabel(m[1]) !== null && line.text.slice(m[0].length).trim().length > 0);
}

function continues(a: DocLine, b: DocLine): boolean {
  if (b.text.length === 0 || b.noise || b.heading > 0 || b.emphasised || b.bullet || b.cells.length !== 1) return false;
  if (startsWithLabel(b) || LEVELLED.test(b.text) || /^[A-Z][A-Z &/,()–-]{3,}:?$/.test(b.text)) return false;
  return b.indent > a.indent || /^[a-z(0-9&]/.test(b.text);
}

/** A pipe-table row whose only text continues cells of the row above (a cell wrapped in the export). */
function continuesRow(a: DocLine, b: DocLine): boolean {
  if (a.cells.length < 2 || a.cells.length !== b.cells.length || b.text.length === 0) return false;
  let fills = false;
  for (let i = 0; i < a.cells.length; i += 1) {
    const at = a.cells[i]?.text ?? '';
    const bt = b.cells[i]?.text ?? '';
    if (bt && !at) return false;
    if (at && !bt) fills = true;
  }
  const firstA = a.cells[0]?.text ?? '';
  const firstB = b.cells[0]?.text ?? '';
  const filled = (line: DocLine): number => line.cells.filter((cell) => cell.text.length > 0).length;
  // The first cell is empty, or visibly carries on the sentence above ("... in a" / "regulatory, legal ...").
  const carriesOn = firstB === '' || /^[a-z(&,]/.test(firstB) || /(?:[,(&–-]|\b(?:and|or|the|of|to|a|an|in|for|with|from))$/i.test(firstA);
  return fills && filled(b) < filled(a) && carriesOn && (firstB === '' || lookupLabel(firstB) === null);
}

/**
 * The cell of `prev` an indented line continues: for a one-cell line, that cell; for a table row, the cell
 * starting at or just left of the line's indent ("SHIFT PATTERN:   Earlies ..." / "                 rota"),
 * provided that cell's text does not end a sentence.
 */
function targetCell(prev: DocLine, line: DocLine): Cell | undefined {
  if (prev.cells.length === 1) return prev.cells[0];
  if (line.indent <= prev.indent) return undefined;
  let target: Cell | undefined;
  for (const cell of prev.cells) if (cell.text && cell.col <= line.indent + 2) target = cell;
  if (!target || /[.!?:]$/.test(target.text)) return undefined;
  return target;
}

/** Join values, bullets and table cells wrapped onto following lines, keeping each source line. */
function joinWrapped(lines: DocLine[]): DocLine[] {
  const out: DocLine[] = [];
  for (const line of lines) {
    const prev = out[out.length - 1];
    // A laid-out table's rows are whole already: its cells were joined from the layout.
    if (line.table || prev?.table) {
      out.push(line);
      continue;
    }
    if (prev && line.cells.length > 1 && continuesRow(prev, line)) {
      prev.physical ??= [{ no: prev.no, text: prev.text }];
      prev.physical.push({ no: line.no, text: line.text });
      prev.cells.forEach((cell, i) => {
        const extra = line.cells[i]?.text ?? '';
        if (!extra) return;
        cell.text = `${cell.text} ${extra}`.trim();
        cell.items = cell.items.length > 0 ? [...cell.items.slice(0, -1), `${cell.items.at(-1) ?? ''} ${extra}`.trim()] : [extra];
      });
      prev.text = prev.cells.map((cell) => cell.text).join('\t');
      continue;
    }
    const cell = prev ? targetCell(prev, line) : undefined;
    if (prev && cell && continuable(prev) && continues(prev, line)) {
      prev.physical ??= [{ no: prev.no, text: prev.text }];
      prev.physical.push({ no: line.no, text: line.text });
      if (cell) {
        cell.text = `${cell.text} ${line.text}`;
        cell.items = [...cell.items.slice(0, -1), `${cell.items.at(-1) ?? ''} ${line.text}`.trim()];
      }
      prev.text = prev.cells.length > 1 ? prev.cells.map((c) => c.text).join('\t') : `${prev.text} ${line.text}`;
      continue;
    }
    out.push(line);
  }
  return out;
}
