/**
 * Acks while a hostile document is being read: HR upload a document of the most text a role document may
 * have (it takes a second or more to parse), and once it is being downloaded, 100 mixed requests (/role,
 * /compare, mentions) arrive at once. The real Bolt app in its production setting (ack first, then work), the
 * production parse pool (one worker), over signed HTTP. "Slack" (the fake Web API serving the file, HR and the
 * 100 clients) runs in a child process, as in production it runs elsewhere; only the app runs here, so the
 * figures are the app's. The same burst against a bare HTTP server in this process is the machine's floor.
 * Target: ack p99 <= 300 ms, none dropped.
 *
 * Run alone: npx tsx test/bench/hostile-ack.bench.ts
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { z } from 'zod';
import { createParsePool } from '../../src/ingest/parse-pool.ts';
import { MAX_DOCUMENT_TEXT_CHARS } from '../../src/ingest/document-text-limit.ts';
import { createSlackApp } from '../../src/slack/app.ts';
import { ANALYST_DOCUMENT, CDO_DOCUMENT, HR_GROUP, HR_GROUP_MEMBER, HR_USER, STAFF_USER, postingsBotParts } from '../postings/postings-bot.ts';
import { captureLogger } from '../support/capture-logger.ts';
import { TEST_BOT_TOKEN, TEST_SIGNING_SECRET } from '../support/slack-app-harness.ts';
import { percentile, type BenchRow } from './bench-report.ts';
import { HostileDoneSchema, type HostileRunSchema } from './hostile-ack-load-process.ts';
import { forkLoadProcess, nextMessage, startBareServer } from './load-process.ts';

/** Distinct duty lines up to just under the text limit: the longest parse a document may ask for. */
function hostileDocument(): string {
  const lines = ['Job title: Records Clerk', 'Grade: Scale 4', 'Main duties:'];
  let length = 0;
  for (let i = 0; length < MAX_DOCUMENT_TEXT_CHARS - 200; i += 1) {
    const line = `- Keep register ${i} of case file ${i * 7} up to date for the unit ${i % 97}.`;
    lines.push(line);
    length += line.length + 1;
  }
  return lines.join('\n');
}

const ReadySchema = z.object({ type: z.literal('ready'), apiUrl: z.string() });

export async function runHostileAckBench(requests = 100): Promise<BenchRow[]> {
  const dataDir = await mkdtemp(join(tmpdir(), 'rolecall-hostile-bench-'));
  await mkdir(join(dataDir, 'sources'), { recursive: true });
  await writeFile(join(dataDir, 'sources', 'intelligence-analyst.txt'), ANALYST_DOCUMENT);
  await writeFile(join(dataDir, 'sources', 'custody-detention-officer.txt'), CDO_DOCUMENT);
  const slack = forkLoadProcess('./hostile-ack-load-process.ts');
  const pool = createParsePool({ size: 1 });
  const log = captureLogger('info');
  let parseMs = 0;
  let parseEndedAt = Number.POSITIVE_INFINITY;
  let parseOutcome = '';
  try {
    const { apiUrl } = await nextMessage(slack, ReadySchema);
    const { assistant, listeners } = await postingsBotParts(dataDir, {
      processBeforeResponse: false,
      parse: (bytes, fileName) => {
        const start = performance.now();
        return pool
          .parse(bytes, fileName)
          .then(
            (result) => ((parseOutcome = 'parsed'), result),
            (error: unknown) => {
              parseOutcome = error instanceof Error ? error.message : String(error);
              throw error;
            },
          )
          .finally(() => {
            parseMs = performance.now() - start;
            parseEndedAt = Date.now();
          });
      },
    });
    const app = createSlackApp({
      botToken: TEST_BOT_TOKEN,
      signingSecret: TEST_SIGNING_SECRET,
      port: 0,
      host: '127.0.0.1',
      slackApiUrl: apiUrl,
      assistant,
      logger: log.logger,
      processBeforeResponse: false,
      webApiRetries: 0,
      extraListeners: [listeners],
    });
    await app.start();
    const bare = await startBareServer();
    try {
      const address = app.address();
      if (address === null) throw new Error('hostile-ack bench: the app did not bind an HTTP port');
      // Warm the worker, as a running bot's would be.
      await pool.parse(new TextEncoder().encode(CDO_DOCUMENT), 'warm-up.txt');
      const done = nextMessage(slack, HostileDoneSchema);
      const run: z.infer<typeof HostileRunSchema> = {
        type: 'run',
        eventsUrl: `http://127.0.0.1:${address.port}/slack/events`,
        baselineUrl: bare.url,
        signingSecret: TEST_SIGNING_SECRET,
        requests,
        hrUser: HR_USER,
        staffUser: STAFF_USER,
        hrGroup: HR_GROUP,
        hrGroupMember: HR_GROUP_MEMBER,
        document: hostileDocument(),
      };
      slack.send(run);
      const result = await done;
      const acked = result.latencies.filter((ms): ms is number => ms !== null).sort((a, b) => a - b);
      const baseline = result.baselineLatencies.filter((ms): ms is number => ms !== null).sort((a, b) => a - b);
      const whileParsing = result.ackedAt.filter((at) => at !== null && at < parseEndedAt).length;
      const dropped = requests - acked.length;
      const p99 = percentile(acked, 99);
      const section = `slack ack while a hostile document is read (${requests} mixed requests at once)`;
      return [
        { section, metric: 'ack p50', value: percentile(acked, 50), unit: 'ms' },
        { section, metric: 'ack p99', value: p99, unit: 'ms', target: '<= 300 ms', pass: p99 <= 300 },
        { section, metric: 'dropped requests', value: dropped, unit: '', target: '0', pass: dropped === 0 },
        { section, metric: 'acked while the document was still being read', value: whileParsing, unit: `of ${requests}` },
        { section, metric: `hostile parse in the worker (${parseOutcome === 'parsed' ? 'read' : 'refused'})`, value: parseMs, unit: 'ms' },
        { section, metric: 'same burst, bare HTTP server: p99 (the floor now)', value: percentile(baseline, 99), unit: 'ms' },
      ];
    } finally {
      await bare.close();
      await app.stop();
    }
  } finally {
    await pool.close();
    if (slack.exitCode === null) slack.kill();
    await rm(dataDir, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const rows = await runHostileAckBench();
  for (const r of rows) console.log(`${r.section}: ${r.metric} = ${r.value.toFixed(1)} ${r.unit}${r.target ? ` (target ${r.target}: ${r.pass ? 'PASS' : 'FAIL'})` : ''}`);
}
