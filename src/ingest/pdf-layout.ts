/**
 * PDF text items with their positions -> lines and table rows, as the page shows them. pdf.js gives each
 * run of text with its x/y; reading them in stream order interleaves the columns of a label/value table,
 * lets a blank cell's label run into the next row, and repeats page headers and footers through the body.
 *
 * - Items on one baseline make a line; a wide x gap between items splits the line into cells.
 * - Lines close together (less than about one and a half line heights apart) make a band: a paragraph, or
 *   one table row whose cells wrap over several lines or sit vertically centred.
 * - A band with text in two or more columns is a table row: its cells are its columns, each column's
 *   fragments joined top to bottom. Consecutive rows whose columns line up are one table. A band in the
 *   first column between rows of a table is a row of it too (a category row, or a label with a blank
 *   value); a band in a later column only is a cell merged down over the rows above and below.
 * - Lines that repeat at the top or bottom of most pages (digits aside) are page furniture, and dropped.
 * - A word hyphenated at a line end is joined with the next line's first word.
 */
import type { TableRowMark } from './document-lines.ts';
import { LEXICON_WORDS } from '../vocabulary/document-headings.ts';
import { holdsRunOnFields } from './split-at-labels.ts';

export interface PdfTextItem {
  str: string;
  /** Left edge and baseline, in PDF points from the page's bottom-left. */
  x: number;
  y: number;
  width: number;
  /** Font size (the item's height). */
  size: number;
}

export interface LaidOutPdfText {
  text: string;
  tables: TableRowMark[];
}

interface Fragment {
  text: string;
  x: number;
  right: number;
  y: number;
  size: number;
}

/** One baseline of a page: its fragments (runs split at wide gaps), left to right. */
interface PageLine {
  y: number;
  size: number;
  runs: Fragment[];
}

interface Band {
  lines: PageLine[];
}

/** A gap wider than this many font sizes between two items separates cells. */
const CELL_GAP = 0.4;
/** Baselines closer than this many font sizes belong to one band. */
const BAND_GAP = 1.3;
/** Column starts within this many points are the same column. */
const COLUMN_SLACK = 4;

const LIST_MARKER = /^\s*(?:[•·▪◦●○■➢➤►▶*–-]|\(?\d{1,2}[.)]|\(?[a-z][.)])\s*$/;

/** Private-use bullet glyphs (Symbol / OpenSymbol fonts) as the bullet the normaliser knows. */
function cleanText(text: string): string {
  return text.replace(/[\uf0b7\uf0a7\uf076\uf0d8\uf0fc\uf0a8\uf06e\uf0e0\uf0d2]/g, '•').replace(/[\r\n\f\t]/g, ' ');
}

function pageLines(items: readonly PdfTextItem[]): PageLine[] {
  const visible = items
    .filter((item) => item.str.trim().length > 0)
    .map((item) => {
      const str = cleanText(item.str);
      // "Department: " is as wide as its trailing space: measure the text without it.
      const width = item.width * (str.trimEnd().length / Math.max(1, str.length));
      return { ...item, str, width, size: item.size > 0 ? item.size : 10 };
    })
    .sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: { y: number; size: number; items: typeof visible }[] = [];
  for (const item of visible) {
    const line = lines.find((l) => Math.abs(l.y - item.y) <= 0.35 * Math.min(l.size, item.size));
    if (line) {
      line.items.push(item);
      line.size = Math.max(line.size, item.size);
    } else lines.push({ y: item.y, size: item.size, items: [item] });
  }
  return lines
    .sort((a, b) => b.y - a.y)
    .map((line) => {
      const sorted = line.items.sort((a, b) => a.x - b.x);
      const runs: Fragment[] = [];
      for (const item of sorted) {
        const last = runs[runs.length - 1];
        const gap = last ? item.x - last.right : Infinity;
        // A bullet or list number is set apart from its text by a tab stop, not a column gap.
        const marker = last !== undefined && LIST_MARKER.test(last.text);
        if (last && (marker || gap <= CELL_GAP * Math.max(item.size, last.size))) {
          // Items of one run touch, or are a word space apart.
          const space = marker || gap > 0.15 * item.size && !/\s$/.test(last.text) && !/^\s/.test(item.str);
          last.text += (space ? ' ' : '') + item.str;
          last.right = Math.max(last.right, item.x + item.width);
        } else {
          runs.push({ text: item.str, x: item.x, right: item.x + item.width, y: line.y, size: item.size });
        }
      }
      // "| Job title | Constable |": bars drawn as text are cell borders, not text.
      // A bar inside a run ("Essential/Desirable | Assessed by") splits it where the bar stands.
      const kept = runs
        .flatMap(splitAtBars)
        .map((run) => ({ ...run, text: run.text.replace(/^\s*\|\s*|\s*\|\s*$/g, '').replace(/\s+$/, '') }))
        .filter((run) => run.text.trim().length > 0 && !/^[-|:=+\s]+$/.test(run.text));
      return { y: line.y, size: line.size, runs: kept };
    })
    .filter((line) => line.runs.length > 0);
}

