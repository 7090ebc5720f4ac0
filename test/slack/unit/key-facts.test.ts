/**
 * The HR /post-role preview and the announcement's key facts: pay and working arrangements as the profile
 * states them, "not stated" when it does not, and a note when the document's closing date differs from the
 * posting's.
 */
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../src/ingest/index.ts';
import type { RoleProfile } from '../../../src/profile/role-profile.ts';
import { closingDateNote, keyFacts } from '../../../src/slack/postings/key-facts.ts';
import { previewView } from '../../../src/slack/postings/preview-view.ts';

function parse(lines: string[]): RoleProfile {
  return parseDocument({ file: 'case.txt', text: lines.join('\n'), format: 'txt', sha256: 'd'.repeat(64) }).profile;
}

const STATED = parse([
  'Job Title: Property Store Officer',
  'Grade: Scale 3',
  'Salary: £23,500 - £24,800 per annum plus SE allowance',
  'Closing date: 22 March 2027',
  'Job share considered; part time not available.',
]);
const SILENT = parse(['Job Title: Property Store Officer', 'Grade: Scale 3', 'Hours: 37 hours per week']);

const fact = (profile: RoleProfile, label: string): string | null | undefined => keyFacts(profile).find((f) => f.label === label)?.value;

describe('key facts', () => {
  it('pay as written with its allowance, and the arrangements offered or refused', () => {
    expect(fact(STATED, 'Pay')).toBe('£23,500 - £24,800 per annum; plus SE allowance');
    expect(fact(STATED, 'Working arrangements')).toBe('Part time: not available; job share');
  });

  it('null (shown as "not stated") when the document states none', () => {
    expect(fact(SILENT, 'Pay')).toBeNull();
    expect(fact(SILENT, 'Working arrangements')).toBeNull();
  });

  it('stays within a section\'s ten fields', () => {
    expect(keyFacts(STATED).length).toBeLessThanOrEqual(10);
  });
});

describe('closing date in the preview', () => {
  it('says when the document gives another closing date than the posting', () => {
    expect(closingDateNote(STATED, '2027-03-22')).toBeNull();
    expect(closingDateNote(STATED, '2027-03-29')).toBe(
      'The document gives the closing date as "22 March 2027"; the announcement will use the posting\'s date, 2027-03-29.',
    );
    expect(closingDateNote(SILENT, '2027-03-29')).toBeNull();
  });

  it('the preview shows the pay field and the note', () => {
    const view = previewView('token', {
      profile: STATED,
      origin: 'New role',
      warnings: [],
      details: { locationOrTeam: 'Central stores', numberOfPosts: 1, closingDate: '2027-03-29', howToApply: 'HR portal', note: null },
    });
    const json = JSON.stringify(view.blocks);
    expect(json).toContain('*Pay*\\n£23,500 - £24,800 per annum; plus SE allowance');
    expect(json).toContain('The document gives the closing date as');
  });
});
