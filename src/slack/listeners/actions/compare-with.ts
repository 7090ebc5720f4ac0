/** The "Compare with ..." menu under a summary: the comparison goes in the same thread. */
import type { App } from '@slack/bolt';
import { ACTION_IDS, CompareWithValueSchema } from '../../../present/interactive-blocks.ts';
import { presentAnswer } from '../../../present/present-answer.ts';
import { deliverActionAnswer } from '../../action-target.ts';
import type { SlackDeps } from '../../deps.ts';
import { onMessageAction } from '../../on-message-action.ts';
import { respondEphemeral } from '../../slash-replies.ts';
import { describeAnswer } from '../../describe-answer.ts';

export function registerCompareWith(app: App, deps: SlackDeps): void {
  onMessageAction(app, deps, ACTION_IDS.compareWith, 'compare-with', async ({ value, place, client, respond, log }) => {
    const { base, other } = CompareWithValueSchema.parse(value);
    const titles = [base, other].map((id) => deps.assistant.profile(id)?.title ?? id);
    const answer = deps.assistant.compare(titles);
    if (answer.kind !== 'comparison') {
      await respondEphemeral(respond, presentAnswer(answer, { chooseMode: 'summary' }));
      return;
    }
    await deliverActionAnswer(deps, client, respond, place, answer, presentAnswer(answer, { reportButton: deps.review.reportButton }), describeAnswer(answer));
    log.info('answered compare-with');
  });
}
