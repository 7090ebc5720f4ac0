/**
 * The normalised document: one entry per logical line, each remembering the 1-based line of the extracted
 * text it came from, so every fact can cite its source.
 */

/** One tab-separated cell of a line: its clean text and, when it held a list or paragraphs, the items. */
export interface Cell {
  text: string;
  /** List items / paragraphs found in the cell (at least one entry when the cell has text). */
  items: string[];
  /** Character offset where the cell starts in the source line (lines up columns of space-aligned tables). */
  col: number;
}

/** One line of the source text that a logical line was built from (wrapped values span several). */
export interface PhysicalLine {
  no: number;
  text: string;
}

/**
 * Where a line of extracted text sits in a table the document laid out (a Word table, PDF text in columns).
 * The extractors of .docx and .pdf report one per table row; plain text has none (its tables are read from
 * tabs, pipes and aligned spaces alone).
 */
export interface TableRowMark {
  /** 1-based line of the extracted text holding the row (its cells tab-separated). */
  line: number;
  /** Which table of the document (0-based), so a reader knows where a table ends. */
  table: number;
  /** 0-based row within the table; the header row, when there is one, is row 0. */
  row: number;
  /** Number of columns of the table. */
  columns: number;
  /** The row is one cell merged across the whole table (a category or sub-heading row). */
  spanning: boolean;
}

export interface DocLine {
  /** 1-based line number in the extracted text. */
  no: number;
  /** Clean text of the whole line (cells joined with a tab). */
  text: string;
  cells: Cell[];
  /** Markdown heading level (1-6), 0 when the line is not a markdown heading. */
  heading: number;
  /** The whole line was bold (`**x**`, `<b>x</b>`). */
  emphasised: boolean;
  /** The line started with a bullet or a list number. */
  bullet: boolean;
  /** The list number the line started with ("4." -> 4), or null. */
  number: number | null;
  /** Leading spaces of the raw line (nested bullets). */
  indent: number;
  /** A page header/footer or similar repeated line that carries no content of its own. */
  noise: boolean;
  /** Cells were separated by runs of spaces (a space-aligned table), so their `col` lines them up. */
  aligned: boolean;
  /** The line began with an outline number ("1.4"), removed from `text`. */
  outline: boolean;
  /** "E1." / "D2" criteria markers: essential or desirable. */
  marker: 'E' | 'D' | null;
  /** Set when wrapped source lines were joined into this one: each source line and its text. */
  physical?: PhysicalLine[];
  /** The table row this line is, when the document's layout said so (.docx, .pdf). */
  table?: TableRowMark;
}

/** A line with no text (blank or a separator row). */
export function isBlank(line: DocLine): boolean {
  return line.text.length === 0;
}
