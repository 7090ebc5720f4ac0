/**
 * The answering side's start, shared by the CLI and main.ts: the data directory's library (stored
 * profiles, plus documents in sources/ parsed in memory), its glossary and its vacancy postings, turned
 * into one Assistant. Notes and problems go to a `report` function (stderr for the CLI, the log for the bot).
 */
import { existsSync } from 'node:fs';
import type { Assistant } from '../answer/assistant-api.ts';
import { createAssistant } from '../answer/assistant.ts';
import { parseGlossary } from '../answer/glossary.ts';
import { openPostingStore, postingsDir, type PostingStore } from '../postings/posting-store.ts';
import { createVacancyAnswerer } from '../postings/vacancy-answerer.ts';
import { FileProfileStore } from '../store/file-profile-store.ts';
import { loadLibraryWithSnapshot, type LoadedLibrary } from '../store/library-snapshot.ts';
import { loadLibrary, type Library } from '../store/load-library.ts';
import { OverrideStore } from '../store/override-store.ts';
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
  const library = await loadLibrary(new FileProfileStore(dataDir), new OverrideStore(dataDir));
  for (const note of libraryNotes(library, dataDir)) io.err(note);
  return library;
}

export interface AssembledAssistant {
  assistant: Assistant;
  store: FileProfileStore;
  /** null when the CLI found no postings folder (it does not create one just to read). */
  postings: PostingStore | null;
  library: Library;
  /** Whether the library came from the start-up snapshot or was rebuilt, and how long it took. */
  start: LoadedLibrary['start'];
}

export interface AssembleOptions {
  dataDir: string;
  report: (line: string) => void;
  /** Open (and create) the postings folder even when it does not exist yet: the bot writes postings there. */
  createPostings: boolean;
}

export async function assembleAssistant(options: AssembleOptions): Promise<AssembledAssistant> {
  const { dataDir, report } = options;
  const store = new FileProfileStore(dataDir);
  const { library, catalogue, index, start } = await loadLibraryWithSnapshot(store);
  for (const note of libraryNotes(library, dataDir)) report(note);
  if (start.writeProblem) report(`Note: start-up snapshot ${start.writeProblem}`);
  const glossary = library.glossary ? parseGlossary(library.glossary.text, library.glossary.file) : null;
  for (const problem of glossary?.problems ?? []) report(`Problem: ${problem}`);

  let postings: PostingStore | null = null;
  if (options.createPostings || existsSync(postingsDir(dataDir))) {
    postings = await openPostingStore(dataDir);
    const { warnings } = await postings.reload();
    for (const warning of warnings) report(`Problem: ${warning}`);
  }
  // The vacancy answerer reads profiles through the assistant, which is built after it: bind late.
  let built: Assistant | undefined;
  const openPostings = postings;
  const answerers = openPostings
    ? [
        createVacancyAnswerer({
          postings: () => openPostings.list(),
          profile: (id) => built?.profile(id),
          roles: () => built?.roles() ?? [],
          // The assistant's own catalogue (it keeps it current): vacancy questions resolve roles as role questions do.
          catalogue: () => catalogue,
        }),
      ]
    : [];
  built = createAssistant({ profiles: library.profiles, glossary: glossary?.entries ?? [], answerers, catalogue, index });
  return { assistant: built, store, postings, library, start };
}

export async function loadAssistant(dataDir: string, io: CliIo): Promise<Assistant> {
  return (await assembleAssistant({ dataDir, report: (line) => io.err(line), createPostings: false })).assistant;
}
