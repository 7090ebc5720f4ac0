/**
 * `npm start` (src/main.ts as a process) whose start-up fails while Slack is unreachable: the port is already
 * taken and SLACK_API_URL points at a closed loopback port. It must print one clear line (no "Internal error
 * ... Please report this"), exit non-zero, and not hang on Bolt's retries to Slack.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { REPO } from '../cli/run-rolecall.ts';

// Starting a real process through tsx on a busy 2-core machine takes a while: this is no speed test.
vi.setConfig({ testTimeout: 120_000, hookTimeout: 60_000 });

const TSX = join(REPO, 'node_modules', 'tsx', 'dist', 'cli.mjs');
/** Generous, yet far below Bolt's half-hour of retries: the process ends soon after it reports the failure. */
const EXIT_AFTER_FAILURE_MS = 15_000;

function listen(server: Server): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      resolve(typeof address === 'object' && address ? address.port : 0);
    });
  });
}

/** A loopback port nothing listens on: bound, then released. */
async function closedPort(): Promise<number> {
  const server = createServer();
  const port = await listen(server);
  await new Promise((resolve) => server.close(resolve));
  return port;
}

let dir: string;
let taken: Server;
let takenPort: number;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'rolecall-startup-fail-'));
  taken = createServer();
  takenPort = await listen(taken);
});
afterAll(async () => {
  await new Promise((resolve) => taken.close(resolve));
  await rm(dir, { recursive: true, force: true });
});

interface Outcome {
  code: number | null;
  stdout: string;
  stderr: string;
  /** Milliseconds from the failure line on stderr to the process exiting. */
  afterFailureMs: number;
}

function start(env: Record<string, string>): Promise<Outcome> {
  const base = Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^(SLACK_|ROLECALL_|HR_|POSTINGS_|PORT$)/.test(key)));
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [TSX, join(REPO, 'src', 'main.ts')], { cwd: dir, env: { ...base, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let failedAt: number | undefined;
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
      failedAt ??= Date.now();
    });
    // The safety net for a hang: kill it, and the assertions below say what went wrong.
    const killer = setTimeout(() => child.kill('SIGKILL'), 90_000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(killer);
      resolve({ code, stdout, stderr, afterFailureMs: failedAt === undefined ? Infinity : Date.now() - failedAt });
    });
  });
}

describe('start-up failure with Slack unreachable', () => {
  it('HTTP mode, port in use: one clear line, non-zero exit, no hang', async () => {
    const slackDown = await closedPort();
    const outcome = await start({
      SLACK_BOT_TOKEN: 'xoxb-test-token',
      SLACK_SIGNING_SECRET: 'test-signing-secret-0123456789abcdef',
      PORT: String(takenPort),
      SLACK_API_URL: `http://127.0.0.1:${slackDown}/api/`,
      ROLECALL_DATA_DIR: join(dir, 'data'),
    });
    expect(outcome.code).toBe(1);
    expect(outcome.stderr.trim().split('\n')).toEqual([
      `Could not start the Slack app: port ${takenPort} is already in use. Stop the program using it, or set PORT to a free port.`,
    ]);
    expect(`${outcome.stdout}${outcome.stderr}`).not.toMatch(/Internal error|Please report/);
    expect(outcome.afterFailureMs).toBeLessThan(EXIT_AFTER_FAILURE_MS);
  });
});
