/**
 * HR checks fail closed and answer. The bot's usergroups.users.list lookup against the fake Slack API
 * returns 500, or hangs, and then recovers: every surface tells the person "could not check your HR
 * permission; try again" in time, nothing is stored or announced, and the next check after Slack recovers
 * succeeds (a hung lookup is never shared by the checks that come after it).
 */
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startFakeSlackApi, type FakeSlackApi, type MethodHandler } from '../support/fake-slack-api.ts';
import { shownText } from '../support/slack-assertions.ts';
import { ANALYST_DOCUMENT, CDO_DOCUMENT, HR_GROUP, HR_GROUP_MEMBER, JOBS_CHANNEL, startPostingsBot, type PostingsBot } from '../postings/postings-bot.ts';
import { formValues, viewSubmission } from '../postings/slack-view-payloads.ts';

const COULD_NOT_CHECK = /could not check your HR permission with Slack just now; try again/;

let dataDir: string;
let fake: FakeSlackApi;
let bot: PostingsBot | undefined;
/** Hung lookups, released after each test so the fake can close. */
let hung: Array<() => void> = [];

beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'rolecall-hr-lookup-'));
  await mkdir(join(dataDir, 'sources'), { recursive: true });
  await writeFile(join(dataDir, 'sources', 'intelligence-analyst.txt'), ANALYST_DOCUMENT);
  fake = await startFakeSlackApi();
  hung = [];
});
afterEach(async () => {
  for (const release of hung) release();
  await bot?.rig.stop();
  bot = undefined;
  await fake.close();
  await rm(dataDir, { recursive: true, force: true });
});

const answers: MethodHandler = (args) => ({ ok: true, users: args['usergroup'] === HR_GROUP ? [HR_GROUP_MEMBER] : [] });
/** The fake turns a thrown error into HTTP 500. */
const fails: MethodHandler = () => {
  throw new Error('internal_error');
};
const hangs: MethodHandler = () =>
  new Promise((resolve) => {
    hung.push(() => resolve({ ok: false, error: 'released' }));
  });

function lookups(): number {
  return fake.callsTo('usergroups.users.list').length;
}

async function start(options: { hrLookupTimeoutMs?: number } = {}): Promise<PostingsBot> {
  // No cache: every check asks Slack, so each step of a test sees the fake's current behaviour.
  bot = await startPostingsBot(dataDir, fake, { hrCacheMs: 0, ...options });
  return bot;
}

async function postRole(b: PostingsBot): Promise<void> {
  await b.rig.sendCommand('/post-role', '', { user_id: HR_GROUP_MEMBER, channel_id: 'CHRTEAM01' });
}

function shown(): string {
  return fake.sentMessages().map(shownText).join('\n');
}

async function submit(b: PostingsBot, callbackId: string, metadata: string, values: Record<string, unknown>) {
  const started = performance.now();
  const response = await b.rig.sendInteraction(viewSubmission({ user: HR_GROUP_MEMBER, callbackId, viewId: 'VFORM00001', privateMetadata: metadata, values }));
  return { ms: performance.now() - started, status: response.status, body: (response.body ? JSON.parse(response.body) : {}) as Record<string, unknown> };
}

async function expectNothingStored(b: PostingsBot): Promise<void> {
  expect(b.postings.list()).toEqual([]);
  expect(existsSync(join(dataDir, 'roles')) ? await readdir(join(dataDir, 'roles')) : []).toEqual([]);
  expect(fake.sentMessages().filter((m) => m.via === 'chat.postMessage' && m.channel === JOBS_CHANNEL)).toEqual([]);
}

describe('/post-role when the user-group lookup fails', () => {
  it('500: tried once more, then the person is told to try again; after Slack recovers the form opens', async () => {
    const b = await start({ hrLookupTimeoutMs: 500 });
    fake.setHandler('usergroups.users.list', fails);
    await postRole(b);
    expect(lookups()).toBe(2);
    expect(fake.callsTo('views.open')).toEqual([]);
    expect(fake.sentMessages().map((m) => m.via)).toEqual(['response_url']);
    expect(shown()).toMatch(COULD_NOT_CHECK);

    fake.setHandler('usergroups.users.list', answers);
    fake.clear();
    await postRole(b);
    expect(fake.callsTo('views.open')).toHaveLength(1);
    expect(shown()).not.toMatch(COULD_NOT_CHECK);
  });

  it('hanging: the check times out and answers; the next check after Slack recovers does not wait for the hung one', async () => {
    const b = await start({ hrLookupTimeoutMs: 300 });
    fake.setHandler('usergroups.users.list', hangs);
    await postRole(b);
    expect(hung).toHaveLength(2);
    expect(shown()).toMatch(COULD_NOT_CHECK);
    expect(fake.callsTo('views.open')).toEqual([]);

    // Both hung requests are still open on the fake's side; Slack is answering again.
    fake.setHandler('usergroups.users.list', answers);
    fake.clear();
    await postRole(b);
    expect(fake.callsTo('views.open')).toHaveLength(1);
  });

  it('many checks during a hang all get an answer, and one shared attempt at a time is made', async () => {
    const b = await start({ hrLookupTimeoutMs: 300 });
    fake.setHandler('usergroups.users.list', hangs);
    await Promise.all([postRole(b), postRole(b), postRole(b), postRole(b)]);
    expect(fake.responses).toHaveLength(4);
    expect(fake.responses.every((r) => COULD_NOT_CHECK.test(String(r.body['text'])))).toBe(true);
    // Four checks, each with one retry, share attempts rather than making eight lookups.
    expect(lookups()).toBeLessThan(8);
  });
});

