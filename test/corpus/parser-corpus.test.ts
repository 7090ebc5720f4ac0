/**
 * The held-out corpus: role documents from other forces, in layouts the seeds do not use, parsed by the
 * real parser (office documents as real .docx and .pdf files) and checked fact by fact against what a careful HR adviser would read from them.
 *
 * A fact listed in parser-gaps.ts runs as `it.fails`: it stays visible in every run, and the day the parser
 * gets it right the suite fails until the entry is deleted, so a gap list can never go stale.
 */
import { describe } from 'vitest';
import { corpusFiles, loadExpectedFacts } from './expected-facts.ts';
import { factChecks } from './fact-checks.ts';
import { parseCorpusDocument, type ParsedCorpusDocument } from './load-parser.ts';
import { itChecksFacts } from './fact-tests.ts';
import { PARSER_GAPS } from './parser-gaps.ts';

describe('held-out corpus: parser', () => {
  for (const expected of loadExpectedFacts()) for (const { file, path } of corpusFiles(expected)) {
    describe(`${file}${expected.heldOut ? ' (held out)' : ''}`, () => {
      const gaps = PARSER_GAPS[file] ?? {};
      // Parsed once, inside the tests, so a refused document fails (or, listed as refused, "fails") each fact.
      let parsing: Promise<ParsedCorpusDocument> | undefined;
      const parsed = (): Promise<ParsedCorpusDocument> => (parsing ??= parseCorpusDocument(path));
      itChecksFacts(factChecks(expected), gaps, parsed);
    });
  }
});
