/**
 * Bounded reading of .pdf and of any document's text: a PDF with more pages than a role document has is
 * refused before a page is read; text over the limit is refused, a PDF's as soon as a page passes it.
 */
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { MAX_DOCUMENT_TEXT_CHARS } from '../../src/ingest/document-text-limit.ts';
import { MAX_PDF_PAGES } from '../../src/ingest/extract-pdf.ts';
import { extractDocumentText } from '../../src/ingest/extract-text.ts';
import { rejection } from '../support/rejection.ts';

/** A PDF of `pages` pages; `linesOf(p)` gives page p's lines (a fixed list: the same lines on every page). */
async function pdfOf(pages: number, linesOf: string[] | ((page: number) => string[])): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  for (let p = 0; p < pages; p += 1) {
    const page = pdf.addPage([595, 842]);
    const lines = typeof linesOf === 'function' ? linesOf(p) : linesOf;
    lines.forEach((line, i) => page.drawText(line, { x: 20, y: 820 - i * 12, size: 4, font }));
  }
  return pdf.save();
}

/** A word for page p ("ba", "bb", ...): the reader drops lines repeated on most pages, numbers ignored. */
function pageWord(p: number): string {
  return String.fromCharCode(98 + Math.floor(p / 26)) + String.fromCharCode(97 + (p % 26));
}


describe('document limits', () => {
  it('refuses a PDF with more pages than a role document has', async () => {
    const error = await rejection(extractDocumentText(await pdfOf(MAX_PDF_PAGES + 1, ['Job title: Archivist']), 'handbook.pdf'));
    expect(error.code).toBe('DOCUMENT_OVER_LIMIT');
    expect(error.message).toBe(`handbook.pdf: the PDF has ${MAX_PDF_PAGES + 1} pages, over the ${MAX_PDF_PAGES} a role document can have, so it was not read.`);
    expect(error.hint).toMatch(/send the role profile pages only/);
  });

  it('reads a PDF at the page limit', async () => {
    // Each page its own line: a line repeated on most pages is a running header, and is dropped.
    const doc = await extractDocumentText(
      await pdfOf(MAX_PDF_PAGES, (p) => [`Register section ${pageWord(p)} of the archive`]),
      'long-profile.pdf',
    );
    expect(doc.text.match(/Register section [a-z]{2} of the archive/g)).toHaveLength(MAX_PDF_PAGES);
  });

  it('stops reading a PDF as soon as its text passes the limit', async () => {
    // 60 lines of 300 characters a page: the limit falls on page 56.
    const line = 'Duties include maintaining the property register and the exhibits store. '.repeat(4).slice(0, 300);
    const perPage = 60 * 300;
    const pages = Math.ceil(MAX_DOCUMENT_TEXT_CHARS / perPage) + 5;
    const error = await rejection(extractDocumentText(await pdfOf(pages, Array.from({ length: 60 }, () => line)), 'dense.pdf'));
    expect(error.code).toBe('DOCUMENT_OVER_LIMIT');
    expect(error.message).toMatch(/^dense\.pdf: the document has more text than the 1,000,000 characters a role document can have \(the PDF's text passes it by page 5\d\), so it was not read\.$/);
  });

  it('refuses a text document over the limit, and reads one at it', async () => {
    const over = 'Main duties: keep the register.\n'.repeat(Math.ceil(MAX_DOCUMENT_TEXT_CHARS / 32) + 10);
    const error = await rejection(extractDocumentText(new TextEncoder().encode(over), 'register.txt'));
    expect(error.code).toBe('DOCUMENT_OVER_LIMIT');
    expect(error.message).toMatch(/^register\.txt: the document has more text than the 1,000,000 characters a role document can have \(it has 1,000,\d{3}\)/);
    const at = over.slice(0, MAX_DOCUMENT_TEXT_CHARS);
    expect((await extractDocumentText(new TextEncoder().encode(at), 'register.txt')).text.length).toBe(MAX_DOCUMENT_TEXT_CHARS);
  });
});
