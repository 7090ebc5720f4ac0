/**
 * .pdf -> text with unpdf (pdf.js): each page's text items with their positions, laid out into lines and
 * table rows by pdf-layout.ts. A PDF without a text layer gives no text, and the caller says so.
 */
import { getDocumentProxy } from 'unpdf';
import { RoleCallError } from '../errors.ts';
import type { LaidOutText } from './extract-docx.ts';
import { layOutPdf, type PdfTextItem } from './pdf-layout.ts';

/** The fields of a pdf.js text item this reader uses (marked-content items have no `str`). */
interface RawTextItem {
  str?: unknown;
  transform?: unknown;
  width?: unknown;
  height?: unknown;
}

function positioned(item: RawTextItem): PdfTextItem | null {
  if (typeof item.str !== 'string' || !Array.isArray(item.transform)) return null;
  const [a, b, , d, x, y] = item.transform as unknown[];
  if (typeof x !== 'number' || typeof y !== 'number') return null;
  // The font size is the transform's vertical scale (height is 0 for spaces).
  const scale = typeof d === 'number' && d !== 0 ? Math.abs(d) : typeof a === 'number' && typeof b === 'number' ? Math.hypot(a, b) : 0;
  const size = typeof item.height === 'number' && item.height > 0 ? item.height : scale;
  return { str: item.str, x, y, width: typeof item.width === 'number' ? item.width : 0, size };
}

export async function pdfToText(bytes: Uint8Array, fileName: string): Promise<LaidOutText> {
  try {
    // pdf.js takes ownership of the buffer it is given: pass a copy so the caller's bytes stay usable.
    const pdf = await getDocumentProxy(new Uint8Array(bytes), { verbosity: 0 });
    const pages: PdfTextItem[][] = [];
    for (let n = 1; n <= pdf.numPages; n += 1) {
      const page = await pdf.getPage(n);
      const content = await page.getTextContent();
      pages.push((content.items as RawTextItem[]).map(positioned).filter((item): item is PdfTextItem => item !== null));
      page.cleanup();
    }
    await pdf.destroy();
    return layOutPdf(pages);
  } catch (error) {
    throw new RoleCallError(
      'UNREADABLE_DOCUMENT',
      `${fileName}: the PDF could not be opened (${error instanceof Error ? error.message.split('\n')[0] : 'unknown error'}).`,
      'Check the file is a complete, unencrypted PDF; export it again from the original document if needed.',
    );
  }
}
