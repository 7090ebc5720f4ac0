/**
 * `npm run bench`: ingest throughput, answer latency (and the retrieval path alone) beside a bare minisearch
 * query over the same document lines, index build time and memory at 5, 1,000 and 10,000 profiles, the
 * scale bench (scale-bench.ts: 20,000 documents through `rolecall ingest`, start-up cold and from the
 * snapshot, answers at 20,000; `--no-scale` leaves it out, `--scale-only` runs it alone), and the Slack ack
 * bench when its file exists. `--answers-only` runs the answer rows alone, at 10,000 and 20,000 profiles.
 * Prints a table with
 * PASS/FAIL per target and writes test/bench/results.json. Speed is measured here, never in tests.
 */
import { fork } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { availableParallelism, cpus, loadavg, tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import MiniSearch from 'minisearch';
import { createAssistant } from '../../src/answer/assistant.ts';
import type { CliIo } from '../../src/cli/cli-io.ts';
import { ingestCommand } from '../../src/cli/commands/ingest-command.ts';
import { parseGlossary } from '../../src/answer/glossary.ts';
import { extractDocumentText, parseDocument, readDocumentFile } from '../../src/ingest/index.ts';
import type { RoleProfile } from '../../src/profile/role-profile.ts';
import { FileProfileStore } from '../../src/store/file-profile-store.ts';
import { createIngester } from '../../src/store/ingest-documents.ts';
import { formatTable, isBenchRow, percentile, type BenchRow } from './bench-report.ts';
import { runHostileAckBench } from './hostile-ack.bench.ts';
import { scaleBench, startupChild } from './scale-bench.ts';
import { syntheticProfiles } from './synthetic-profiles.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SEEDS_DIR = join(ROOT, 'data', 'sources');
const CORPUS_DIR = join(ROOT, 'test', 'fixtures', 'documents');
const RESULTS = fileURLToPath(new URL('./results.json', import.meta.url));
const SLACK_ACK_BENCH = fileURLToPath(new URL('./slack-ack.bench.ts', import.meta.url));

const rows: BenchRow[] = [];
const row = (r: BenchRow): void => {
  rows.push(r);
  process.stdout.write(`  ${r.section}: ${r.metric} = ${r.value.toFixed(2)} ${r.unit}\n`);
};

function documentFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => /\.(txt|md)$/i.test(name))
    .sort()
    .map((name) => join(dir, name));
}