function splitAtBars(run: Fragment): Fragment[] {
  if (!/\S\s+\|\s+\S/.test(run.text)) return [run];
  const perChar = (run.right - run.x) / Math.max(1, run.text.length);
  const out: Fragment[] = [];
  let start = 0;
  for (const m of run.text.matchAll(/\s+\|\s+/g)) {
    const end = m.index ?? 0;
    out.push({ ...run, text: run.text.slice(start, end), x: run.x + start * perChar, right: run.x + end * perChar });
    start = end + m[0].length;
  }
  out.push({ ...run, text: run.text.slice(start), x: run.x + start * perChar });
  return out;
}

/** Digits and spacing aside: "Page 2 of 3" and "Page 3 of 3" are the same furniture. */
function furnitureKey(line: PageLine): string {
  return line.runs
    .map((run) => run.text)
    .join(' ')
    .toLowerCase()
    .replace(/\d+/g, '#')
    .replace(/\s+/g, ' ')
    .trim();
}

const PAGE_NUMBER = /^(?:page\s*)?#(?:\s*(?:of|\/)\s*#)?$|^-\s*#\s*-$/;

/** Drop lines repeated at the top or bottom of most pages, and bare page numbers there. */
function dropFurniture(pages: PageLine[][]): PageLine[][] {
  if (pages.length < 2) return pages;
  const EDGE = 3;
  const edges = (lines: PageLine[]): PageLine[] => [...lines.slice(0, EDGE), ...lines.slice(Math.max(EDGE, lines.length - EDGE))];
  const pagesWith = new Map<string, number>();
  for (const lines of pages) {
    for (const key of new Set(edges(lines).map(furnitureKey))) pagesWith.set(key, (pagesWith.get(key) ?? 0) + 1);
  }
  const most = Math.max(2, Math.ceil(pages.length / 2));
  return pages.map((lines) => {
    const edge = new Set(edges(lines));
    return lines.filter((line) => {
      if (!edge.has(line)) return true;
      const key = furnitureKey(line);
      return !(PAGE_NUMBER.test(key) || (pagesWith.get(key) ?? 0) >= most);
    });
  });
}

function bands(lines: readonly PageLine[]): Band[] {
  const out: Band[] = [];
  for (const line of lines) {
    const band = out[out.length - 1];
    const above = band?.lines[band.lines.length - 1];
    if (band && above && above.y - line.y <= BAND_GAP * Math.min(above.size, line.size)) band.lines.push(line);
    else out.push({ lines: [line] });
  }
  return out;
}

/**
 * Column starts of a band, left to right. Runs whose horizontal extents overlap are one column (a
 * paragraph's lines, a list item's hanging indent); runs side by side with a gap are separate columns.
 */
