/**
 * .docx -> text with mammoth. The HTML output keeps headings, bold labels, list items and table cells; it is
 * turned into lines the normaliser understands: headings as markdown, bold-only paragraphs as `**x**`,
 * list items as bullets or numbers, table rows as tab-separated cells.
 */
import mammoth from 'mammoth';
import { RoleCallError } from '../errors.ts';
import { boundedDocx } from './bounded-docx.ts';
import { decodeEntities } from './html-fragments.ts';

export async function docxToText(bytes: Uint8Array, fileName: string): Promise<string> {
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

/** mammoth HTML -> lines. Exported for tests. */
export function docxHtmlToText(html: string): string {
  const lines: string[] = [];
  // Tables first: each row one line, cells joined by tabs; a cell's paragraphs/list items joined by spaces.
  const withTables = html.replace(/<table[^>]*>([\s\S]*?)<\/table>/gi, (_whole, table: string) => {
    const rows = [...table.matchAll(/<tr[^>]*>([\s\S]*?)<\/tr>/gi)].map((row) =>
      [...(row[1] ?? '').matchAll(/<t[dh][^>]*>([\s\S]*?)<\/t[dh]>/gi)]
        .map((cell) => {
          const parts = (cell[1] ?? '').split(/<\/(?:p|li)>/i).map((part) => inline(part).replace(/\*\*/g, ''));
          return parts.filter((part) => part.length > 0).join(' ');
        })
        .join('\t'),
    );
    return `\n<p>${rows.map((row) => row.replace(/</g, '&lt;')).join('</p><p>')}</p>\n`;
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
    } else {
      const text = body.includes('\t') ? decodeEntities(body) : inline(body);
      lines.push(text);
    }
  }
  return lines.join('\n');
}
