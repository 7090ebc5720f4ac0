/**
 * The "Slack" side of the hostile-document ack bench, in its own process as Slack is in its own data centre:
 * the fake Slack Web API (with the hostile file behind files.info), HR's /post-role and form submission, and
 * 100 mixed signed requests sent at once while the document is being read. Only the app runs in the bench's
 * process, so the figures measure the app, not the load generator. Talks to the bench over IPC.
 */
import { performance } from 'node:perf_hooks';
import { z } from 'zod';
import { formValues, viewSubmission } from '../postings/slack-view-payloads.ts';
import { startFakeSlackApi } from '../support/fake-slack-api.ts';
import { FORM_CONTENT_TYPE, formBody } from '../support/slack-app-harness.ts';
import { appMentionEvent, eventEnvelope, slashCommandFields } from '../support/slack-payloads.ts';
import { signSlackRequest } from '../support/slack-signing.ts';

export const HostileRunSchema = z.object({
  type: z.literal('run'),
  eventsUrl: z.string(),
  /** A bare HTTP server in the bench's process, sent the same burst first: what this machine allows now. */
  baselineUrl: z.string(),
  signingSecret: z.string(),
  requests: z.number().int().positive(),
  hrUser: z.string(),
  staffUser: z.string(),
  hrGroup: z.string(),
  hrGroupMember: z.string(),
  /** The hostile document's text, served as the uploaded file. */
  document: z.string(),
});

export const HostileDoneSchema = z.object({
  type: z.literal('done'),
  /** Per request: ack latency in ms, or null when the answer was not 200 or never came. */
  latencies: z.array(z.number().nullable()),
  /** Per request: wall-clock time (Date.now) the ack arrived, to count acks made while the parse ran. */
  ackedAt: z.array(z.number().nullable()),
  baselineLatencies: z.array(z.number().nullable()),
});
export type HostileDone = z.infer<typeof HostileDoneSchema>;

async function post(url: string, secret: string, body: string, contentType: string): Promise<{ ms: number | null; at: number | null }> {
  const started = performance.now();
  try {
    const response = await fetch(url, { method: 'POST', headers: { 'content-type': contentType, ...signSlackRequest(secret, body) }, body });
    await response.arrayBuffer();
    return response.status === 200 ? { ms: performance.now() - started, at: Date.now() } : { ms: null, at: null };
  } catch {
    return { ms: null, at: null };
  }
}

const send = process.send?.bind(process);
if (send) {
  const fake = await startFakeSlackApi();
  process.on('message', (message: unknown) => {
    void (async () => {
      const run = HostileRunSchema.parse(message);
      let downloaded!: () => void;
      const downloadStarted = new Promise<void>((resolve) => (downloaded = resolve));
      fake.setHandler('usergroups.users.list', (args) => ({ ok: true, users: args['usergroup'] === run.hrGroup ? [run.hrGroupMember] : [] }));
      fake.setHandler('files.info', (args) => ({
        ok: true,
        file: { id: args['file'], name: 'hostile.txt', size: run.document.length, url_private: `${fake.baseUrl}/files-pri/T1-F1/hostile.txt` },
      }));
      fake.route('/files-pri/T1-F1/hostile.txt', (_req, res) => {
        downloaded();
        res.writeHead(200, { 'content-type': 'text/plain' });
        res.end(run.document);
      });
      const command = (name: string, text: string, user: string, channel: string): Promise<{ ms: number | null; at: number | null }> =>
        post(run.eventsUrl, run.signingSecret, formBody(slashCommandFields({ command: name, text, user_id: user, channel_id: channel, response_url: fake.responseUrl() })), FORM_CONTENT_TYPE);
      const mixed = (url: string, i: number): Promise<{ ms: number | null; at: number | null }> => {
        const kind = i % 3;
        if (url !== run.eventsUrl) return post(url, run.signingSecret, 'x', FORM_CONTENT_TYPE);
        if (kind === 0) return command('/role', 'intelligence analyst', run.staffUser, 'CSTAFF0001');
        if (kind === 1) return command('/compare', 'intelligence analyst vs custody detention officer', run.staffUser, 'CSTAFF0001');
        const event = appMentionEvent({ text: `<@${fake.botUserId}> what vetting does an intelligence analyst need? (${i})`, user: run.staffUser });
        return post(run.eventsUrl, run.signingSecret, JSON.stringify(eventEnvelope(event, { botUserId: fake.botUserId })), 'application/json');
      };
      const burst = (url: string): Promise<Array<{ ms: number | null; at: number | null }>> =>
        Promise.all(Array.from({ length: run.requests }, (_, i) => mixed(url, i)));

      const baseline = await burst(run.baselineUrl);
      // HR start a posting; the form opens after the ack, as in production.
      await command('/post-role', '', run.hrUser, 'CHRTEAM01');
      while (fake.callsTo('views.open').length === 0) await new Promise((resolve) => setTimeout(resolve, 10));
      const form = fake.callsTo('views.open').at(-1)?.args['view'] as { private_metadata?: string };
      const submission = post(
        run.eventsUrl,
        run.signingSecret,
        formBody({
          payload: JSON.stringify(
            viewSubmission({ user: run.hrUser, callbackId: 'rolecall_post_role', viewId: 'VFORM00001', privateMetadata: form.private_metadata ?? '', values: formValues({ fileId: 'F0HOSTILE1', fileName: 'hostile.txt' }) }),
          ),
        }),
        FORM_CONTENT_TYPE,
      );
      await downloadStarted;
      const measured = await burst(run.eventsUrl);
      await submission;
      const done: HostileDone = {
        type: 'done',
        latencies: measured.map((r) => r.ms),
        ackedAt: measured.map((r) => r.at),
        baselineLatencies: baseline.map((r) => r.ms),
      };
      send(done);
      await fake.close();
      process.disconnect();
    })();
  });
  send({ type: 'ready', apiUrl: fake.apiUrl });
}
