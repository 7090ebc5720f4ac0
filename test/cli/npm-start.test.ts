/**
 * `npm start` (src/main.ts) as a process: with no Slack credentials it falls back to the console chat on
 * the same core; with stdin closed (CI) it exits 0; a half-set Slack config is one line naming the variable.
 * Runs in a temp working directory so no developer's .env is read.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

// Each case starts real processes; on a busy 2-core machine that can take a while (this is no speed test).
vi.setConfig({ testTimeout: 120_000, hookTimeout: 120_000 });
import { REPO, runProcess, STACK_TRACE, type RunResult } from './run-rolecall.ts';

const TSX = join(REPO, 'node_modules', 'tsx', 'dist', 'cli.mjs');
const MAIN = join(REPO, 'src', 'main.ts');

let cwd: string;
beforeAll(async () => {
  cwd = await mkdtemp(join(tmpdir(), 'rolecall-start-'));
});
afterAll(async () => {
  await rm(cwd, { recursive: true, force: true });
});

function start(env: Record<string, string>, input: string): Promise<RunResult> {
  const base = Object.fromEntries(
    Object.entries(process.env).filter(([key]) => !/^(SLACK_|ROLECALL_|LOG_LEVEL|HR_|POSTINGS_|PORT$)/.test(key)),
  );
  return runProcess(process.execPath, [TSX, MAIN], { cwd, env: { ...base, ...env }, input });
}

describe('npm start', () => {
  it('no Slack credentials and stdin closed: says so in one line and exits 0', async () => {
    const result = await start({}, '');
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/^No Slack credentials in \.env: starting the local console chat on standard input\.$/m);
    expect(result.stdout).toBe('');
  });

  it('no Slack credentials, questions piped in: answers them from the data dir, with sources', async () => {
    const result = await start({ ROLECALL_DATA_DIR: join(REPO, 'data') }, 'what vetting does a contact handler need?\nquit\n');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/CTC/);
    expect(result.stdout).toMatch(/line \d+/);
  });

  it('console help lists what to ask and the roles it knows', async () => {
    const result = await start({ ROLECALL_DATA_DIR: join(REPO, 'data') }, 'help\n');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Ask about a role in your own words/m);
    expect(result.stdout).toMatch(/^Roles I know \(\d+\):/m);
  });

  it.each([
    [{ SLACK_BOT_TOKEN: 'xoxb-1-2-abc' }, 'Config: SLACK_SIGNING_SECRET is required when SLACK_BOT_TOKEN is set (see .env.example).'],
    [{ SLACK_BOT_TOKEN: 'xoxb-1-2-abc', SLACK_SIGNING_SECRET: 'secret', PORT: 'http' }, 'Config: PORT must be a whole number from 1 to 65535 (see .env.example).'],
  ])('bad config %j: one line naming the variable, exit 1', async (env, message) => {
    const result = await start(env, '');
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(`${message}\n`);
    expect(result.stderr).not.toMatch(STACK_TRACE);
  });
});
