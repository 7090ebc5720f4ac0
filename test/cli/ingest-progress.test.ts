/**
 * The ingest progress line as a pure function of the counts, and the reporter that draws it only when given
 * a terminal to draw on.
 */
import { describe, expect, it } from 'vitest';
import { formatDuration, formatProgress, progressReporter } from '../../src/cli/ingest-progress.ts';

describe('formatProgress', () => {
  it.each([
    [{ done: 0, total: 20_000, elapsedMs: 0 }, '0/20,000 documents (0%)'],
    [{ done: 1_000, total: 20_000, elapsedMs: 5_000 }, '1,000/20,000 documents (5%)  200/s  1m 35s left'],
    [{ done: 3, total: 4, elapsedMs: 1_000 }, '3/4 documents (75%)  3.0/s  0s left'],
    [{ done: 4, total: 4, elapsedMs: 2_000 }, '4/4 documents (100%)  2.0/s  done'],
    [{ done: 10, total: 100_000, elapsedMs: 60_000 }, '10/100,000 documents (0%)  0.2/s  166h 39m left'],
  ])('%o -> %s', (counts, line) => {
    expect(formatProgress(counts)).toBe(line);
  });

  it.each([
    [0, '0s'],
    [59_400, '59s'],
    [61_000, '1m 01s'],
    [3_600_000, '1h 00m'],
  ])('formatDuration(%d) = %s', (ms, text) => {
    expect(formatDuration(ms)).toBe(text);
  });
});

describe('progressReporter', () => {
  it('draws nothing without a terminal', () => {
    const reporter = progressReporter(3, undefined);
    // Nothing to observe but that it runs: the CLI test asserts stderr stays empty when piped.
    for (let i = 0; i < 3; i += 1) reporter.tick();
    reporter.end();
  });

  it('redraws at most every 200 ms, always at the end, clears around other output and at the end', () => {
    let clock = 0;
    const drawn: (string | null)[] = [];
    const reporter = progressReporter(3, (line) => drawn.push(line), () => clock);
    reporter.tick(); // first tick draws
    clock = 100;
    reporter.tick(); // too soon
    expect(drawn).toEqual(['1/3 documents (33%)']);
    reporter.clear();
    reporter.redraw();
    expect(drawn.slice(1)).toEqual([null, '2/3 documents (66%)  20/s  0s left']);
    clock = 150;
    reporter.tick(); // the last one always draws
    reporter.end();
    expect(drawn.slice(3)).toEqual(['3/3 documents (100%)  20/s  done', null]);
  });
});
