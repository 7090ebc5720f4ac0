/** @Role Call in a channel: answer in the mention's thread (the thread it is in, or a new one under it). */
import type { App } from '@slack/bolt';
import { checkInputLength } from '../../../answer/input-limits.ts';
import { answerInConversation } from '../../answer-in-conversation.ts';
import type { SlackDeps } from '../../deps.ts';
import { afterAck } from '../../guard.ts';
import { personMessage } from '../../payloads.ts';
import { questionFromSlackText } from '../../slack-text.ts';

export function registerAppMention(app: App, deps: SlackDeps): void {
  app.event('app_mention', async ({ event, client, context, body }) => {
    const message = personMessage(event);
    if (!message) return;
    const threadTs = message.thread_ts ?? message.ts;
    const log = deps.logger.child({ listener: 'app-mention', eventId: body.event_id, channel: message.channel, user: message.user });
    // The same mention may also arrive as a message event in a thread we answered in: answer once.
    if (!deps.answeredMessages.claim(`${message.channel}:${message.ts}`, true)) return;
    await afterAck(
      deps,
      log,
      async () => {
        const question = questionFromSlackText(message.text, context.botUserId);
        checkInputLength('question', question);
        await answerInConversation(deps, client, { channel: message.channel, user: message.user, direct: false, replyThreadTs: threadTs, contextThreadTs: threadTs }, question);
        log.info('answered mention');
      },
      (notice) => deps.send.post(client, { channel: message.channel, threadTs }, [notice]),
    );
  });
}
