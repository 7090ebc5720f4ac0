/**
 * What each conversation remembers, keyed by channel + thread (or channel alone for a DM's top level).
 * A thread is in the store exactly when the bot has answered in it: that is what makes follow-ups in the
 * thread answerable without a new mention. In memory, bounded (LRU) and forgotten after a day.
 */
import type { ConversationContext } from '../answer/types.ts';
import { BoundedCache } from './bounded-cache.ts';

export interface ThreadContextStore {
  get(channel: string, threadTs: string | null): ConversationContext | undefined;
  set(channel: string, threadTs: string | null, context: ConversationContext): void;
  /** True when the bot has answered in this thread (and it has not been forgotten). */
  has(channel: string, threadTs: string | null): boolean;
}

export interface ThreadContextStoreOptions {
  maxThreads?: number;
  ttlMs?: number;
  now?: () => number;
}

const DAY_MS = 24 * 60 * 60 * 1000;

function key(channel: string, threadTs: string | null): string {
  return threadTs === null ? channel : `${channel}:${threadTs}`;
}

export function createThreadContextStore(options: ThreadContextStoreOptions = {}): ThreadContextStore {
  const cache = new BoundedCache<ConversationContext>({
    maxEntries: options.maxThreads ?? 5000,
    ttlMs: options.ttlMs ?? DAY_MS,
    ...(options.now ? { now: options.now } : {}),
  });
  return {
    get: (channel, threadTs) => cache.get(key(channel, threadTs)),
    // A copy of the whole context (roles, topics, history): "and the PCSO?" needs the topic, "compare the two"
    // the history.
    set: (channel, threadTs, context) => cache.set(key(channel, threadTs), structuredClone(context)),
    has: (channel, threadTs) => cache.has(key(channel, threadTs)),
  };
}
