/**
 * `npm start` with Slack credentials, as a process: the composition root (src/main.ts) reads the
 * environment, loads the data dir, and runs the real Bolt app in HTTP mode against a fake Slack Web API on
 * loopback (SLACK_API_URL). A signed @mention is answered in its thread with the fact from the profile.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

// Each case starts real processes; on a busy 2-core machine that can take a while (this is no speed test).
vi.setConfig({ testTimeout: 120_000, hookTimeout: 120_000 });
import { startFakeSlackApi, type FakeSlackApi } from '../support/fake-slack-api.ts';
import { appMentionEvent, eventEnvelope } from '../support/slack-payloads.ts';
import { signSlackRequest } from '../support/slack-signing.ts';
import { REPO } from './run-rolecall.ts';

const SECRET = 'test-signing-secret-0123456789abcdef';
const TSX = join(REPO, 'node_modules', 'tsx', 'dist', 'cli.mjs');

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

/** Waits for a condition the app reaches on its own (no fixed sleeps); fails after `limitMs`. */
async function until<T>(what: string, check: () => T | undefined, limitMs = 20_000): Promise<T> {
  const deadline = Date.now() + limitMs;
  for (;;) {
    const value = check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`gave up waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

let fake: FakeSlackApi;
let child: ChildProcess;
let dir: string;
let port: number;
let output = '';

beforeAll(async () => {
  fake = await startFakeSlackApi();
  dir = await mkdtemp(join(tmpdir(), 'rolecall-start-slack-'));
  await cp(join(REPO, 'data', 'sources'), join(dir, 'data', 'sources'), { recursive: true });
  port = await freePort();
  const base = Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^(SLACK_|ROLECALL_|HR_|POSTINGS_)/.test(key)));
  child = spawn(process.execPath, [TSX, join(REPO, 'src', 'main.ts')], {
    cwd: dir,
    env: {
      ...base,
      SLACK_BOT_TOKEN: 'xoxb-test-token',
      SLACK_SIGNING_SECRET: SECRET,
      PORT: String(port),
      SLACK_API_URL: fake.apiUrl,
      ROLECALL_DATA_DIR: join(dir, 'data'),
      LOG_LEVEL: 'info',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  await until('the app to start', () => (output.includes('Role Call is running') ? true : undefined));
});

afterAll(async () => {
  if (child.exitCode === null) {
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    await exited;
  }
  await fake.close();
  await rm(dir, { recursive: true, force: true });
});

describe('npm start with Slack credentials', () => {
  it('logs JSON lines with the mode, and never the token', () => {
    expect(output).toMatch(/"msg":"Role Call is running in HTTP mode on port \d+ \(POST \/slack\/events\)"/);
    expect(output).not.toContain('xoxb-test-token');
    expect(output).not.toContain(SECRET);
  });

  it('logs how the library was loaded and how long it took: a fresh data folder has no snapshot yet', () => {
    const line = output.split('\n').find((text) => text.includes('"startPath"'));
    expect(line).toBeDefined();
    const logged = JSON.parse(line ?? '{}') as Record<string, unknown>;
    expect(logged).toMatchObject({ startPath: 'rebuilt', snapshot: 'missing', roles: 5 });
    expect(typeof logged.loadMs).toBe('number');
    expect(logged.msg).toMatch(/^library rebuilt from the files in \d+ ms \(snapshot missing\); snapshot written$/);
  });

  it('answers a signed @mention in its thread with the fact and its source', async () => {
    const event = appMentionEvent({ text: '<@UROLECALL> what vetting does a contact handler need?', channel: 'CGENERAL' });
    const body = JSON.stringify(eventEnvelope(event));
    const response = await fetch(`http://127.0.0.1:${port}/slack/events`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...signSlackRequest(SECRET, body) },
      body,
    });
    expect(response.status).toBe(200);
    const reply = await until('the answer', () => fake.sentMessages().find((m) => m.via === 'chat.postMessage'));
    expect(reply.threadTs).toBe(event.ts);
    const everything = JSON.stringify(reply.blocks) + (reply.text ?? '');
    expect(everything).toContain('CTC');
    expect(everything).toMatch(/line \d+/);
  });

  it('refuses a request with a bad signature', async () => {
    const body = JSON.stringify(eventEnvelope(appMentionEvent({ text: '<@UROLECALL> hi' })));
    const response = await fetch(`http://127.0.0.1:${port}/slack/events`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...signSlackRequest('wrong-secret', body) },
      body,
    });
    expect(response.status).toBe(401);
  });
});
