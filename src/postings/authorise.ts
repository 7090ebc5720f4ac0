/**
 * Who may post vacancies: the user ids in HR_USER_IDS, and the members of the HR_USERGROUP_ID user group.
 * Checked at every step (command, modal submission, buttons), so someone removed from HR mid-way is stopped.
 * The group's members come from a lookup the caller supplies (Slack's usergroups.users.list at the edge),
 * cached briefly so a busy morning does not hit Slack's rate limits; a failed lookup is not cached and
 * refuses (fail closed) rather than letting anyone post.
 */

export type HrDecision =
  | { allowed: true }
  | { allowed: false; reason: 'not-hr' | 'not-configured' | 'lookup-failed' };

export interface HrAuthoriserOptions {
  userIds: readonly string[];
  usergroupId: string | null;
  /** Members of a user group (the edge calls Slack). Only called when usergroupId is set. */
  groupMembers?: (usergroupId: string) => Promise<readonly string[]>;
  /** How long a group's member list is trusted (ms). */
  cacheMs?: number;
  now?: () => number;
}

export interface HrAuthoriser {
  check(userId: string): Promise<HrDecision>;
}

export const DEFAULT_GROUP_CACHE_MS = 60_000;

export function createHrAuthoriser(options: HrAuthoriserOptions): HrAuthoriser {
  const userIds = new Set(options.userIds);
  const cacheMs = options.cacheMs ?? DEFAULT_GROUP_CACHE_MS;
  const now = options.now ?? Date.now;
  let cached: { members: ReadonlySet<string>; at: number } | null = null;
  let inFlight: Promise<ReadonlySet<string>> | null = null;

  async function members(groupId: string): Promise<ReadonlySet<string>> {
    if (cached && now() - cached.at < cacheMs) return cached.members;
    if (!inFlight) {
      const lookup = options.groupMembers;
      if (!lookup) throw new Error('HR_USERGROUP_ID is set but no group lookup was given');
      // One lookup at a time: concurrent checks share it.
      inFlight = lookup(groupId)
        .then((list) => {
          const set = new Set(list);
          cached = { members: set, at: now() };
          return set;
        })
        .finally(() => {
          inFlight = null;
        });
    }
    return inFlight;
  }

  return {
    async check(userId) {
      if (userIds.has(userId)) return { allowed: true };
      if (options.usergroupId === null) return { allowed: false, reason: userIds.size === 0 ? 'not-configured' : 'not-hr' };
      try {
        return (await members(options.usergroupId)).has(userId) ? { allowed: true } : { allowed: false, reason: 'not-hr' };
      } catch {
        return { allowed: false, reason: 'lookup-failed' };
      }
    },
  };
}

/** What a refused person is told (ephemeral, only to them). */
export function refusalText(reason: Exclude<HrDecision, { allowed: true }>['reason']): string {
  switch (reason) {
    case 'not-hr':
      return 'Sorry, only HR can post vacancies with Role Call. If you have a vacancy to advertise, please ask your HR contact to post it. You can still ask me about any role or open vacancy.';
    case 'not-configured':
      return 'Sorry, vacancy posting is not set up yet: an admin needs to set HR_USER_IDS or HR_USERGROUP_ID for Role Call.';
    case 'lookup-failed':
      return 'Sorry, I could not check the HR user group with Slack just now, so I cannot accept a posting. Please try again in a minute.';
  }
}
