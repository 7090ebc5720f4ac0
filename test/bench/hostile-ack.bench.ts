/**
 * Acks while a hostile document is being read: HR upload a document of the most text a role document may
 * have (it takes seconds to parse), and once it is downloaded and in the parse pool, 100 mixed requests
 * (/role, /compare, mentions) arrive at once. The real Bolt app in its production setting (ack first, then
 * work), the production pool (one worker), the fake Slack API. Measures each request's ack and counts
 * dropped ones (no 200). Target: ack p99 <= 300 ms, none dropped. The clients run in this process too, so
 * the figures include their own work: an upper bound.
 *
 * Run alone: npx tsx test/bench/hostile-ack.bench.ts
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { createParsePool } from '../../src/ingest/parse-pool.ts';
import { MAX_DOCUMENT_TEXT_CHARS } from '../../src/ingest/document-text-limit.ts';
import { ANALYST_DOCUMENT, CDO_DOCUMENT, HR_USER, STAFF_USER, startPostingsBot } from '../postings/postings-bot.ts';
import { formValues, viewSubmission } from '../postings/slack-view-payloads.ts';
import { startFakeSlackApi } from '../support/fake-slack-api.ts';
import { appMentionEvent } from '../support/slack-payloads.ts';
import { percentile, type BenchRow } from './bench-report.ts';

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

export async function runHostileAckBench(requests = 100): Promise<BenchRow[]> {
  const dataDir = await mkdtemp(join(tmpdir(), 'rolecall-hostile-bench-'));
  await mkdir(join(dataDir, 'sources'), { recursive: true });
  await writeFile(join(dataDir, 'sources', 'intelligence-analyst.txt'), ANALYST_DOCUMENT);
  await writeFile(join(dataDir, 'sources', 'custody-detention-officer.txt'), CDO_DOCUMENT);
  const fake = await startFakeSlackApi();
  const pool = createParsePool({ size: 1 });
  const hostile = hostileDocument();
  let downloaded!: () => void;
  const downloadStarted = new Promise<void>((resolve) => (downloaded = resolve));
  let parseMs = 0;
  let parseOutcome = '';
  let parseDone!: () => void;
  const parsed = new Promise<void>((resolve) => (parseDone = resolve));
  fake.setHandler('files.info', (args) => ({
    ok: true,
    file: { id: args['file'], name: 'hostile.txt', size: hostile.length, url_private: `${fake.baseUrl}/files-pri/T1-F1/hostile.txt` },
  }));
  fake.route('/files-pri/T1-F1/hostile.txt', (_req, res) => {
    downloaded();
    res.writeHead(200, { 'content-type': 'text/plain' });
    res.end(hostile);
  });
  const bot = await startPostingsBot(dataDir, fake, {
    processBeforeResponse: false,
    parse: (bytes, fileName) => {
      const start = performance.now();
      return pool.parse(bytes, fileName).then(
        (result) => ((parseOutcome = 'parsed'), result),
        (error: unknown) => {
          parseOutcome = error instanceof Error ? error.message : String(error);
          throw error;
        },
      ).finally(() => {
        parseMs = performance.now() - start;
        parseDone();
      });
    },
  });
  try {
    // Warm the worker, as a running bot's would be.
    await pool.parse(new TextEncoder().encode(CDO_DOCUMENT), 'warm-up.txt');
    await bot.rig.sendCommand('/post-role', '', { user_id: HR_USER, channel_id: 'CHRTEAM01' });
    // Acked first, as in production: the form opens just after.
    while (fake.callsTo('views.open').length === 0) await new Promise((resolve) => setTimeout(resolve, 10));
    const form = fake.callsTo('views.open').at(-1)?.args['view'] as { private_metadata?: string };
    const submission = bot.rig.sendInteraction(
      viewSubmission({ user: HR_USER, callbackId: 'rolecall_post_role', viewId: 'VFORM00001', privateMetadata: form.private_metadata ?? '', values: formValues({ fileId: 'F0HOSTILE1', fileName: 'hostile.txt' }) }),
    );
    await downloadStarted;
    let inFlightWhileParsing = 0;
    const latencies = await Promise.all(
      Array.from({ length: requests }, async (_, i) => {
        const start = performance.now();
        const kind = i % 3;
        const response = await (kind === 0
          ? bot.rig.sendCommand('/role', 'intelligence analyst', { user_id: STAFF_USER, channel_id: 'CSTAFF0001' })
          : kind === 1
            ? bot.rig.sendCommand('/compare', 'intelligence analyst vs custody detention officer', { user_id: STAFF_USER, channel_id: 'CSTAFF0001' })
            : bot.rig.sendEvent(appMentionEvent({ text: `<@${fake.botUserId}> what vetting does an intelligence analyst need? (${i})`, user: STAFF_USER })));
        if (parseMs === 0) inFlightWhileParsing += 1;
        return response.status === 200 ? performance.now() - start : null;
      }),
    );
    await submission;
    await parsed;
    const acked = latencies.filter((ms): ms is number => ms !== null).sort((a, b) => a - b);
    const dropped = requests - acked.length;
    const p99 = percentile(acked, 99);
    const section = `slack ack while a hostile document is read (${requests} mixed requests)`;
    return [
      { section, metric: 'ack p50', value: percentile(acked, 50), unit: 'ms' },
      { section, metric: 'ack p99', value: p99, unit: 'ms', target: '<= 300 ms', pass: p99 <= 300 },
      { section, metric: 'dropped requests', value: dropped, unit: '', target: '0', pass: dropped === 0 },
      { section, metric: 'acked while the document was still being read', value: inFlightWhileParsing, unit: `of ${requests}` },
      { section, metric: `hostile parse in the worker (${parseOutcome === 'parsed' ? 'read' : 'refused'})`, value: parseMs, unit: 'ms' },
    ];
  } finally {
    await bot.rig.stop();
    await pool.close();
    await fake.close();
    await rm(dataDir, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const rows = await runHostileAckBench();
  for (const r of rows) console.log(`${r.section}: ${r.metric} = ${r.value.toFixed(1)} ${r.unit}${r.target ? ` (target ${r.target}: ${r.pass ? 'PASS' : 'FAIL'})` : ''}`);
}
