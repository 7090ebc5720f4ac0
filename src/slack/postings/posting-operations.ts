/**
 * What HR can do to a posting once it exists, shared by the buttons and `/post-role withdraw|edit <id>`:
 * the store is updated first (under its lock), then the announcement is rebuilt and updated in place.
 */
import type { webApi } from '@slack/bolt';
import { RoleCallError } from '../../errors.ts';
import { verbatimBlocks } from '../../present/verbatim.ts';
import { formatClosingDate } from '../../postings/calendar.ts';
import type { Posting, PostingDetails } from '../../postings/posting.ts';
import { close, editDetails, effectiveStatus, isAnnounced, isOpen, withdraw } from '../../postings/posting-lifecycle.ts';
import { announcementMessage } from './announcement.ts';
import type { PostingsRuntime } from './postings-runtime.ts';

export function findPosting(runtime: PostingsRuntime, id: string): Posting {
  const posting = runtime.options.postings.get(id.trim());
  if (!posting)
    throw new RoleCallError('POSTING_NOT_FOUND', `There is no posting "${id.trim()}".`, 'The id is in the announcement, e.g. p-1a2b3c4d5e; `/post-role list` shows them all.');
  return posting;
}

/** Rebuilds the announcement from the stored posting (chat.update: the message stays, its content changes). */
export async function refreshAnnouncement(runtime: PostingsRuntime, client: webApi.WebClient, posting: Posting): Promise<boolean> {
  if (!posting.channel || !posting.messageTs) return false;
  const profile = runtime.deps.assistant.profile(posting.roleId);
  const status = effectiveStatus(posting, runtime.now(), runtime.options.timeZone);
  const message = announcementMessage(posting, profile, runtime.deps.assistant.roles(), status);
  await client.chat.update({ channel: posting.channel, ts: posting.messageTs, text: message.text, blocks: verbatimBlocks(message.blocks) });
  return true;
}

export async function withdrawPosting(
  runtime: PostingsRuntime,
  client: webApi.WebClient,
  postingId: string,
  userId: string,
): Promise<{ posting: Posting; message: string }> {
  const existing = findPosting(runtime, postingId);
  if (existing.status === 'withdrawn') return { posting: existing, message: `Posting ${existing.id} (${existing.roleTitle}) was already withdrawn.` };
  const posting = await runtime.options.postings.update(existing.id, (current) => withdraw(current, userId, runtime.now()));
  runtime.log.info({ posting: posting.id, user: userId }, 'posting withdrawn');
  const updated = await refreshAnnouncement(runtime, client, posting);
  if (updated && posting.channel && posting.messageTs) {
    await runtime.deps.send.post(client, { channel: posting.channel, threadTs: posting.messageTs }, [
      { text: 'This vacancy has been withdrawn. It is no longer open.', blocks: [{ type: 'context', elements: [{ type: 'mrkdwn', text: ':no_entry: This vacancy has been withdrawn. It is no longer open.' }] }] },
    ]);
  }
  return {
    posting,
    message: `Withdrawn: posting ${posting.id} (${posting.roleTitle}).${updated ? ' The announcement now says so.' : ''}`,
  };
}

export async function editPosting(
  runtime: PostingsRuntime,
  client: webApi.WebClient,
  postingId: string,
  details: PostingDetails,
  userId: string,
): Promise<{ posting: Posting; message: string }> {
  const existing = findPosting(runtime, postingId);
  if (existing.status === 'withdrawn')
    throw new RoleCallError('POSTING_INVALID', `Posting ${existing.id} was withdrawn and cannot be edited.`, 'Post a new vacancy with /post-role.');
  const posting = await runtime.options.postings.update(existing.id, (current) => editDetails(current, details, userId, runtime.now()));
  runtime.log.info({ posting: posting.id, user: userId }, 'posting edited');
  const updated = await refreshAnnouncement(runtime, client, posting);
  return {
    posting,
    message: `Updated posting ${posting.id} (${posting.roleTitle}): closes ${formatClosingDate(posting.details.closingDate)}.${updated ? ' The announcement shows the change.' : ''}`,
  };
}

/** The user id recorded when Role Call itself closes a posting whose closing date has passed. */
export const SYSTEM_USER = 'rolecall';

/**
 * Postings past their closing date are marked closed and their announcements updated to say so. Run at
 * start and whenever HR use /post-role, so an announcement never invites applications after the date.
 */
export async function closeExpiredPostings(runtime: PostingsRuntime, client: webApi.WebClient): Promise<Posting[]> {
  const now = runtime.now();
  // Only announced postings: a pending one is repaired at start-up (and one that failed has no announcement).
  const expired = runtime.options.postings.list().filter((p) => p.status === 'open' && isAnnounced(p) && !isOpen(p, now, runtime.options.timeZone));
  const closed: Posting[] = [];
  for (const candidate of expired) {
    let closedHere = false;
    const posting = await runtime.options.postings.update(candidate.id, (current) => {
      // Re-checked under the store's lock: a sweep running at the same time closes it once.
      if (current.status !== 'open' || !isAnnounced(current) || isOpen(current, now, runtime.options.timeZone)) return current;
      closedHere = true;
      return close(current, SYSTEM_USER, now);
    });
    if (!closedHere) continue;
    closed.push(posting);
    runtime.log.info({ posting: posting.id }, 'posting closed: closing date passed');
    await refreshAnnouncement(runtime, client, posting).catch((error: unknown) =>
      runtime.log.warn({ posting: posting.id, err: { message: error instanceof Error ? error.message : String(error) } }, 'could not update a closed announcement'),
    );
  }
  return closed;
}
