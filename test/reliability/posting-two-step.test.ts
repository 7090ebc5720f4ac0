/**
 * Postings are a two-step record: stored "pending", announced, and only then listed. A real child process
 * is killed (SIGKILL, from a fault hook) between the steps; the bot restarted on the same data directory
 * repairs it: the posting is announced exactly once (found in the channel if the announcement had gone out),
 * or marked failed, and the HR person who made it is told in a DM. Staff never hear of a pending posting.
 */
import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openPostingStore } from '../../src/postings/posting-store.ts';
import { startFakeSlackApi, type FakeSlackApi } from '../support/fake-slack-api.ts';
import { shownText } from '../support/slack-assertions.ts';
import { appMentionEvent } from '../support/slack-payloads.ts';
import { ANALYST_DOCUMENT, HR_USER, JOBS_CHANNEL, startPostingsBot, type PostingsBot } from '../postings/postings-bot.ts';
import { formValues, viewSubmission } from '../postings/slack-view-payloads.ts';

const HERE = dirname(fileURLToPath(import.meta.url));
const REPO = join(HERE, '..', '..');
const CHILD = join(HERE, 'posting-child.ts');
/** A child process starting TypeScript through tsx takes seconds on a busy machine: not a speed check, room to finish. */
const CHILD_TEST_TIMEOUT_MS = 120_000;

let dataDir: string;
let fake: FakeSlackApi;
let bot: PostingsBot | undefined;

beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'rolecall-two-step-'));
  await mkdir(join(dataDir, 'sources'), { recursive: true });
  await writeFile(join(dataDir, 'sources', 'intelligence-analyst.txt'), ANALYST_DOCUMENT);
  fake = await startFakeSlackApi();
});
afterEach(async () => {
  await bot?.rig.stop();
  bot = undefined;
  await fake.close();
  await rm(dataDir, { recursive: true, force: true });
});

interface ChildResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  steps: Array<{ step: string; posting?: string }>;
  stderr: string;
}

function runChild(fault: 'after-store' | 'after-announce'): Promise<ChildResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', CHILD, dataDir, fake.apiUrl, fault], { cwd: REPO, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code, signal) =>
      resolve({ code, signal, stderr, steps: stdout.split('\n').filter(Boolean).map((line) => JSON.parse(line) as ChildResult['steps'][number]) }),
    );
  });
}

/** The bot restarted on the data directory; resolves once its start-up work (the repair) is done. */
async function restart(options: { repair?: boolean } = {}): Promise<PostingsBot> {
  await bot?.rig.stop();
  let startup: Promise<unknown> = Promise.resolve();
  bot = await startPostingsBot(dataDir, fake, {
    repairPendingOnStart: options.repair ?? true,
    onStartupWork: (done) => (startup = done),
  });
  await startup;
  return bot;
}

function announcements() {
  return fake.sentMessages().filter((m) => m.via === 'chat.postMessage' && m.ok && m.channel === JOBS_CHANNEL && m.threadTs === undefined);
}

function dmsToHr(): string[] {
  return fake.sentMessages().filter((m) => m.via === 'chat.postMessage' && m.channel === HR_USER).map(shownText);
}

async function askVacancies(b: PostingsBot): Promise<string> {
  const before = fake.sentMessages().length;
  await b.rig.sendEvent(appMentionEvent({ text: '<@UROLECALL> what vacancies are open?', channel: 'CGENERAL', user: 'USTAFF0001' }));
  return fake.sentMessages().slice(before).filter((m) => m.channel === 'CGENERAL').map(shownText).join('\n');
}

async function storedPostings() {
  return (await openPostingStore(dataDir)).list();
}

describe('killed after storing, before announcing', () => {
  it('the posting stays pending and unlisted until start-up announces it once, and HR are told', { timeout: CHILD_TEST_TIMEOUT_MS }, async () => {
    const child = await runChild('after-store');
    expect(child.signal).toBe('SIGKILL');
    expect(child.steps.map((s) => s.step)).toEqual(['stored']);
    const [pending] = await storedPostings();
    expect(pending).toMatchObject({ id: child.steps[0]?.posting, announcement: 'pending', messageTs: null, status: 'open' });
    expect(announcements()).toEqual([]);

    // Restarted without the repair: staff are not told about a vacancy that was never announced.
    const unrepaired = await restart({ repair: false });
    const before = await askVacancies(unrepaired);
    expect(before).not.toMatch(/Intelligence Analyst/);
    expect(before).toMatch(/no open vacanc/i);

    // Restarted with the repair: announced once, recorded, listed, and the HR person told.
    const repaired = await restart();
    expect(announcements()).toHaveLength(1);
    expect(announcements()[0]?.raw['metadata']).toMatchObject({ event_payload: { posting_id: pending?.id } });
    const posting = repaired.postings.get(pending?.id ?? '');
    expect(posting).toMatchObject({ announcement: 'announced', channel: JOBS_CHANNEL, messageTs: announcements()[0]?.ts });
    expect(dmsToHr().join('\n')).toMatch(new RegExp(`Intelligence Analyst.*${pending?.id}.*now announced`));
    expect(await askVacancies(repaired)).toMatch(/Intelligence Analyst/);

    // Another restart does nothing more.
    const again = await restart();
    expect(announcements()).toHaveLength(1);
    expect(dmsToHr()).toHaveLength(1);
    expect(await askVacancies(again)).toMatch(/Intelligence Analyst/);
  });

  it('when Slack refuses the announcement at start-up, the posting is marked failed (for good) and HR are told', { timeout: CHILD_TEST_TIMEOUT_MS }, async () => {
    let refused = 0;
    fake.setHandler('chat.postMessage', (args) => {
      if (args['channel'] === JOBS_CHANNEL) {
        refused += 1;
        return { ok: false, error: 'channel_not_found' };
      }
      return { ok: true, channel: args['channel'], ts: `1800000100.${String(fake.calls.length).padStart(6, '0')}` };
    });
    const child = await runChild('after-store');
    expect(child.signal).toBe('SIGKILL');
    const id = child.steps[0]?.posting ?? '';

    const b = await restart();
    expect(refused).toBe(1);
    expect(b.postings.get(id)).toMatchObject({ announcement: 'failed', messageTs: null });
    expect(b.postings.get(id)?.history.at(-1)).toMatchObject({ action: 'announcement-failed', reason: expect.stringMatching(/channel_not_found/) });
    expect(dmsToHr().join('\n')).toMatch(new RegExp(`${id}.*could not be announced.*channel_not_found.*post it again`));
    expect(await askVacancies(b)).not.toMatch(/Intelligence Analyst/);

    const again = await restart();
    expect(refused).toBe(1);
    expect(dmsToHr()).toHaveLength(1);
    expect(await askVacancies(again)).not.toMatch(/Intelligence Analyst/);
  });
});

