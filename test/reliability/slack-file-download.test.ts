/**
 * The bot token goes only to Slack. A file whose url_private names another host, a redirect to another host,
 * and a remote (external) file are refused before the token leaves the bot, and HR are asked to attach the
 * document itself. Against the fake Slack API and a second, "foreign" web server on loopback.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { webApi } from '@slack/bolt';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isRoleCallError } from '../../src/errors.ts';
import { downloadSlackFile, mayCarryToken } from '../../src/slack/postings/slack-file.ts';
import { startFakeSlackApi, type FakeSlackApi } from '../support/fake-slack-api.ts';
import { TEST_BOT_TOKEN } from '../support/slack-app-harness.ts';
import { ANALYST_DOCUMENT, CDO_DOCUMENT, HR_USER, startPostingsBot } from '../postings/postings-bot.ts';
import { formValues, viewSubmission } from '../postings/slack-view-payloads.ts';
import { startForeignServer, type ForeignServer } from './foreign-server.ts';

const TOKEN = 'xoxb-secret-token-under-test';

describe('mayCarryToken: which URLs may see the bot token', () => {
  const api = 'http://127.0.0.1:4100/api/';
  it.each([
    ['https://files.slack.com/files-pri/T1-F1/role.docx', 'https://slack.com/api/', true],
    ['http://files.slack.com/files-pri/T1-F1/role.docx', 'https://slack.com/api/', false],
    ['https://files.slack.com.evil.example/files-pri/role.docx', 'https://slack.com/api/', false],
    ['https://evil.example/files.slack.com/role.docx', 'https://slack.com/api/', false],
    ['https://user:pw@files.slack.com/role.docx', 'https://slack.com/api/', false],
    ['https://docs.google.com/document/d/abc', 'https://slack.com/api/', false],
    ['https://slack.com/files-pri/role.docx', 'https://slack.com/api/', true],
    ['http://slack.com/files-pri/role.docx', 'https://slack.com/api/', false],
    ['http://127.0.0.1:4100/files-pri/role.txt', api, true],
    ['http://127.0.0.1:4101/files-pri/role.txt', api, false],
    ['http://localhost:4100/files-pri/role.txt', api, false],
    ['https://127.0.0.1:4100/files-pri/role.txt', api, false],
    ['ftp://127.0.0.1:4100/role.txt', 'ftp://127.0.0.1:4100/', false],
    ['not a url', api, false],
  ])('%s (API %s): %s', (url, apiUrl, expected) => {
    expect(mayCarryToken(url, apiUrl)).toBe(expected);
  });
});

describe('downloadSlackFile against the fake Slack API and a foreign server', () => {
  let fake: FakeSlackApi;
  let foreign: ForeignServer;
  let client: webApi.WebClient;
  const downloads: Array<string | undefined> = [];

  beforeEach(async () => {
    fake = await startFakeSlackApi();
    foreign = await startForeignServer();
    client = new webApi.WebClient(TOKEN, { slackApiUrl: fake.apiUrl, retryConfig: { retries: 0 } });
    downloads.length = 0;
    fake.route('/files-pri/T1-F1/cdo.txt', (req, res) => {
      downloads.push(req.headers.authorization);
      res.writeHead(200, { 'content-type': 'text/plain' });
      res.end(CDO_DOCUMENT);
    });
  });
  afterEach(async () => {
    await fake.close();
    await foreign.close();
  });

  function describesFile(file: Record<string, unknown>): void {
    fake.setHandler('files.info', (args) => ({ ok: true, file: { id: args['file'], name: 'cdo.txt', size: 900, ...file } }));
  }

  async function refusal(): Promise<string> {
    try {
      await downloadSlackFile(client, 'F0TEST0001', TOKEN);
    } catch (error) {
      if (isRoleCallError(error)) return `${error.code}: ${error.toUserText()}`;
      throw error;
    }
    throw new Error('the download was not refused');
  }

  it('downloads from the configured API host with the token (the control case)', async () => {
    describesFile({ url_private: `${fake.baseUrl}/files-pri/T1-F1/cdo.txt` });
    const file = await downloadSlackFile(client, 'F0TEST0001', TOKEN);
    expect(new TextDecoder().decode(file.bytes)).toBe(CDO_DOCUMENT);
    expect(downloads).toEqual([`Bearer ${TOKEN}`]);
  });

  it('never sends anything to a url_private on another host', async () => {
    describesFile({ url_private: `${foreign.baseUrl}/files-pri/T1-F1/cdo.txt` });
    expect(await refusal()).toMatch(/^FILE_NOT_FROM_SLACK: cdo\.txt is stored outside Slack.*attach the document itself/);
    expect(foreign.requests).toEqual([]);
  });

  it('the same port under another host name is another host', async () => {
    describesFile({ url_private: `${fake.baseUrl.replace('127.0.0.1', 'localhost')}/files-pri/T1-F1/cdo.txt` });
    expect(await refusal()).toMatch(/^FILE_NOT_FROM_SLACK/);
    expect(downloads).toEqual([]);
  });

  it('does not follow a redirect to another host with the token', async () => {
    const hops: Array<string | undefined> = [];
    fake.route('/files-pri/T1-F1/moved.txt', (req, res) => {
      hops.push(req.headers.authorization);
      res.writeHead(302, { location: `${foreign.baseUrl}/steal?from=slack` });
      res.end();
    });
    describesFile({ url_private: `${fake.baseUrl}/files-pri/T1-F1/moved.txt` });
    expect(await refusal()).toMatch(/^FILE_NOT_FROM_SLACK/);
    expect(hops).toEqual([`Bearer ${TOKEN}`]);
    expect(foreign.requests).toEqual([]);
  });

  it('follows a redirect that stays on Slack (relative Location too)', async () => {
    fake.route('/files-pri/T1-F1/old-name.txt', (_req, res) => {
      res.writeHead(301, { location: '/files-pri/T1-F1/cdo.txt' });
      res.end();
    });
    describesFile({ url_private_download: `${fake.baseUrl}/files-pri/T1-F1/old-name.txt` });
    const file = await downloadSlackFile(client, 'F0TEST0001', TOKEN);
    expect(new TextDecoder().decode(file.bytes)).toBe(CDO_DOCUMENT);
    expect(downloads).toEqual([`Bearer ${TOKEN}`]);
  });

  it('gives up on a redirect loop with a clear error', async () => {
    fake.route('/files-pri/T1-F1/loop.txt', (_req, res) => {
      res.writeHead(302, { location: '/files-pri/T1-F1/loop.txt' });
      res.end();
    });
    describesFile({ url_private: `${fake.baseUrl}/files-pri/T1-F1/loop.txt` });
    expect(await refusal()).toMatch(/^UNREADABLE_DOCUMENT: The download of cdo\.txt was redirected too many times/);
  });

  it.each([
    ['is_external', { is_external: true, external_type: 'gdrive' }],
    ['mode external', { mode: 'external' }],
  ])('a remote file (%s) is refused before any download', async (_label, flags) => {
    describesFile({ ...flags, url_private: `${fake.baseUrl}/files-pri/T1-F1/cdo.txt` });
    expect(await refusal()).toMatch(/^FILE_NOT_FROM_SLACK: .*attach the document itself/);
    expect(downloads).toEqual([]);
  });
});

describe('in the /post-role modal', () => {
  let dataDir: string;
  let fake: FakeSlackApi;
  let foreign: ForeignServer;

  beforeEach(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'rolecall-file-download-'));
    await mkdir(join(dataDir, 'sources'), { recursive: true });
    await writeFile(join(dataDir, 'sources', 'intelligence-analyst.txt'), ANALYST_DOCUMENT);
    fake = await startFakeSlackApi();
    foreign = await startForeignServer(CDO_DOCUMENT);
  });
  afterEach(async () => {
    await fake.close();
    await foreign.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  it.each([
    ['a url_private on another host', (foreignUrl: string) => ({ url_private: `${foreignUrl}/files/cdo.txt` })],
    ['a remote Google Drive file', (foreignUrl: string) => ({ is_external: true, mode: 'external', url_private: `${foreignUrl}/files/cdo.txt` })],
  ])('%s: the form says to attach the document itself, and the token stays home', async (_label, fileFields) => {
    const bot = await startPostingsBot(dataDir, fake);
    try {
      fake.setHandler('files.info', (args) => ({ ok: true, file: { id: args['file'], name: 'cdo.txt', size: 900, ...fileFields(foreign.baseUrl) } }));
      await bot.rig.sendCommand('/post-role', '', { user_id: HR_USER, channel_id: 'CHRTEAM01' });
      const form = fake.callsTo('views.open').at(-1)?.args['view'] as { private_metadata?: string };
      const response = await bot.rig.sendInteraction(
        viewSubmission({
          user: HR_USER,
          callbackId: 'rolecall_post_role',
          viewId: 'VFORM00001',
          privateMetadata: form.private_metadata ?? '',
          values: formValues({ fileId: 'F0REMOTE01', fileName: 'cdo.txt' }),
        }),
      );
      const body = JSON.parse(response.body) as { response_action?: string; errors?: Record<string, string> };
      expect(body.response_action).toBe('errors');
      expect(body.errors?.['doc_file']).toMatch(/cdo\.txt is stored outside Slack.*attach the document itself/);
      expect(foreign.requests).toEqual([]);
      expect(fake.calls.every((call) => call.token === undefined || call.token === TEST_BOT_TOKEN)).toBe(true);
      expect(bot.postings.list()).toEqual([]);
    } finally {
      await bot.rig.stop();
    }
  });
});
