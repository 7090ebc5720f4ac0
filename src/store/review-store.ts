/**
 * The review queue and the unanswered counts on disk, under `<data>/review/`: `reports.json` and one
 * `unanswered-<yyyy-mm>.json` a month. Every change is a read-modify-write under a lock file, landed by an
 * atomic rename, so two people reporting at once both count. A malformed file is reported, not
 * overwritten: the change is refused with a clear error and the file is left for a person to look at.
 */
import { promises as fsp } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'zod';
import { RoleCallError } from '../errors.ts';
import { withFileLock } from '../postings/atomic-file.ts';
import { withoutByteOrderMark } from '../profile/json-text.ts';
import { addReport, ReportsFileSchema, resolveReport, type NewReport, type Report } from '../review/reports.ts';
import { addUnanswered, monthOf, UnansweredMonthSchema, type Unanswered, type UnansweredCount } from '../review/unanswered.ts';
import { dataDirLayout } from './data-dir.ts';
import { jsonProblem, schemaProblem } from './profile-problems.ts';
import { writeFileAtomic } from './write-file-atomic.ts';

type Read<T> = { ok: true; value: T } | { ok: false; problem: string };

async function readJson<T>(path: string, shownName: string, schema: z.ZodType<T>, empty: T): Promise<Read<T>> {
  let text: string;
  try {
    text = withoutByteOrderMark(await fsp.readFile(path, 'utf8'));
  } catch (error) {
    if (error instanceof Error && 'code' in error && error.code === 'ENOENT') return { ok: true, value: empty };
    throw error;
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, problem: jsonProblem(shownName, text, error).replace(/ Fix the file or re-ingest the document\.$/, ' Fix or remove the file.') };
  }
  const parsed = schema.safeParse(json, { reportInput: true });
  return parsed.success ? { ok: true, value: parsed.data } : { ok: false, problem: schemaProblem(shownName, parsed.error.issues).replace(/ Fix the file or re-ingest the document\.$/, ' Fix or remove the file.') };
}

export class ReviewStore {
  readonly dir: string;

  constructor(dataDir: string) {
    this.dir = join(dataDirLayout(dataDir).root, 'review');
  }

  private async update<T>(name: string, schema: z.ZodType<T>, empty: T, change: (value: T) => T): Promise<T> {
    await fsp.mkdir(this.dir, { recursive: true });
    const path = join(this.dir, name);
    return withFileLock(path, async () => {
      const read = await readJson(path, `review/${name}`, schema, empty);
      if (!read.ok) throw new RoleCallError('REVIEW_FILE_INVALID', read.problem);
      const next = change(read.value);
      await writeFileAtomic(path, `${JSON.stringify(next, null, 2)}\n`, { durable: true });
      return next;
    });
  }

  /** The review queue, every report (open and resolved); problems when the file is malformed. */
  async reports(): Promise<{ reports: Report[]; problems: string[] }> {
    const read = await readJson(join(this.dir, 'reports.json'), 'review/reports.json', ReportsFileSchema, { reports: [] });
    return read.ok ? { reports: read.value.reports, problems: [] } : { reports: [], problems: [read.problem] };
  }

  /** Adds a report, merged into an open one of the same problem. */
  async addReport(incoming: NewReport): Promise<{ report: Report; merged: boolean }> {
    let outcome: { report: Report; merged: boolean } | undefined;
    await this.update('reports.json', ReportsFileSchema, { reports: [] }, (file) => {
      const added = addReport(file.reports, incoming);
      outcome = { report: added.report, merged: added.merged };
      return { reports: added.reports };
    });
    if (!outcome) throw new Error('internal: report not added');
    return outcome;
  }

  /** Marks an open report resolved; false when there is no open report with that id (nothing is written). */
  async resolveReport(id: string, by: string, at: Date): Promise<boolean> {
    let found = false;
    await this.update('reports.json', ReportsFileSchema, { reports: [] }, (file) => {
      const resolved = resolveReport(file.reports, id, by, at);
      found = resolved !== null;
      return { reports: resolved ?? file.reports };
    });
    return found;
  }

  /** Counts unanswered questions in the month of `at`. Nothing about who asked is kept. */
  async countUnanswered(items: readonly Unanswered[], at: Date): Promise<void> {
    if (items.length === 0) return;
    const month = monthOf(at);
    await this.update(`unanswered-${month}.json`, UnansweredMonthSchema, { month, counts: [] }, (file) => ({ month, counts: addUnanswered(file.counts, items) }));
  }

  async unanswered(month: string): Promise<{ counts: UnansweredCount[]; problems: string[] }> {
    const name = `unanswered-${month}.json`;
    const read = await readJson(join(this.dir, name), `review/${name}`, UnansweredMonthSchema, { month, counts: [] });
    return read.ok ? { counts: read.value.counts, problems: [] } : { counts: [], problems: [read.problem] };
  }
}
