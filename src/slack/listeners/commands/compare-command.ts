/** `/compare <A> vs <B> [vs <C>]`: the comparison in a new thread; usage, not-found and clarify to the asker. */
import type { App } from '@slack/bolt';
import { NOTICE_TEXT, usageMessage } from '../../../present/notices.ts';
import { presentAnswer } from '../../../present/present-answer.ts';
import { parseCompareText } from '../../compare-text.ts';
import type { SlackDeps } from '../../deps.ts';
import { onSlashCommand } from '../../on-slash-command.ts';
import { postInNewThread, respondEphemeral } from '../../slash-replies.ts';
import { describeAnswer } from '../../describe-answer.ts';

export function registerCompareCommand(app: App, deps: SlackDeps): void {
  onSlashCommand(app, deps, '/compare', 'compare-command', 'compare', async ({ text, channel, user, client, respond, log }) => {
    const resolve = (query: string): string | null => {
      const summary = deps.assistant.summary(query);
      return summary.kind === 'summary' ? (summary.roles[0]?.id ?? null) : null;
    };
    const queries = parseCompareText(text, resolve);
    if (queries.length < 2 || queries.length > 3) {
      await respondEphemeral(respond, [usageMessage(NOTICE_TEXT.compareUsage)]);
      return;
    }
    const answer = deps.assistant.compare(queries);
    if (answer.kind !== 'comparison') {
      // The button for the right role re-runs the comparison with the queries that did resolve.
      const unresolved = queries.find((query) => resolve(query) === null);
      const others = queries.filter((query) => query !== unresolved);
      await respondEphemeral(respond, presentAnswer(answer, { chooseMode: 'compare', chooseQuestion: others.join('\n') }));
      log.info({ kind: answer.kind }, 'compare command answered ephemerally');
      return;
    }
    await postInNewThread(deps, client, respond, {
      channel,
      user,
      what: describeAnswer(answer),
      messages: presentAnswer(answer, { reportButton: deps.review.reportButton }),
      context: { roleIds: answer.roles.map((role) => role.id) },
    });
    log.info({ roles: answer.roles.length }, 'compare command answered');
  });
}
