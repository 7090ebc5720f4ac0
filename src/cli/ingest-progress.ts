/**
 * `rolecall ingest` progress on a terminal: count, rate and time left on one line that redraws in place.
 * The line is a pure function of the counts (tested as such); the reporter only decides when to draw it,
 * and draws nothing at all when stderr is not a terminal (piped output stays clean).
 */

export interface ProgressCounts {
  /** Documents handled so far (stored, skipped or failed). */
  done: number;
  total: number;
  elapsedMs: number;
}

/** "1m 05s", "42s", "1h 02m": short enough for one terminal line. */
export function formatDuration(ms: number): string {
  const seconds = Math.max(0, Math.round(ms / 1000));
  if (seconds < 60) return `${seconds}s`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return `${minutes}m ${String(seconds % 60).padStart(2, '0')}s`;
  return `${Math.floor(minutes / 60)}h ${String(minutes % 60).padStart(2, '0')}m`;
}

/** "1,234/20,000 documents (6%)  212/s  1m 28s left"; no rate or time left until there is something to go on. */
export function formatProgress({ done, total, elapsedMs }: ProgressCounts): string {
  const count = `${done.toLocaleString('en-GB')}/${total.toLocaleString('en-GB')} documents`;
  const percent = total > 0 ? ` (${Math.floor((done / total) * 100)}%)` : '';
  if (done === 0 || elapsedMs <= 0) return `${count}${percent}`;
  const rate = (done / elapsedMs) * 1000;
  const left = done >= total ? 'done' : `${formatDuration(((total - done) / rate) * 1000)} left`;
  return `${count}${percent}  ${rate >= 10 ? Math.round(rate) : rate.toFixed(1)}/s  ${left}`;
}

export interface ProgressReporter {
  /** Count one more document handled; redraws at most a few times a second. */
  tick(): void;
  /** Remove the line before other output goes to the terminal. */
  clear(): void;
  /** Draw the line again after other output (no-op if nothing is drawn). */
  redraw(): void;
  /** Clear for good. */
  end(): void;
}

/**
 * @param draw writes one status line in place (null clears it); absent when stderr is not a terminal, and
 * then the reporter does nothing.
 */
export function progressReporter(total: number, draw: ((line: string | null) => void) | undefined, now: () => number = Date.now): ProgressReporter {
  if (!draw) return { tick() {}, clear() {}, redraw() {}, end() {} };
  const started = now();
  let done = 0;
  let lastDrawn = Number.NEGATIVE_INFINITY;
  let shown = false;
  const show = (): void => {
    draw(formatProgress({ done, total, elapsedMs: now() - started }));
    shown = true;
    lastDrawn = now();
  };
  return {
    tick() {
      done += 1;
      if (now() - lastDrawn >= 200 || done === total) show();
    },
    clear() {
      if (shown) draw(null);
    },
    redraw() {
      if (shown) show();
    },
    end() {
      if (shown) draw(null);
      shown = false;
    },
  };
}
