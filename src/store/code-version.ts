/**
 * A fingerprint of the code that shapes the start-up snapshot: every source file under src/ (the parser,
 * the catalogue's names, the index's fields and options), the package version and the minisearch version.
 * Any change to any of them makes an old snapshot stale, with no version number for anyone to remember to
 * bump. Computed once per process; reading src/ takes a few milliseconds.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PARSER_VERSION } from '../ingest/index.ts';

const SRC = fileURLToPath(new URL('../', import.meta.url));
const ROOT = fileURLToPath(new URL('../../', import.meta.url));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .flatMap((entry) => {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) return sourceFiles(path);
      return /\.(ts|mjs|json)$/.test(entry.name) ? [path] : [];
    });
}

function versionOf(packageJson: string): string {
  try {
    const parsed: unknown = JSON.parse(readFileSync(packageJson, 'utf8'));
    return typeof parsed === 'object' && parsed !== null && 'version' in parsed ? String(parsed.version) : '?';
  } catch {
    return '?';
  }
}

let cached: string | null = null;

export function codeVersion(): string {
  if (cached !== null) return cached;
  const hash = createHash('sha256');
  hash.update(`parser ${PARSER_VERSION}\n`);
  hash.update(`rolecall ${versionOf(join(ROOT, 'package.json'))}\n`);
  hash.update(`minisearch ${versionOf(join(ROOT, 'node_modules', 'minisearch', 'package.json'))}\n`);
  try {
    for (const file of sourceFiles(SRC)) hash.update(file.slice(SRC.length)).update('\0').update(readFileSync(file)).update('\0');
  } catch {
    // Run from somewhere without its sources (a bundle): the versions above are all there is to go on.
  }
  cached = hash.digest('hex');
  return cached;
}
