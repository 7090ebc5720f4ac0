/**
 * The frame every button or menu on one of the bot's messages shares: ack first, a child logger named for the
 * listener, where the click happened, and the guarded work after the ack. A click that carries no channel
 * (nowhere to answer) gets a clear note instead of an apology; a handler that throws gets the usual guard reply
 * (the error's own message when it is one the person can act on, an apology otherwise), never a stack trace.
 * The handlers keep only what differs: what the value means and what to answer.
 */
import type { App, RespondFn, webApi } from '@slack/bolt';
import type { Logger } from 'pino';
import { NOTICE_TEXT, warningMessage } from '../present/notices.ts';
import { actionPlace, actionValue, type ActionPlace } from './action-target.ts';
import type { SlackDeps } from './deps.ts';
import { afterAck } from './guard.ts';
import { respondEphemeral } from './slash-replies.ts';

export interface MessageActionClick {
  /** The pressed button's value, or the chosen option's value for a menu ("" when there is none). */
  value: string;
  place: ActionPlace;
  client: webApi.WebClient;
  /** Replies to the person who clicked (through the action's response_url). */
  respond: RespondFn;
  log: Logger;
}

/**
 * Registers `handler` for the action id (a string, or a pattern for ids with a suffix). `listener` names the
 * listener in the logs ("choose-role").
 */
export function onMessageAction(
  app: App,
  deps: SlackDeps,
  actionId: string | RegExp,
  listener: string,
  handler: (click: MessageActionClick) => Promise<void>,
): void {
  app.action(actionId, async ({ ack, action, body, client, respond }) => {
    await ack();
    const log = deps.logger.child({ listener, user: body.user.id });
    const tell = (notice: Parameters<typeof respondEphemeral>[1][number]) => respondEphemeral(respond, [notice]);
    await afterAck(
      deps,
      log,
      async () => {
        const place = actionPlace(body);
        if (place === null) {
          log.warn('action payload has no channel');
          await tell(warningMessage(NOTICE_TEXT.actionWithoutChannel));
          return;
        }
        await handler({ value: actionValue(action), place, client, respond, log });
      },
      tell,
    );
  });
}
