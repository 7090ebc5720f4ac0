/**
 * The gap lists stay honest: every entry names a corpus document and one of its fact checks, so a renamed
 * fact or document cannot leave a stale entry behind (its it.fails would never run).
 */
import { describe, expect, it } from 'vitest';
import { corpusFiles, loadExpectedFacts } from './expected-facts.ts';
import { factChecks } from './fact-checks.ts';
import { DOCUMENT_REFUSED, PARSER_GAPS, RENDERED_GAPS } from './parser-gaps.ts';

const facts = new Map(
  loadExpectedFacts().flatMap((e) =>
    corpusFiles(e).map(({ file }) => [file, new Set([...factChecks(e).map((f) => f.name), 'citations quote their lines', DOCUMENT_REFUSED])] as const),
  ),
);

describe('parser gaps name real documents and facts', () => {
  const entries = [
    ...Object.entries(PARSER_GAPS).map(([key, gaps]) => ({ key, document: key, gaps })),
    ...Object.entries(RENDERED_GAPS).map(([key, gaps]) => ({ key, document: key.replace(/^(?:docx|pdf)\//, ''), gaps })),
  ];
  it.each(entries)('$key', ({ key, document, gaps }) => {
    if (!/^(?:docx|pdf)\//.test(key)) expect(key).toBe(document);
    const known = facts.get(document);
    expect(known, `no expected-facts file for ${document}`).toBeDefined();
    expect(Object.keys(gaps).filter((fact) => !known?.has(fact))).toEqual([]);
  });
});
