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

describe('HR authoriser: a lookup that fails or hangs', () => {
  /** A lookup whose calls hang until released, or answer/fail as the test says. */
  function scripted(steps: Array<'hang' | 'fail' | readonly string[]>) {
    const signals: AbortSignal[] = [];
    let call = 0;
    const groupMembers = (_id: string, signal: AbortSignal): Promise<readonly string[]> => {
      signals.push(signal);
      const step = steps[Math.min(call, steps.length - 1)];
      call += 1;
      if (step === 'hang') return new Promise(() => undefined);
      if (step === 'fail' || step === undefined) return Promise.reject(new Error('HTTP 500'));
      return Promise.resolve(step);
    };
    return { groupMembers, signals, calls: () => call };
  }

  it('a hung lookup times out, is tried once more (aborting each attempt), and fails closed', async () => {
    const lookup = scripted(['hang']);
    const auth = createHrAuthoriser({ userIds: [], usergroupId: 'S0HR', groupMembers: lookup.groupMembers, lookupTimeoutMs: 20 });
    expect(await auth.check('U0GRP1')).toEqual({ allowed: false, reason: 'lookup-failed' });
    expect(lookup.calls()).toBe(2);
    expect(lookup.signals.map((s) => s.aborted)).toEqual([true, true]);
  });

  it('the retry recovers one failure', async () => {
    const lookup = scripted(['fail', ['U0GRP1']]);
    const auth = createHrAuthoriser({ userIds: [], usergroupId: 'S0HR', groupMembers: lookup.groupMembers, lookupTimeoutMs: 1000 });
    expect(await auth.check('U0GRP1')).toEqual({ allowed: true });
    expect(lookup.calls()).toBe(2);
  });

  it('a hung lookup is not shared by later checks: once Slack answers, the next check succeeds', async () => {
    // The first attempt never settles (a connection Slack never answers); later ones answer.
    const lookup = scripted(['hang', ['U0GRP1']]);
    const auth = createHrAuthoriser({ userIds: [], usergroupId: 'S0HR', groupMembers: lookup.groupMembers, lookupTimeoutMs: 20, lookupRetries: 0 });
    expect(await auth.check('U0GRP1')).toEqual({ allowed: false, reason: 'lookup-failed' });
    expect(await auth.check('U0GRP1')).toEqual({ allowed: true });
    // And that success is cached.
    expect(await auth.check('U0GRP1')).toEqual({ allowed: true });
    expect(lookup.calls()).toBe(2);
  });

  it('a check with its own deadline answers by then, whatever the lookup timeout', async () => {
    const lookup = scripted(['hang']);
    const auth = createHrAuthoriser({ userIds: [], usergroupId: 'S0HR', groupMembers: lookup.groupMembers, lookupTimeoutMs: 60_000 });
    expect(await auth.check('U0GRP1', { withinMs: 20 })).toEqual({ allowed: false, reason: 'lookup-failed' });
  });

  it('a lookup that throws at once (not a promise) fails closed too', async () => {
    const auth = createHrAuthoriser({
      userIds: [],
      usergroupId: 'S0HR',
      groupMembers: () => {
        throw new Error('no client');
      },
    });
    expect(await auth.check('U0GRP1')).toEqual({ allowed: false, reason: 'lookup-failed' });
  });

  it('listed HR users never wait for the group lookup', async () => {
    const lookup = scripted(['hang']);
    const auth = createHrAuthoriser({ userIds: ['U0HR1'], usergroupId: 'S0HR', groupMembers: lookup.groupMembers, lookupTimeoutMs: 60_000 });
    expect(await auth.check('U0HR1')).toEqual({ allowed: true });
    expect(lookup.calls()).toBe(0);
  });
});
