/**
 * The real bot for postings end-to-end tests: profiles from a data directory (FileProfileStore + loadLibrary,
 * as main.ts does), the real answering core with the vacancy answerer, the real Bolt app over signed HTTP
 * against the fake Slack Web API, and the postings listeners. Starting it again on the same data directory is
 * a restart.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Assistant } from '../../src/answer/assistant-api.ts';
import { createAssistant } from '../../src/answer/assistant.ts';
import { openPostingStore, type PostingStore } from '../../src/postings/posting-store.ts';
import { vacancyAnswerer } from '../../src/postings/vacancy-answerer.ts';
import { postingsListeners } from '../../src/slack/postings/index.ts';
import { reviewListeners } from '../../src/slack/review/index.ts';
import type { PostingsListenerOptions } from '../../src/slack/postings/postings-runtime.ts';
import { FileProfileStore } from '../../src/store/file-profile-store.ts';
import { loadLibrary } from '../../src/store/load-library.ts';
import { OverrideStore } from '../../src/store/override-store.ts';
import { startFakeSlackApi, type FakeSlackApi } from '../support/fake-slack-api.ts';
import type { ExtraListeners } from '../../src/slack/app.ts';
import { launchSlackApp, type SlackTestRig } from '../support/slack-app-harness.ts';

export const HR_USER = 'UHRPERSON1';
export const HR_GROUP = 'SHRTEAM01';
export const HR_GROUP_MEMBER = 'UHRGROUP01';
export const STAFF_USER = 'USTAFF0001';
export const JOBS_CHANNEL = 'CJOBS00001';
/** Monday 23 November 2026, 10:00 UTC: every test runs on this day. */
export const NOW = new Date('2026-11-23T10:00:00Z');

export interface PostingsBot {
  rig: SlackTestRig;
  assistant: Assistant;
  postings: PostingStore;
}

export interface PostingsBotOptions {
  ackBudgetMs?: number;
  now?: Date;
  hrCacheMs?: number;
  hrLookupTimeoutMs?: number;
  repairPendingOnStart?: boolean;
  onStartupWork?: (done: Promise<unknown>) => void;
  parse?: PostingsListenerOptions['parse'];
  processBeforeResponse?: boolean;
}

/** The bot's parts without the Slack app: the assistant over the data directory and the postings listeners. */
export async function postingsBotParts(dataDir: string, options: PostingsBotOptions = {}): Promise<{ assistant: Assistant; postings: PostingStore; listeners: ExtraListeners }> {
  const profileStore = new FileProfileStore(dataDir);
  // As main.ts does: HR corrections apply over the stored profiles.
  const library = await loadLibrary(profileStore, new OverrideStore(dataDir));
  const postings = await openPostingStore(dataDir);
  let assistant: Assistant | undefined;
  const built = createAssistant({ profiles: library.profiles, answerers: [vacancyAnswerer(postings, () => assistant, { now: () => options.now ?? NOW })] });
  assistant = built;
  // As main.ts registers them: the review loop beside postings, with the same HR rule.
  const review = reviewListeners({
    dataDir,
    hrUserIds: [HR_USER],
    hrUsergroupId: HR_GROUP,
    now: () => options.now ?? NOW,
    ...(options.hrCacheMs !== undefined ? { hrCacheMs: options.hrCacheMs } : {}),
    ...(options.hrLookupTimeoutMs !== undefined ? { hrLookupTimeoutMs: options.hrLookupTimeoutMs } : {}),
  });
  const postingsPart = postingsListeners({
    postings,
    profileStore,
    hrUserIds: [HR_USER],
    hrUsergroupId: HR_GROUP,
    postingsChannelId: JOBS_CHANNEL,
    now: () => options.now ?? NOW,
    // Tests close expired postings through /post-role, where the work is awaited.
    closeExpiredOnStart: false,
    // Generous: the tests read small documents, and a slow CI machine must not switch to the async path.
    ackBudgetMs: options.ackBudgetMs ?? 2500,
    ...(options.hrCacheMs !== undefined ? { hrCacheMs: options.hrCacheMs } : {}),
    ...(options.hrLookupTimeoutMs !== undefined ? { hrLookupTimeoutMs: options.hrLookupTimeoutMs } : {}),
    ...(options.repairPendingOnStart !== undefined ? { repairPendingOnStart: options.repairPendingOnStart } : {}),
    ...(options.onStartupWork ? { onStartupWork: options.onStartupWork } : {}),
    ...(options.parse ? { parse: options.parse } : {}),
  });
  const listeners: ExtraListeners = (app, deps) => {
    review(app, deps);
    postingsPart(app, deps);
  };
  return { assistant: built, postings, listeners };
}

