/**
 * The core (ingest, profile, catalogue, search, answer, postings core) is a library the transports call:
 * it must not import Slack, pino, dotenv, or read process.env, and a stage imports only from stages
 * before it (ARCHITECTURE.md). These tests read the sources and fail on a violation.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SRC = fileURLToPath(new URL('../../src', import.meta.url));

/** Stages in data-flow order; a file may import from its own stage or an earlier one. */
const STAGES = ['profile', 'vocabulary', 'ingest', 'catalogue', 'search', 'answer', 'postings', 'review'] as const;
const CORE = new Set<string>(STAGES);
const FORBIDDEN_IN_CORE = [/^@slack\//, /^pino/, /^dotenv/];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return path.endsWith('.ts') ? [path] : [];
  });
}

function importsOf(text: string): string[] {
  const specifiers: string[] = [];
  const pattern = /(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;
  for (const match of text.matchAll(pattern)) {
    const specifier = match[1] ?? match[2];
    if (specifier) specifiers.push(specifier);
  }
  return specifiers;
}

function stageOf(pathFromSrc: string): string {
  return pathFromSrc.split(sep)[0] ?? '';
}

const coreFiles = sourceFiles(SRC)
  .map((path) => ({ path, fromSrc: relative(SRC, path) }))
  .filter(({ fromSrc }) => CORE.has(stageOf(fromSrc)));

describe('core boundaries', () => {
  it('finds core sources to check', () => {
    expect(coreFiles.length).toBeGreaterThan(0);
  });

  it.each(coreFiles.map((file) => [file.fromSrc, file.path] as const))(
    '%s imports no Slack, pino or dotenv and reads no process.env',
    (_name, path) => {
      const text = readFileSync(path, 'utf8');
      const bad = importsOf(text).filter((specifier) => FORBIDDEN_IN_CORE.some((re) => re.test(specifier)));
      expect(bad).toEqual([]);
      expect(text).not.toMatch(/process\.env/);
    },
  );

  it.each(coreFiles.map((file) => [file.fromSrc, file.path] as const))(
    '%s imports only from its own or earlier stages',
    (fromSrc, path) => {
      const own = STAGES.indexOf(stageOf(fromSrc) as (typeof STAGES)[number]);
      const later = importsOf(readFileSync(path, 'utf8'))
        .filter((specifier) => specifier.startsWith('.'))
        .map((specifier) => relative(SRC, join(path, '..', specifier)))
        // Files outside src/ (the shipped data) are not stages.
        .filter((target) => !target.startsWith('..'))
        .filter((target) => {
          const stage = STAGES.indexOf(stageOf(target) as (typeof STAGES)[number]);
          return stage > own || (!CORE.has(stageOf(target)) && !target.startsWith('errors'));
        });
      expect(later).toEqual([]);
    },
  );
});
