import { describe, expect, it } from 'vitest';
import { createHrAuthoriser, refusalText } from '../../src/postings/authorise.ts';

describe('HR authoriser', () => {
  it('allows listed users and refuses others', async () => {
    const auth = createHrAuthoriser({ userIds: ['U0HR1'], usergroupId: null });
    expect(await auth.check('U0HR1')).toEqual({ allowed: true });
    expect(await auth.check('U0STAFF')).toEqual({ allowed: false, reason: 'not-hr' });
  });

  it('refuses everyone when nothing is configured', async () => {
    const auth = createHrAuthoriser({ userIds: [], usergroupId: null });
    expect(await auth.check('U0ANY')).toEqual({ allowed: false, reason: 'not-configured' });
  });

  it('uses the user group, cached for a while, and sees changes once the cache expires', async () => {
    let clock = 0;
    let members = ['U0GRP1'];
    const calls: string[] = [];
    const auth = createHrAuthoriser({
      userIds: [],
      usergroupId: 'S0HR',
      groupMembers: async (id) => {
        calls.push(id);
        return members;
      },
      cacheMs: 60_000,
      now: () => clock,
    });
    expect(await Promise.all([auth.check('U0GRP1'), auth.check('U0GRP1'), auth.check('U0OTHER')])).toEqual([
      { allowed: true },
      { allowed: true },
      { allowed: false, reason: 'not-hr' },
    ]);
    expect(calls).toEqual(['S0HR']);
    members = [];
    clock = 30_000;
    expect(await auth.check('U0GRP1')).toEqual({ allowed: true });
    clock = 61_000;
    expect(await auth.check('U0GRP1')).toEqual({ allowed: false, reason: 'not-hr' });
    expect(calls).toEqual(['S0HR', 'S0HR']);
  });

  it('fails closed when the group lookup fails, and tries again next time', async () => {
    let fail = true;
    const auth = createHrAuthoriser({
      userIds: [],
      usergroupId: 'S0HR',
      groupMembers: async () => {
        if (fail) throw new Error('ratelimited');
        return ['U0GRP1'];
      },
    });
    expect(await auth.check('U0GRP1')).toEqual({ allowed: false, reason: 'lookup-failed' });
    fail = false;
    expect(await auth.check('U0GRP1')).toEqual({ allowed: true });
  });

  it('has a polite refusal for each reason', () => {
    expect(refusalText('not-hr')).toMatch(/^Sorry, only HR can post vacancies/);
    expect(refusalText('not-configured')).toMatch(/HR_USER_IDS or HR_USERGROUP_ID/);
    expect(refusalText('lookup-failed')).toMatch(/try again/);
  });
});
