/**
 * The bench at the scale users will reach (issue #13): 20,000 .txt role documents, varied copies of the
 * seeds, ingested through the real `rolecall ingest` (runCli, in two runs of 10,000); the ingest rate at
 * 1,000, 10,000 and 20,000 stored roles (each over a window of 1,000 documents, from the times the CLI
 * printed each document's line); start-up at 10,000 and 20,000 cold (no snapshot) and from the snapshot,
 * each in a fresh process; RSS; answer p99 on the real retrieval path at 20,000 beside a bare minisearch
 * query over the same lines, in the same process.
 */
import { fork } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { runCli } from '../../src/cli/run-cli.ts';
import { assembleAssistant } from '../../src/cli/load-assistant.ts';
import { extractDocumentText } from '../../src/ingest/index.ts';
import type { RoleProfile } from '../../src/profile/role-profile.ts';
import { previewDocument } from '../../src/store/ingest-documents.ts';
import { isBenchRow, type BenchRow } from './bench-report.ts';
import { FORCES, TEAMS } from './synthetic-profiles.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SEEDS_DIR = join(ROOT, 'data', 'sources');
/** Documents per ingest run (two runs); `--scale-half N` runs a smaller version of the same bench. */
const halfAt = process.argv.indexOf('--scale-half');
const HALF = halfAt >= 0 ? Number(process.argv[halfAt + 1]) : 10_000;
/** Each rate is measured over this many documents. */
const WINDOW = Math.min(1_000, Math.floor(HALF / 10));
const RUN_TS = fileURLToPath(new URL('./run.ts', import.meta.url));

/** 20,000 distinct (title, force) pairs: 2 grades x 50 teams x 41 forces x 5 seeds = 20,500. */
function variant(i: number, seeds: number): { team: string; force: string; senior: boolean } {
  const n = Math.floor(i / seeds);
  return {
    team: TEAMS[n % TEAMS.length] ?? 'Operational',
    force: FORCES[Math.floor(n / TEAMS.length) % FORCES.length] ?? 'Example Police',
    senior: Math.floor(n / (TEAMS.length * FORCES.length)) % 2 === 1,
  };
}

/** Writes `count` documents, numbered from `from`, into `dir`: each a seed with its own title and force at the top. */
async function writeDocuments(dir: string, from: number, count: number): Promise<void> {
  const seeds = await Promise.all(
    readdirSync(SEEDS_DIR)
      .filter((name) => name.endsWith('.txt'))
      .sort()
      .map(async (name) => {
        const bytes = readFileSync(join(SEEDS_DIR, name));
        return { text: bytes.toString('utf8'), title: previewDocument(await extractDocumentText(bytes, name)).profile.title };
      }),
  );
  await mkdir(dir, { recursive: true });
  for (let i = from; i < from + count; i += 1) {
    const seed = seeds[i % seeds.length];
    if (!seed) throw new Error('no seed documents');
    const { team, force, senior } = variant(i, seeds.length);
    const title = `${senior ? 'Senior ' : ''}${team} ${seed.title}`;
    await writeFile(join(dir, `role-${String(i).padStart(5, '0')}.txt`), `Job Title: ${title}\nOrganisation: ${force}\n\n${seed.text}`);
  }
}

/** One `rolecall ingest <dir> --data <data>` run; the time each document's "[i/n]" line was printed. */
async function ingestRun(docs: string, data: string): Promise<{ times: number[]; seconds: number; summary: string; code: number }> {
  const times: number[] = [];
  let summary = '';
  const started = performance.now();
  const code = await runCli(['ingest', docs, '--data', data], {
    out: (text) => {
      const match = /^\[(\d+)\/\d+\] /.exec(text);
      if (match) times[Number(match[1])] = performance.now();
      else if (text.startsWith('Stored ')) summary = text;
    },
    err: (text) => process.stderr.write(`  ingest: ${text}\n`),
    stdin: process.stdin,
    env: {},
  });
  return { times, seconds: (performance.now() - started) / 1000, summary, code };
}

function windowRate(times: readonly number[], from: number, to: number): number {
  const a = times[from];
  const b = times[to];
  if (a === undefined || b === undefined || b <= a) return Number.NaN;
  return ((to - from) / (b - a)) * 1000;
}