function columnStarts(band: Band): number[] {
  const spans = band.lines.flatMap((line) => line.runs.map((run) => ({ left: run.x, right: run.right }))).sort((a, b) => a.left - b.left);
  const merged: { left: number; right: number }[] = [];
  for (const span of spans) {
    const last = merged[merged.length - 1];
    if (last && span.left < last.right - 1) last.right = Math.max(last.right, span.right);
    else merged.push({ ...span });
  }
  return merged.map((span) => span.left);
}

/** Words of the document, to tell a word broken across lines from two words. */
function documentWords(pages: readonly PageLine[][]): Map<string, number> {
  const words = new Map<string, number>();
  const add = (word: string): void => {
    words.set(word, (words.get(word) ?? 0) + 1);
  };
  for (const lines of pages) {
    for (const line of lines) {
      for (const run of line.runs) {
        for (const word of run.text.toLowerCase().match(/[a-z]+(?:-[a-z]+)*/g) ?? []) {
          add(word);
          // "open-minded" also counts its parts, so "open" is a word of the document.
          if (word.includes('-')) for (const part of word.split('-')) add(part);
        }
      }
    }
  }
  return words;
}

/** A word the lexicon knows or the document uses more than once (a fragment of a broken word occurs once). */
const isWord = (word: string, words: ReadonlyMap<string, number>): boolean => (words.get(word) ?? 0) >= 2 || LEXICON_WORDS.has(word);

/** First parts of compounds written with a hyphen ("open-minded", "self-motivated", "well-organised"). */
const COMPOUND_FIRST = new Set(['self', 'well', 'non', 'multi', 'cross', 'part', 'full', 'open', 'long', 'short', 'high', 'low', 'first', 'front', 'half', 'semi', 'anti', 'co', 'face', 'fast', 'team', 'problem', 'evidence', 'decision', 'customer', 'risk', 'time', 'fixed', 'one', 'two', 'three', 'year', 'day', 'community', 'public']);

/**
 * "open-" + "minded": keep the hyphen when the document writes the compound with one, or both halves are
 * words of their own (a compound such as "evidence-based"); drop it when the joined word is known
 * ("infor-" + "mation" -> "information") or the first half is no word.
 */
export function joinHyphenated(before: string, after: string, words: ReadonlyMap<string, number>): string {
  const head = before.toLowerCase();
  const tail = after.toLowerCase().replace(/[^a-z-].*$/, '');
  if (words.has(`${head}-${tail}`)) return `${before}-${after}`;
  if (isWord(`${head}${tail}`, words) && !COMPOUND_FIRST.has(head)) return `${before}${after}`;
  if (COMPOUND_FIRST.has(head) || (isWord(head, words) && isWord(tail, words))) return `${before}-${after}`;
  return `${before}${after}`;
}

/**
 * Join two fragments of one paragraph or cell, the second on the line below: a hyphenated word is joined
 * (see joinHyphenated); a word a narrow cell broke without a hyphen ("Essenti" / "al") is joined when the
 * halves are no words and the whole is one.
 */
function joinFragments(upper: string, lower: string, words: ReadonlyMap<string, number>): string {
  const hyphen = /([A-Za-z]+)-$/.exec(upper);
  const next = /^([a-z]+)(.*)$/s.exec(lower);
  if (hyphen?.[1] && next?.[1]) return `${upper.slice(0, -hyphen[1].length - 1)}${joinHyphenated(hyphen[1], next[1], words)}${next[2] ?? ''}`;
  // "NM-DMI-" / "0419", "Rank/" / "Grade": a code or a pair broken after its separator.
  if (/[A-Z0-9][-/]$|[A-Za-z]\/$/.test(upper) && /^[A-Za-z0-9]/.test(lower)) return `${upper}${lower}`;
  const last = /([A-Za-z]+)$/.exec(upper)?.[1]?.toLowerCase();
  const first = next?.[1];
  // "Essenti" / "al", "Qualificatio" / "ns": a word too long for a narrow cell, broken where it met the edge.
  if (last && first && !isWord(last, words) && (isWord(`${last}${first}`, words) || (first.length <= 3 && !isWord(first, words)))) return `${upper}${lower}`;
  return `${upper} ${lower}`;
}

