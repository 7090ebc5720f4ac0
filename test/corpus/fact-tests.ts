/**
 * One corpus document's fact tests and its citation test, each an `it` or, when listed as a gap, an `it.fails`
 * (so a gap that starts passing fails the suite). Shared by the parser corpus and the rendered corpus.
 */
import { it } from 'vitest';
import type { RoleProfile } from '../../src/profile/role-profile.ts';
import { expectCitationsQuoteTheirLines } from './citation-check.ts';
import type { FactCheck } from './fact-checks.ts';
import { DOCUMENT_REFUSED, gapTitle } from './parser-gaps.ts';

export function itChecksFacts(
  checks: readonly FactCheck[],
  gaps: Readonly<Record<string, string>>,
  parsed: () => Promise<{ profile: RoleProfile; text: string }>,
): void {
  const refused = gaps[DOCUMENT_REFUSED];
  for (const fact of checks) {
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
}
