/**
 * End to end, through the real Bolt app over signed HTTP against the fake Slack API: while HR's upload of a
 * hostile document is being read, every other request is still acked and answered, the hostile document
 * gets a clear error in the form, and the next document reads normally. Parsing runs in the parse pool,
 * as in production; the hostile document exhausts its worker's heap cap.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createParsePool, type ParsePool } from '../../src/ingest/parse-pool.ts';
import { startFakeSlackApi, type FakeSlackApi } from '../support/fake-slack-api.ts';
import { ANALYST_DOCUMENT, CDO_DOCUMENT, HR_USER, STAFF_USER, startPostingsBot } from '../postings/postings-bot.ts';
import { formValues, viewSubmission } from '../postings/slack-view-payloads.ts';
import { appMentionEvent } from '../support/slack-payloads.ts';

/** About 900,000 characters of distinct duty lines: under the text limit, over a small worker heap. */
function hostileDocument(): string {
  const lines = ['Job title: Records Clerk', 'Grade: Scale 4', 'Main duties:'];
  for (let i = 0; i < 12_000; i += 1) lines.push(`- Keep register ${i} of case file ${i * 7} up to date for the unit ${i % 97}.`);
  return lines.join('\n');
}

describe('a hostile document does not stop the bot', () => {
  let dataDir: string;
  let fake: FakeSlackApi;
  let pool: ParsePool;

  beforeEach(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'rolecall-hostile-'));
    await mkdir(join(dataDir, 'sources'), { recursive: true });
    await writeFile(join(dataDir, 'sources', 'intelligence-analyst.txt'), ANALYST_DOCUMENT);
    fake = await startFakeSlackApi();
    pool = createParsePool({ size: 1, maxHeapMb: 24 });
  });
  afterEach(async () => {
    await pool.close();
    await fake.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('acks and answers other requests while it is read, refuses it clearly, and reads the next document', async () => {
    const events: string[] = [];
    let downloaded!: () => void;
    const downloadStarted = new Promise<void>((resolve) => (downloaded = resolve));
    const files: Record<string, string> = { F0HOSTILE1: hostileDocument(), F0CUSTODY1: CDO_DOCUMENT };
    fake.setHandler('files.info', (args) => {
      const id = String(args['file']);
      return { ok: true, file: { id, name: `${id}.txt`, size: files[id]?.length ?? 0, url_private: `${fake.baseUrl}/files-pri/T1-${id}/${id}.txt` } };
    });
    for (const [id, text] of Object.entries(files)) {
      fake.route(`/files-pri/T1-${id}/${id}.txt`, (_req, res) => {
        if (id === 'F0HOSTILE1') downloaded();
        res.writeHead(200, { 'content-type': 'text/plain' });
        res.end(text);
      });
    }
    // The form is acknowledged within Slack's 3 s ("Reading..."); what was read then arrives by views.update.
    const updates: string[] = [];
    const waiting: Array<() => void> = [];
    fake.setHandler('views.update', (args) => {
      updates.push(JSON.stringify(args['view']));
      for (const wake of waiting.splice(0)) wake();
      return { ok: true, view: { id: 'VFORM00001' } };
    });
    const nextUpdate = (): Promise<string> => {
      const count = updates.length;
      return new Promise((resolve) => waiting.push(() => resolve(updates[count] ?? '')));
    };
    const bot = await startPostingsBot(dataDir, fake, {
      parse: (bytes, fileName) => pool.parse(bytes, fileName).finally(() => events.push(`parsed ${fileName}`)),
    });
    try {
      /** Submits the form with this file; the view HR ends up seeing, as JSON. */
      const submit = async (fileId: string, started?: () => void): Promise<string> => {
        await bot.rig.sendCommand('/post-role', '', { user_id: HR_USER, channel_id: 'CHRTEAM01' });
        const form = fake.callsTo('views.open').at(-1)?.args['view'] as { private_metadata?: string };
        const updated = nextUpdate();
        const sent = bot.rig.sendInteraction(
          viewSubmission({
            user: HR_USER,
            callbackId: 'rolecall_post_role',
            viewId: 'VFORM00001',
            privateMetadata: form.private_metadata ?? '',
            values: formValues({ fileId, fileName: `${fileId}.txt` }),
          }),
        );
        started?.();
        const response = await sent;
        expect(response.status).toBe(200);
        const body = JSON.parse(response.body) as { response_action?: string; errors?: Record<string, string>; view?: unknown };
        if (body.response_action === 'errors') return JSON.stringify(body.errors);
        const view = JSON.stringify(body.view);
        return view.includes('Reading the role document') ? updated : view;
      };

      let others: Promise<number[]> | undefined;
      const hostile = submit('F0HOSTILE1', () => {
        // Mixed requests from staff, sent once the hostile document is downloaded and being read.
        others = downloadStarted.then(() =>
          Promise.all(
            Array.from({ length: 12 }, async (_, i) => {
              const response =
                i % 3 === 0
                  ? await bot.rig.sendCommand('/role', 'intelligence analyst', { user_id: STAFF_USER, channel_id: 'CSTAFF0001' })
                  : await bot.rig.sendEvent(appMentionEvent({ text: `<@${fake.botUserId}> what vetting does an intelligence analyst need? (${i})`, user: STAFF_USER }));
              events.push('answered');
              return response.status;
            }),
          ),
        );
      });
      const shown = await hostile;
      expect(await others).toEqual(Array.from({ length: 12 }, () => 200));
      // Every other request was acked and answered while the hostile document was still being read.
      expect(events.indexOf('parsed F0HOSTILE1.txt')).toBe(12);
      expect(shown).toMatch(/F0HOSTILE1\.txt: reading the document needed more than the 24 MB allowed for one document, so it was stopped\./);
      expect(bot.postings.list()).toEqual([]);
      expect(bot.rig.log.lines.filter((line) => Number(line['level']) >= 50)).toEqual([]);

      const next = await submit('F0CUSTODY1');
      expect(events.at(-1)).toBe('parsed F0CUSTODY1.txt');
      expect(next).toMatch(/Custody Detention Officer/);
      expect(next).not.toMatch(/Cannot use document/);
    } finally {
      await bot.rig.stop();
    }
  });
});
