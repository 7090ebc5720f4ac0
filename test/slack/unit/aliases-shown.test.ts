/**
 * The other names a role goes by, where staff and HR see them: under the title of a /role summary (text and
 * blocks) and in the HR preview's first line. Names the title already shows are not repeated.
 */
import { describe, expect, it } from 'vitest';
import { summaryAnswer } from '../../../src/answer/summary.ts';
import { parseDocument } from '../../../src/ingest/index.ts';
import { presentAnswer } from '../../../src/present/present-answer.ts';
import { shownAliases } from '../../../src/profile/role-aliases.ts';
import type { RoleProfile } from '../../../src/profile/role-profile.ts';
import { previewView } from '../../../src/slack/postings/preview-view.ts';

function parse(lines: string[]): RoleProfile {
  return parseDocument({ file: 'case.txt', text: lines.join('\n'), format: 'txt', sha256: 'e'.repeat(64) }).profile;
}

const CTSA = parse([
  'Tarnwick Police',
  'Job Title: Counter Terrorism Security Adviser',
  'Grade: Scale 7',
  'Purpose: The Counter Terrorism Security Adviser (CTSA) helps crowded places and hazardous sites reduce their vulnerability.',
]);
const POLSA = parse(['Job Title: Police Search Adviser (PolSA)', 'Grade: Scale 6', 'Purpose: To plan searches for people and evidence.']);

describe('aliases shown', () => {
  it('shows the names the title does not already show', () => {
    expect(shownAliases(CTSA)).toContain('CTSA');
    expect(shownAliases(POLSA)).toEqual([]);
  });

  it('the /role summary says them under the role name, in text and blocks', () => {
    const answer = summaryAnswer('tell me about the CTSA', CTSA);
    expect(answer.text.split('\n')[1]).toMatch(/^Also known as: .*CTSA/);
    const [message] = presentAnswer(answer);
    const contexts = (message?.blocks ?? []).filter((block) => block.type === 'context').map((block) => JSON.stringify(block));
    expect(contexts.some((text) => text.includes('Also known as: ') && text.includes('CTSA'))).toBe(true);
  });

  it('the summary of a role whose title shows its short form adds no line', () => {
    expect(summaryAnswer('polsa', POLSA).text).not.toContain('Also known as');
  });

  it('the HR preview shows them in its first line, so HR can check them', () => {
    const view = previewView('token', {
      profile: CTSA,
      origin: 'New role',
      warnings: [],
      details: { locationOrTeam: 'Protect team', numberOfPosts: 1, closingDate: '2027-04-30', howToApply: 'HR portal', note: null },
    });
    const first = JSON.stringify(view.blocks[1]);
    expect(first).toContain('Also known as: ');
    expect(first).toContain('CTSA');
  });
});
