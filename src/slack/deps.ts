/** What every listener gets (including the postings helper's, through `extraListeners`). */
import type { Logger } from 'pino';
import type { Assistant } from '../answer/assistant-api.ts';
import type { Answer } from '../answer/types.ts';
import type { Block } from '../present/message.ts';
import type { BoundedCache } from './bounded-cache.ts';
import type { MessageSender } from './send-messages.ts';
import type { ThreadContextStore } from './thread-context-store.ts';
import type { WorkQueue } from './work-queue.ts';
import type { MyRoleStore } from '../store/my-role-store.ts';

export interface SlackDeps {
  assistant: Assistant;
  logger: Logger;
  /** Conversation context per thread / DM; a thread is in it once the bot has answered there. */
  threads: ThreadContextStore;
  /** Posts presenter messages in order, checked against Block Kit limits. */
  send: MessageSender;
  /**
   * Messages already being answered ("channel:ts"): a mention arrives both as app_mention and as a message
   * event; whichever handler claims it first answers.
   */
  answeredMessages: BoundedCache<true>;
  /** The role each person saved with "set my role", by user id only. */
  myRoles: MyRoleStore;
  /** Runs the work after an ack a few jobs at a time, so acks of new requests are never starved. */
  work: WorkQueue;
  /** Hooks the review loop (src/slack/review/) sets when it is registered; inert otherwise. */
  review: ReviewHooks;
}

export interface ReviewHooks {
  /** Put a "This is wrong" button under answers (its listener is registered). */
  reportButton: boolean;
  /** Called with each answer given to a person, after it is sent (counts unanswered questions). */
  answered?: (answer: Answer) => Promise<void>;
  /** The HR part of App Home for this user, or null for everyone who is not HR. */
  homeBlocks?: (userId: string) => Promise<Block[] | null>;
}
