/**
 * The shared path for mentions, thread follow-ups and DMs: ask the core with the conversation's context,
 * post the presented answer in the thread, and remember the new context for the next question.
 */
import type { webApi } from '@slack/bolt';
import { EMPTY_CONTEXT } from '../answer/types.ts';
import { presentAnswer } from '../present/present-answer.ts';
import type { SlackDeps } from './deps.ts';

export interface ConversationTarget {
  channel: string;
  /** Thread to reply in; null replies at the top level (a DM that is not threaded). */
  replyThreadTs: string | null;
  /** The thread whose context applies (null: the DM channel as a whole). */
  contextThreadTs: string | null;
}

export interface AnswerOptions {
  /**
   * An unmentioned message in a thread may be people talking to each other ("thanks!"): when the core finds
   * no question in it (a "help" answer), say nothing rather than interrupt.
   */
  quietUnlessQuestion?: boolean;
}

/** Returns false when it stayed quiet. */
export async function answerInConversation(
  deps: SlackDeps,
  client: webApi.WebClient,
  target: ConversationTarget,
  question: string,
  options: AnswerOptions = {},
): Promise<boolean> {
  const context = deps.threads.get(target.channel, target.contextThreadTs) ?? EMPTY_CONTEXT;
  const { answer, context: next } = deps.assistant.ask(question, context);
  if (options.quietUnlessQuestion && answer.kind === 'help') return false;
  const messages = presentAnswer(answer, {
    chooseMode: 'ask',
    reportButton: deps.review.reportButton,
    ...(answer.kind === 'summary' ? { compareCandidates: deps.assistant.roles() } : {}),
  });
  await deps.send.post(client, { channel: target.channel, threadTs: target.replyThreadTs }, messages);
  deps.threads.set(target.channel, target.contextThreadTs, next);
  // After the answer is out; it catches its own failures, so the asker never waits on or feels it.
  await deps.review.answered?.(answer);
  return true;
}
