/** More postings paths through the real Bolt app: the message shortcut, two HR people at once, a double
 * click on Confirm, and a slow document acknowledged first and previewed afterwards. */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Document, Packer, Paragraph } from 'docx';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startFakeSlackApi, type FakeSlackApi } from '../support/fake-slack-api.ts';
import { shownText } from '../support/slack-assertions.ts';
import { appMentionEvent } from '../support/slack-payloads.ts';
import { ANALYST_DOCUMENT, CDO_DOCUMENT, HR_GROUP_MEMBER, HR_USER, JOBS_CHANNEL, STAFF_USER, startPostingsBot, type PostingsBot } from './postings-bot.ts';
import { formValues, messageShortcut, viewSubmission, type FormValues } from './slack-view-payloads.ts';

let dataDir: string;
let fake: FakeSlackApi;
let bot: PostingsBot;

beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'rolecall-postings-e2e2-'));
  fake = await startFakeSlackApi();
});
afterEach(async () => {
  await bot.rig.stop();
  await fake.close();
  await rm(dataDir, { recursive: true, force: true });
});

type Json = Record<string, unknown>;

async function submit(callbackId: string, metadata: string, values: Json, user = HR_USER): Promise<Json> {
  const response = await bot.rig.sendInteraction(viewSubmission({ user, callbackId, viewId: `V${user}`, privateMetadata: metadata, values }));
  expect(response.status).toBe(200);
  return response.body ? (JSON.parse(response.body) as Json) : {};
}

async function openForm(user: string): Promise<string> {
  await bot.rig.sendCommand('/post-role', '', { user_id: user });
  const view = fake.callsTo('views.open').at(-1)?.args['view'] as { private_metadata: string };
  return view.private_metadata;
}

async function previewFor(user: string, values: FormValues): Promise<string> {
  const body = await submit('rolecall_post_role', await openForm(user), formValues(values), user);
  expect(body['response_action']).toBe('update');
  return (body['view'] as { private_metadata: string }).private_metadata;
}

function announcements() {
  return fake.sentMessages().filter((m) => m.via === 'chat.postMessage' && m.channel === JOBS_CHANNEL && m.threadTs === undefined);
}

