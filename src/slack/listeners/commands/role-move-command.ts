/**
 * `/role-move <from> to <to>`: what moving from one role to another would take. Private: the checklist goes only
 * to the asker, with a "Share in thread" button that posts it in a new thread. With one role, the move is from
 * the asker's saved role ("set my role ...").
 */
import type { App } from '@slack/bolt';
import { NOTICE_TEXT, usageMessage } from '../../../present/notices.ts';
import { presentAnswer } from '../../../present/present-answer.ts';
import { savedRoleId } from '../../../store/my-role-replies.ts';
import type { SlackDeps } from '../../deps.ts';
import { onSlashCommand } from '../../on-slash-command.ts';
import { parseMoveText } from '../../move-text.ts';
import { respondEphemeral } from '../../slash-replies.ts';

export function registerRoleMoveCommand(app: App, deps: SlackDeps): void {
  onSlashCommand(app, deps, '/role-move', 'role-move-command', 'question', async ({ text, user, respond, log }) => {
    const asked = parseMoveText(text);
    const from = asked?.from ?? (await savedRoleId(deps.myRoles, user, deps.assistant)) ?? null;
    if (!asked || from === null) {
      await respondEphemeral(respond, [usageMessage(asked ? NOTICE_TEXT.noSavedRole : NOTICE_TEXT.moveUsage)]);
      return;
    }
    const answer = deps.assistant.move(from, asked.to);
    await respondEphemeral(respond, presentAnswer(answer, answer.kind === 'move' ? { shareMove: { threadTs: null } } : { chooseMode: 'summary' }));
    log.info({ kind: answer.kind }, 'role-move command answered privately');
  });
}
