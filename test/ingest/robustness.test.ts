/**
 * Ugly text never makes the parser throw (only a document with no title at all does), and whatever it
 * extracts still cites lines that exist and contain the quote. The seed is fixed so a run is repeatable;
 * change it to explore.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RoleCallError } from '../../src/errors.ts';
import { parseDocument } from '../../src/ingest/index.ts';
import { misquoted } from './support/evidence.ts';

const FRAGMENTS = [
  'Vetting level:', 'NPPV3', '\t', '<b>Reports to:</b>', '<ol><li>1. ', '</li></ol>', '&amp;', '•', '- ', '1.4  ', 'E1 ',
  '(E)', '(D)', 'Essential', 'Desirable', '☒', '☐', '|', ' | ', '....', 'Level 2', '(Level 3)', 'Car user: NO', '37 hours per week',
  'six on, three off', '**', '# ', '\u00a0', 'WeeklyHours:40', 'Kent Police', 'HERTFORDS CONSTABUL', '   ', ':', '(', ')',
];

const uglyLine = fc.array(fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({ maxLength: 12 })), { maxLength: 8 }).map((parts) => parts.join(''));
const uglyDocument = fc.array(uglyLine, { maxLength: 40 }).map((lines) => lines.join('\n'));

describe('parseDocument on ugly text', () => {
  it('never throws once a title is present, and every quote is on its line', () => {
    fc.assert(
      fc.property(uglyDocument, (body) => {
        const text = `Job title: Robust Role.\n\n${body}`;
        const { profile } = parseDocument({ file: 'ugly.txt', text, format: 'txt', sha256: 'a'.repeat(64) });
        expect(profile.title).toBe('Robust Role');
        expect(misquoted(profile, text)).toEqual([]);
      }),
      { numRuns: 300, seed: 20261123 },
    );
  });

  it('without a title it either infers one or throws NO_ROLE_TITLE, nothing else', () => {
    fc.assert(
      fc.property(uglyDocument, (text) => {
        try {
          parseDocument({ file: 'ugly.txt', text, format: 'txt', sha256: 'a'.repeat(64) });
        } catch (error) {
          expect(error).toBeInstanceOf(RoleCallError);
          expect((error as RoleCallError).code).toBe('NO_ROLE_TITLE');
        }
      }),
      { numRuns: 300, seed: 20261123 },
    );
  });
});
