/**
 * Bench figures: one row per measured figure, with its target and PASS/FAIL, printed as a table and
 * written to test/bench/results.json. Other benches (the Slack ack bench) return rows of the same shape.
 */
export interface BenchRow {
  section: string;
  metric: string;
  value: number;
  unit: string;
  /** Human form of the target ("<= 20 ms"); absent for figures shown for context only. */
  target?: string;
  pass?: boolean;
}

export function isBenchRow(value: unknown): value is BenchRow {
  if (typeof value !== 'object' || value === null) return false;
  const row = value as Record<string, unknown>;
  return typeof row.section === 'string' && typeof row.metric === 'string' && typeof row.value === 'number';
}

function shownValue(row: BenchRow): string {
  const digits = Math.abs(row.value) >= 100 ? 0 : Math.abs(row.value) >= 10 ? 1 : 2;
  return `${row.value.toFixed(digits)} ${row.unit}`.trim();
}

export function formatTable(rows: readonly BenchRow[]): string {
  const table = [
    ['section', 'figure', 'value', 'target', 'result'],
    ...rows.map((row) => [
      row.section,
      row.metric,
      shownValue(row),
      row.target ?? '',
      row.pass === undefined ? '' : row.pass ? 'PASS' : 'FAIL',
    ]),
  ];
  const widths = table[0]?.map((_, col) => Math.max(...table.map((line) => (line[col] ?? '').length))) ?? [];
  return table
    .map((line, index) => {
      const text = line.map((cell, col) => cell.padEnd(widths[col] ?? 0)).join('  ').trimEnd();
      return index === 0 ? `${text}\n${'-'.repeat(text.length)}` : text;
    })
    .join('\n');
}

export function percentile(sortedMs: readonly number[], p: number): number {
  if (sortedMs.length === 0) return Number.NaN;
  const index = Math.min(sortedMs.length - 1, Math.max(0, Math.ceil((p / 100) * sortedMs.length) - 1));
  return sortedMs[index] ?? Number.NaN;
}
