/** The "Compare with ..." menu under a summary: the comparison goes in the same thread. */
import type { App } from '@slack/bolt';
import { ACTION_IDS, CompareWithValueSchema } from '../../../present/interactive-blocks.ts';
import { presentAnswer } from '../../../present/present-answer.ts';
import { actionPlace, deliverActionAnswer } from '../../action-target.ts';
import type { SlackDeps } from '../../deps.ts';
import { afterAck } from '../../guard.ts';
import { respondEphemeral } from '../../slash-replies.ts';
import { describeAnswer } from '../../describe-answer.ts';

export function registerCompareWith(app: App, deps: SlackDeps): void {
  app.action(ACTION_IDS.compareWith, async ({ ack, action, body, client, respond }) => {
    await ack();
    const log = deps.logger.child({ listener: 'compare-with', user: body.user.id });
    const place = actionPlace(body);
    await afterAck(
      deps,
      log,
      async () => {
        if (place === null) throw new Error('menu payload has no channel');
        const selected = 'selected_option' in action && action.selected_option ? action.selected_option.value : '';
        const { base, other } = CompareWithValueSchema.parse(selected);
        const titles = [base, other].map((id) => deps.assistant.profile(id)?.title ?? id);
        const answer = deps.assistant.compare(titles);
        if (answer.kind !== 'comparison') {
          await respondEphemeral(respond, presentAnswer(answer, { chooseMode: 'summary' }));
          return;
        }
        await deliverActionAnswer(deps, client, respond, place, answer, presentAnswer(answer, { reportButton: deps.review.reportButton }), describeAnswer(answer));
        log.info('answered compare-with');
      },
      (notice) => respondEphemeral(respond, [notice]),
    );
  });
}
