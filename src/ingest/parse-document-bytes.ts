/**
 * Bytes + file name -> text -> profile in one call: what a parse worker runs, and what a caller without a
 * pool runs in-process. Throws RoleCallError for anything a person can fix.
 */
import { extractDocumentText } from './extract-text.ts';
import { parseDocument, type DocumentText, type ParseResult } from './parse-document.ts';

export interface ParsedDocument extends ParseResult {
  /** The extracted text, its format and checksum: what the store keeps beside the profile. */
  doc: DocumentText;
}

export async function parseDocumentBytes(bytes: Uint8Array, fileName: string): Promise<ParsedDocument> {
  const doc = await extractDocumentText(bytes, fileName);
  return { doc, ...parseDocument(doc) };
}