/** A line's runs: a wide gap stays a space-aligned gap (the normaliser reads it as a cell break). */
function lineText(line: PageLine): string {
  let text = '';
  line.runs.forEach((run, i) => {
    const before = line.runs[i - 1];
    if (before) text += run.x - before.right > 2 * line.size ? '   ' : ' ';
    text += run.text;
  });
  // A bullet glyph as the list marker the normaliser reads ("•" alone is stripped as decoration).
  return text.replace(/^[•▪◦●■➢➤►▶]\s+/, '- ');
}

/**
 * A band whose lines were wrapped by the page, not broken by the author: every line but the last runs to
 * (nearly) the band's right edge, and none starts a list item.
 */
function wrappedParagraph(band: Band): boolean {
  if (band.lines.length < 2) return false;
  const rightOf = (line: PageLine): number => line.runs[line.runs.length - 1]?.right ?? 0;
  const left = Math.min(...band.lines.map((line) => line.runs[0]?.x ?? 0));
  const right = Math.max(...band.lines.map(rightOf));
  const full = right - WRAPPED_SLACK * (right - left);
  return band.lines.slice(0, -1).every((line) => rightOf(line) >= full) && band.lines.every((line) => !LIST_START.test(lineText(line)));
}

/** A wrapped line ends within this share of the paragraph's width from its right edge. */
const WRAPPED_SLACK = 0.15;
const LIST_START = /^\s*(?:-\s|[•·▪◦●○■➢➤►▶*–]|\(?\d{1,2}[.)]\s|\(?[a-z][.)]\s)/;

/** Paragraph lines of a one-column band: each line kept, a hyphenated line end joined to the next. */
function paragraphLines(band: Band, words: ReadonlyMap<string, number>, carried: string | null): string[] {
  const texts = [...(carried === null ? [] : [carried]), ...band.lines.map(lineText)];
  // A page of fields pasted as one paragraph ("... Post Reference: DP-0442 2. PURPOSE OF THE POST: ..."), which
  // the page wrapped: one line again, as the author wrote it, so the labels inside are cut where they start
  // (a label the wrap broke, "Vetting" / "Level: NPPV3", is whole again).
  if (wrappedParagraph(band)) {
    const joined = texts.reduce((upper, lower) => joinFragments(upper, lower, words));
    if (holdsRunOnFields(joined)) return [joined];
  }
  for (let i = 0; i + 1 < texts.length; i += 1) {
    const upper = texts[i] ?? '';
    const lower = texts[i + 1] ?? '';
    const hyphen = /([A-Za-z]+)-$/.exec(upper);
    const next = /^([a-z]+)(\S*)\s*(.*)$/s.exec(lower);
    if (!hyphen?.[1] || !next?.[1]) continue;
    texts[i] = `${upper.slice(0, -hyphen[1].length - 1)}${joinHyphenated(hyphen[1], next[1], words)}${next[2] ?? ''}`;
    texts[i + 1] = next[3] ?? '';
  }
  return texts.filter((text) => text.length > 0);
}

/** The cells of a band under the given column starts: each column's fragments joined top to bottom. */
function rowCells(band: Band, starts: readonly number[], words: ReadonlyMap<string, number>): string[] {
  const cells = starts.map(() => '');
  for (const line of band.lines) {
    const columnOf = line.runs.map((run) => {
      let column = 0;
      starts.forEach((x, i) => {
        if (run.x >= x - COLUMN_SLACK) column = i;
      });
      return column;
    });
    // Two runs of one line under one column: the left one belongs to the free column before it (its x was
    // estimated, or the text overhangs its column).
    for (let i = columnOf.length - 2; i >= 0; i -= 1) {
      const here = columnOf[i] ?? 0;
      if (here === columnOf[i + 1] && here > 0 && !columnOf.includes(here - 1)) columnOf[i] = here - 1;
    }
    line.runs.forEach((run, i) => {
      const column = columnOf[i] ?? 0;
      const cell = cells[column] ?? '';
      cells[column] = cell ? joinFragments(cell, run.text, words) : run.text;
    });
  }
  return cells;
}

