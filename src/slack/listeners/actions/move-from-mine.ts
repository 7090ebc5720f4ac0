/**
 * "Compare with my role" on a role card: a move checklist from the saved role of whoever pressed it to the
 * card's role, shown only to them, with "Share in thread". Without a saved role they are told how to save one.
 */
import type { App } from '@slack/bolt';
import { NOTICE_TEXT, usageMessage } from '../../../present/notices.ts';
import { ACTION_IDS } from '../../../present/interactive-blocks.ts';
import { presentAnswer } from '../../../present/present-answer.ts';
import { savedRoleId } from '../../../store/my-role-replies.ts';
import type { SlackDeps } from '../../deps.ts';
import { onMessageAction } from '../../on-message-action.ts';
import { respondEphemeral } from '../../slash-replies.ts';

export function registerMoveFromMine(app: App, deps: SlackDeps): void {
  onMessageAction(app, deps, ACTION_IDS.moveFromMine, 'move-from-mine', async ({ value: target, place, respond, log }) => {
    const saved = await savedRoleId(deps.myRoles, place.user, deps.assistant);
    if (saved === undefined) {
      await respondEphemeral(respond, [usageMessage(NOTICE_TEXT.noSavedRole)]);
      return;
    }
    if (saved === target) {
      await respondEphemeral(respond, [usageMessage(NOTICE_TEXT.sameAsSaved)]);
      return;
    }
    const answer = deps.assistant.move(saved, target);
    await respondEphemeral(respond, presentAnswer(answer, answer.kind === 'move' ? { shareMove: { threadTs: place.threadTs } } : { chooseMode: 'summary' }));
    log.info({ kind: answer.kind }, 'compared with the saved role');
  });
}
