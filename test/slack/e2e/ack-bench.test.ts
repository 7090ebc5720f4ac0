/** The ack bench's machinery works end to end and the app answers every command (speed is for `npm run bench`). */
import { describe, expect, it } from 'vitest';
import { runSlackAckBench } from '../../bench/slack-ack.bench.ts';

describe('slack ack bench', () => {
  it('sends signed /role commands from concurrent clients and gets every one acked without errors', async () => {
    const result = await runSlackAckBench({ requests: 20, concurrency: 4, warmUp: 4 });
    expect(result.requests).toBe(20);
    expect(result.errors).toBe(0);
    expect(result.p50Ms).toBeGreaterThan(0);
    expect(result.p99Ms).toBeGreaterThanOrEqual(result.p50Ms);
  });
});