const lineUp = (a: readonly number[], b: readonly number[]): number => a.filter((x) => b.some((y) => Math.abs(x - y) <= COLUMN_SLACK)).length;

/** Consecutive bands read as one table, with the column starts its rows agree on. */
interface TableRegion {
  first: number;
  last: number;
  columns: number[];
}

/** A cell's run crosses a column start by more than this many points before it can be a glued pair. */
const CROSS_MARGIN = COLUMN_SLACK;
/** A word boundary this many font sizes from a column start (by the run's average character width) is where it splits. */
const SPLIT_TOLERANCE = 0.4;

const runsOf = (band: Band): Fragment[] => band.lines.flatMap((line) => line.runs);

/**
 * One line, one run, in a table: a row whose cells pdf.js reported as one text item ("We collaborate
 * Level 1"), because the gap between them was no wider than a space. It starts where the first cell of
 * the row under it starts and runs over the start of that row's next cell, the rows around it being of one
 * table (they line up, or the one above is a header centred over the other); or, as a table's last row, it
 * does the same with the row above, which lines up with the row above it. It ends no further right than
 * that row's cells. The columns of the row it runs over, or null when it is no glued row.
 */
function gluedRowColumns(all: readonly Band[], starts: readonly number[][], b: number): number[] | null {
  const run = all[b]?.lines.length === 1 ? all[b]?.lines[0]?.runs : undefined;
  const only = run?.length === 1 ? run[0] : undefined;
  if (!only) return null;
  // It ends where that row's cells end: a note under a table, running the page's width, is no row of it.
  const runsOver = (columns: readonly number[], row: Band | undefined): boolean =>
    columns.length >= 2 &&
    row !== undefined &&
    only.right <= Math.max(...runsOf(row).map((cell) => cell.right)) + only.size &&
    Math.abs((columns[0] ?? -Infinity) - only.x) <= COLUMN_SLACK &&
    columns.slice(1).some((x) => only.x < x - CROSS_MARGIN && only.right > x + CROSS_MARGIN);
  const before = all[b - 1];
  const above = starts[b - 1] ?? [];
  const next = starts[b + 1] ?? [];
  if (before && above.length >= 2 && next.length >= 2) {
    const oneTable = lineUp(above, next) >= 2 || ((above[0] ?? 0) > (next[0] ?? 0) + COLUMN_SLACK && fitsUnder(before, next));
    return oneTable && runsOver(next, all[b + 1]) ? [...next] : null;
  }
  if (next.length < 2 && lineUp(starts[b - 2] ?? [], above) >= 2 && runsOver(above, before)) return [...above];
  return null;
}

/**
 * A header row whose cells are centred over the columns below: each of its runs sits inside one column of
 * the row under it, no two runs of a line in the same column, in two columns or more.
 */
function fitsUnder(band: Band, columns: readonly number[]): boolean {
  const seen = new Set<number>();
  for (const line of band.lines) {
    const used = new Set<number>();
    for (const run of line.runs) {
      let column = -1;
      columns.forEach((x, i) => {
        if (run.x >= x - COLUMN_SLACK) column = i;
      });
      const next = columns[column + 1];
      if (column < 0 || used.has(column) || (next !== undefined && run.right > next + COLUMN_SLACK)) return false;
      used.add(column);
      seen.add(column);
    }
  }
  return seen.size >= 2;
}

/** A tick or a one-letter mark (✓, X, E, D): the whole of a cell in a tick column. */
const MARK = /^(?:[^\p{L}\p{N}\s]{1,2}|\p{L})$/u;

/**
 * Tables as runs of consecutive bands with two or more columns, where each row lines up with the table's
 * columns (two starts in common), as the rows of a table do. Three more ways a row belongs to the table above:
 * - the first row's cells are centred over the columns of the row under it (a header row): the table takes
 *   the columns of the rows under the header;
 * - a row whose other cells are only marks sits in a tick column the rows above left empty ("Desirable"
 *   ticks under "Essential" ones): the column is added;
 * - a glued row (see gluedRowColumns) belongs with the rows whose columns it runs over.
 */
