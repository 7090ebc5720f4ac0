import { describe, expect, it } from 'vitest';
import { editDetails, effectiveStatus, isOpen, withdraw } from '../../src/postings/posting-lifecycle.ts';
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
