/**
 * A table of mammoth's HTML -> a grid of cell texts, with merged cells spread over the places they cover:
 * a cell merged down (rowspan) gives its text to every row it spans, because in a criteria table an
 * "A/I" merged over two rows assesses both; a cell merged across (colspan) fills its first column and
 * leaves the others blank. A row that is one cell across the whole table is marked spanning (a category).
 */
import { decodeEntities } from './html-fragments.ts';

export interface GridRow {
  cells: string[];
  spanning: boolean;
}

/** Cell HTML -> one line of text: its paragraphs and list items joined by spaces, bold marks dropped. */
function cellText(html: string): string {
  return html
    .split(/<\/(?:p|li)>|<br\s*\/?>/i)
    .map((part) => decodeEntities(part.replace(/<[^>]+>/g, '')).replace(/[\t\s]+/g, ' ').trim())
    .filter((part) => part.length > 0)
    .join(' ');
}

function spanOf(attributes: string, name: 'rowspan' | 'colspan'): number {
  const m = new RegExp(`\\b${name}\\s*=\\s*"?(\\d{1,3})`, 'i').exec(attributes);
  const n = m?.[1] ? Number(m[1]) : 1;
  return Number.isFinite(n) && n >= 1 ? Math.min(n, 100) : 1;
}

/** Parse one `<table>` body (nested tables are read as text of their cell). */
export function tableGrid(tableHtml: string): GridRow[] {
  const grid: (string | undefined)[][] = [];
  const spanningRows = new Set<number>();
  const rows = [...tableHtml.matchAll(/<tr[^>]*>([\s\S]*?)<\/tr>/gi)];
  let width = 0;
  rows.forEach((row, r) => {
    grid[r] ??= [];
    const line = grid[r];
    let c = 0;
    const cells = [...(row[1] ?? '').matchAll(/<t([dh])([^>]*)>([\s\S]*?)<\/t\1>/gi)];
    for (const cell of cells) {
      while (line[c] !== undefined) c += 1;
      const attributes = cell[2] ?? '';
      const text = cellText(cell[3] ?? '');
      const rowspan = spanOf(attributes, 'rowspan');
      const colspan = spanOf(attributes, 'colspan');
      if (cells.length === 1 && colspan > 1) spanningRows.add(r);
      for (let dr = 0; dr < rowspan; dr += 1) {
        grid[r + dr] ??= [];
        const target = grid[r + dr];
        if (!target) continue;
        for (let dc = 0; dc < colspan; dc += 1) target[c + dc] = dc === 0 ? text : '';
      }
      c += colspan;
    }
    width = Math.max(width, line.length);
  });
  return grid.slice(0, rows.length).map((cells, r) => ({
    cells: Array.from({ length: width }, (_, i) => cells[i] ?? ''),
    // One merged cell across a table of two or more columns: a category or sub-heading row.
    spanning: spanningRows.has(r) && width > 1 && cells.filter((text) => text !== undefined && text !== '').length === 1,
  }));
}
