/**
 * Builds the real assistant (src/answer/assistant.ts) over the five seeds and the corpus documents, all
 * parsed by the real parser. Loaded at run time because the answering core is written in parallel with
 * this corpus: until it exists, the answer corpus fails with one clear message rather than breaking the
 * project's typecheck. Its shape is checked before use.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Assistant } from '../../src/answer/assistant-api.ts';
import type { RoleProfile } from '../../src/profile/role-profile.ts';
import { DOCUMENTS_DIR, SEEDS_DIR } from './expected-facts.ts';
import { parseCorpusDocument } from './load-parser.ts';

const ASSISTANT_MODULE = fileURLToPath(new URL('../../src/answer/assistant.ts', import.meta.url));

export async function corpusProfiles(): Promise<RoleProfile[]> {
  const files = [
    ...readdirSync(SEEDS_DIR).filter((f) => f.endsWith('.txt')).map((f) => join(SEEDS_DIR, f)),
    ...readdirSync(DOCUMENTS_DIR).filter((f) => f.endsWith('.txt')).map((f) => join(DOCUMENTS_DIR, f)),
  ];
  const parsed = await Promise.all(files.map((f) => parseCorpusDocument(f)));
  return parsed.map((p) => p.profile);
}

export async function createCorpusAssistant(): Promise<Assistant> {
  if (!existsSync(ASSISTANT_MODULE)) {
    throw new Error('src/answer/assistant.ts does not exist yet: the answering core has not landed.');
  }
  const mod: Record<string, unknown> = await import(pathToFileURL(ASSISTANT_MODULE).href);
  const create = mod['createAssistant'];
  if (typeof create !== 'function') throw new Error('src/answer/assistant.ts does not export createAssistant');
  const assistant: unknown = await create(await corpusProfiles());
  if (typeof assistant !== 'object' || assistant === null || typeof (assistant as { ask?: unknown }).ask !== 'function') {
    throw new Error('createAssistant(profiles) did not return an Assistant');
  }
  // Shape checked above; the Assistant interface is the contract createAssistant implements.
  return assistant as Assistant;
}
