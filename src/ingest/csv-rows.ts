/**
 * Spreadsheet exports saved as CSV: `"Job Title","Forensic Analyst"`. A line made wholly of comma-separated
 * quoted cells (with `""` for a quote inside a cell) is a table row, read into cells the same way a
 * tab-separated row is, so the label/value extractors see "Job Title" and its value. Values may hold commas
 * and semicolons; the quotes, not the commas, decide where a cell ends.
 */

/** One CSV cell: its unquoted text and the character offset of its opening quote in the line. */
export interface CsvCell {
  text: string;
  col: number;
}

/**
 * The cells of a line of two or more quoted CSV cells, or null when the line is anything else (prose that
 * merely starts with a quote, a single quoted sentence, unbalanced quotes). A plain character scan: no
 * regex is built per line.
 */
export function splitQuotedCsvRow(line: string): CsvCell[] | null {
  if (line.length < 5 || line.charCodeAt(0) !== 34 /* " */) return null;
  const cells: CsvCell[] = [];
  let i = 0;
  while (i < line.length) {
    // Spaces around separators are tolerated ("a", "b").
    while (line[i] === ' ') i += 1;
    if (line[i] !== '"') return null;
    const col = i;
    i += 1;
    let text = '';
    let closed = false;
    while (i < line.length) {
      const ch = line[i];
      if (ch === '"') {
        if (line[i + 1] === '"') {
          text += '"';
          i += 2;
          continue;
        }
        closed = true;
        i += 1;
        break;
      }
      text += ch;
      i += 1;
    }
    if (!closed) return null;
    cells.push({ text: text.trim(), col });
    while (line[i] === ' ') i += 1;
    if (i >= line.length) break;
    if (line[i] !== ',') return null;
    i += 1;
    // A trailing comma leaves an empty last cell.
    if (i >= line.length) cells.push({ text: '', col: i });
  }
  return cells.length >= 2 ? cells : null;
}

const HEADER_WORDS = new Set(['field', 'field name', 'label', 'name', 'key', 'item', 'attribute', 'heading', 'property', 'question', 'value', 'values', 'detail', 'details', 'answer', 'response', 'content', 'description', 'text', 'entry']);

/** A spreadsheet's column header row ("Field","Value"): names the columns, carries no role fact. */
export function isCsvHeaderRow(cells: readonly CsvCell[]): boolean {
  return cells.length === 2 && cells.every((cell) => HEADER_WORDS.has(cell.text.toLowerCase()));
}