describe('postings: more paths', () => {
  it('"Post as vacancy" on a message with a file opens the form with that file, and posts it', async () => {
    bot = await startPostingsBot(dataDir, fake);
    fake.setHandler('files.info', (args) => ({
      ok: true,
      file: { id: args['file'], name: 'cdo.txt', size: CDO_DOCUMENT.length, url_private_download: `${fake.baseUrl}/files-pri/cdo.txt` },
    }));
    fake.route('/files-pri/cdo.txt', (req, res) => {
      res.writeHead(req.headers.authorization === 'Bearer xoxb-test-bot-token' ? 200 : 403, { 'content-type': 'text/plain' });
      res.end(CDO_DOCUMENT);
    });
    // Someone outside HR is refused, ephemerally.
    await bot.rig.sendInteraction(messageShortcut({ user: STAFF_USER, channel: 'CHRTEAM01', responseUrl: fake.responseUrl(), files: [{ id: 'F0SHARED01', name: 'cdo.txt' }] }));
    expect(fake.callsTo('views.open')).toEqual([]);
    expect(fake.callsTo('chat.postEphemeral')[0]?.args).toMatchObject({ channel: 'CHRTEAM01', user: STAFF_USER });
    // A message without a file: told so.
    await bot.rig.sendInteraction(messageShortcut({ user: HR_USER, channel: 'CHRTEAM01', responseUrl: fake.responseUrl() }));
    expect(String(fake.callsTo('chat.postEphemeral').at(-1)?.args['text'])).toMatch(/That message has no file/);
    expect(fake.callsTo('views.open')).toEqual([]);

    await bot.rig.sendInteraction(messageShortcut({ user: HR_USER, channel: 'CHRTEAM01', responseUrl: fake.responseUrl(), files: [{ id: 'F0SHARED01', name: 'cdo.txt' }] }));
    const view = fake.callsTo('views.open')[0]?.args['view'] as { private_metadata: string; blocks: unknown[] };
    expect(JSON.stringify(view.blocks)).toContain('cdo.txt');
    expect(JSON.stringify(view.blocks)).not.toContain('file_input');
    const values = formValues({});
    delete values['doc_file'];
    const body = await submit('rolecall_post_role', view.private_metadata, values);
    expect(body['response_action']).toBe('update');
    expect(fake.callsTo('files.info')[0]?.args['file']).toBe('F0SHARED01');
    await submit('rolecall_post_role_confirm', (body['view'] as { private_metadata: string }).private_metadata, {});
    expect(announcements().map(shownText).join('\n')).toContain('Vacancy: Custody Detention Officer');
  });

  it('two HR people posting at once lose nothing, and a double-clicked Confirm posts once', async () => {
    bot = await startPostingsBot(dataDir, fake);
    const [first, second] = await Promise.all([
      previewFor(HR_USER, { text: CDO_DOCUMENT }),
      previewFor(HR_GROUP_MEMBER, { text: ANALYST_DOCUMENT, location: 'Force Intelligence Bureau' }),
    ]);
    const results = await Promise.all([
      submit('rolecall_post_role_confirm', first, {}),
      submit('rolecall_post_role_confirm', second, {}, HR_GROUP_MEMBER),
      submit('rolecall_post_role_confirm', first, {}),
    ]);
    expect(results.map((r) => JSON.stringify(r['view']).includes('Preview expired')).filter(Boolean)).toHaveLength(1);
    const postings = bot.postings.list();
    expect(postings.map((p) => p.roleId).sort()).toEqual(['custody-detention-officer', 'intelligence-analyst']);
    expect(new Set(postings.map((p) => p.postedBy))).toEqual(new Set([HR_USER, HR_GROUP_MEMBER]));
    expect(announcements()).toHaveLength(2);
    expect(bot.assistant.roles().map((r) => r.id).sort()).toEqual(['custody-detention-officer', 'intelligence-analyst']);
    // Both survive a restart.
    await bot.rig.stop();
    bot = await startPostingsBot(dataDir, fake);
    expect(bot.postings.list()).toHaveLength(2);
    expect(bot.assistant.roles()).toHaveLength(2);
    fake.clear();
    await bot.rig.sendEvent(appMentionEvent({ text: '<@UROLECALL> what vacancies are open?', channel: 'CGENERAL', user: STAFF_USER }));
    const listed = fake.sentMessages().map(shownText).join('\n');
    expect(listed).toContain('Custody Detention Officer');
    expect(listed).toContain('Intelligence Analyst');
  });

  it('a slow document: the modal is acknowledged with "Reading..." and the preview follows with views.update', async () => {
    bot = await startPostingsBot(dataDir, fake, { ackBudgetMs: 0 });
    fake.setHandler('files.info', (args) => ({
      ok: true,
      file: { id: args['file'], name: 'cdo.txt', size: CDO_DOCUMENT.length, url_private: `${fake.baseUrl}/files-pri/slow.txt` },
    }));
    fake.route('/files-pri/slow.txt', async (_req, res) => {
      await new Promise((resolve) => setTimeout(resolve, 50));
      res.writeHead(200, { 'content-type': 'text/plain' });
      res.end(CDO_DOCUMENT);
    });
    const body = await submit('rolecall_post_role', await openForm(HR_USER), formValues({ fileId: 'F0SLOW0001', fileName: 'cdo.txt' }));
    expect(body['response_action']).toBe('update');
    expect(JSON.stringify(body['view'])).toContain('Reading the role document');
    const update = fake.callsTo('views.update').at(-1)?.args;
    expect(update?.['view_id']).toBe(`V${HR_USER}`);
    expect(JSON.stringify(update?.['view'])).toContain('rolecall_post_role_confirm');
    expect(JSON.stringify(update?.['view'])).toContain('Custody Detention Officer');
  });

  it('a .docx uploaded to Slack is read, and "Compare with ..." on the announcement answers in its thread', async () => {
    bot = await startPostingsBot(dataDir, fake);
    const docx = new Document({
      sections: [{ children: ['Wessex Vale Police', 'Job Title: Intelligence Analyst', 'Grade: Scale 6', 'Hours: 37 hours per week', 'Vetting', 'Management Vetting (MV) is required.'].map((text) => new Paragraph(text)) }],
    });
    const bytes = await Packer.toBuffer(docx);
    fake.setHandler('files.info', (args) => ({
      ok: true,
      file: { id: args['file'], name: 'analyst.docx', size: bytes.length, url_private: `${fake.baseUrl}/files-pri/analyst.docx` },
    }));
    fake.route('/files-pri/analyst.docx', (req, res) => {
      res.writeHead(req.headers.authorization === 'Bearer xoxb-test-bot-token' ? 200 : 403, {
        'content-type': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      });
      res.end(bytes);
    });
    const analystPreview = await previewFor(HR_USER, { fileId: 'F0DOCX0001', fileName: 'analyst.docx', location: 'Force Intelligence Bureau' });
    await submit('rolecall_post_role_confirm', analystPreview, {});
    const cdoPreview = await previewFor(HR_USER, { text: CDO_DOCUMENT });
    await submit('rolecall_post_role_confirm', cdoPreview, {});
    const analyst = bot.postings.list().find((p) => p.roleId === 'intelligence-analyst');
    expect(analyst).toBeDefined();
    expect(shownText(announcements()[0]!)).toContain('MV');

    fake.clear();
    await bot.rig.sendAction({
      action: { type: 'static_select', action_id: 'rolecall_compare_with', selected_option: { text: { type: 'plain_text', text: 'Custody Detention Officer' }, value: 'intelligence-analyst|custody-detention-officer' } },
      user: STAFF_USER,
      channel: JOBS_CHANNEL,
      message: { ts: analyst!.messageTs! },
    });
    const compared = fake.sentMessages();
    expect(compared[0]?.threadTs).toBe(analyst!.messageTs);
    const text = compared.map(shownText).join('\n');
    expect(text).toContain('Intelligence Analyst');
    expect(text).toContain('Custody Detention Officer');
  });
});
