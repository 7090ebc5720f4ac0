/** Every piece of evidence in a profile must quote the text at the line it cites. */
import { expect } from 'vitest';
import type { RoleProfile } from '../../src/profile/role-profile.ts';
import { allEvidence } from '../ingest/support/evidence.ts';

const squash = (s: string): string => s.toLowerCase().replace(/[\s\u2010-\u2015*-]+/g, '');

/** `text` is the document text the parser read (the extracted text for .docx and .pdf). */
export function expectCitationsQuoteTheirLines(profile: RoleProfile, text: string): void {
  const lines = text.split(/\r?\n/);
  for (const { field, evidence } of allEvidence(profile)) {
    expect(evidence.line, `${field} cites line ${evidence.line} of ${lines.length}`).toBeLessThanOrEqual(lines.length);
    // A quote may join a value wrapped over a few lines; it must come from the cited line onwards.
    const window = squash(lines.slice(evidence.line - 1, evidence.line + 4).join(' '));
    const quote = squash(evidence.quote);
    expect(window.includes(quote.slice(0, 60)), `${field} quote ${JSON.stringify(evidence.quote)} is not at line ${evidence.line}`).toBe(true);
  }
}