/** The usergroup the fake Slack answers for the HR check: HR_GROUP has HR_GROUP_MEMBER. */
export function answerHrUsergroup(fake: FakeSlackApi): void {
  fake.setHandler('usergroups.users.list', (args) => ({ ok: true, users: args['usergroup'] === HR_GROUP ? [HR_GROUP_MEMBER] : [] }));
}

export async function startPostingsBot(dataDir: string, fake?: FakeSlackApi, options: PostingsBotOptions = {}): Promise<PostingsBot> {
  const { assistant, postings, listeners } = await postingsBotParts(dataDir, options);
  const rig = await launchSlackApp({
    assistant,
    ...(fake ? { fake } : {}),
    ...(options.processBeforeResponse !== undefined ? { processBeforeResponse: options.processBeforeResponse } : {}),
    extraListeners: [listeners],
  });
  answerHrUsergroup(rig.fake);
  return { rig, assistant, postings };
}

/** What an end-to-end test runs against: a data directory holding the analyst document, a fake Slack, the bot. */
export interface AnalystBotSetup {
  dataDir: string;
  fake: FakeSlackApi;
  bot: PostingsBot;
}

/**
 * A fresh data directory with the Intelligence Analyst document and the bot on it. The fake outlives each app,
 * so a test can restart the bot against it (and must pass the bot it last started to `stopAnalystBot`).
 */
export async function startAnalystBot(prefix: string): Promise<AnalystBotSetup> {
  const dataDir = await mkdtemp(join(tmpdir(), prefix));
  await mkdir(join(dataDir, 'sources'), { recursive: true });
  await writeFile(join(dataDir, 'sources', 'intelligence-analyst.txt'), ANALYST_DOCUMENT);
  const fake = await startFakeSlackApi();
  return { dataDir, fake, bot: await startPostingsBot(dataDir, fake) };
}

export async function stopAnalystBot(setup: AnalystBotSetup): Promise<void> {
  await setup.bot.rig.stop();
  await setup.fake.close();
  await rm(setup.dataDir, { recursive: true, force: true });
}

/** A role document from a made-up force, short enough to paste (Slack caps pasted text at 3,000 characters). */
export const CDO_DOCUMENT = `WESSEX VALE POLICE
Role Profile

Job Title: Custody Detention Officer
Grade: Scale 4
Hours: 37 hours per week
Reports to: Custody Sergeant
Department: Criminal Justice

Purpose of the role
To ensure the safe and secure detention of detained persons in the custody suite, in line with PACE Codes of Practice.

Shift pattern
24/7 rotating shifts, including nights, weekends and bank holidays.

Key responsibilities
- Book in detained persons and complete risk assessments.
- Carry out cell visits and record welfare checks.
- Search detained persons and manage their property.

Essential criteria
1. Experience of dealing with people in challenging situations.
2. Good written and spoken communication.

Vetting
Recruitment Vetting (RV) and Counter Terrorist Check (CTC) are required.
`;

/** A second made-up role, already known before the tests post anything. */
export const ANALYST_DOCUMENT = `Wessex Vale Police
Job Description

Job Title: Intelligence Analyst
Grade: Scale 6
Hours: 37 hours per week
Reports to: Principal Analyst

Vetting
Management Vetting (MV) is required.

Driving
A full driving licence is essential.
`;
