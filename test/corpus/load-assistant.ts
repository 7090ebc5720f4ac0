/** Builds the real assistant over the five seeds and the corpus documents, all parsed by the real parser. */
import { readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Assistant } from '../../src/answer/assistant-api.ts';
import { createAssistant } from '../../src/answer/assistant.ts';
import type { RoleProfile } from '../../src/profile/role-profile.ts';
import { DOCUMENTS_DIR, SEEDS_DIR, loadExpectedFacts } from './expected-facts.ts';
import { parseCorpusDocument } from './load-parser.ts';

export interface CorpusProfiles {
  profiles: RoleProfile[];
  /** Documents the parser refused, with its message: their questions cannot be answered. */
  failures: Array<{ file: string; message: string }>;
}

/**
 * The corpus documents questions.json was written over: those without a named batch. A later batch (the
 * external one) has no questions yet, and its roles of the same names (a second Detective Constable, a
 * second Intelligence Analyst) would rightly turn those questions into "which one do you mean?".
 */
function questionedDocuments(): Set<string> {
  return new Set(loadExpectedFacts().filter((e) => e.batch === undefined).map((e) => e.document));
}

/** Every seed and questioned corpus document parsed; a document the parser refuses is reported, not fatal to the rest. */
export async function corpusProfiles(): Promise<CorpusProfiles> {
  const questioned = questionedDocuments();
  const files = [
    ...readdirSync(SEEDS_DIR).filter((f) => f.endsWith('.txt')).map((f) => join(SEEDS_DIR, f)),
    ...readdirSync(DOCUMENTS_DIR).filter((f) => questioned.has(f)).map((f) => join(DOCUMENTS_DIR, f)),
  ];
  const result: CorpusProfiles = { profiles: [], failures: [] };
  for (const file of files) {
    try {
      result.profiles.push((await parseCorpusDocument(file)).profile);
    } catch (error) {
      result.failures.push({ file: basename(file), message: error instanceof Error ? error.message : String(error) });
    }
  }
  return result;
}

export async function createCorpusAssistant(): Promise<{ assistant: Assistant; failures: CorpusProfiles['failures'] }> {
  const { profiles, failures } = await corpusProfiles();
  return { assistant: createAssistant(profiles), failures };
}