/** (a) Documents per second: read + parse, and read + parse + store (the `rolecall ingest` path). */
async function ingestBench(allFiles: string[], label: string): Promise<void> {
  const all = await Promise.all(allFiles.map(async (file) => ({ file, doc: await readDocumentFile(file) })));
  // A document the parser cannot read yet is reported and left out, so the figures compare like with like.
  const usable = all.filter(({ doc }) => {
    try {
      parseDocument(doc); // also warms up the JIT
      return true;
    } catch (error) {
      process.stdout.write(`  ingest: left out ${doc.file}: ${error instanceof Error ? error.message : String(error)}\n`);
      return false;
    }
  });
  const docs = usable.map(({ doc }) => doc);
  const files = usable.map(({ file }) => file);
  const rounds = Math.max(1, Math.ceil(500 / docs.length));

  let start = performance.now();
  for (let r = 0; r < rounds; r += 1) for (const doc of docs) parseDocument(doc);
  const parseSeconds = (performance.now() - start) / 1000;
  const section = `ingest: ${label}`;
  row({ section, metric: `parse only (${docs.length} docs x ${rounds})`, value: (docs.length * rounds) / parseSeconds, unit: 'docs/s' });

  const dir = await mkdtemp(join(tmpdir(), 'rolecall-bench-'));
  try {
    const storeRounds = Math.max(1, Math.ceil(500 / docs.length));
    start = performance.now();
    for (let r = 0; r < storeRounds; r += 1) {
      // A fresh store per round: every round stores new profiles rather than replacing.
      const ingester = createIngester(new FileProfileStore(join(dir, String(r))));
      for (const file of files) {
        const doc = await readDocumentFile(file);
        await ingester.ingest({ doc, bytes: readFileSync(file) });
      }
    }
    const seconds = (performance.now() - start) / 1000;
    const rate = (files.length * storeRounds) / seconds;
    row({ section, metric: `read + parse + store (${files.length} docs x ${storeRounds})`, value: rate, unit: 'docs/s', target: '>= 200 docs/s', pass: rate >= 200 });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

const OFFICE_DIR = join(ROOT, 'test', 'fixtures', 'office', 'layout');

/**
 * (a') Documents per second by format: bytes -> text (mammoth for .docx, unpdf's positioned items for .pdf)
 * -> profile, the work a document's format changes, on one thread. .txt is the held-out corpus; .docx and
 * .pdf are the LibreOffice-made layout fixtures. A bulk ingest runs for many documents, so the figure is taken
 * after WARM_UP_DOCS documents have let the JIT compile pdf.js and mammoth (the first few dozen run slower).
 */
const WARM_UP_DOCS = 50;

function officeFiles(ext: 'docx' | 'pdf'): string[] {
  if (!existsSync(OFFICE_DIR)) return [];
  return readdirSync(OFFICE_DIR).filter((name) => name.endsWith(`.${ext}`)).sort().map((name) => join(OFFICE_DIR, name));
}

async function formatBench(): Promise<void> {
  const byFormat: [string, string[]][] = [
    ['txt', documentFiles(CORPUS_DIR)],
    ['docx', officeFiles('docx')],
    ['pdf', officeFiles('pdf')],
  ];
  for (const [format, files] of byFormat) {
    if (files.length === 0) continue;
    const inputs = files.map((file) => ({ name: basename(file), bytes: new Uint8Array(readFileSync(file)) }));
    for (let done = 0; done < WARM_UP_DOCS; done += inputs.length) {
      for (const { name, bytes } of inputs) parseDocument(await extractDocumentText(bytes, name));
    }
    const rounds = Math.max(1, Math.ceil(200 / inputs.length));
    const start = performance.now();
    for (let r = 0; r < rounds; r += 1) for (const { name, bytes } of inputs) parseDocument(await extractDocumentText(bytes, name));
    const rate = (inputs.length * rounds) / ((performance.now() - start) / 1000);
    const target = format === 'pdf' ? { target: '>= 50 docs/s', pass: rate >= 50 } : {};
    row({ section: 'ingest: by format', metric: `.${format} extract + parse, one thread (${inputs.length} docs x ${rounds})`, value: rate, unit: 'docs/s', ...target });
  }
}

/** Copies of a document that differ in their bytes but not their text, so a bulk ingest parses each one. */
function distinctCopy(bytes: Uint8Array, ext: 'docx' | 'pdf', n: number): Uint8Array {
  const tag = Buffer.from(`rolecall bench copy ${n}`);
  if (ext === 'pdf') return Buffer.concat([bytes, Buffer.from(`\n%${tag.toString()}\n`)]); // a comment after %%EOF
  // A .docx is a zip: give it an archive comment (the end record's last field is the comment's length).
  const end = bytes.length - 22;
  if (end < 0 || bytes[end] !== 0x50 || bytes[end + 1] !== 0x4b || bytes[end + 2] !== 0x05 || bytes[end + 3] !== 0x06) {
    throw new Error('bench: a .docx fixture does not end with a plain zip end record');
  }
  const copy = Buffer.concat([bytes, tag]);
  copy.writeUInt16LE(tag.length, end + 20);
  return copy;
}

/**
 * (a'') The `rolecall ingest` command on a folder of .docx or .pdf files: read, parse on every core (the parse
 * pool's worker threads) and store, start-up of the workers included. This is what a bulk ingest of a force's
 * documents runs. On two cores the parse workers share them with the one writer, which validates and writes each
 * profile and its document, so this is not twice the one-thread figure; the ">= 50 docs/s" target is the
 * one-thread figure above.
 */
async function ingestCommandBench(): Promise<void> {
  const copies = 400;
  for (const ext of ['docx', 'pdf'] as const) {
    const files = officeFiles(ext);
    if (files.length === 0) continue;
    const dir = await mkdtemp(join(tmpdir(), 'rolecall-bench-ingest-'));
    try {
      const sources = join(dir, 'documents');
      await mkdir(sources);
      const originals = files.map((file) => new Uint8Array(readFileSync(file)));
      for (let n = 0; n < copies; n += 1) {
        const original = originals[n % originals.length] ?? new Uint8Array();
        await writeFile(join(sources, `${String(n).padStart(4, '0')}-${basename(files[n % files.length] ?? '')}`), distinctCopy(original, ext, n));
      }
      const quiet: CliIo = { out: () => undefined, err: (text) => process.stdout.write(`  ingest: ${text}\n`), stdin: process.stdin, env: {} };
      const start = performance.now();
      const code = await ingestCommand({ paths: [sources], dataDir: join(dir, 'data') }, quiet);
      const rate = copies / ((performance.now() - start) / 1000);
      if (code !== 0) throw new Error(`bench: rolecall ingest of the .${ext} copies failed (exit ${code})`);
      row({
        section: 'ingest: by format',
        metric: `.${ext} rolecall ingest, ${availableParallelism()} parse workers (${copies} docs, start-up included)`,
        value: rate,
        unit: 'docs/s',
      });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }
}

const TOPIC_TEMPLATES = [
  (t: string) => `what vetting does a ${t} need?`,
  (t: string) => `hours for ${t.toLowerCase()}`,
  (t: string) => `does the ${t} need a driving licence?`,
  (t: string) => `who does the ${t} report to`,
  (t: string) => `tell me about ${t}`,
  (t: string) => `${t.toLowerCase()} shifts and vetting`,
  (t: string) => `essential criteria for ${t}`,
];
/** Subjects no profile field holds: answered by searching the role's own lines (or "not stated"). */
const RETRIEVAL_TEMPLATES = [
  (t: string) => `what does the ${t} profile say about bank holidays?`,
  (t: string) => `salary for the ${t}?`,
  (t: string) => `is a job share considered for the ${t}?`,
  (t: string) => `does the ${t} do extra hours?`,
  (t: string) => `minimum posting for the ${t}?`,
  (t: string) => `what does the ${t} profile say about risk management plans?`,
];
const CROSS_ROLE = [
  'which roles need a driving licence?', 'which roles are police staff?', 'what does NPPV3 mean?',
  'which roles mention the Welsh language?', 'which roles mention extended hours?',
  'which roles say anything about bank holidays?', 'which roles mention risk management plans?',
  'which roles mention overtime?',
];
/** The cross-role questions that search every role's document lines ("which roles mention ...?"). */
const MENTION = CROSS_ROLE.filter((question) => / (mention|say anything about) /.test(question));

/**
 * `count` questions: topic questions, one in three a subject only the document lines hold (the retrieval
 * path), and one in twenty a question across roles (half of those "which roles mention ...?", which read
 * up to 200 roles' lines). `only: 'retrieval'` gives retrieval questions alone.
 */
function questionsFor(profiles: readonly RoleProfile[], count: number, only?: 'retrieval'): string[] {
  const questions: string[] = [];
  for (let i = 0; questions.length < count; i += 1) {
    if (!only && i % 20 === 19) {
      // Each cross-role question in turn (i % length would ask the same one every time).
      questions.push(CROSS_ROLE[Math.floor(i / 20) % CROSS_ROLE.length] ?? 'what roles are there?');
      continue;
    }
    // A spread of roles across the set, not just the first few.
    const profile = profiles[(i * 7919) % profiles.length];
    const retrieval = only === 'retrieval' || i % 3 === 2;
    const template = retrieval ? RETRIEVAL_TEMPLATES[i % RETRIEVAL_TEMPLATES.length] : TOPIC_TEMPLATES[i % TOPIC_TEMPLATES.length];
    if (profile && template) questions.push(template(profile.title));
  }
  return questions;
}

/**
 * What the bare index holds for a profile: the same document lines the assistant's index holds (one
 * document per role, as there), so the bare query searches what the real retrieval path searches.
 */
function profileText(p: RoleProfile): string {
  return p.lines.map((line) => line.text).join('\n');
}

/**
 * Wall-clock times (what a person waits) and CPU times (this process's own work: on a shared, busy machine
 * the wall clock also counts time the scheduler gave to other processes), both sorted, in ms.
 */
function timeEach(questions: readonly string[], run: (q: string) => unknown): { wall: number[]; cpu: number[] } {
  for (const q of questions.slice(0, 30)) run(q); // warm up
  const wall: number[] = [];
  const cpu: number[] = [];
  for (const q of questions) {
    const cpuStart = process.cpuUsage();
    const start = performance.now();
    run(q);
    wall.push(performance.now() - start);
    const used = process.cpuUsage(cpuStart);
    cpu.push((used.user + used.system) / 1000);
  }
  return { wall: wall.sort((a, b) => a - b), cpu: cpu.sort((a, b) => a - b) };
}

/**
 * Answer latency on the real path beside a bare minisearch query over the same lines, in this process:
 * 1,000 questions spread over the roles (see questionsFor).
 */
function answerFigures(profiles: readonly RoleProfile[], ask: (q: string) => unknown, section: string, big: boolean, row: (r: BenchRow) => void): void {
  const questions = questionsFor(profiles, 1000);
  const answerTimes = timeEach(questions, ask);
  // The retrieval path alone: every question a subject no field holds, searched in the role's lines.
  const retrievalTimes = timeEach(questionsFor(profiles, 500, 'retrieval'), ask);
  // "which roles mention ...?" alone, each asked ten times.
  const mentionTimes = timeEach(Array.from({ length: 10 }, () => MENTION).flat(), ask);

  const start = performance.now();
  const bare = new MiniSearch<{ id: string; title: string; organisation: string; text: string }>({
    fields: ['title', 'organisation', 'text'],
  });
  bare.addAll(profiles.map((p) => ({ id: p.id, title: p.title, organisation: p.organisation ?? '', text: profileText(p) })));
  row({ section, metric: 'bare minisearch build', value: performance.now() - start, unit: 'ms' });
  // The bare query: the question as typed over the same lines, minisearch's defaults (exact terms, OR),
  // nothing else: no role resolution, no synonyms, no fuzzy matching, no reading of lines.
  const bareTimes = timeEach(questions, (q) => bare.search(q));

  // For context: the cheapest useful lookup, a role's title words against the title field only.
  const titles = questions.map((_, i) => profiles[(i * 7919) % profiles.length]?.title ?? '');
  const titleTimes = timeEach(titles, (t) => bare.search(t, { fields: ['title'], combineWith: 'AND' }));

  const p99 = percentile(answerTimes.wall, 99);
  const bareP99 = percentile(bareTimes.wall, 99);
  row({ section, metric: 'answer p50', value: percentile(answerTimes.wall, 50), unit: 'ms' });
  row({ section, metric: 'answer p99', value: p99, unit: 'ms', ...(big ? { target: '<= 20 ms', pass: p99 <= 20 } : {}) });
  row({ section, metric: 'answer p99, CPU time', value: percentile(answerTimes.cpu, 99), unit: 'ms' });
  row({ section, metric: 'retrieval-path answer p50', value: percentile(retrievalTimes.wall, 50), unit: 'ms' });
  row({ section, metric: 'retrieval-path answer p99', value: percentile(retrievalTimes.wall, 99), unit: 'ms', ...(big ? { target: '<= 20 ms', pass: percentile(retrievalTimes.wall, 99) <= 20 } : {}) });
  row({ section, metric: `"which roles mention ...?" p50 (${MENTION.length} questions)`, value: percentile(mentionTimes.wall, 50), unit: 'ms' });
  row({ section, metric: `"which roles mention ...?" p99`, value: percentile(mentionTimes.wall, 99), unit: 'ms' });
  row({ section, metric: 'bare query p50', value: percentile(bareTimes.wall, 50), unit: 'ms' });
  row({ section, metric: 'bare query p99', value: bareP99, unit: 'ms' });
  row({ section, metric: 'bare title lookup p99', value: percentile(titleTimes.wall, 99), unit: 'ms' });
  const ratio = p99 / bareP99;
  row({ section, metric: 'answer p99 / bare p99', value: ratio, unit: 'x', ...(big ? { target: '<= 2x', pass: ratio <= 2 } : {}) });
}

/** (b) Index build, answer latency and a bare minisearch query over the same documents, at one size. */
async function answerBench(size: number): Promise<void> {
  const bases = await seedProfiles();
  const profiles = syntheticProfiles(bases, size);
  const glossaryPath = join(ROOT, 'data', 'glossary.json');
  const glossary = existsSync(glossaryPath) ? parseGlossary(readFileSync(glossaryPath, 'utf8'), 'glossary.json').entries : [];
  const section = `answers @ ${size.toLocaleString('en-GB')}`;
  const big = size >= 10_000;
  const rssBefore = process.memoryUsage().rss;

  let start = performance.now();
  const assistant = createAssistant({ profiles, glossary });
  const buildMs = performance.now() - start;
  row({ section, metric: 'index build', value: buildMs, unit: 'ms', ...(big ? { target: '<= 5000 ms', pass: buildMs <= 5000 } : {}) });

  answerFigures(profiles, (q) => assistant.ask(q), section, big, row);
  // RSS of this process (one size per process): the profiles, the assistant's index and the answers so far.
  const rssMb = process.memoryUsage().rss / (1024 * 1024);
  const growthMb = (process.memoryUsage().rss - rssBefore) / (1024 * 1024);
  row({ section, metric: 'RSS after build + answers', value: rssMb, unit: 'MB', ...(big ? { target: '<= 500 MB', pass: rssMb <= 500 } : {}) });
  row({ section, metric: 'RSS growth for profiles + index', value: growthMb, unit: 'MB' });
}

async function seedProfiles(): Promise<RoleProfile[]> {
  const docs = await Promise.all(documentFiles(SEEDS_DIR).map((file) => readDocumentFile(file)));
  return docs.map((doc) => parseDocument(doc).profile);
}

/** Each size in its own process, so one size's memory and garbage do not weigh on the next. */
function answerBenchInChild(size: number): Promise<BenchRow[]> {
  return new Promise((resolve, reject) => {
    const child = fork(fileURLToPath(import.meta.url), ['--answers', String(size)], {
      execArgv: process.execArgv,
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    const got: BenchRow[] = [];
    child.on('message', (message: unknown) => {
      if (Array.isArray(message)) got.push(...message.filter(isBenchRow));
    });
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve(got) : reject(new Error(`answer bench at ${size} profiles exited with ${code}`))));
  });
}

/** (c) The Slack helper's ack bench, when its file exists: it returns rows of the same shape. */
async function slackAckBench(): Promise<void> {
  if (!existsSync(SLACK_ACK_BENCH)) {
    process.stdout.write('  slack: test/bench/slack-ack.bench.ts not present; skipped\n');
    return;
  }
  const mod: Record<string, unknown> = await import(pathToFileURL(SLACK_ACK_BENCH).href);
  const run = mod.runSlackAckBench ?? mod.run ?? mod.default;
  if (typeof run !== 'function') throw new Error('slack-ack.bench.ts exports no runSlackAckBench()/run()/default function');
  const result: unknown = await run();
  if (Array.isArray(result)) {
    for (const r of result.filter(isBenchRow)) row(r);
    return;
  }
  // runSlackAckBench() gives { p50Ms, p99Ms, errors, requests }.
  const figures = result as Partial<Record<'p50Ms' | 'p99Ms' | 'errors' | 'requests', number>>;
  if (typeof figures.p99Ms !== 'number' || typeof figures.errors !== 'number') {
    throw new Error('slack-ack.bench.ts returned neither bench rows nor { p50Ms, p99Ms, errors }');
  }
  const section = `slack ack (${figures.requests ?? '?'} signed /role, 20 clients)`;
  if (typeof figures.p50Ms === 'number') row({ section, metric: 'ack p50', value: figures.p50Ms, unit: 'ms' });
  row({ section, metric: 'ack p99', value: figures.p99Ms, unit: 'ms', target: '<= 100 ms', pass: figures.p99Ms <= 100 });
  row({ section, metric: 'errors', value: figures.errors, unit: '', target: '0', pass: figures.errors === 0 });
}

/**
 * A bench child (start-up, answers at one size) exits once its rows are sent: a handle the app under test
 * leaves open would otherwise keep it, and the whole bench waiting on it, alive.
 */
function sendAndExit(payload: unknown): void {
  if (!process.send) return;
  process.send(payload, () => process.exit(0));
}

async function main(): Promise<void> {
  const startupAt = process.argv.indexOf('--startup');
  if (startupAt >= 0) {
    const got = await startupChild(process.argv.slice(startupAt + 1), {
      answerFigures: (profiles, ask, section, r) => answerFigures(profiles, ask, section, true, r),
    });
    sendAndExit(got);
    return;
  }
  const answersAt = process.argv.indexOf('--answers');
  if (answersAt >= 0) {
    await answerBench(Number(process.argv[answersAt + 1]));
    sendAndExit(rows);
    return;
  }
  if (process.argv.includes('--scale-only')) {
    // Only the 20,000-profile part (scale-bench.ts; `--scale-half N` for a smaller run); results.json is left
    // as the last full run wrote it.
    await scaleBench(row);
    process.stdout.write(`\n${formatTable(rows)}\nLoad average (1 min): ${(loadavg()[0] ?? 0).toFixed(1)} on ${cpus().length} CPUs.\n`);
    return;
  }
  if (process.argv.includes('--answers-only')) {
    // Only the answer rows at 10,000 and 20,000 profiles (the real answer path beside a bare minisearch
    // query over the same lines), each size in its own process; results.json is left as it was.
    for (const size of [10_000, 20_000]) for (const r of await answerBenchInChild(size)) rows.push(r);
    process.stdout.write(`\n${formatTable(rows)}\nLoad average (1 min): ${(loadavg()[0] ?? 0).toFixed(1)} on ${cpus().length} CPUs.\n`);
    return;
  }
  if (process.argv.includes('--formats')) {
    // Only the by-format ingest rows; results.json is left as the last full run wrote it.
    await formatBench();
    await ingestCommandBench();
    process.stdout.write(`\n${formatTable(rows)}\nLoad average (1 min): ${(loadavg()[0] ?? 0).toFixed(1)} on ${cpus().length} CPUs.\n`);
    return;
  }
  const loadBefore = loadavg()[0] ?? 0;
  process.stdout.write(`Role Call bench on Node ${process.version}, ${cpus().length} CPUs, load average ${loadBefore.toFixed(1)}\n`);
  const seedFiles = documentFiles(SEEDS_DIR);
  const corpusFiles = documentFiles(CORPUS_DIR);
  await ingestBench(seedFiles, 'seeds');
  if (corpusFiles.length > 0) await ingestBench([...seedFiles, ...corpusFiles], 'seeds + corpus');
  await formatBench();
  await ingestCommandBench();
  for (const size of [5, 1_000, 10_000]) for (const r of await answerBenchInChild(size)) rows.push(r);
  if (!process.argv.includes('--no-scale')) await scaleBench(row);
  await slackAckBench();
  for (const r of await runHostileAckBench()) row(r);

  process.stdout.write(`\n${formatTable(rows)}\n`);
  const failed = rows.filter((r) => r.pass === false);
  const loadAfter = loadavg()[0] ?? 0;
  // Figures from a machine other processes are loading are worth less: say how loaded it was.
  process.stdout.write(`Load average (1 min): ${loadBefore.toFixed(1)} at the start, ${loadAfter.toFixed(1)} at the end, on ${cpus().length} CPUs.\n`);
  await writeFile(
    RESULTS,
    `${JSON.stringify({ date: new Date().toISOString(), node: process.version, cpus: cpus().length, loadAverage: { start: loadBefore, end: loadAfter }, rows }, null, 2)}\n`,
  );
  process.stdout.write(`\n${rows.filter((r) => r.pass === true).length} targets passed, ${failed.length} failed. Results: test/bench/results.json\n`);
  process.exitCode = failed.length > 0 ? 1 : 0;
}

await main();