function tableRegions(all: readonly Band[], starts: readonly number[][]): TableRegion[] {
  const regions: TableRegion[] = [];
  // A glued row is compared with the row whose columns it runs over.
  const glued = all.map((_, b) => ((starts[b]?.length ?? 0) >= 2 ? null : gluedRowColumns(all, starts, b)));
  const member = (b: number): boolean => (starts[b]?.length ?? 0) >= 2 || glued[b] != null;
  const reference = (b: number): number[] => glued[b] ?? starts[b] ?? [];
  for (let b = 0; b < all.length; b += 1) {
    if (!member(b)) continue;
    const open = regions[regions.length - 1];
    const own = reference(b);
    if (open === undefined || open.last !== b - 1) {
      regions.push({ first: b, last: b, columns: [...own] });
      continue;
    }
    const header = all[open.first];
    const band = all[b];
    if (lineUp(own, open.columns) >= 2) {
      open.last = b;
    } else if (open.first === open.last && header && (header.lines[0]?.runs[0]?.x ?? 0) > (own[0] ?? 0) + COLUMN_SLACK && fitsUnder(header, own)) {
      open.last = b;
      open.columns = [...own];
    } else if (band && header && Math.abs((own[0] ?? 0) - (open.columns[0] ?? -Infinity)) <= COLUMN_SLACK) {
      const added = tickColumns(band, open.columns, header, starts[b + 1] ?? []);
      if (added === null) {
        regions.push({ first: b, last: b, columns: [...own] });
        continue;
      }
      open.last = b;
      open.columns = [...open.columns, ...added].sort((x, y) => x - y);
    } else {
      regions.push({ first: b, last: b, columns: [...own] });
    }
  }
  return regions;
}

/**
 * A row whose cells off the table's columns are all marks, right of its first column: the columns those marks
 * add, or null when it is no such row. A mark under a header cell that is a column already adds none; one
 * in line with a mark in the row below starts a column (a header over it may be two cells read as one).
 */
function tickColumns(band: Band, columns: readonly number[], header: Band, below: readonly number[]): number[] | null {
  const off = runsOf(band).filter((run) => !columns.some((c) => Math.abs(c - run.x) <= COLUMN_SLACK));
  if (off.length === 0 || !off.every((run) => MARK.test(run.text.trim()) && run.x > (columns[0] ?? 0) + COLUMN_SLACK)) return null;
  const added: number[] = [];
  for (const run of off) {
    if (below.some((x) => Math.abs(x - run.x) <= COLUMN_SLACK)) {
      added.push(run.x);
      continue;
    }
    const over = runsOf(header).find((cell) => cell.x - COLUMN_SLACK <= run.x && run.x <= cell.right);
    if (!over || !columns.some((c) => Math.abs(c - over.x) <= COLUMN_SLACK)) return null;
  }
  return added;
}

/**
 * Split a run at the column starts of its table that it runs over, where a word boundary falls there (by the
 * run's average character width): pdf.js reports two cells as one item when the gap between them is no
 * wider than a space ("Essential Desirable" over two tick columns). Only starts two or more rows share are
 * used, so a single row cannot split another.
 */
function splitAtColumns(run: Fragment, columns: readonly number[]): Fragment[] {
  const out: Fragment[] = [];
  let rest = run;
  for (const x of columns) {
    if (!(rest.x < x - CROSS_MARGIN && rest.right > x + CROSS_MARGIN)) continue;
    const perChar = (rest.right - rest.x) / Math.max(1, rest.text.length);
    let best = -1;
    let distance = Infinity;
    for (const m of rest.text.matchAll(/\s+(?=\S)/g)) {
      const at = (m.index ?? 0) + m[0].length;
      const d = Math.abs(rest.x + at * perChar - x);
      if (d < distance) {
        best = at;
        distance = d;
      }
    }
    if (best <= 0 || distance > SPLIT_TOLERANCE * rest.size) continue;
    out.push({ ...rest, text: rest.text.slice(0, best).trimEnd(), right: rest.x + best * perChar - perChar });
    rest = { ...rest, text: rest.text.slice(best), x };
  }
  out.push(rest);
  return out;
}

