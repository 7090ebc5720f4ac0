/**
 * Posting presenters' messages: in order, in the right thread, each checked against Block Kit limits first
 * (a message that breaks one would fail with invalid_blocks and the thread would stay silent).
 */
import type { webApi } from '@slack/bolt';
import type { Logger } from 'pino';
import { splitText } from '../present/block-builders.ts';
import { checkMessageLimits, LIMITS } from '../present/limits.ts';
import type { SlackMessage } from '../present/message.ts';
import { verbatimBlocks } from '../present/verbatim.ts';

type WebClient = webApi.WebClient;

export interface PostTarget {
  channel: string;
  /** Reply in this thread; null or absent for the channel (or a DM's) top level. */
  threadTs?: string | null;
}

export interface EphemeralTarget extends PostTarget {
  user: string;
}

export interface MessageSender {
  /** Posts the messages in order; returns their timestamps. */
  post(client: WebClient, target: PostTarget, messages: readonly SlackMessage[]): Promise<string[]>;
  ephemeral(client: WebClient, target: EphemeralTarget, messages: readonly SlackMessage[]): Promise<void>;
}

/** A message that fails the limits check is sent as plain text pieces instead: said in full, never silent. */
function safeMessages(messages: readonly SlackMessage[], logger: Logger): SlackMessage[] {
  return messages.flatMap((message) => {
    const problems = checkMessageLimits(message);
    if (problems.length === 0) return [message];
    logger.error({ problems: problems.slice(0, 5) }, 'message broke Block Kit limits; sending it as text');
    return splitText(message.text || 'Role Call', LIMITS.sectionText).map((text) => ({
      text,
      blocks: [{ type: 'section' as const, text: { type: 'mrkdwn' as const, text } }],
    }));
  });
}

export function createMessageSender(logger: Logger): MessageSender {
  const log = logger.child({ component: 'send' });
  return {
    async post(client, target, messages) {
      const timestamps: string[] = [];
      for (const message of safeMessages(messages, log)) {
        const result = await client.chat.postMessage({
          channel: target.channel,
          text: message.text,
          blocks: verbatimBlocks(message.blocks),
          unfurl_links: false,
          unfurl_media: false,
          ...(target.threadTs ? { thread_ts: target.threadTs } : {}),
        });
        if (typeof result.ts === 'string') timestamps.push(result.ts);
      }
      return timestamps;
    },
    async ephemeral(client, target, messages) {
      for (const message of safeMessages(messages, log)) {
        await client.chat.postEphemeral({
          channel: target.channel,
          user: target.user,
          text: message.text,
          blocks: verbatimBlocks(message.blocks),
          ...(target.threadTs ? { thread_ts: target.threadTs } : {}),
        });
      }
    },
  };
}
