/**
 * .docx -> text with mammoth. The HTML output keeps headings, bold labels, list items and table cells; it is
 * turned into lines the normaliser understands: headings as markdown, bold-only paragraphs as `**x**`,
 * list items as bullets or numbers, table rows as tab-separated cells. Each table row is also reported as a
 * TableRowMark, so the extractors know where a table starts and ends and which rows span it.
 */
import mammoth from 'mammoth';
import { RoleCallError } from '../errors.ts';
import { boundedDocx } from './bounded-docx.ts';
import type { TableRowMark } from './document-lines.ts';
import { tableGrid, type GridRow } from './docx-tables.ts';
import { decodeEntities } from './html-fragments.ts';

/** Extracted text with the table rows its layout showed. */
export interface LaidOutText {
  text: string;
  tables: TableRowMark[];
}

export async function docxToText(bytes: Uint8Array, fileName: string): Promise<LaidOutText> {
  // Checked against zip bombs first; mammoth reads the checked parts and inflates nothing itself.
  const checked = boundedDocx(bytes, fileName);
  let html: string;
  try {
    const result = await mammoth.convertToHtml({ buffer: Buffer.from(checked.buffer, checked.byteOffset, checked.byteLength) });
    html = result.value;
  } catch (error) {
    throw new RoleCallError(
      'UNREADABLE_DOCUMENT',
      `${fileName}: the Word document could not be opened (${error instanceof Error ? error.message.split('\n')[0] : 'unknown error'}).`,
      'Open it in Word and save it again as .docx (not .doc), then try again.',
    );
  }
  return docxHtmlToText(html);
}

function inline(html: string): string {
  return decodeEntities(
    html
      .replace(/<br\s*\/?>/gi, ' ')
      .replace(/<\/?(?:strong|b)>/gi, '**')
      .replace(/<[^>]+>/g, ''),
  )
    .replace(/\*\*\s*\*\*/g, '')
    .replace(/[\t ]+/g, ' ')
    .trim();
}

const TABLE_PLACEHOLDER = '\u0002table:';

/** mammoth HTML -> lines and table rows. Exported for tests. */
export function docxHtmlToText(html: string): LaidOutText {
  const lines: string[] = [];
  const tables: TableRowMark[] = [];
  // Tables first: each row one line, cells joined by tabs (merged cells spread over their places).
  const grids: GridRow[][] = [];
  const withTables = html.replace(/<table[^>]*>([\s\S]*?)<\/table>/gi, (_whole, table: string) => {
    grids.push(tableGrid(table));
    return `\n<p>${TABLE_PLACEHOLDER}${grids.length - 1}</p>\n`;
  });
  const blocks = withTables.matchAll(/<(h[1-6]|p|li)[^>]*>([\s\S]*?)<\/\1>|<(\/?)(ol|ul)[^>]*>/gi);
  const listStack: { ordered: boolean; n: number }[] = [];
  for (const m of blocks) {
    if (m[4]) {
      if (m[3]) listStack.pop();
      else listStack.push({ ordered: m[4].toLowerCase() === 'ol', n: 0 });
      continue;
    }
    const tag = (m[1] ?? '').toLowerCase();
    const body = m[2] ?? '';
    if (tag.startsWith('h')) {
      lines.push(`${'#'.repeat(Number(tag.slice(1)))} ${inline(body).replace(/\*\*/g, '')}`, '');
    } else if (tag === 'li') {
      const list = listStack[listStack.length - 1];
      const depth = Math.max(0, listStack.length - 1);
      let marker = '-';
      if (list?.ordered) {
        list.n += 1;
        marker = `${list.n}.`;
      }
      lines.push(`${'  '.repeat(depth)}${marker} ${inline(body.replace(/<(?:ol|ul)[\s\S]*$/i, ''))}`);
    } else if (body.startsWith(TABLE_PLACEHOLDER)) {
      const table = Number(body.slice(TABLE_PLACEHOLDER.length));
      // A paragraph's text may hold a line break of its own: count physical lines, not pushes.
      let lineNo = lines.reduce((n, text) => n + 1 + (text.match(/\n/g)?.length ?? 0), 0);
      (grids[table] ?? []).forEach((row, r) => {
        // A row of blank cells is kept as a blank line, so line numbers still count every row.
        lines.push(row.cells.join('\t').replace(/^\t+$/, ''));
        lineNo += 1;
        tables.push({ line: lineNo, table, row: r, columns: row.cells.length, spanning: row.spanning });
      });
    } else {
      // A paragraph with tab stops keeps its tabs: the normaliser reads them as cells.
      lines.push(body.includes('\t') ? decodeEntities(body) : inline(body));
    }
  }
  return { text: lines.join('\n'), tables };
}
