/**
 * The HR part of App Home: the review queue (profiles needing review, top unanswered subjects this month,
 * open reports) above the usual Home, for HR users only. Anyone else, or anyone whose HR check fails, gets
 * the usual Home unchanged.
 */
import type { types, webApi } from '@slack/bolt';
import type { Block } from '../../present/message.ts';
import { reviewHomeBlocks } from './review-home-blocks.ts';
import { verbatimBlocks } from '../../present/verbatim.ts';
import { homeView } from '../../present/home-view.ts';
import { monthOf } from '../../review/unanswered.ts';
import { reviewQueue, type ReviewQueue } from '../../review/review-queue.ts';
import { homeRoles } from '../listeners/events/app-home-opened.ts';
import type { ReviewRuntime } from './review-runtime.ts';

/** The queue as the stores and the loaded profiles have it now. */
export async function currentQueue(runtime: ReviewRuntime): Promise<ReviewQueue> {
  const month = monthOf(runtime.now());
  const [{ reports, problems: reportProblems }, { counts, problems: countProblems }] = await Promise.all([runtime.reviews.reports(), runtime.reviews.unanswered(month)]);
  for (const problem of [...reportProblems, ...countProblems]) runtime.log.warn(problem);
  const profiles = runtime.deps.assistant.roles().flatMap((role) => runtime.deps.assistant.profile(role.id) ?? []);
  return reviewQueue(profiles, reports, counts, month);
}

/** The HR blocks for this user, or null when they are not HR (or the check could not be made). */
export async function hrHomeBlocks(runtime: ReviewRuntime, userId: string): Promise<Block[] | null> {
  const decision = await runtime.hr.check(userId);
  if (!decision.allowed) return null;
  return reviewHomeBlocks(await currentQueue(runtime));
}

export async function homeFor(runtime: ReviewRuntime, userId: string): Promise<types.HomeView> {
  const extra = await hrHomeBlocks(runtime, userId);
  return homeView(homeRoles(runtime.deps), extra ?? []);
}

export async function publishHome(runtime: ReviewRuntime, client: webApi.WebClient, userId: string): Promise<void> {
  await client.views.publish({ user_id: userId, view: verbatimBlocks(await homeFor(runtime, userId)) });
}
