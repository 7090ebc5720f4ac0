/** Loads a seed role document from data/sources and parses it with the real parser. */
import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { parseDocument, type ParseResult } from '../../../src/ingest/index.ts';

export const SOURCES_DIR = fileURLToPath(new URL('../../../data/sources/', import.meta.url));
export const FIXTURES_DIR = fileURLToPath(new URL('../fixtures/', import.meta.url));

export interface Loaded {
  text: string;
  result: ParseResult;
}

export function parseText(file: string, text: string): ParseResult {
  const sha256 = createHash('sha256').update(text).digest('hex');
  return parseDocument({ file, text, format: file.endsWith('.md') ? 'md' : 'txt', sha256 });
}

export function loadFrom(dir: string, file: string): Loaded {
  const text = readFileSync(`${dir}${file}`, 'utf8');
  return { text, result: parseText(file, text) };
}

/** A loader for a fixed set of documents in `dir`, each read and parsed once however often a test asks. */
export function cachedLoader<K extends string>(dir: string, files: Readonly<Record<K, string>>): (key: K) => Loaded {
  const cache = new Map<K, Loaded>();
  return (key) => {
    let loaded = cache.get(key);
    if (!loaded) {
      loaded = loadFrom(dir, files[key]);
      cache.set(key, loaded);
    }
    return loaded;
  };
}
