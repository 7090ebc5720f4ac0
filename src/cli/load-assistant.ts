/**
 * The answering side's start for the CLI: the data directory's library (stored profiles, plus documents in
 * sources/ parsed in memory) and glossary, turned into an Assistant. Notes and problems go to stderr.
 */
import type { Assistant } from '../answer/assistant-api.ts';
import { createAssistant } from '../answer/assistant.ts';
import { parseGlossary } from '../answer/glossary.ts';
import { FileProfileStore } from '../store/file-profile-store.ts';
import { loadLibrary, type Library } from '../store/load-library.ts';
import type { CliIo } from './cli-io.ts';

export function libraryNotes(library: Library, dataDir: string): string[] {
  const notes = library.problems.map((problem) => `Problem: ${problem}`);
  const parsed = library.parsedFromSources.length;
  if (parsed > 0) {
    const s = parsed === 1 ? '' : 's';
    notes.push(
      `Note: ${parsed} document${s} in ${dataDir}/sources/ had no stored profile or changed since; parsed in memory. ` +
        `Run "rolecall ingest ${dataDir}/sources --data ${dataDir}" to store ${parsed === 1 ? 'it' : 'them'}.`,
    );
  }
  return notes;
}

export async function openLibrary(dataDir: string, io: CliIo): Promise<Library> {
  const library = await loadLibrary(new FileProfileStore(dataDir));
  for (const note of libraryNotes(library, dataDir)) io.err(note);
  return library;
}

export async function loadAssistant(dataDir: string, io: CliIo): Promise<Assistant> {
  const library = await openLibrary(dataDir, io);
  const glossary = library.glossary ? parseGlossary(library.glossary.text, library.glossary.file) : null;
  for (const problem of glossary?.problems ?? []) io.err(`Problem: ${problem}`);
  return createAssistant({ profiles: library.profiles, glossary: glossary?.entries ?? [] });
}
