/**
 * The assistant the Slack end-to-end tests and the ack bench talk to: the REAL answering core over the seed
 * documents (data/sources/) read by the REAL parser, with the real glossary; extra documents (written by a
 * test, e.g. a hostile one) go through the same parser.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createAssistant } from '../../src/answer/assistant.ts';
import type { Assistant } from '../../src/answer/assistant-api.ts';
import { parseGlossary, type GlossaryEntry } from '../../src/answer/glossary.ts';
import { extractDocumentText, parseDocument, readDocumentFile } from '../../src/ingest/index.ts';
import type { RoleProfile } from '../../src/profile/role-profile.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SEEDS_DIR = join(ROOT, 'data', 'sources');
const GLOSSARY_FILE = join(ROOT, 'data', 'glossary.json');

export interface SeedAssistantOptions {
  /** Extra role documents (file name and text) parsed and loaded beside the seeds. */
  documents?: Array<{ name: string; text: string }>;
}

function glossary(): GlossaryEntry[] {
  if (!existsSync(GLOSSARY_FILE)) return [];
  return parseGlossary(readFileSync(GLOSSARY_FILE, 'utf8'), 'data/glossary.json').entries;
}

export async function seedProfiles(): Promise<RoleProfile[]> {
  const files = readdirSync(SEEDS_DIR).filter((name) => /\.(txt|md|docx|pdf)$/i.test(name)).sort();
  const profiles: RoleProfile[] = [];
  for (const name of files) profiles.push(parseDocument(await readDocumentFile(join(SEEDS_DIR, name))).profile);
  return profiles;
}

export async function createSeedAssistant(options: SeedAssistantOptions = {}): Promise<Assistant> {
  const profiles = await seedProfiles();
  for (const doc of options.documents ?? []) {
    const text = await extractDocumentText(new TextEncoder().encode(doc.text), doc.name);
    profiles.push(parseDocument(text).profile);
  }
  return createAssistant({ profiles, glossary: glossary() });
}
