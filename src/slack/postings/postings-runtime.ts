/**
 * What the postings listeners share: options from the composition root, the HR check, the pending drafts,
 * the ingester that stores new profiles, and small helpers for telling a person something.
 */
import type { App, webApi } from '@slack/bolt';
import type { Logger } from 'pino';
import { refusalText, type HrAuthoriser } from '../../postings/authorise.ts';
import type { ParsedDocument } from '../../ingest/index.ts';
import type { PostingStore } from '../../postings/posting-store.ts';
import { escapeMrkdwn } from '../../present/escape.ts';
import type { SlackMessage } from '../../present/message.ts';
import { createIngester, type Ingester } from '../../store/ingest-documents.ts';
import { OverrideStore } from '../../store/override-store.ts';
import type { ProfileStore } from '../../store/profile-store.ts';
import type { SlackDeps } from '../deps.ts';
import { createSlackHrAuthoriser } from '../hr-check.ts';
import type { PostingFaults } from './announce-posting.ts';
import { createPendingPostings, type PendingPostings } from './pending-postings.ts';

export interface PostingsListenerOptions {
  /** Where postings are kept (openPostingStore(dataDir)). */
  postings: PostingStore;
  /** Where new profiles and their documents are stored (the same store the bot loads at start). */
  profileStore: ProfileStore;
  /** HR_USER_IDS. */
  hrUserIds: readonly string[];
  /** HR_USERGROUP_ID: its members may post too (looked up with usergroups.users.list, cached). */
  hrUsergroupId: string | null;
  /** POSTINGS_CHANNEL_ID: where announcements go. Without it /post-role says it is not set up. */
  postingsChannelId: string | null;
  /** How long the user group's members are trusted (ms, default 60 000). */
  hrCacheMs?: number;
  /** How long one usergroups.users.list call may take before it counts as failed (ms, default 3 000; tried once more). */
  hrLookupTimeoutMs?: number;
  /**
   * How long (ms) a submission may spend reading the document before the modal is acknowledged with a
   * "Reading..." view and updated afterwards (Slack allows 3 s for the acknowledgement). Default 2 000.
   */
  ackBudgetMs?: number;
  /** Close postings whose date has passed (and update their announcements) at start, in the background. Default true. */
  closeExpiredOnStart?: boolean;
  now?: () => Date;
  /** The force's time zone for closing dates (default Europe/London). */
  timeZone?: string;
  /** For the file download (tests may pass their own). */
  fetch?: typeof fetch;
  /** Announce or mark failed the postings a crash left pending, at start, in the background. Default true. */
  repairPendingOnStart?: boolean;
  /** Given the start-up work (repair, then closing expired postings) so a test can wait for it. */
  onStartupWork?: (done: Promise<unknown>) => void;
  /** Test-only: faults injected between the steps of a posting (e.g. to kill the process). */
  faults?: PostingFaults;
  /**
   * Reads an uploaded or pasted document (bytes -> text -> profile). main.ts passes its parse pool, so a
   * hostile document is read in a worker thread with a heap cap and a time limit, off the event loop that
   * acks requests. Without it the document is read in this thread.
   */
  parse?: (bytes: Uint8Array, fileName: string) => Promise<ParsedDocument>;
  /** Where HR corrections are kept (default: overrides/ beside the profile store's roles/). */
  overrides?: OverrideStore;
}

/**
 * How long an HR check may take inside a modal submission (ms): Slack drops a view submission not answered
 * within 3 s, and the document read that follows needs some of that time too.
 */
export const MODAL_HR_CHECK_MS = 1500;

export interface PostingsRuntime {
  options: PostingsListenerOptions;
  deps: SlackDeps;
  log: Logger;
  hr: HrAuthoriser;
  pending: PendingPostings;
  ingester: Ingester;
  /** HR corrections (src/store/override-store.ts). */
  overrides: OverrideStore;
  now(): Date;
  /** Refuses (ephemeral, via `tell`) anyone not in HR; true when the user may go on. */
  requireHr(userId: string, tell: (message: SlackMessage) => Promise<unknown>): Promise<boolean>;
}

export function note(text: string): SlackMessage {
  const safe = escapeMrkdwn(text);
  return { text: safe, blocks: [{ type: 'section', text: { type: 'mrkdwn', text: safe } }] };
}

/** A message built from mrkdwn we wrote ourselves (document or user text inside must already be escaped). */
export function mrkdwnNote(mrkdwn: string): SlackMessage {
  return { text: mrkdwn, blocks: [{ type: 'section', text: { type: 'mrkdwn', text: mrkdwn } }] };
}

export function createPostingsRuntime(app: App, deps: SlackDeps, options: PostingsListenerOptions): PostingsRuntime {
  const log = deps.logger.child({ component: 'postings' });
  const hr = createSlackHrAuthoriser(app, options);
  return {
    options,
    deps,
    log,
    hr,
    pending: createPendingPostings(),
    ingester: createIngester(options.profileStore),
    overrides: options.overrides ?? new OverrideStore(options.profileStore.location),
    now: options.now ?? (() => new Date()),
    async requireHr(userId, tell) {
      const decision = await hr.check(userId);
      if (decision.allowed) return true;
      log.info({ user: userId, reason: decision.reason }, decision.reason === 'lookup-failed' ? 'posting refused: HR check failed' : 'posting refused: not HR');
      await tell(note(refusalText(decision.reason)));
      return false;
    },
  };
}

/** An ephemeral message to one person in a channel (and thread), for buttons and view submissions. */
export function ephemeralTo(
  runtime: PostingsRuntime,
  client: webApi.WebClient,
  target: { channel: string; user: string; threadTs?: string | null },
): (message: SlackMessage) => Promise<void> {
  return (message) => runtime.deps.send.ephemeral(client, target, [message]);
}
