/**
 * The second step of a posting: the announcement in the postings channel. A posting is stored "pending"
 * first; only once chat.postMessage has succeeded is it marked announced (and listed as open). The
 * announcement carries the posting id in its message metadata, so after a crash between the post and the
 * record, start-up finds it in the channel instead of announcing twice.
 */
import type { webApi } from '@slack/bolt';
import { z } from 'zod';
import { markAnnounced } from '../../postings/posting-lifecycle.ts';
import type { Posting } from '../../postings/posting.ts';
import { escapeMrkdwn } from '../../present/escape.ts';
import { presentAnswer } from '../../present/present-answer.ts';
import type { RoleProfile } from '../../profile/role-profile.ts';
import { announcementMessage } from './announcement.ts';
import type { PostingsRuntime } from './postings-runtime.ts';

/** The metadata event type on every announcement. */
export const ANNOUNCEMENT_EVENT = 'rolecall_posting_announced';

/** Test-only fault hooks, passed in code by a test that kills the process between the two steps. */
export interface PostingFaults {
  /** After the posting is stored as pending, before anything is sent to Slack. */
  afterPostingStored?: (posting: Posting) => void;
  /** After chat.postMessage succeeded, before the posting is marked announced. */
  afterAnnouncementPosted?: (posting: Posting, ts: string) => void;
}

/** Posts the announcement, records it, registers its thread and fills it with the role's summary. */
export async function announcePosting(
  runtime: PostingsRuntime,
  client: webApi.WebClient,
  pending: Posting,
  profile: RoleProfile,
  channel: string,
  by: string,
): Promise<Posting> {
  const { assistant } = runtime.deps;
  const message = announcementMessage(pending, profile, assistant.roles(), 'open');
  const result = await client.chat.postMessage({
    channel,
    text: message.text,
    blocks: message.blocks,
    unfurl_links: false,
    unfurl_media: false,
    metadata: { event_type: ANNOUNCEMENT_EVENT, event_payload: { posting_id: pending.id } },
  });
  const ts = typeof result.ts === 'string' ? result.ts : undefined;
  if (!ts) throw new Error('chat.postMessage returned no ts for the announcement');
  runtime.options.faults?.afterAnnouncementPosted?.(pending, ts);
  return recordAnnouncement(runtime, client, pending, profile, channel, ts, by);
}

/** Marks the posting announced at `ts`, then the thread: registered for questions, the summary posted in it. */
export async function recordAnnouncement(
  runtime: PostingsRuntime,
  client: webApi.WebClient,
  pending: Posting,
  profile: RoleProfile,
  channel: string,
  ts: string,
  by: string,
): Promise<Posting> {
  const { assistant } = runtime.deps;
  const posting = await runtime.options.postings.update(pending.id, (current) => markAnnounced(current, channel, ts, by, runtime.now()));
  runtime.deps.threads.set(channel, ts, { roleIds: [profile.id] });
  let summary = assistant.summary(profile.id);
  if (summary.kind !== 'summary') summary = assistant.summary(profile.title);
  // The announcement is out and recorded: a summary that fails to post is logged, not a failed posting.
  await runtime.deps.send.post(client, { channel, threadTs: ts }, [
    ...presentAnswer(summary),
    {
      text: `Ask me about the ${escapeMrkdwn(profile.title)} role here in this thread.`,
      blocks: [
        {
          type: 'context',
          elements: [
            {
              type: 'mrkdwn',
              text: `:speech_balloon: Ask me about the ${escapeMrkdwn(profile.title)} role here in this thread, e.g. _what vetting is needed?_, _what are the shifts?_, _when does it close?_`,
            },
          ],
        },
      ],
    },
  ]).catch((error: unknown) =>
    runtime.log.warn({ posting: posting.id, err: { message: error instanceof Error ? error.message : String(error) } }, 'could not post the summary in the announcement thread'),
  );
  return posting;
}

const HistorySchema = z.object({
  messages: z
    .array(
      z
        .object({
          ts: z.string(),
          metadata: z.object({ event_type: z.string(), event_payload: z.record(z.string(), z.unknown()).optional() }).loose().optional(),
        })
        .loose(),
    )
    .default([]),
});

/**
 * The ts of this posting's announcement if it is already in the channel (posted before a crash), else null.
 * Looks at messages since the posting was stored.
 */
export async function findAnnouncement(client: webApi.WebClient, channel: string, posting: Posting): Promise<string | null> {
  const oldest = Math.floor(Date.parse(posting.postedAt) / 1000) - 60;
  const result = HistorySchema.parse(
    await client.conversations.history({ channel, oldest: String(oldest), limit: 200, include_all_metadata: true }),
  );
  const found = result.messages.find(
    (m) => m.metadata?.event_type === ANNOUNCEMENT_EVENT && m.metadata.event_payload?.['posting_id'] === posting.id,
  );
  return found?.ts ?? null;
}
