import { describe, expect, it } from 'vitest';
import { checkMessageLimits } from '../../src/present/limits.ts';
import { announcementMessage } from '../../src/slack/postings/announcement.ts';
import { previewView } from '../../src/slack/postings/preview-view.ts';
import { withdraw } from '../../src/postings/posting-lifecycle.ts';
import { makePosting, makeProfile } from './fixtures.ts';

/** Every mrkdwn string in some blocks (plain_text is never parsed by Slack, so it cannot ping). */
function mrkdwnStrings(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(mrkdwnStrings);
  if (typeof value !== 'object' || value === null) return [];
  const record = value as Record<string, unknown>;
  const own = record['type'] === 'mrkdwn' && typeof record['text'] === 'string' ? [record['text']] : [];
  return [...own, ...Object.values(record).flatMap(mrkdwnStrings)];
}

const hostile = makeProfile('night-desk-officer', '<!channel> Night Desk Officer', {
  organisation: '<!here> Wessex Vale Police',
  grade: 'Scale 3 <https://evil.example|click me>',
  weeklyHours: 37,
  vetting: { status: 'stated', levels: ['NPPV2'], note: '<!everyone>', evidence: [] },
});
const posting = makePosting('night-desk-officer', '<!channel> Night Desk Officer', {
  details: { locationOrTeam: '<@U999> Northgate', numberOfPosts: 1, closingDate: '2026-12-18', howToApply: 'mail <!subteam^S1> & ask', note: '<!channel> apply now' },
});

describe('announcement and preview', () => {
  it('never let document or HR text ping anyone or forge a link', () => {
    for (const status of ['open', 'withdrawn', 'closed'] as const) {
      const message = announcementMessage(posting, hostile, [], status);
      for (const text of [...mrkdwnStrings(message.blocks), message.text]) {
        // The one deliberate mention: the HR poster, from Slack's own user id.
        expect(text.replaceAll('<@U0HR>', 'HR')).not.toMatch(/<[!@#]|<https?:/);
      }
      expect(checkMessageLimits(message)).toEqual([]);
    }
    const view = previewView('token', { profile: hostile, origin: 'New role', warnings: ['<!channel> warning'], details: posting.details });
    for (const text of mrkdwnStrings(view.blocks)) expect(text).not.toMatch(/<[!@#]|<https?:/);
  });

  it('shows "not stated" for facts the profile does not state, and the buttons only while open', () => {
    const profile = makeProfile('front-counter-officer', 'Front Counter Officer');
    const open = announcementMessage(makePosting('front-counter-officer', 'Front Counter Officer'), profile, [], 'open');
    const shown = JSON.stringify(open.blocks);
    for (const label of ['Grade', 'Hours', 'Shifts', 'Vetting', 'Driving']) expect(shown).toContain(`*${label}*\\n_not stated_`);
    expect(open.text).toContain('Vetting: not stated');
    expect(shown).toContain('rolecall_posting_ask');
    const withdrawn = announcementMessage(withdraw(makePosting('front-counter-officer', 'Front Counter Officer'), 'UHR1', new Date('2026-11-24T09:00:00Z')), profile, [], 'withdrawn');
    expect(JSON.stringify(withdrawn.blocks)).not.toContain('rolecall_posting_ask');
    expect(JSON.stringify(withdrawn.blocks)).toContain('withdrawn by <@UHR1> on Tuesday 24 November 2026');
  });

  it('the preview lists what was not found and what staff will be told', () => {
    const profile = makeProfile('front-counter-officer', 'Front Counter Officer', { weeklyHours: 37 });
    const view = previewView('tok', { profile, origin: 'New role', warnings: [], details: makePosting('x', 'X').details });
    const shown = JSON.stringify(view.blocks);
    expect(shown).toContain('No vetting level found: staff will be told the profile does not state one.');
    expect(shown).toContain('No driving requirement found: staff will be told the profile does not state one.');
    expect(shown).not.toContain('No weekly hours found');
    expect(view.private_metadata).toBe(JSON.stringify({ t: 'tok' }));
  });
});
