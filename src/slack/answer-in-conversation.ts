/**
 * The shared path for mentions, thread follow-ups and DMs: ask the core with the conversation's context (and
 * the asker's saved role), post the presented answer in the thread, and remember the new context for the next
 * question. What is about the asker alone (a move checklist, "set my role" and its kin) goes only to them in
 * a channel, with a "Share in thread" button under a checklist; a DM is already private.
 */
import type { webApi } from '@slack/bolt';
import { EMPTY_CONTEXT } from '../answer/types.ts';
import { presentAnswer } from '../present/present-answer.ts';
import { askAsPerson } from '../store/my-role-replies.ts';
import type { SlackDeps } from './deps.ts';

export interface ConversationTarget {
  channel: string;
  /** The person asking: their saved role is used, and private answers go to them. */
  user: string;
  /** A direct message with the bot: private already, so nothing needs to be ephemeral. */
  direct: boolean;
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
  const { answer, context: next, myRoleCommand } = await askAsPerson(deps.assistant, deps.myRoles, target.user, question, context);
  if (options.quietUnlessQuestion && answer.kind === 'help' && !myRoleCommand) return false;
  const private_ = !target.direct && (myRoleCommand || answer.kind === 'move');
  const messages = presentAnswer(answer, {
    chooseMode: 'ask',
    reportButton: deps.review.reportButton,
    ...(answer.kind === 'summary' ? { compareCandidates: deps.assistant.roles() } : {}),
    ...(private_ && answer.kind === 'move' ? { shareMove: { threadTs: target.replyThreadTs } } : {}),
  });
  if (private_) {
    await deps.send.ephemeral(client, { channel: target.channel, user: target.user, threadTs: target.replyThreadTs }, messages);
  } else {
    await deps.send.post(client, { channel: target.channel, threadTs: target.replyThreadTs }, messages);
  }
  if (myRoleCommand) return true;
  // A move from the asker's saved role is theirs: the thread (shared) does not carry it to the next person.
  const saved = await deps.myRoles.get(target.user);
  const { moveFromId, ...shared } = next;
  deps.threads.set(target.channel, target.contextThreadTs, moveFromId !== undefined && (moveFromId !== saved || target.direct) ? { ...shared, moveFromId } : shared);
  // After the answer is out; it catches its own failures, so the asker never waits on or feels it.
  await deps.review.answered?.(answer);
  return true;
}
