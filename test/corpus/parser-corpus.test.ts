/**
 * The held-out corpus: role documents from other forces, in layouts the seeds do not use, parsed by the
 * real parser (office documents as real .docx and .pdf files) and checked fact by fact against what a careful HR adviser would read from them.
 *
 * A fact listed in parser-gaps.ts runs as `it.fails`: it stays visible in every run, and the day the parser
 * gets it right the suite fails until the entry is deleted, so a gap list can never go stale.
 */
import { describe, it } from 'vitest';
import { expectCitationsQuoteTheirLines } from './citation-check.ts';
import { corpusFiles, loadExpectedFacts } from './expected-facts.ts';
import { factChecks } from './fact-checks.ts';
import { parseCorpusDocument, type ParsedCorpusDocument } from './load-parser.ts';
import { DOCUMENT_REFUSED, PARSER_GAPS, gapTitle } from './parser-gaps.ts';

describe('held-out corpus: parser', () => {
  for (const expected of loadExpectedFacts()) for (const { file, path } of corpusFiles(expected)) {
    describe(`${file}${expected.heldOut ? ' (held out)' : ''}`, () => {
      const gaps = PARSER_GAPS[file] ?? {};
      // Parsed once, inside the tests, so a refused document fails (or, listed as refused, "fails") each fact.
      let parsing: Promise<ParsedCorpusDocument> | undefined;
      const parsed = (): Promise<ParsedCorpusDocument> => (parsing ??= parseCorpusDocument(path));
      const refused = gaps[DOCUMENT_REFUSED];

      for (const fact of factChecks(expected)) {
        const gap = refused === undefined ? gaps[fact.name] : `the document refused: ${refused}`;
        const run = async (): Promise<void> => fact.check((await parsed()).profile);
        if (gap === undefined) it(fact.name, run);
        else it.fails(gapTitle(fact.name, fact.expected, gap), run);
      }

      const citations = async (): Promise<void> => {
        const { profile, text } = await parsed();
        expectCitationsQuoteTheirLines(profile, text);
      };
      const citationGap = refused ?? gaps['citations quote their lines'];
      if (citationGap === undefined) it('citations quote their lines', citations);
      else it.fails(gapTitle('citations quote their lines', 'every evidence quote on its cited line', citationGap), citations);
    });
  }
});
