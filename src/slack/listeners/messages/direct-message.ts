/** A direct message: answered in place (in its thread if it is in one), with context per DM or DM thread. */
import type { App } from '@slack/bolt';
import { checkInputLength } from '../../../answer/input-limits.ts';
import { answerInConversation } from '../../answer-in-conversation.ts';
import type { SlackDeps } from '../../deps.ts';
import { afterAck } from '../../guard.ts';
import { personMessage } from '../../payloads.ts';
import { questionFromSlackText } from '../../slack-text.ts';

export function registerDirectMessage(app: App, deps: SlackDeps): void {
  app.event('message', async ({ event, client, context, body }) => {
    const message = personMessage(event);
    if (!message || message.channel_type !== 'im') return;
    if (!deps.answeredMessages.claim(`${message.channel}:${message.ts}`, true)) return;
    const threadTs = message.thread_ts ?? null;
    const log = deps.logger.child({ listener: 'direct-message', eventId: body.event_id, user: message.user });
    await afterAck(
      deps,
      log,
      async () => {
        const question = questionFromSlackText(message.text, context.botUserId);
        if (question === '') return;
        checkInputLength('question', question);
        await answerInConversation(deps, client, { channel: message.channel, user: message.user, direct: true, replyThreadTs: threadTs, contextThreadTs: threadTs }, question);
        log.info('answered direct message');
      },
      (notice) => deps.send.post(client, { channel: message.channel, threadTs }, [notice]),
    );
  });
}
