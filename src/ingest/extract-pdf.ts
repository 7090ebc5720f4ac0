/**
 * .pdf -> text with unpdf (pdf.js). Page by page so the line breaks pdf.js reports survive; pages are joined
 * with a blank line. A PDF without a text layer gives no text, and the caller says so.
 */
import { extractText, getDocumentProxy } from 'unpdf';
import { RoleCallError } from '../errors.ts';
import type { LaidOutText } from './extract-docx.ts';

export async function pdfToText(bytes: Uint8Array, fileName: string): Promise<LaidOutText> {
  try {
    // pdf.js takes ownership of the buffer it is given: pass a copy so the caller's bytes stay usable.
    const pdf = await getDocumentProxy(new Uint8Array(bytes), { verbosity: 0 });
    const { text } = await extractText(pdf, { mergePages: false });
    await pdf.destroy();
    return { text: text.map((page) => page.replace(/[ \t]+\n/g, "\n")).join("\n\n"), tables: [] };
  } catch (error) {
    throw new RoleCallError(
      'UNREADABLE_DOCUMENT',
      `${fileName}: the PDF could not be opened (${error instanceof Error ? error.message.split('\n')[0] : 'unknown error'}).`,
      'Check the file is a complete, unencrypted PDF; export it again from the original document if needed.',
    );
  }
}
