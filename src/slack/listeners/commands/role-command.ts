/**
 * `/role <role or question>`: a role summary card in a new thread; a question ("/role what vetting does a
 * PCSO need?") is answered as a mention would be. Not-found, clarifications and usage go to the asker only.
 */
import type { App } from '@slack/bolt';
import type { Answer } from '../../../answer/types.ts';
import { NOTICE_TEXT, usageMessage } from '../../../present/notices.ts';
import { presentAnswer } from '../../../present/present-answer.ts';
import type { SlackDeps } from '../../deps.ts';
import { describeAnswer } from '../../describe-answer.ts';
import { onSlashCommand } from '../../on-slash-command.ts';
import { postInNewThread, respondEphemeral } from '../../slash-replies.ts';

const POSTABLE: ReadonlySet<Answer['kind']> = new Set(['summary', 'answer', 'comparison', 'list']);
const QUESTION = /\?|^(?:what|which|who|whose|how|does|do|is|are|can|when|where|why|tell|list|show)\b/i;

export function registerRoleCommand(app: App, deps: SlackDeps): void {
  onSlashCommand(app, deps, '/role', 'role-command', 'question', async ({ text, channel, user, client, respond, log }) => {
    const query = text.trim();
    if (query === '') {
      await respondEphemeral(respond, [usageMessage(NOTICE_TEXT.roleUsage)]);
      return;
    }
    // "/role what vetting does a PCSO need?" wants that answer, not the whole card; a bare name wants the card.
    const asked = QUESTION.test(query) ? deps.assistant.ask(query).answer : null;
    if (asked?.kind === 'move') {
      // "/role how do I get from contact handler to PCSO?": a move checklist is the asker's own, like /role-move.
      await respondEphemeral(respond, presentAnswer(asked, { shareMove: { threadTs: null } }));
      log.info('role command answered a move privately');
      return;
    }
    const answer = asked !== null && POSTABLE.has(asked.kind) ? asked : deps.assistant.summary(query);
    if (!POSTABLE.has(answer.kind)) {
      await respondEphemeral(respond, presentAnswer(answer, { chooseMode: 'summary' }));
      await deps.review.answered?.(answer);
      log.info({ kind: answer.kind }, 'role command answered ephemerally');
      return;
    }
    const messages = presentAnswer(answer, {
      reportButton: deps.review.reportButton,
      ...(answer.kind === 'summary' ? { compareCandidates: deps.assistant.roles() } : {}),
    });
    await postInNewThread(deps, client, respond, {
      channel,
      user,
      what: describeAnswer(answer),
      messages,
      context: { roleIds: answer.roles.map((role) => role.id) },
    });
    await deps.review.answered?.(answer);
    log.info({ kind: answer.kind }, 'role command answered');
  });
}
