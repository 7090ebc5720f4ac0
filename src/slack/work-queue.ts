/**
 * The work that follows an ack (asking the core, building blocks, posting) runs through this queue, a few
 * jobs at a time, each started from a fresh turn of the event loop. A burst of commands then cannot starve the
 * acks of the requests still arriving: Slack needs each ack within 3 seconds, while the answers themselves
 * are paced by Slack's posting limits anyway. `run` resolves when the job has finished, so a caller (or a
 * test with processBeforeResponse) can still wait for it.
 */
import type { Logger } from 'pino';
import type { PendingAcks } from './pending-acks.ts';

export interface WorkQueue {
  run(job: () => Promise<void>): Promise<void>;
  /** Jobs waiting or running (for logs and tests). */
  readonly pending: number;
}

export interface WorkQueueOptions {
  /** Jobs running at once (default 4). */
  concurrency?: number;
  /** Above this many waiting jobs a warning is logged: the bot is falling behind (default 500). */
  warnAt?: number;
  /**
   * Acks still owed to Slack (requests received, not yet answered). While there are any, no job starts, for
   * at most `maxAckWaitMs` (default 250) at a time, so a steady stream of requests cannot starve the answers.
   */
  pendingAcks?: PendingAcks;
  maxAckWaitMs?: number;
  logger: Logger;
}

export function createWorkQueue(options: WorkQueueOptions): WorkQueue {
  const concurrency = Math.max(1, options.concurrency ?? 4);
  const warnAt = options.warnAt ?? 500;
  const pendingAcks = options.pendingAcks;
  const maxAckWaitMs = options.maxAckWaitMs ?? 250;
  const waiting: Array<() => void> = [];
  let running = 0;
  let warned = false;
  /** When the queue began holding jobs back for acks (undefined: not holding). */
  let holdingSince: number | undefined;
  let recheck: NodeJS.Timeout | undefined;

  /** True while jobs should wait: acks are owed and the wait has not run out. Re-checks itself soon. */
  const holdForAcks = (): boolean => {
    if (!pendingAcks || pendingAcks.count === 0) {
      holdingSince = undefined;
      return false;
    }
    const now = Date.now();
    holdingSince ??= now;
    if (now - holdingSince >= maxAckWaitMs) {
      holdingSince = undefined;
      return false;
    }
    if (recheck === undefined) {
      recheck = setTimeout(() => {
        recheck = undefined;
        startNext();
      }, 2);
    }
    return true;
  };

  const startNext = (): void => {
    if (waiting.length === 0 || holdForAcks()) return;
    while (running < concurrency && waiting.length > 0) {
      const start = waiting.shift();
      if (!start) return;
      running++;
      // A fresh macrotask: pending I/O (new requests to ack) is served before the job's synchronous part.
      setImmediate(start);
    }
  };

  return {
    get pending() {
      return running + waiting.length;
    },
    run(job) {
      return new Promise<void>((resolve) => {
        waiting.push(() => {
          job()
            .catch((error: unknown) => {
              // Jobs guard themselves; this only catches a bug in a guard.
              options.logger.error({ err: { message: error instanceof Error ? error.message : String(error) } }, 'queued job failed');
            })
            .finally(() => {
              running--;
              resolve();
              startNext();
            });
        });
        if (waiting.length > warnAt && !warned) {
          warned = true;
          options.logger.warn({ waiting: waiting.length }, 'work queue is falling behind');
        } else if (waiting.length < warnAt / 2) {
          warned = false;
        }
        startNext();
      });
    },
  };
}
