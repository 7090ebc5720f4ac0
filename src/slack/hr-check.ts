/**
 * The HR check for Slack listeners (postings, review): HR_USER_IDS and members of HR_USERGROUP_ID, looked
 * up with usergroups.users.list through a client of its own that fails fast (the app's client retries for
 * half an hour, which would leave a person waiting), cached briefly, failing closed.
 */
import { webApi, type App } from '@slack/bolt';
import { createHrAuthoriser, DEFAULT_LOOKUP_TIMEOUT_MS, type HrAuthoriser } from '../postings/authorise.ts';

export interface SlackHrOptions {
  hrUserIds: readonly string[];
  hrUsergroupId: string | null;
  hrCacheMs?: number;
  hrLookupTimeoutMs?: number;
}

export function createSlackHrAuthoriser(app: App, options: SlackHrOptions): HrAuthoriser {
  const lookupTimeoutMs = options.hrLookupTimeoutMs ?? DEFAULT_LOOKUP_TIMEOUT_MS;
  const lookupClient = new webApi.WebClient(app.client.token, {
    slackApiUrl: app.client.slackApiUrl,
    retryConfig: { retries: 0 },
    rejectRateLimitedCalls: true,
    timeout: lookupTimeoutMs,
    logLevel: webApi.LogLevel.ERROR,
  });
  return createHrAuthoriser({
    userIds: options.hrUserIds,
    usergroupId: options.hrUsergroupId,
    lookupTimeoutMs,
    ...(options.hrCacheMs !== undefined ? { cacheMs: options.hrCacheMs } : {}),
    groupMembers: async (usergroup) => {
      const result = await lookupClient.usergroups.users.list({ usergroup });
      return result.users ?? [];
    },
  });
}