/** Start-up in a fresh process (what a restart costs), optionally with the answer and bare-query figures. */
function startupInChild(data: string, label: string, answers: boolean): Promise<BenchRow[]> {
  return new Promise((resolve, reject) => {
    const child = fork(RUN_TS, ['--startup', data, label, answers ? 'answers' : 'no-answers'], {
      execArgv: process.execArgv,
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    const got: BenchRow[] = [];
    child.on('message', (message: unknown) => {
      if (Array.isArray(message)) got.push(...message.filter(isBenchRow));
    });
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve(got) : reject(new Error(`start-up bench (${label}) exited with ${code}`))));
  });
}

export interface StartupChildHooks {
  /** Times answers and a bare minisearch query over the same lines (run.ts has the questions and timers). */
  answerFigures(profiles: readonly RoleProfile[], ask: (q: string) => unknown, section: string, row: (r: BenchRow) => void): void;
}

export async function startupChild(args: readonly string[], hooks: StartupChildHooks): Promise<BenchRow[]> {
  const [data = '', label = '', answers = 'no-answers'] = args;
  const rows: BenchRow[] = [];
  const row = (r: BenchRow): void => {
    rows.push(r);
    process.stdout.write(`  ${r.section}: ${r.metric} = ${r.value.toFixed(2)} ${r.unit}\n`);
  };
  const started = performance.now();
  const { assistant, library, start } = await assembleAssistant({ dataDir: data, report: () => undefined, createPostings: false });
  const ms = performance.now() - started;
  const size = library.profiles.length;
  const section = `start-up @ ${size.toLocaleString('en-GB')}`;
  const limit = size > 15_000 ? 4000 : 2000;
  const big = size >= 10_000;
  const fromSnapshot = start.path === 'snapshot';
  row({
    section,
    metric: `${label}: ${fromSnapshot ? 'from snapshot' : `rebuilt (snapshot ${start.reason})`}`,
    value: ms,
    unit: 'ms',
    ...(fromSnapshot && big ? { target: `<= ${limit} ms`, pass: ms <= limit } : {}),
  });
  row({ section, metric: `${label}: RSS after start-up`, value: process.memoryUsage().rss / (1024 * 1024), unit: 'MB' });
  if (answers === 'answers') {
    hooks.answerFigures(library.profiles, (q) => assistant.ask(q), `answers @ ${size.toLocaleString('en-GB')} (stored)`, row);
    const rss = process.memoryUsage().rss / (1024 * 1024);
    row({ section, metric: `${label}: RSS after answers`, value: rss, unit: 'MB', ...(size > 15_000 ? { target: '<= 500 MB', pass: rss <= 500 } : {}) });
  }
  return rows;
}

export async function scaleBench(row: (r: BenchRow) => void): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'rolecall-scale-'));
  const data = join(dir, 'data');
  const rates: number[] = [];
  try {
    for (const [part, from] of [['first', 0], ['second', HALF]] as const) {
      const docs = join(dir, part);
      await writeDocuments(docs, from, HALF);
      const run = await ingestRun(docs, data);
      await rm(docs, { recursive: true, force: true });
      const section = `ingest ${from.toLocaleString('en-GB')} -> ${(from + HALF).toLocaleString('en-GB')} roles`;
      if (run.code !== 0 || !run.summary.includes(`${HALF} new`)) throw new Error(`scale ingest (${part}) did not store ${HALF} new roles: ${run.summary}`);
      row({ section, metric: 'whole run (rolecall ingest)', value: HALF / run.seconds, unit: 'docs/s' });
      const at = (stored: number, first: number): void => {
        const rate = windowRate(run.times, first, first + WINDOW - 1);
        rates.push(rate);
        row({ section, metric: `rate at ${stored.toLocaleString('en-GB')} stored`, value: rate, unit: 'docs/s', target: '>= 200 docs/s', pass: rate >= 200 });
      };
      if (from === 0) at(WINDOW, 1);
      // The rate as the store reaches this run's size: the run's last WINDOW documents.
      at(from + HALF, HALF - WINDOW + 1);
      const size = from + HALF;
      await rm(join(data, '.cache'), { recursive: true, force: true });
      for (const r of await startupInChild(data, 'cold', false)) row(r);
      for (const r of await startupInChild(data, 'warm', size >= 2 * HALF)) row(r);
    }
    const spread = Math.max(...rates) / Math.min(...rates);
    row({ section: 'ingest', metric: 'fastest / slowest rate (1k, 10k, 20k)', value: spread, unit: 'x', target: '<= 1.5x', pass: spread <= 1.5 });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
