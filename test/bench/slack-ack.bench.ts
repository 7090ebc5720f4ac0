/**
 * Slack ack latency: signed `/role` slash commands from concurrent clients on loopback against the real Bolt
 * app in its production setting (processBeforeResponse false: ack first, then work), with the fake Slack Web
 * API receiving the posts. Measures the time from sending a request to Slack's HTTP answer (the ack), which
 * must stay far below Slack's 3 seconds. Target: p99 <= 100 ms, no errors.
 *
 * Run alone: npx tsx test/bench/slack-ack.bench.ts
 */
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { createSeedAssistant } from '../support/seed-assistant.ts';
import { FORM_CONTENT_TYPE, formBody, launchSlackApp } from '../support/slack-app-harness.ts';
import { slashCommandFields } from '../support/slack-payloads.ts';
import { signSlackRequest } from '../support/slack-signing.ts';
import { TEST_SIGNING_SECRET } from '../support/slack-app-harness.ts';

export interface SlackAckBenchResult {
  p50Ms: number;
  p99Ms: number;
  errors: number;
  requests: number;
}

export interface SlackAckBenchOptions {
  requests?: number;
  concurrency?: number;
}

const ROLE_QUERIES = ['Contact Handler', 'Police Community Support Officer', 'Community Policing Team PC', 'PCSO', 'Chief Wizard'];

function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return 0;
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return Math.round((sorted[Math.max(0, index)] ?? 0) * 100) / 100;
}

export async function runSlackAckBench(options: SlackAckBenchOptions = {}): Promise<SlackAckBenchResult> {
  const total = options.requests ?? 200;
  const concurrency = options.concurrency ?? 20;
  const rig = await launchSlackApp({ assistant: await createSeedAssistant(), processBeforeResponse: false });
  const latencies: number[] = [];
  let errors = 0;
  let next = 0;
  try {
    const client = async (worker: number): Promise<void> => {
      for (;;) {
        const index = next++;
        if (index >= total) return;
        const body = formBody(
          slashCommandFields({
            command: '/role',
            text: ROLE_QUERIES[index % ROLE_QUERIES.length] ?? 'Contact Handler',
            user_id: `UBENCH${worker}`,
            channel_id: 'CBENCH',
            response_url: rig.fake.responseUrl(`bench-${index}`),
          }),
        );
        const started = performance.now();
        try {
          // Signed at send time, as Slack does.
          const response = await fetch(rig.eventsUrl, {
            method: 'POST',
            headers: { 'content-type': FORM_CONTENT_TYPE, ...signSlackRequest(TEST_SIGNING_SECRET, body) },
            body,
          });
          await response.arrayBuffer();
          latencies.push(performance.now() - started);
          if (response.status !== 200) errors++;
        } catch {
          errors++;
        }
      }
    };
    await Promise.all(Array.from({ length: concurrency }, (_, worker) => client(worker)));
    // Let the work that follows each ack finish before stopping, so failures after the ack are counted too.
    const deadline = Date.now() + 10_000;
    let previous = -1;
    while (Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      const now = rig.fake.calls.length + rig.fake.responses.length;
      if (now === previous) break;
      previous = now;
    }
    errors += rig.log.lines.filter((line) => line['msg'] === 'listener failed' || line['msg'] === 'unhandled Slack listener error').length;
  } finally {
    await rig.stop();
  }
  const sorted = [...latencies].sort((a, b) => a - b);
  return { p50Ms: percentile(sorted, 50), p99Ms: percentile(sorted, 99), errors, requests: total };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const result = await runSlackAckBench();
  console.log(`slack ack: ${result.requests} signed /role commands, 20 clients: p50 ${result.p50Ms} ms, p99 ${result.p99Ms} ms, errors ${result.errors}`);
  process.exitCode = result.p99Ms <= 100 && result.errors === 0 ? 0 : 1;
}
