/**
 * .pdf -> text with unpdf (pdf.js): each page's text items with their positions, laid out into lines and
 * table rows by pdf-layout.ts. A PDF without a text layer gives no text, and the caller says so.
 *
 * Bounded: a PDF with more pages than a role document ever has is refused before any page is read, and
 * reading stops as soon as the text passes the limit for a document's text, so a hostile PDF cannot make
 * the reader hold thousands of pages of text.
 */
import { getResolvedPDFJS } from 'unpdf';
import { RoleCallError } from '../errors.ts';
import { MAX_DOCUMENT_TEXT_CHARS, textTooLong } from './document-text-limit.ts';
import type { LaidOutText } from './extract-docx.ts';
import { layOutPdf, type PdfTextItem } from './pdf-layout.ts';
import { useInlineInflate } from './pdf-inflate.ts';

/** Pages read at once (see pdfToText). */
const PAGES_AT_ONCE = 4;

/** Role documents run to a few pages; a long one with appendices to a few dozen. */
export const MAX_PDF_PAGES = 100;

type PdfJs = Awaited<ReturnType<typeof getResolvedPDFJS>>;
type PdfDocument = Awaited<ReturnType<PdfJs['getDocument']>['promise']>;
type PdfWorker = InstanceType<PdfJs['PDFWorker']>;

/**
 * One pdf.js worker for every PDF this thread reads. In Node pdf.js runs its "worker" in the same thread, and
 * setting one up for each document took about as long as reading a short one's text; pdf.js keeps each
 * document apart by its id, and destroying a document leaves a worker it was given running.
 */
let sharedWorker: PdfWorker | null = null;

async function openPdf(bytes: Uint8Array): Promise<PdfDocument> {
  const pdfjs = await getResolvedPDFJS();
  useInlineInflate();
  if (!sharedWorker || sharedWorker.destroyed) sharedWorker = new pdfjs.PDFWorker({ verbosity: 0 });
  // The options unpdf's getDocumentProxy passes in Node, without its per-call module lookup (a synchronous
  // round trip to the module loader for every document).
  return pdfjs.getDocument({ data: bytes, isEvalSupported: false, useSystemFonts: true, verbosity: 0, worker: sharedWorker }).promise;
}

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

/** One page's positioned text items. */
async function pageItems(pdf: PdfDocument, pageNumber: number): Promise<PdfTextItem[]> {
  const page = await pdf.getPage(pageNumber);
  const content = await page.getTextContent();
  const items = (content.items as RawTextItem[]).map(positioned).filter((item): item is PdfTextItem => item !== null);
  page.cleanup();
  return items;
}

export async function pdfToText(bytes: Uint8Array, fileName: string): Promise<LaidOutText> {
  let pdf: PdfDocument;
  try {
    // pdf.js takes ownership of the buffer it is given: pass a copy so the caller's bytes stay usable.
    pdf = await openPdf(new Uint8Array(bytes));
  } catch (error) {
    throw unreadable(fileName, error);
  }
  try {
    if (pdf.numPages > MAX_PDF_PAGES) {
      throw new RoleCallError(
        'DOCUMENT_OVER_LIMIT',
        `${fileName}: the PDF has ${pdf.numPages} pages, over the ${MAX_PDF_PAGES} a role document can have, so it was not read.`,
        'Check you chose the role document itself (not a whole handbook or report); send the role profile pages only.',
      );
    }
    const pages: PdfTextItem[][] = [];
    let length = 0;
    // A few pages asked for at once: pdf.js inflates a page's streams off the thread, and the next page's
    // wait overlaps this one's work. The text limit is checked after each batch, so a long PDF still stops early.
    for (let first = 1; first <= pdf.numPages; first += PAGES_AT_ONCE) {
      const numbers = Array.from({ length: Math.min(PAGES_AT_ONCE, pdf.numPages - first + 1) }, (_, i) => first + i);
      const batch = await Promise.all(numbers.map((pageNumber) => pageItems(pdf, pageNumber))).catch((error: unknown) => {
        throw unreadable(fileName, error);
      });
      for (const [i, items] of batch.entries()) {
        for (const item of items) length += item.str.length + 1;
        if (length > MAX_DOCUMENT_TEXT_CHARS) throw textTooLong(fileName, `the PDF's text passes it by page ${first + i}`);
        pages.push(items);
      }
    }
    return layOutPdf(pages);
  } finally {
    await pdf.destroy();
  }
}

function unreadable(fileName: string, error: unknown): RoleCallError {
  return new RoleCallError(
    'UNREADABLE_DOCUMENT',
    `${fileName}: the PDF could not be opened (${error instanceof Error ? error.message.split('\n')[0] : 'unknown error'}).`,
    'Check the file is a complete, unencrypted PDF; export it again from the original document if needed.',
  );
}
