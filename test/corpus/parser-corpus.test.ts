/**
 * The held-out corpus: role documents from other forces, in layouts the seeds do not use, parsed by the
 * real parser and checked fact by fact against what a careful HR adviser would read from them.
 */
import { join } from 'node:path';
import { beforeAll, describe, it } from 'vitest';
import { expectCitationsQuoteTheirLines } from './citation-check.ts';
import { DOCUMENTS_DIR, loadExpectedFacts } from './expected-facts.ts';
import { factChecks } from './fact-checks.ts';
import { parseCorpusDocument, type ParsedCorpusDocument } from './load-parser.ts';
import { DOCUMENT_REFUSED, PARSER_GAPS } from './parser-gaps.ts';

describe('held-out corpus: parser', () => {
  for (const expected of loadExpectedFacts()) {
    describe(expected.document, () => {
      const gaps = PARSER_GAPS[expected.document] ?? {};
      const refused = gaps[DOCUMENT_REFUSED];
      if (refused !== undefined) {
        // The parser refuses the whole document: every fact is a gap until it reads it.
        for (const fact of factChecks(expected)) it.todo(`${fact.name}: expected ${fact.expected}; parser refuses the document: ${refused}`);
        return;
      }
      let parsed: ParsedCorpusDocument;
      beforeAll(async () => {
        parsed = await parseCorpusDocument(join(DOCUMENTS_DIR, expected.document));
      });

      for (const fact of factChecks(expected)) {
        const gap = gaps[fact.name];
        if (gap !== undefined) {
          it.todo(`${fact.name}: expected ${fact.expected}; parser gives ${gap}`);
        } else {
          it(fact.name, () => fact.check(parsed.profile));
        }
      }

      const citationGap = gaps['citations quote their lines'];
      if (citationGap !== undefined) {
        it.todo(`citations quote their lines: every evidence quote is on its cited line; parser gives ${citationGap}`);
      } else {
        it('citations quote their lines', () => expectCitationsQuoteTheirLines(parsed.profile, parsed.text));
      }
    });
  }
});
