/**
 * The "Slack" side of the ack bench, in its own process as it would be in its own data centre: the fake Slack
 * Web API the app posts to, and the clients sending signed slash commands. Only the app runs in the bench's
 * process, so the figures measure the app, not the load generator. Talks to the bench over IPC.
 */
import { performance } from 'node:perf_hooks';
import { z } from 'zod';
import { startFakeSlackApi, type FakeSlackApi } from '../support/fake-slack-api.ts';
import { FORM_CONTENT_TYPE, formBody } from '../support/slack-app-harness.ts';
import { slashCommandFields } from '../support/slack-payloads.ts';
import { signSlackRequest } from '../support/slack-signing.ts';

export const RunMessageSchema = z.object({
  type: z.literal('run'),
  eventsUrl: z.string(),
  signingSecret: z.string(),
  total: z.number().int().positive(),
  concurrency: z.number().int().positive(),
  warmUp: z.number().int().nonnegative(),
  queries: z.array(z.string()).min(1),
  /** A bare HTTP server in the bench's process, loaded the same way first: what this machine allows now. */
  baselineUrl: z.string().optional(),
});

export interface LoadResult {
  type: 'done';
  latencies: number[];
  baselineLatencies: number[];
  errors: number;
  /** Web API calls and response_url posts the app made (its work after the acks). */
  slackCalls: number;
}

async function settle(fake: FakeSlackApi): Promise<void> {
  const deadline = Date.now() + 15_000;
  let previous = -1;
  while (Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 150));
    const now = fake.calls.length + fake.responses.length;
    if (now === previous) return;
    previous = now;
  }
}

async function load(fake: FakeSlackApi, run: z.infer<typeof RunMessageSchema>, count: number): Promise<{ latencies: number[]; errors: number }> {
  const latencies: number[] = [];
  let errors = 0;
  let next = 0;
  const client = async (worker: number): Promise<void> => {
    for (let index = next++; index < count; index = next++) {
      const body = formBody(
        slashCommandFields({
          command: '/role',
          text: run.queries[index % run.queries.length] ?? 'Contact Handler',
          user_id: `UBENCH${worker}`,
          channel_id: 'CBENCH',
          response_url: fake.responseUrl(`bench-${index}`),
        }),
      );
      const started = performance.now();
      try {
        const response = await fetch(run.eventsUrl, {
          method: 'POST',
          headers: { 'content-type': FORM_CONTENT_TYPE, ...signSlackRequest(run.signingSecret, body) },
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
  await Promise.all(Array.from({ length: run.concurrency }, (_, worker) => client(worker)));
  return { latencies, errors };
}

const send = process.send?.bind(process);
if (send) {
  const fake = await startFakeSlackApi();
  process.on('message', (message: unknown) => {
    void (async () => {
      const run = RunMessageSchema.parse(message);
      let baselineLatencies: number[] = [];
      if (run.baselineUrl) {
        const bare = { ...run, eventsUrl: run.baselineUrl };
        await load(fake, bare, run.warmUp);
        baselineLatencies = (await load(fake, bare, run.total)).latencies;
      }
      // Warm-up (not measured): the first requests load modules lazily and open connections.
      await load(fake, run, run.warmUp);
      await settle(fake);
      const measured = await load(fake, run, run.total);
      await settle(fake);
      const result: LoadResult = { type: 'done', ...measured, baselineLatencies, slackCalls: fake.calls.length + fake.responses.length };
      send(result);
      await fake.close();
      process.disconnect();
    })();
  });
  send({ type: 'ready', apiUrl: fake.apiUrl });
}
