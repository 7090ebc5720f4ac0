/**
 * The review loop in Slack: "This is wrong" on every answer, unanswered questions counted, the HR view in
 * App Home with its correction modal. main.ts passes `reviewListeners(options)` to createSlackApp's
 * `extraListeners`; it plugs into the answer path and App Home through `deps.review`.
 */
import type { App } from '@slack/bolt';
import { unansweredOf } from '../../review/unanswered.ts';
import type { SlackDeps } from '../deps.ts';
import { registerReportWrong } from './report-wrong.ts';
import { registerReviewCorrect } from './review-correct.ts';
import { registerReviewResolve } from './review-resolve.ts';
import { hrHomeBlocks } from './review-home.ts';
import { createReviewRuntime, errorMessage, type ReviewListenerOptions } from './review-runtime.ts';

export type { ReviewListenerOptions } from './review-runtime.ts';

export function reviewListeners(options: ReviewListenerOptions): (app: App, deps: SlackDeps) => void {
  return (app, deps) => {
    const runtime = createReviewRuntime(app, deps, options);
    deps.review.reportButton = true;
    // Counted after the answer is sent, off its path: a failed count is logged, never felt by the asker.
    deps.review.answered = (answer) => {
      const items = unansweredOf(answer);
      if (items.length === 0) return Promise.resolve();
      return runtime.reviews.countUnanswered(items, runtime.now()).catch((error: unknown) => runtime.log.warn({ err: errorMessage(error) }, 'could not count an unanswered question'));
    };
    deps.review.homeBlocks = (userId) => hrHomeBlocks(runtime, userId);
    registerReportWrong(app, runtime);
    registerReviewCorrect(app, runtime);
    registerReviewResolve(app, runtime);
  };
}
