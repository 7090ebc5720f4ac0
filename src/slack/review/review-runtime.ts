/**
 * What the review listeners share: the HR check (the same rule as postings, checked on every action and
 * submission), the corrections and review stores, and the clock.
 */
import type { App } from '@slack/bolt';
import type { Logger } from 'pino';
import type { HrAuthoriser } from '../../postings/authorise.ts';
import { OverrideStore } from '../../store/override-store.ts';
import { ReviewStore } from '../../store/review-store.ts';
import type { SlackDeps } from '../deps.ts';
import { createSlackHrAuthoriser } from '../hr-check.ts';

export interface ReviewListenerOptions {
  /** The data directory: corrections go to overrides/, reports and unanswered counts to review/. */
  dataDir: string;
  hrUserIds: readonly string[];
  hrUsergroupId: string | null;
  hrCacheMs?: number;
  hrLookupTimeoutMs?: number;
  now?: () => Date;
}

export interface ReviewRuntime {
  deps: SlackDeps;
  log: Logger;
  hr: HrAuthoriser;
  overrides: OverrideStore;
  reviews: ReviewStore;
  now(): Date;
}

export function createReviewRuntime(app: App, deps: SlackDeps, options: ReviewListenerOptions): ReviewRuntime {
  return {
    deps,
    log: deps.logger.child({ component: 'review' }),
    hr: createSlackHrAuthoriser(app, options),
    overrides: new OverrideStore(options.dataDir),
    reviews: new ReviewStore(options.dataDir),
    now: options.now ?? (() => new Date()),
  };
}

export function errorMessage(error: unknown): { message: string } {
  return { message: error instanceof Error ? error.message : String(error) };
}
