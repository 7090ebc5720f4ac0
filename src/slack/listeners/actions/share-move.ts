/**
 * "Share in thread" under a private move checklist: the same checklist, computed again from the two role ids,
 * posted where the thread can see it (the thread it was asked in, or a new thread for a slash command).
 */
import type { App } from '@slack/bolt';
import { ACTION_IDS, ShareMoveValueSchema } from '../../../present/interactive-blocks.ts';
import { presentAnswer } from '../../../present/present-answer.ts';
import type { SlackDeps } from '../../deps.ts';
import { describeAnswer } from '../../describe-answer.ts';
import { onMessageAction } from '../../on-message-action.ts';
import { postInNewThread, respondEphemeral } from '../../slash-replies.ts';

export function registerShareMove(app: App, deps: SlackDeps): void {
  onMessageAction(app, deps, ACTION_IDS.shareMove, 'share-move', async ({ value: raw, place, client, respond, log }) => {
    const value = ShareMoveValueSchema.parse(JSON.parse(raw));
    const answer = deps.assistant.move(value.f, value.t);
    if (answer.kind !== 'move') {
      // A role removed since the checklist was shown: say so to the person who pressed.
      await respondEphemeral(respond, presentAnswer(answer, { chooseMode: 'summary' }));
      return;
    }
    const messages = presentAnswer(answer);
    const context = { roleIds: answer.roles.map((role) => role.id) };
    if (value.th !== null) {
      await deps.send.post(client, { channel: place.channel, threadTs: value.th }, messages);
      deps.threads.set(place.channel, value.th, context);
    } else {
      await postInNewThread(deps, client, respond, { channel: place.channel, user: place.user, what: describeAnswer(answer), messages, context });
    }
    log.info('shared a move checklist');
  });
}
