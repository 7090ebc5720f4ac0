/**
 * Bytes + file name -> text, with checks that give a person a clear, specific error: missing file, empty,
 * too large (checked before reading), binary, unsupported type, a Word/PDF file that cannot be opened or
 * has no text layer.
 */
import { createHash } from 'node:crypto';
import { open, stat } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { RoleCallError } from '../errors.ts';
import type { SourceFormat } from '../profile/role-profile.ts';
import type { TableRowMark } from './document-lines.ts';
import { MAX_DOCUMENT_TEXT_CHARS, textTooLong } from './document-text-limit.ts';
import { docxToText } from './extract-docx.ts';
import { pdfToText } from './extract-pdf.ts';
import type { DocumentText } from './parse-document.ts';

/** Role documents larger than this are refused (10 MiB). */
export const MAX_DOCUMENT_BYTES = 10 * 1024 * 1024;

const FORMATS: Readonly<Record<string, SourceFormat>> = {
  '.txt': 'txt',
  '.text': 'txt',
  '.md': 'md',
  '.markdown': 'md',
  '.docx': 'docx',
  '.pdf': 'pdf',
};
export const SUPPORTED_EXTENSIONS = ['.txt', '.md', '.docx', '.pdf'] as const;

export function formatOf(fileName: string): SourceFormat {
  const ext = extname(fileName).toLowerCase();
  const format = FORMATS[ext];
  if (!format) {
    throw new RoleCallError(
      'UNSUPPORTED_TYPE',
      `${fileName}: unsupported file type "${ext || '(none)'}"; supported types are ${SUPPORTED_EXTENSIONS.join(', ')}.`,
      'Save the role document as Word (.docx), PDF, or plain text (.txt/.md) and try again.',
    );
  }
  return format;
}

function tooLarge(fileName: string, size: number): RoleCallError {
  const mib = (size / (1024 * 1024)).toFixed(1);
  return new RoleCallError(
    'FILE_TOO_LARGE',
    `${fileName}: the file is ${mib} MiB, over the ${MAX_DOCUMENT_BYTES / (1024 * 1024)} MiB limit for role documents.`,
    'Remove embedded images or split the document, then try again.',
  );
}

function empty(fileName: string): RoleCallError {
  return new RoleCallError('FILE_EMPTY', `${fileName}: the file is empty (no text in it).`, 'Check you chose the right file.');
}

/** Decode .txt/.md bytes as UTF-8, refusing binary content. */
function decodeText(bytes: Uint8Array, fileName: string): string {
  if (bytes.includes(0)) {
    throw new RoleCallError(
      'FILE_BINARY',
      `${fileName}: the file looks binary (it contains NUL bytes), not text.`,
      'If it is a Word or PDF document, give it its .docx or .pdf extension; otherwise save it as plain text.',
    );
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new RoleCallError(
      'FILE_BINARY',
      `${fileName}: the file is not UTF-8 text.`,
      'Save the document as UTF-8 text (or as .docx/.pdf) and try again.',
    );
  }
  // Control characters other than tab/newline/carriage return/form feed are a sign of binary data.
  const controls = text.match(/[\u0001-\u0008\u000e-\u001f]/g)?.length ?? 0;
  if (controls > 0 && controls > text.length / 100) {
    throw new RoleCallError(
      'FILE_BINARY',
      `${fileName}: the file contains binary control characters, not text.`,
      'Save the document as plain text, .docx or .pdf and try again.',
    );
  }
  return text;
}

/** BOM removed, CRLF / CR line ends as LF, form feeds (page breaks) as new lines. */
export function normaliseText(text: string): string {
  return text.replace(/^\ufeff/, '').replace(/\r\n?/g, '\n').replace(/\f/g, '\n');
}

/** Extract the text of a document held in memory (a Slack upload, pasted text, a read file). */
export async function extractDocumentText(bytes: Uint8Array, fileName: string): Promise<DocumentText> {
  const file = basename(fileName);
  const format = formatOf(file);
  if (bytes.byteLength > MAX_DOCUMENT_BYTES) throw tooLarge(file, bytes.byteLength);
  if (bytes.byteLength === 0) throw empty(file);
  let text: string;
  let tables: TableRowMark[] = [];
  if (format === 'docx') ({ text, tables } = await docxToText(bytes, file));
  else if (format === 'pdf') ({ text, tables } = await pdfToText(bytes, file));
  else text = decodeText(bytes, file);
  text = normaliseText(text);
  if (text.length > MAX_DOCUMENT_TEXT_CHARS) throw textTooLong(file, `it has ${text.length.toLocaleString('en-GB')}`);
  if (text.trim().length === 0) {
    if (format === 'txt' || format === 'md')
      throw new RoleCallError('FILE_EMPTY', `${file}: the file has only whitespace, no text.`, 'Check you chose the right file.');
    throw new RoleCallError(
      'UNREADABLE_DOCUMENT',
      format === 'pdf'
        ? `${file}: the PDF has no text layer (it is probably a scanned image), so there is nothing to read.`
        : `${file}: the Word document has no text in it.`,
      format === 'pdf'
        ? 'Export the PDF from the original Word document, or run it through OCR, and try again.'
        : 'Check you chose the right file.',
    );
  }
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  return tables.length > 0 ? { file, text, format, sha256, tables } : { file, text, format, sha256 };
}

/** Read a role document from disk: checks the type and size before reading the whole file. */
export async function readDocumentFile(path: string): Promise<DocumentText> {
  const { file, bytes } = await readDocumentBytes(path);
  return extractDocumentText(bytes, file);
}

/**
 * A role document's bytes from disk, for a reader elsewhere (a parse worker): the same checks of the path,
 * type and size as readDocumentFile, before the file is read.
 */
export async function readDocumentBytes(path: string): Promise<{ file: string; bytes: Uint8Array }> {
  const file = basename(path);
  let size: number;
  try {
    const info = await stat(path);
    if (info.isDirectory()) {
      throw new RoleCallError('FILE_NOT_FOUND', `${path}: is a folder, not a file.`, 'Give the path of a role document.');
    }
    size = info.size;
  } catch (error) {
    if (error instanceof RoleCallError) throw error;
    throw new RoleCallError('FILE_NOT_FOUND', `${path}: no such file.`, 'Check the path and try again.');
  }
  formatOf(file);
  if (size > MAX_DOCUMENT_BYTES) throw tooLarge(file, size);
  if (size === 0) throw empty(file);
  const handle = await open(path, 'r');
  try {
    const buffer = Buffer.alloc(size);
    const { bytesRead } = await handle.read(buffer, 0, size, 0);
    return { file, bytes: new Uint8Array(buffer.buffer, buffer.byteOffset, bytesRead) };
  } finally {
    await handle.close();
  }
}
