/**
 * Runs the real parser (src/ingest/index.ts) on a corpus document. The module is loaded at run time, not
 * imported statically, because it is written in parallel with this corpus: until it exists the corpus
 * tests fail with one clear message instead of breaking the typecheck of the whole project.
 * The profile is validated with the RoleProfile schema: the parser's output is a boundary.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { RoleProfileSchema, type RoleProfile } from '../../src/profile/role-profile.ts';

const INGEST_INDEX = fileURLToPath(new URL('../../src/ingest/index.ts', import.meta.url));

export interface ParsedCorpusDocument {
  profile: RoleProfile;
  warnings: unknown;
  missing: unknown;
  text: string;
}

type ParseDocument = (input: { file: string; text: string; format: 'txt'; sha256: string }) => unknown;

let parser: Promise<ParseDocument> | undefined;

async function importParser(): Promise<ParseDocument> {
  if (!existsSync(INGEST_INDEX)) {
    throw new Error('src/ingest/index.ts does not exist yet: the parser has not landed, so the corpus cannot run.');
  }
  // The module's shape is checked below, so the loose type of a dynamic import goes no further than here.
  const mod: Record<string, unknown> = await import(pathToFileURL(INGEST_INDEX).href);
  const parse = mod['parseDocument'];
  if (typeof parse !== 'function') throw new Error('src/ingest/index.ts does not export a function parseDocument');
  return parse as ParseDocument;
}

export async function parseCorpusDocument(path: string): Promise<ParsedCorpusDocument> {
  parser ??= importParser();
  const parse = await parser;
  const text = readFileSync(path, 'utf8');
  const sha256 = createHash('sha256').update(text).digest('hex');
  const result: unknown = await parse({ file: basename(path), text, format: 'txt', sha256 });
  if (typeof result !== 'object' || result === null || !('profile' in result)) {
    throw new Error(`parseDocument(${basename(path)}) did not return { profile, warnings, missing }`);
  }
  const profile = RoleProfileSchema.parse(result.profile);
  return {
    profile,
    warnings: 'warnings' in result ? result.warnings : undefined,
    missing: 'missing' in result ? result.missing : undefined,
    text,
  };
}
