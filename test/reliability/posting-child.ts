/**
 * A bot process for the two-step posting tests: it posts a vacancy for a known role through the real
 * publish step against the fake Slack API (the URL in argv), and a fault hook kills it for real (SIGKILL)
 * between the steps. The parent test then restarts the bot on the same data directory.
 *
 *   node --import tsx posting-child.ts <dataDir> <slackApiUrl> after-store|after-announce
 */
import { writeSync } from 'node:fs';
import pino from 'pino';
import { createAssistant } from '../../src/answer/assistant.ts';
import { openPostingStore } from '../../src/postings/posting-store.ts';
import { vacancyAnswerer } from '../../src/postings/vacancy-answerer.ts';
import { createSlackApp } from '../../src/slack/app.ts';
import { publishPosting } from '../../src/slack/postings/confirm-posting.ts';
import { createPostingsRuntime } from '../../src/slack/postings/postings-runtime.ts';
import type { Assistant } from '../../src/answer/assistant-api.ts';
import { FileProfileStore } from '../../src/store/file-profile-store.ts';
import { loadLibrary } from '../../src/store/load-library.ts';

const [dataDir, slackApiUrl, fault] = process.argv.slice(2);
if (!dataDir || !slackApiUrl || (fault !== 'after-store' && fault !== 'after-announce')) {
  process.stderr.write('usage: posting-child.ts <dataDir> <slackApiUrl> after-store|after-announce\n');
  process.exit(2);
}

const die = (step: string, id: string): never => {
  // Written synchronously: the kill below leaves no time for buffered output.
  writeSync(1, `${JSON.stringify({ step, posting: id })}\n`);
  process.kill(process.pid, 'SIGKILL');
  throw new Error('unreachable');
};

const profileStore = new FileProfileStore(dataDir);
const library = await loadLibrary(profileStore);
const postings = await openPostingStore(dataDir);
let assistant: Assistant | undefined;
assistant = createAssistant({ profiles: library.profiles, answerers: [vacancyAnswerer(postings, () => assistant)] });
const handle = createSlackApp({
  botToken: 'xoxb-test-bot-token',
  signingSecret: 'test-signing-secret-0123456789abcdef',
  port: 0,
  slackApiUrl,
  assistant,
  logger: pino({ level: 'silent' }),
  webApiRetries: 0,
});
const runtime = createPostingsRuntime(handle.app, handle.deps, {
  postings,
  profileStore,
  hrUserIds: ['UHRPERSON1'],
  hrUsergroupId: null,
  postingsChannelId: 'CJOBS00001',
  now: () => new Date('2026-11-23T10:00:00Z'),
  faults:
    fault === 'after-store'
      ? { afterPostingStored: (posting) => die('stored', posting.id) }
      : { afterAnnouncementPosted: (posting) => die('announced', posting.id) },
});
await publishPosting(runtime, handle.app.client, {
  source: { kind: 'existing', roleId: 'intelligence-analyst' },
  details: { locationOrTeam: 'Force Intelligence Bureau', numberOfPosts: 1, closingDate: '2026-12-18', howToApply: 'https://jobs.example/ia', note: null },
  userId: 'UHRPERSON1',
  channel: 'CJOBS00001',
});
writeSync(1, `${JSON.stringify({ step: 'finished' })}\n`);