describe('modal submissions when the lookup fails', () => {
  it('the form answers inline within Slack\'s 3 seconds even with the production 3 s timeout, and stores nothing', async () => {
    const b = await start();
    fake.setHandler('usergroups.users.list', answers);
    await postRole(b);
    const form = fake.callsTo('views.open').at(-1)?.args['view'] as { private_metadata?: string };
    fake.setHandler('usergroups.users.list', hangs);
    const result = await submit(b, 'rolecall_post_role', form.private_metadata ?? '', formValues({ text: CDO_DOCUMENT }));
    expect(result.status).toBe(200);
    // The generous bound the task asks for: Slack drops a view submission not answered in 3 s.
    expect(result.ms).toBeLessThan(3000);
    expect(result.body['response_action']).toBe('errors');
    expect((result.body['errors'] as Record<string, string>)['doc_text']).toMatch(COULD_NOT_CHECK);
    await expectNothingStored(b);
  });

  it('Confirm on the preview: nothing is stored or announced, the preview stays, and Confirm works once Slack is back', async () => {
    const b = await start({ hrLookupTimeoutMs: 500 });
    fake.setHandler('usergroups.users.list', answers);
    await postRole(b);
    const form = fake.callsTo('views.open').at(-1)?.args['view'] as { private_metadata?: string };
    const preview = await submit(b, 'rolecall_post_role', form.private_metadata ?? '', formValues({ text: CDO_DOCUMENT }));
    expect(preview.body['response_action']).toBe('update');
    const previewMetadata = (preview.body['view'] as { private_metadata?: string }).private_metadata ?? '';

    fake.setHandler('usergroups.users.list', fails);
    const refused = await submit(b, 'rolecall_post_role_confirm', previewMetadata, {});
    // Pushed over the preview: closing it goes back to the preview and its Confirm button.
    expect(refused.body['response_action']).toBe('push');
    expect(JSON.stringify(refused.body['view'])).toMatch(COULD_NOT_CHECK);
    await expectNothingStored(b);

    fake.setHandler('usergroups.users.list', answers);
    const confirmed = await submit(b, 'rolecall_post_role_confirm', previewMetadata, {});
    expect(confirmed.body['response_action']).toBe('update');
    expect(b.postings.list()).toHaveLength(1);
  });

  it('the announcement\'s Withdraw button tells only the presser, and the posting stays open', async () => {
    const b = await start({ hrLookupTimeoutMs: 500 });
    fake.setHandler('usergroups.users.list', answers);
    await postRole(b);
    const form = fake.callsTo('views.open').at(-1)?.args['view'] as { private_metadata?: string };
    const preview = await submit(b, 'rolecall_post_role', form.private_metadata ?? '', formValues({ text: CDO_DOCUMENT }));
    await submit(b, 'rolecall_post_role_confirm', (preview.body['view'] as { private_metadata?: string }).private_metadata ?? '', {});
    const posting = b.postings.list()[0];
    if (!posting?.messageTs) throw new Error('no announced posting');

    fake.setHandler('usergroups.users.list', fails);
    fake.clear();
    await b.rig.sendAction({ action: { type: 'button', action_id: 'rolecall_posting_withdraw', value: posting.id }, user: HR_GROUP_MEMBER, channel: JOBS_CHANNEL, message: { ts: posting.messageTs } });
    const sent = fake.sentMessages();
    expect(sent.map((m) => m.via)).toEqual(['chat.postEphemeral']);
    expect(sent[0]?.user).toBe(HR_GROUP_MEMBER);
    expect(shown()).toMatch(COULD_NOT_CHECK);
    expect(fake.callsTo('chat.update')).toEqual([]);
    expect(b.postings.get(posting.id)?.status).toBe('open');
  });
});
