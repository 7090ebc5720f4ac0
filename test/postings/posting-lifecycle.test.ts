import { describe, expect, it } from 'vitest';
import { editDetails, effectiveStatus, isAnnounced, isOpen, markAnnounced, markAnnouncementFailed, withdraw } from '../../src/postings/posting-lifecycle.ts';
import { makePosting } from './fixtures.ts';

describe('isOpen', () => {
  const posting = makePosting('dog-handler', 'Dog Handler', { closingDate: '2026-12-01' });
  it.each([
    ['the week before', '2026-11-24T12:00:00Z', true],
    ['all of the closing day (London)', '2026-12-01T23:30:00Z', true],
    ['the day after', '2026-12-02T00:30:00Z', false],
    ['months later', '2027-03-01T12:00:00Z', false],
  ])('%s -> %s', (_label, now, expected) => {
    expect(isOpen(posting, new Date(now))).toBe(expected);
    expect(effectiveStatus(posting, new Date(now))).toBe(expected ? 'open' : 'closed');
  });

  it('a withdrawn posting is never open', () => {
    const withdrawn = withdraw(posting, 'U0HR', new Date('2026-11-24T12:00:00Z'));
    expect(isOpen(withdrawn, new Date('2026-11-25T12:00:00Z'))).toBe(false);
    expect(effectiveStatus(withdrawn, new Date('2026-11-25T12:00:00Z'))).toBe('withdrawn');
  });

  it('an edit records what changed', () => {
    const edited = editDetails(posting, { ...posting.details, closingDate: '2026-12-15' }, 'U0HR2', new Date('2026-11-24T12:00:00Z'));
    expect(edited.history.at(-1)).toEqual({ at: '2026-11-24T12:00:00.000Z', by: 'U0HR2', action: 'edited', previous: { closingDate: '2026-12-01' } });
    expect(isOpen(edited, new Date('2026-12-10T12:00:00Z'))).toBe(true);
  });
});

describe('the two steps: stored pending, then announced', () => {
  const announced = makePosting('dog-handler', 'Dog Handler', { closingDate: '2026-12-01' });
  const pending = { ...announced, channel: null, messageTs: null, announcement: 'pending' as const };
  const during = new Date('2026-11-24T12:00:00Z');

  it('a pending posting is not open (staff never hear of it), though HR still see it as open', () => {
    expect(isAnnounced(pending)).toBe(false);
    expect(isOpen(pending, during)).toBe(false);
    expect(effectiveStatus(pending, during)).toBe('open');
  });

  it('announcing records where and when, and opens it', () => {
    const done = markAnnounced(pending, 'CJOBS', '1800000000.000001', 'U0HR', during);
    expect(done).toMatchObject({ announcement: 'announced', channel: 'CJOBS', messageTs: '1800000000.000001' });
    expect(done.history.at(-1)).toMatchObject({ action: 'announced', by: 'U0HR' });
    expect(isOpen(done, during)).toBe(true);
  });

  it('a failed announcement is never open, and says why', () => {
    const failed = markAnnouncementFailed(pending, 'rolecall', during, 'channel_not_found');
    expect(isOpen(failed, during)).toBe(false);
    expect(failed.history.at(-1)).toMatchObject({ action: 'announcement-failed', reason: 'channel_not_found' });
  });
});