describe('killed after the announcement went out, before it was recorded', () => {
  it('start-up finds the announcement in the channel and records it instead of announcing twice', { timeout: CHILD_TEST_TIMEOUT_MS }, async () => {
    const child = await runChild('after-announce');
    expect(child.signal).toBe('SIGKILL');
    expect(child.steps.map((s) => s.step)).toEqual(['announced']);
    expect(announcements()).toHaveLength(1);
    const ts = announcements()[0]?.ts;
    const id = child.steps[0]?.posting ?? '';
    expect((await storedPostings())[0]).toMatchObject({ id, announcement: 'pending' });

    const b = await restart();
    expect(announcements()).toHaveLength(1);
    expect(b.postings.get(id)).toMatchObject({ announcement: 'announced', messageTs: ts });
    // The thread gets its summary, and the announcement's thread answers questions.
    expect(fake.sentMessages().some((m) => m.channel === JOBS_CHANNEL && m.threadTs === ts)).toBe(true);
    expect(await askVacancies(b)).toMatch(/Intelligence Analyst/);
  });
});

describe('posting files from before the two steps', () => {
  it('load as announced (the field defaults), and are listed as before', async () => {
    await mkdir(join(dataDir, 'postings'), { recursive: true });
    const legacy = {
      schemaVersion: 1,
      id: 'p-0123456789',
      roleId: 'intelligence-analyst',
      roleTitle: 'Intelligence Analyst',
      details: { locationOrTeam: 'Force Intelligence Bureau', numberOfPosts: 1, closingDate: '2026-12-18', howToApply: 'https://jobs.example/ia', note: null },
      postedBy: HR_USER,
      postedAt: '2026-11-20T09:00:00.000Z',
      channel: JOBS_CHANNEL,
      messageTs: '1700000000.000100',
      status: 'open',
      history: [{ at: '2026-11-20T09:00:00.000Z', by: HR_USER, action: 'created' }],
    };
    await writeFile(join(dataDir, 'postings', 'p-0123456789.json'), JSON.stringify(legacy));
    const b = await restart();
    expect(b.postings.get('p-0123456789')?.announcement).toBe('announced');
    expect(announcements()).toEqual([]);
    expect(await askVacancies(b)).toMatch(/Intelligence Analyst/);
    // Untouched on disk until it is next changed.
    expect(JSON.parse(await readFile(join(dataDir, 'postings', 'p-0123456789.json'), 'utf8'))).toEqual(legacy);
    expect(await readdir(join(dataDir, 'postings'))).toEqual(['p-0123456789.json']);
  });
});

describe('in one process, when the announcement is refused', () => {
  it('the posting is marked failed, not listed, and the modal says nothing was announced', async () => {
    const b = await restart();
    fake.setHandler('chat.postMessage', (args) =>
      args['channel'] === JOBS_CHANNEL ? { ok: false, error: 'not_in_channel' } : { ok: true, channel: args['channel'], ts: `1800000200.${String(fake.calls.length).padStart(6, '0')}` },
    );
    await b.rig.sendCommand('/post-role', '', { user_id: HR_USER, channel_id: 'CHRTEAM01' });
    const form = fake.callsTo('views.open').at(-1)?.args['view'] as { private_metadata?: string };
    const submit = async (callbackId: string, metadata: string, values: Record<string, unknown>) =>
      JSON.parse((await b.rig.sendInteraction(viewSubmission({ user: HR_USER, callbackId, viewId: 'VFORM00001', privateMetadata: metadata, values }))).body) as {
        view?: { private_metadata?: string };
      };
    const preview = await submit('rolecall_post_role', form.private_metadata ?? '', formValues({ roleId: 'intelligence-analyst' }));
    await submit('rolecall_post_role_confirm', preview.view?.private_metadata ?? '', {});
    const [posting] = b.postings.list();
    expect(posting).toMatchObject({ announcement: 'failed', messageTs: null });
    expect(JSON.stringify(fake.callsTo('views.update').at(-1)?.args['view'])).toMatch(/could not be posted.*Nothing was announced/);
    expect(await askVacancies(b)).not.toMatch(/Intelligence Analyst/);
  });
});
