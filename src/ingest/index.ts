/**
 * The ingest stage: role document -> text -> lines -> sections -> fields -> RoleProfile.
 * Pure apart from `readDocumentFile` (reads one file). No logging: returns values and warnings.
 */
export { parseDocument, missingFields, type DocumentText, type ParseResult } from './parse-document.ts';
export { readDocumentFile, readDocumentBytes, extractDocumentText, MAX_DOCUMENT_BYTES, SUPPORTED_EXTENSIONS, formatOf } from './extract-text.ts';
export { MAX_DOCUMENT_TEXT_CHARS } from './document-text-limit.ts';
export { parseDocumentBytes, type ParsedDocument } from './parse-document-bytes.ts';
export { createParsePool, type ParsePool, type ParsePoolOptions } from './parse-pool.ts';
export { makeRoleId, makeAliases } from './role-id.ts';
export { PARSER_VERSION } from './parser-version.ts';
export { featuresOfStoredProfile } from './extract-features.ts';
