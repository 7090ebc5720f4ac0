import { describe, expect, it } from 'vitest';
import { createWorkQueue } from '../../../src/slack/work-queue.ts';
import { captureLogger } from '../../support/capture-logger.ts';

describe('work queue', () => {
  it('runs at most `concurrency` jobs at once, all of them, and resolves each when done', async () => {
    const queue = createWorkQueue({ concurrency: 2, logger: captureLogger().logger });
    let running = 0;
    let peak = 0;
    const done: number[] = [];
    const job = (n: number) => async () => {
      running++;
      peak = Math.max(peak, running);
      await new Promise((resolve) => setImmediate(resolve));
      running--;
      done.push(n);
    };
    await Promise.all([1, 2, 3, 4, 5].map((n) => queue.run(job(n))));
    expect(peak).toBe(2);
    expect(done.sort()).toEqual([1, 2, 3, 4, 5]);
    expect(queue.pending).toBe(0);
  });

  it('a failing job is logged and does not stop the queue', async () => {
    const log = captureLogger();
    const queue = createWorkQueue({ concurrency: 1, logger: log.logger });
    let ran = false;
    await queue.run(() => Promise.reject(new Error('boom')));
    await queue.run(async () => {
      ran = true;
    });
    expect(ran).toBe(true);
    expect(log.lines.some((line) => line['msg'] === 'queued job failed')).toBe(true);
  });

  it('holds jobs back while acks are owed, and starts them once the acks are sent', async () => {
    const owed = { count: 1 };
    const queue = createWorkQueue({ logger: captureLogger().logger, pendingAcks: owed, maxAckWaitMs: 10_000 });
    let ran = false;
    const job = queue.run(async () => {
      ran = true;
    });
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(ran).toBe(false);
    owed.count = 0;
    await job;
    expect(ran).toBe(true);
  });

  it('does not starve: a job starts after the longest ack wait even while acks are still owed', async () => {
    const owed = { count: 1 };
    const queue = createWorkQueue({ logger: captureLogger().logger, pendingAcks: owed, maxAckWaitMs: 20 });
    let ran = false;
    await queue.run(async () => {
      ran = true;
    });
    expect(ran).toBe(true);
    expect(owed.count).toBe(1);
  });
});
