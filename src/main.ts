/**
 * The one composition root: config -> logger -> store -> library -> assistant -> transports.
 * `npm start` runs the Slack bot when .env has Slack credentials; with none at all it says so in one line
 * and starts the local console chat on the same core and data. Any start-up problem is one line, exit 1.
 */
import { performance } from 'node:perf_hooks';
import type { Assistant } from './answer/assistant-api.ts';
import { assembleAssistant } from './cli/load-assistant.ts';
import { internalErrorLine } from './cli/internal-error.ts';
import { loadConfig } from './config/load-config.ts';
import { runConsoleChat } from './console/console-chat.ts';
import { isRoleCallError, RoleCallError } from './errors.ts';
import { createParsePool } from './ingest/index.ts';
import { createLogger, moduleLogger } from './logging/logger.ts';
import { chooseDataDir, dataDirLayout } from './store/data-dir.ts';
import { fileMyRoleStore } from './store/my-role-store.ts';
import { countStale } from './store/reparse-profiles.ts';
import { createSlackApp } from './slack/app.ts';
import { postingsListeners } from './slack/postings/index.ts';
import { reviewListeners } from './slack/review/index.ts';

async function startConsole(dataDir: string): Promise<void> {
  const interactive = process.stdin.isTTY === true;
  if (interactive) {
    process.stdout.write(
      'No Slack credentials in .env (SLACK_BOT_TOKEN, SLACK_SIGNING_SECRET): starting the local console chat instead.\n',
    );
  } else {
    process.stderr.write('No Slack credentials in .env: starting the local console chat on standard input.\n');
  }
  const { assistant } = await assembleAssistant({
    dataDir,
    report: (line) => process.stderr.write(`${line}\n`),
    createPostings: false,
  });
  const myRoles = fileMyRoleStore(dataDirLayout(dataDir).myRoles, { onProblem: (line) => process.stderr.write(`${line}\n`) });
  await runConsoleChat({ assistant, input: process.stdin, output: process.stdout, interactive, myRoles });
}

/**
 * Start-up that neither succeeds nor fails (Socket Mode with Slack unreachable: the Web API client retries for
 * half an hour) is a failure too, said in one line.
 */
const STARTUP_DEADLINE_MS = 30_000;

async function withinStartupDeadline(start: Promise<void>, socketMode: boolean): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => {
      const what = socketMode ? 'connect to Slack (Socket Mode)' : 'start listening for Slack';
      reject(new RoleCallError('STARTUP_FAILED', `Could not ${what} within ${STARTUP_DEADLINE_MS / 1000} seconds.`, 'Check the network, SLACK_API_URL and the Slack tokens, then start again.'));
    }, STARTUP_DEADLINE_MS);
  });
  try {
    await Promise.race([start, deadline]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * What a first question of some kinds would wait for (at 10,000 roles, the focus-word index behind "which
 * roles mention ...?"), built a slice per turn of the event loop once the app is listening: requests are
 * acked and answered between slices, and a question arriving first only finishes what is left.
 */
function prepareInBackground(assistant: Assistant, done: (ms: number) => void): void {
  const started = performance.now();
  const step = (): void => {
    if (assistant.prepare?.()) setImmediate(step);
    else done(performance.now() - started);
  };
  setImmediate(step);
}

async function main(): Promise<number> {
  const config = loadConfig();
  const dataDir = chooseDataDir(undefined, config.dataDir ?? undefined);
  if (config.slack === null) {
    await startConsole(dataDir);
    return 0;
  }
  const logger = createLogger({ level: config.logLevel });
  const storeLog = moduleLogger(logger, 'store');
  const { assistant, store, postings, library, start } = await assembleAssistant({
    dataDir,
    report: (line) => storeLog.warn(line),
    createPostings: true,
  });
  storeLog.info(
    {
      dataDir,
      roles: library.profiles.length,
      postings: postings?.list().length ?? 0,
      startPath: start.path,
      snapshot: start.reason,
      loadMs: Math.round(start.ms),
    },
    start.path === 'snapshot'
      ? `library loaded from the start-up snapshot in ${Math.round(start.ms)} ms`
      : `library rebuilt from the files in ${Math.round(start.ms)} ms (snapshot ${start.reason}); ${start.writeProblem ? 'snapshot not written' : 'snapshot written'}`,
  );
  const stale = countStale(library.profiles);
  if (stale > 0) {
    storeLog.warn({ stale }, `${stale} profile${stale === 1 ? ' was' : 's were'} made by an older parser; run "rolecall ingest --reparse --data ${dataDir}" to read them again (HR corrections are kept)`);
  }
  // HR's uploads are read in one worker thread (heap cap, time limit): the other core stays with the event
  // loop that acks Slack, whatever a document does.
  const parsePool = createParsePool({ size: 1 });
  const slack = createSlackApp({
    botToken: config.slack.botToken,
    signingSecret: config.slack.signingSecret,
    appToken: config.slack.mode === 'socket' ? config.slack.appToken : undefined,
    port: config.port,
    slackApiUrl: config.slackApiUrl ?? undefined,
    assistant,
    logger,
    myRoles: fileMyRoleStore(dataDirLayout(dataDir).myRoles, { onProblem: (line) => storeLog.warn(line) }),
    extraListeners: postings
      ? [
          reviewListeners({ dataDir, hrUserIds: config.hrUserIds, hrUsergroupId: config.hrUsergroupId }),
          postingsListeners({
            postings,
            profileStore: store,
            hrUserIds: config.hrUserIds,
            hrUsergroupId: config.hrUsergroupId,
            postingsChannelId: config.postingsChannelId,
            parse: (bytes, fileName) => parsePool.parse(bytes, fileName),
          }),
        ]
      : [],
  });
  await withinStartupDeadline(slack.start(), config.slack.mode === 'socket');
  const mode = config.slack.mode === 'socket' ? 'Socket Mode' : `HTTP mode on port ${config.port} (POST /slack/events)`;
  const mainLog = moduleLogger(logger, 'main');
  mainLog.info({ mode: config.slack.mode, dataDir }, `Role Call is running in ${mode}`);
  prepareInBackground(assistant, (ms) => mainLog.info({ ms: Math.round(ms) }, 'prepared in the background: the focus-word index for "which roles mention ...?"'));
  // Stop cleanly on Ctrl-C or a container stop, so in-flight answers finish and the port is released.
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      void Promise.allSettled([slack.stop(), parsePool.close()]).finally(() => process.exit(0));
    });
  }
  return 0;
}

try {
  process.exitCode = await main();
} catch (error) {
  // Exit now: Bolt's client may still be retrying Slack (auth.test), which would keep the process alive, silent.
  process.stderr.write(`${isRoleCallError(error) ? error.toUserText() : internalErrorLine(error, process.env)}\n`, () => process.exit(1));
}
