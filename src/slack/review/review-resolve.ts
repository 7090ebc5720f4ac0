/**
 * "Mark resolved" on an open report in the HR Home: checked for HR when pressed (anyone else changes
 * nothing), the report leaves the open list with who resolved it and when, and the Home is published again.
 */
import type { App } from '@slack/bolt';
import { REVIEW_RESOLVE_ACTION } from './review-home-blocks.ts';
import { publishHome } from './review-home.ts';
import { errorMessage, type ReviewRuntime } from './review-runtime.ts';

export function registerReviewResolve(app: App, runtime: ReviewRuntime): void {
  app.action(REVIEW_RESOLVE_ACTION, async ({ ack, body, action, client }) => {
    await ack();
    const user = body.user.id;
    const log = runtime.log.child({ listener: 'review-resolve', user });
    try {
      const decision = await runtime.hr.check(user);
      if (!decision.allowed) {
        log.info({ reason: decision.reason }, 'resolve refused: not HR');
        return;
      }
      if (body.type !== 'block_actions' || action.type !== 'button') return;
      const resolved = await runtime.reviews.resolveReport(action.value ?? '', user, runtime.now());
      log.info({ report: action.value, resolved }, resolved ? 'report resolved' : 'report already resolved or gone');
      await publishHome(runtime, client, user);
    } catch (error) {
      log.error({ err: errorMessage(error) }, 'could not resolve a report');
    }
  });
}
