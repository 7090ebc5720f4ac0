/** The real seed documents through the real parser, and an assistant over them with the real glossary. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createAssistant } from '../../../src/answer/assistant.ts';
import type { Assistant } from '../../../src/answer/assistant-api.ts';
import { parseGlossary, type GlossaryEntry } from '../../../src/answer/glossary.ts';
import { parseDocument, readDocumentFile } from '../../../src/ingest/index.ts';
import type { RoleProfile } from '../../../src/profile/role-profile.ts';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
export const SEEDS_DIR = join(ROOT, 'data', 'sources');
export const GLOSSARY_FILE = join(ROOT, 'data', 'glossary.json');

export async function seedProfiles(): Promise<RoleProfile[]> {
  const files = readdirSync(SEEDS_DIR).filter((name) => name.endsWith('.txt')).sort();
  const profiles: RoleProfile[] = [];
  for (const name of files) profiles.push(parseDocument(await readDocumentFile(join(SEEDS_DIR, name))).profile);
  return profiles;
}

export function glossaryEntries(): GlossaryEntry[] {
  const parsed = parseGlossary(readFileSync(GLOSSARY_FILE, 'utf8'), 'data/glossary.json');
  if (parsed.problems.length > 0) throw new Error(parsed.problems.join('\n'));
  return parsed.entries;
}

export async function seedAssistant(): Promise<{ assistant: Assistant; profiles: RoleProfile[] }> {
  const profiles = await seedProfiles();
  return { assistant: createAssistant({ profiles, glossary: glossaryEntries() }), profiles };
}
