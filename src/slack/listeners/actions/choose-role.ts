/** "Did you mean ..." buttons: answer for the chosen role in the same thread (or a new one for slash commands). */
import type { App } from '@slack/bolt';
import type { Answer } from '../../../answer/types.ts';
import { ACTION_IDS, ChooseRoleValueSchema, type ChooseRoleValue } from '../../../present/interactive-blocks.ts';
import { presentAnswer } from '../../../present/present-answer.ts';
import { deliverActionAnswer } from '../../action-target.ts';
import type { SlackDeps } from '../../deps.ts';
import { onMessageAction } from '../../on-message-action.ts';
import { respondEphemeral } from '../../slash-replies.ts';
import { describeAnswer } from '../../describe-answer.ts';

const SETTLED: ReadonlySet<Answer['kind']> = new Set(['answer', 'summary', 'comparison', 'list']);

/** The answer a choice leads to. Role queries use the title: the core resolves names, not ids. */
function answerForChoice(deps: SlackDeps, choice: ChooseRoleValue): Answer {
  const title = deps.assistant.profile(choice.r)?.title ?? choice.r;
  if (choice.m === 'summary') return deps.assistant.summary(title);
  if (choice.m === 'compare') {
    const others = choice.q.split('\n').filter((query) => query.trim() !== '');
    return deps.assistant.compare([title, ...others]);
  }
  const withContext = deps.assistant.ask(choice.q, { roleIds: [choice.r] }).answer;
  if (SETTLED.has(withContext.kind)) return withContext;
  // Still unresolved (the question's own words stay ambiguous): name the chosen role outright.
  const named = deps.assistant.ask(`${choice.q} (${title})`, { roleIds: [choice.r] }).answer;
  return SETTLED.has(named.kind) ? named : deps.assistant.summary(title);
}

export function registerChooseRole(app: App, deps: SlackDeps): void {
  onMessageAction(app, deps, new RegExp(`^${ACTION_IDS.chooseRole}`), 'choose-role', async ({ value, place, client, respond, log }) => {
    const choice = ChooseRoleValueSchema.parse(JSON.parse(value));
    const answer = answerForChoice(deps, choice);
    if (!SETTLED.has(answer.kind)) {
      await respondEphemeral(respond, presentAnswer(answer, { chooseMode: choice.m }));
      return;
    }
    const messages = presentAnswer(answer, { reportButton: deps.review.reportButton, ...(answer.kind === 'summary' ? { compareCandidates: deps.assistant.roles() } : {}) });
    await deliverActionAnswer(deps, client, respond, place, answer, messages, describeAnswer(answer));
    log.info({ kind: answer.kind, mode: choice.m }, 'answered a role choice');
  });
}
