/**
 * .pdf -> text with unpdf (pdf.js). Page by page so the line breaks pdf.js reports survive; pages are joined
 * with a blank line. A PDF without a text layer gives no text, and the caller says so.
 *
 * Bounded: a PDF with more pages than a role document ever has is refused before any page is read, and
 * reading stops as soon as the text passes the limit for a document's text, so a hostile PDF cannot make
 * the reader hold thousands of pages of text.
 */
import { getDocumentProxy } from 'unpdf';
import { RoleCallError } from '../errors.ts';
import { MAX_DOCUMENT_TEXT_CHARS, textTooLong } from './document-text-limit.ts';

/** Role documents run to a few pages; a long one with appendices to a few dozen. */
export const MAX_PDF_PAGES = 100;

type PdfDocument = Awaited<ReturnType<typeof getDocumentProxy>>;

/** One page's text as unpdf's extractText gives it: each item's string, a new line where pdf.js ends one. */
async function pageText(pdf: PdfDocument, pageNumber: number): Promise<string> {
  const page = await pdf.getPage(pageNumber);
  const content = await page.getTextContent();
  return content.items.map((item) => ('str' in item ? item.str + (item.hasEOL ? '\n' : '') : '')).join('');
}

export async function pdfToText(bytes: Uint8Array, fileName: string): Promise<string> {
  let pdf: PdfDocument;
  try {
    // pdf.js takes ownership of the buffer it is given: pass a copy so the caller's bytes stay usable.
    pdf = await getDocumentProxy(new Uint8Array(bytes), { verbosity: 0 });
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
    const pages: string[] = [];
    let length = 0;
    for (let pageNumber = 1; pageNumber <= pdf.numPages; pageNumber += 1) {
      const text = await pageText(pdf, pageNumber).catch((error: unknown) => {
        throw unreadable(fileName, error);
      });
      length += text.length;
      if (length > MAX_DOCUMENT_TEXT_CHARS) throw textTooLong(fileName, `the PDF's text passes it by page ${pageNumber}`);
      pages.push(text.replace(/[ \t]+\n/g, '\n'));
    }
    return pages.join('\n\n');
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
