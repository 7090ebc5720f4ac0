/**
 * Who may post vacancies: the user ids in HR_USER_IDS, and the members of the HR_USERGROUP_ID user group.
 * Checked at every step (command, modal submission, buttons), so someone removed from HR mid-way is stopped.
 * The group's members come from a lookup the caller supplies (Slack's usergroups.users.list at the edge),
 * cached briefly so a busy morning does not hit Slack's rate limits.
 *
 * The lookup fails closed and answers: each attempt has a timeout and a failed one is tried once more, a
 * check can be given its own deadline (a modal must be acknowledged within 3 s), and only successes are
 * cached. Checks running at the same moment share one attempt, but an attempt that failed or timed out is
 * dropped at once, so a hung connection never holds up the checks that come after it.
 */

export type HrDecision =
  | { allowed: true }
  | { allowed: false; reason: 'not-hr' | 'not-configured' | 'lookup-failed' };

export interface HrAuthoriserOptions {
  userIds: readonly string[];
  usergroupId: string | null;
  /**
   * Members of a user group (the edge calls Slack). Only called when usergroupId is set. `signal` is aborted
   * when the attempt times out, so the edge can drop the request.
   */
  groupMembers?: (usergroupId: string, signal: AbortSignal) => Promise<readonly string[]>;
  /** How long a group's member list is trusted (ms). */
  cacheMs?: number;
  /** How long one lookup may take before it counts as failed (ms, default 3 000). */
  lookupTimeoutMs?: number;
  /** Further attempts after a failed or timed-out lookup (default 1). */
  lookupRetries?: number;
  /** The cache's clock (ms). Deadlines use a monotonic clock of their own. */
  now?: () => number;
}

export interface HrCheckOptions {
  /** Decide within this many ms whatever Slack does; a lookup still running then counts as failed. */
  withinMs?: number;
}

export interface HrAuthoriser {
  check(userId: string, options?: HrCheckOptions): Promise<HrDecision>;
}

export const DEFAULT_GROUP_CACHE_MS = 60_000;
export const DEFAULT_LOOKUP_TIMEOUT_MS = 3_000;
export const DEFAULT_LOOKUP_RETRIES = 1;

export class HrLookupTimeout extends Error {
  override readonly name = 'HrLookupTimeout';
  constructor(ms: number) {
    super(`the HR user-group lookup took longer than ${ms} ms`);
  }
}

/** `work` settles, or `ms` pass and the result rejects with a timeout (calling `onTimeout` first). */
function within<T>(work: Promise<T>, ms: number, onTimeout: () => void = () => undefined): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => {
      onTimeout();
      reject(new HrLookupTimeout(ms));
    }, ms);
    work.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error instanceof Error ? error : new Error(String(error)));
      },
    );
  });
}

export function createHrAuthoriser(options: HrAuthoriserOptions): HrAuthoriser {
  const userIds = new Set(options.userIds);
  const cacheMs = options.cacheMs ?? DEFAULT_GROUP_CACHE_MS;
  const timeoutMs = options.lookupTimeoutMs ?? DEFAULT_LOOKUP_TIMEOUT_MS;
  const retries = options.lookupRetries ?? DEFAULT_LOOKUP_RETRIES;
  const now = options.now ?? Date.now;
  let cached: { members: ReadonlySet<string>; at: number } | null = null;
  let inFlight: Promise<ReadonlySet<string>> | null = null;

  /** One attempt, shared by checks that arrive while it runs; settles within timeoutMs, then is forgotten. */
  function attempt(groupId: string): Promise<ReadonlySet<string>> {
    if (inFlight) return inFlight;
    const lookup = options.groupMembers;
    if (!lookup) return Promise.reject(new Error('HR_USERGROUP_ID is set but no group lookup was given'));
    const controller = new AbortController();
    const current = within(
      Promise.resolve().then(() => lookup(groupId, controller.signal)),
      timeoutMs,
      () => controller.abort(),
    ).then((list) => {
      const members = new Set(list);
      cached = { members, at: now() };
      return members;
    });
    inFlight = current;
    const forget = (): void => {
      if (inFlight === current) inFlight = null;
    };
    current.then(forget, forget);
    return current;
  }

  async function members(groupId: string, deadline: number): Promise<ReadonlySet<string>> {
    if (cached && now() - cached.at < cacheMs) return cached.members;
    let lastError: unknown = new HrLookupTimeout(0);
    for (let tries = 0; tries <= retries; tries += 1) {
      const remaining = deadline - performance.now();
      if (remaining <= 0) break;
      try {
        // setTimeout cannot wait for ever (Infinity means 1 ms): without a deadline the attempt's own timeout bounds it.
        return await (Number.isFinite(remaining) ? within(attempt(groupId), remaining) : attempt(groupId));
      } catch (error) {
        lastError = error;
      }
    }
    throw lastError;
  }

  return {
    async check(userId, checkOptions = {}) {
      if (userIds.has(userId)) return { allowed: true };
      if (options.usergroupId === null) return { allowed: false, reason: userIds.size === 0 ? 'not-configured' : 'not-hr' };
      const deadline = performance.now() + (checkOptions.withinMs ?? Number.POSITIVE_INFINITY);
      try {
        return (await members(options.usergroupId, deadline)).has(userId) ? { allowed: true } : { allowed: false, reason: 'not-hr' };
      } catch {
        return { allowed: false, reason: 'lookup-failed' };
      }
    },
  };
}

/** What HR are told when the lookup failed: wording shared by every surface and asserted by tests. */
export const HR_CHECK_FAILED = 'Sorry, I could not check your HR permission with Slack just now; try again in a minute. Nothing was posted or changed.';

/** What a refused person is told (ephemeral, only to them). */
export function refusalText(reason: Exclude<HrDecision, { allowed: true }>['reason']): string {
  switch (reason) {
    case 'not-hr':
      return 'Sorry, only HR can post vacancies with Role Call. If you have a vacancy to advertise, please ask your HR contact to post it. You can still ask me about any role or open vacancy.';
    case 'not-configured':
      return 'Sorry, vacancy posting is not set up yet: an admin needs to set HR_USER_IDS or HR_USERGROUP_ID for Role Call.';
    case 'lookup-failed':
      return HR_CHECK_FAILED;
  }
}
