/**
 * A message in a channel thread the bot has answered in is a follow-up: answered without a new mention, with
 * the thread's context. Every other channel message is ignored (the bot only speaks when spoken to).
 */
import type { App } from '@slack/bolt';
import { checkInputLength } from '../../../answer/input-limits.ts';
import { answerInConversation } from '../../answer-in-conversation.ts';
import type { SlackDeps } from '../../deps.ts';
import { afterAck } from '../../guard.ts';
import { personMessage } from '../../payloads.ts';
import { mentionsOthersOnly, mentionsUser, questionFromSlackText } from '../../slack-text.ts';

export function registerThreadFollowUp(app: App, deps: SlackDeps): void {
  app.event('message', async ({ event, client, context, body }) => {
    const message = personMessage(event);
    if (!message || message.channel_type === 'im') return;
    const threadTs = message.thread_ts;
    if (threadTs === undefined || !deps.threads.has(message.channel, threadTs)) return;
    // A message addressed to someone else in the thread ("@Sam see above") is not for the bot.
    if (mentionsOthersOnly(message.text, context.botUserId)) return;
    if (!deps.answeredMessages.claim(`${message.channel}:${message.ts}`, true)) return;
    const log = deps.logger.child({ listener: 'thread-follow-up', eventId: body.event_id, channel: message.channel, user: message.user });
    await afterAck(
      deps,
      log,
      async () => {
        const question = questionFromSlackText(message.text, context.botUserId);
        if (question === '') return;
        checkInputLength('question', question);
        const answered = await answerInConversation(
          deps,
          client,
          { channel: message.channel, user: message.user, direct: false, replyThreadTs: threadTs, contextThreadTs: threadTs },
          question,
          { quietUnlessQuestion: !mentionsUser(message.text, context.botUserId) },
        );
        log.info(answered ? 'answered thread follow-up' : 'thread message was not a question; stayed quiet');
      },
      (notice) => deps.send.post(client, { channel: message.channel, threadTs }, [notice]),
    );
  });
}
