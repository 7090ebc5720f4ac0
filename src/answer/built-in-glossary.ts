/**
 * The glossary shipped with Role Call (data/glossary.json), used when a data folder has none of its own:
 * a folder made by `rolecall ingest` holds profiles only, and "what does NPPV3 mean?" should still be
 * answered there. Loaded as a module (no file I/O in the core) and validated like any glossary file.
 */
import shipped from '../../data/glossary.json' with { type: 'json' };
import { parseGlossary, type GlossaryEntry } from './glossary.ts';

let cached: GlossaryEntry[] | undefined;

export function builtInGlossary(): GlossaryEntry[] {
  cached ??= parseGlossary(JSON.stringify(shipped), 'data/glossary.json').entries;
  return cached;
}
