/**
 * Runs the real parser on a corpus document, read the way the CLI reads it (readDocumentFile), and checks
 * the profile against the RoleProfile schema: the parser's output is a boundary.
 */
import { parseDocument, readDocumentFile } from '../../src/ingest/index.ts';
import { RoleProfileSchema, type RoleProfile } from '../../src/profile/role-profile.ts';

export interface ParsedCorpusDocument {
  profile: RoleProfile;
  warnings: readonly string[];
  missing: readonly string[];
  /** The text the parser read (extracted, for .docx and .pdf), for checking that citations quote their lines. */
  text: string;
}

export async function parseCorpusDocument(path: string): Promise<ParsedCorpusDocument> {
  const doc = await readDocumentFile(path);
  const result = parseDocument(doc);
  return {
    profile: RoleProfileSchema.parse(result.profile),
    warnings: result.warnings,
    missing: result.missing,
    text: doc.text,
  };
}