/** The bands of a table region with glued cells split at the columns its rows share. */
function splitGluedCells(all: readonly Band[], starts: readonly number[][], regions: readonly TableRegion[]): Band[] {
  const out = [...all];
  for (const region of regions) {
    if (region.last === region.first) continue;
    const shared = region.columns.filter((x) => {
      let rows = 0;
      for (let b = region.first; b <= region.last; b += 1) if ((starts[b] ?? []).some((s) => Math.abs(s - x) <= COLUMN_SLACK)) rows += 1;
      return rows >= 2;
    });
    for (let b = region.first; b <= region.last; b += 1) {
      const band = out[b];
      if (band) out[b] = { lines: band.lines.map((line) => ({ ...line, runs: line.runs.flatMap((run) => splitAtColumns(run, shared)) })) };
    }
  }
  return out;
}

/** Turn the bands of the whole document into text lines and table rows. */
function emit(bandsIn: Band[], words: ReadonlyMap<string, number>, bodySize: number): LaidOutPdfText {
  const lines: string[] = [];
  const tables: TableRowMark[] = [];
  const startsIn = bandsIn.map(columnStarts);
  const regions = tableRegions(bandsIn, startsIn);
  const all = splitGluedCells(bandsIn, startsIn, regions);
  const starts = all.map(columnStarts);
  const regionOf = new Map<number, TableRegion>();
  for (const region of regions) for (let b = region.first; b <= region.last; b += 1) regionOf.set(b, region);
  let tableRegion: TableRegion | undefined;
  const multi = (i: number): boolean => (starts[i]?.length ?? 0) >= 2;
  // The columns of the table a band belongs to: its own when it has several, else its neighbours'.
  let table = -1;
  let row = 0;
  let columns: number[] = [];
  let pending: { column: number; text: string } | null = null;
  // The row last pushed, which a cell merged down from above may still fill.
  const state: { last: { rowIndex: number; cells: string[] } | null } = { last: null };

  let paragraphBefore = false;
  const pushRow = (cells: string[], spanning: boolean): void => {
    paragraphBefore = false;
    const text = cells.join('\t').replace(/\t+$/, '');
    lines.push(text);
    tables.push({ line: lines.length, table, row, columns: columns.length, spanning });
    state.last = { rowIndex: tables.length - 1, cells };
    row += 1;
  };

  for (let b = 0; b < all.length; b += 1) {
    const band = all[b];
    const own = starts[b] ?? [];
    if (!band) continue;
    if (multi(b)) {
      const region = regionOf.get(b);
      const sameRegion = region !== undefined && region === tableRegion;
      if (table < 0 || columns.length === 0 || (!sameRegion && lineUp(own, columns) < 2)) {
        table = tables.length > 0 ? (tables[tables.length - 1]?.table ?? -1) + 1 : 0;
        row = 0;
        // A region of several rows has the columns its rows agree on; a lone row has its own.
        columns = region && region.columns.length >= 2 ? [...region.columns] : [...own];
        tableRegion = region;
        pending = null;
        state.last = null;
      }
      // A row's text a little right of a column start (an estimated split, an indent) stays in that column.
      const cells = rowCells(band, columns, words);
      // A cell merged down over the row above and this one sits between them: give it to both.
      if (pending && !cells[pending.column]) cells[pending.column] = pending.text;
      pending = null;
      pushRow(cells, false);
      continue;
    }
    // One column: inside a table if the bands around it are rows whose columns it lines up with.
    const x = own[0] ?? 0;
    const prevRow = table >= 0 && b > 0 && multi(b - 1) && lineUp(starts[b - 1] ?? [], columns) >= 2;
    const nextRow = multi(b + 1) && lineUp(starts[b + 1] ?? [], columns) >= 2;
    let column = -1;
    columns.forEach((c, i) => {
      if (x >= c - COLUMN_SLACK) column = i;
    });
    const exact = columns.some((c) => Math.abs(c - x) <= COLUMN_SLACK);
    const text = rowCells(band, [x], words)[0] ?? '';
    // A cell's line wrapped further down than the row's leading ("... authority, or" / "willing to ...").
    const previousRow = state.last;
    if (prevRow && column >= 0 && previousRow && /^[a-z(]/.test(text) && previousRow.cells[column]) {
      previousRow.cells[column] = joinFragments(previousRow.cells[column] ?? '', text, words);
      const mark = tables[previousRow.rowIndex];
      if (mark) lines[mark.line - 1] = previousRow.cells.join('\t').replace(/\t+$/, '');
      continue;
    }
    if (prevRow && column > 0 && exact) {
      const previous = state.last;
      if (previous && !previous.cells[column]) {
        previous.cells[column] = text;
        const mark = tables[previous.rowIndex];
        if (mark) lines[mark.line - 1] = previous.cells.join('\t').replace(/\t+$/, '');
      }
      pending = nextRow ? { column, text } : null;
      continue;
    }
    // Between two rows, "Knowledge and experience" is a category row; after a row, "Post Number:" is a
    // label whose value cell is blank. Anything else after a table is the text that follows it.
    const label = /:$/.test(text);
    // "- Officer Safety Training" under a two-column list: a row whose other cells are empty.
    const listed = /^[-•–*]\s/.test(text);
    if (prevRow && column === 0 && exact && (nextRow || label || listed)) {
      pushRow([text], !label);
      continue;
    }
    table = -1;
    columns = [];
    pending = null;
    state.last = null;
    tableRegion = undefined;
    // A line set larger than the body text is a heading, as Word's heading styles are.
    const only = band.lines.length === 1 ? band.lines[0] : undefined;
    if (only && only.runs.every((run) => run.size >= HEADING_SCALE * bodySize)) {
      lines.push(`## ${lineText(only)}`);
      paragraphBefore = false;
      continue;
    }
    // A paragraph may run on from the page before, hyphenated at the break.
    const carried = paragraphBefore && /[A-Za-z]-$/.test(lines[lines.length - 1] ?? '') ? (lines.pop() ?? '') : null;
    const texts = paragraphLines(band, words, carried);
    lines.push(...texts);
    paragraphBefore = true;
    continue;
  }
  // A "table" of one row is most often text set in columns with spaces (a typed layout whose columns do
  // not line up from row to row): leave it to the normaliser's reading of tab cells.
  const rowsOf = new Map<number, number>();
  for (const mark of tables) rowsOf.set(mark.table, (rowsOf.get(mark.table) ?? 0) + 1);
  return { text: lines.join('\n'), tables: tables.filter((mark) => (rowsOf.get(mark.table) ?? 0) > 1) };
}

/** A line whose text is at least this much larger than the body text is a heading. */
const HEADING_SCALE = 1.2;

/** The font size most of the text is set in. */
function bodySizeOf(pages: readonly PageLine[][]): number {
  const chars = new Map<number, number>();
  for (const lines of pages)
    for (const line of lines) for (const run of line.runs) chars.set(Math.round(run.size), (chars.get(Math.round(run.size)) ?? 0) + run.text.length);
  let best = 0;
  let most = -1;
  for (const [size, count] of chars) {
    if (count > most) {
      best = size;
      most = count;
    }
  }
  return best > 0 ? best : 10;
}

/** Pages of positioned text items -> text and table rows (a table may run on over a page break). */
export function layOutPdf(pages: readonly (readonly PdfTextItem[])[]): LaidOutPdfText {
  const perPage = dropFurniture(pages.map(pageLines));
  const words = documentWords(perPage);
  const all: Band[] = [];
  for (const lines of perPage) all.push(...bands(lines));
  return emit(all, words, bodySizeOf(perPage));
}
