/**
 * Slash commands cannot run in threads: the detail goes in the thread of a short parent message the bot posts
 * in the channel. What only the asker should see (errors, clarifications, usage) goes back ephemerally.
 */
import type { RespondFn, webApi } from '@slack/bolt';
import type { ConversationContext } from '../answer/types.ts';
import type { SlackMessage } from '../present/message.ts';
import { NOTICE_TEXT, slashParentMessage } from '../present/notices.ts';
import { verbatimBlocks } from '../present/verbatim.ts';
import type { SlackDeps } from './deps.ts';

/** Web API errors meaning the bot cannot post here (not invited, a DM with someone else, archived). */
const CANNOT_POST = new Set(['not_in_channel', 'channel_not_found', 'is_archived', 'restricted_action', 'cannot_dm_bot']);

function slackErrorCode(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null || !('data' in error)) return undefined;
  const data = (error as { data?: unknown }).data;
  if (typeof data !== 'object' || data === null || !('error' in data)) return undefined;
  const code = (data as { error?: unknown }).error;
  return typeof code === 'string' ? code : undefined;
}

export async function respondEphemeral(respond: RespondFn, messages: readonly SlackMessage[]): Promise<void> {
  for (const message of messages) {
    await respond({ response_type: 'ephemeral', replace_original: false, text: message.text, blocks: verbatimBlocks(message.blocks) });
  }
}

export interface ThreadedReply {
  channel: string;
  user: string;
  /** What the parent message says was asked for ("the Contact Handler summary"). */
  what: string;
  messages: readonly SlackMessage[];
  /** Context for follow-ups in the new thread. */
  context: ConversationContext;
}

export async function postInNewThread(
  deps: SlackDeps,
  client: webApi.WebClient,
  respond: RespondFn | undefined,
  reply: ThreadedReply,
): Promise<void> {
  let parentTs: string | undefined;
  try {
    [parentTs] = await deps.send.post(client, { channel: reply.channel }, [slashParentMessage(reply.user, reply.what)]);
  } catch (error) {
    const code = slackErrorCode(error);
    if (respond === undefined || code === undefined || !CANNOT_POST.has(code)) throw error;
    // The bot is not in this channel: the answer still reaches the person, privately.
    deps.logger.warn({ channel: reply.channel, code }, 'cannot post in channel; answering ephemerally');
    await respondEphemeral(respond, [{ text: NOTICE_TEXT.notInChannel, blocks: [{ type: 'context', elements: [{ type: 'mrkdwn', text: NOTICE_TEXT.notInChannel }] }] }, ...reply.messages]);
    return;
  }
  if (parentTs === undefined) throw new Error('chat.postMessage returned no ts for the parent message');
  await deps.send.post(client, { channel: reply.channel, threadTs: parentTs }, reply.messages);
  deps.threads.set(reply.channel, parentTs, reply.context);
}
