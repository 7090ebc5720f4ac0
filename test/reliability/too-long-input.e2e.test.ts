/**
 * A question or command over its length limit gets the same clear "too long" reply at every entry point, and
 * nothing else is done with it: Slack mentions, DMs, thread follow-ups, /role, /compare, /post-role and its
 * pasted text (through the real Bolt app over signed HTTP), the CLI's ask and chat, and the console chat.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Assistant } from '../../src/answer/assistant-api.ts';
import { inputTooLong, INPUT_LIMITS } from '../../src/answer/input-limits.ts';
import type { CliIo } from '../../src/cli/cli-io.ts';
import { runCli } from '../../src/cli/run-cli.ts';
import { runConsoleChat } from '../../src/console/console-chat.ts';
import { ANALYST_DOCUMENT, HR_USER, startPostingsBot } from '../postings/postings-bot.ts';
import { formValues, viewSubmission } from '../postings/slack-view-payloads.ts';
import { startFakeSlackApi } from '../support/fake-slack-api.ts';
import { createSeedAssistant } from '../support/seed-assistant.ts';
import { shownText } from '../support/slack-assertions.ts';
import { launchSlackApp, type SlackTestRig } from '../support/slack-app-harness.ts';
import { appMentionEvent, messageEvent } from '../support/slack-payloads.ts';

/** A question that reads like one, repeated past the limit. */
const LONG_QUESTION = 'what vetting and shifts does a pcso and a contact handler need? '.repeat(40).trim();
const QUESTION_TOO_LONG = inputTooLong('question', LONG_QUESTION)?.toUserText() ?? '';
const LONG_COMPARE = `pcso, contact handler${' and pcso'.repeat(60)}`;
const COMPARE_TOO_LONG = inputTooLong('compare', LONG_COMPARE)?.toUserText() ?? '';

let assistant: Assistant;
let rig: SlackTestRig | undefined;

beforeAll(async () => {
  assistant = await createSeedAssistant();
  expect(LONG_QUESTION.length).toBeGreaterThan(INPUT_LIMITS.question);
  expect(QUESTION_TOO_LONG).toContain('characters long');
  expect(COMPARE_TOO_LONG).toContain('/compare');
});
afterEach(async () => {
  await rig?.stop();
  rig = undefined;
});

async function start(): Promise<SlackTestRig> {
  rig = await launchSlackApp({ assistant });
  return rig;
}

/** What the person saw: Slack escapes the message text, so compare with the escaped wording. */
function shown(rigNow: SlackTestRig): string[] {
  return rigNow.fake.sentMessages().map((message) => shownText(message));
}
const escaped = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

describe('Slack entry points', () => {
  it('a mention: the "too long" reply in its thread, and no answer', async () => {
    const { sendEvent, fake } = await start();
    const mention = appMentionEvent({ text: `<@UROLECALL> ${LONG_QUESTION}` });
    expect((await sendEvent(mention)).status).toBe(200);
    const sent = fake.sentMessages();
    expect(sent).toHaveLength(1);
    expect(sent[0]?.threadTs).toBe(mention['ts']);
    expect(shown(rig!)[0]).toContain(escaped(QUESTION_TOO_LONG));
  });

  it('a DM', async () => {
    const { sendEvent, fake } = await start();
    await sendEvent(messageEvent({ text: LONG_QUESTION, channel: 'DPERSON1', channel_type: 'im' }));
    expect(fake.sentMessages()).toHaveLength(1);
    expect(shown(rig!)[0]).toContain(escaped(QUESTION_TOO_LONG));
  });

  it('a follow-up in a thread the bot answered in', async () => {
    const { sendEvent, fake } = await start();
    const mention = appMentionEvent({ text: '<@UROLECALL> what vetting does a Contact Handler need?' });
    await sendEvent(mention);
    fake.clear();
    await sendEvent(messageEvent({ text: LONG_QUESTION, thread_ts: mention['ts'] as string }));
    expect(fake.sentMessages()).toHaveLength(1);
    expect(fake.sentMessages()[0]?.threadTs).toBe(mention['ts']);
    expect(shown(rig!)[0]).toContain(escaped(QUESTION_TOO_LONG));
  });

  it('/role: only to the asker', async () => {
    const { sendCommand, fake } = await start();
    expect((await sendCommand('/role', LONG_QUESTION)).status).toBe(200);
    expect(fake.sentMessages()).toHaveLength(1);
    expect(fake.sentMessages()[0]).toMatchObject({ via: 'response_url', responseType: 'ephemeral' });
    expect(shown(rig!)[0]).toContain(escaped(QUESTION_TOO_LONG));
  });

  it('/compare: only to the asker', async () => {
    const { sendCommand, fake } = await start();
    await sendCommand('/compare', LONG_COMPARE);
    expect(fake.sentMessages()).toHaveLength(1);
    expect(fake.sentMessages()[0]).toMatchObject({ via: 'response_url', responseType: 'ephemeral' });
    expect(shown(rig!)[0]).toContain(escaped(COMPARE_TOO_LONG));
  });

  it('/compare within the limit but with 16 "and"s after a comma: answered at once (usage: too many roles)', async () => {
    const { sendCommand, fake } = await start();
    await sendCommand('/compare', `pcso, contact handler${' and pcso'.repeat(16)}`);
    expect(fake.sentMessages()).toHaveLength(1);
    expect(shown(rig!)[0]).toContain('Two or three roles');
  });
});

describe('/post-role (HR)', () => {
  let dataDir: string;
  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'rolecall-too-long-'));
    await mkdir(join(dataDir, 'sources'), { recursive: true });
    await writeFile(join(dataDir, 'sources', 'intelligence-analyst.txt'), ANALYST_DOCUMENT);
  });
  afterAll(async () => {
    await rm(dataDir, { recursive: true, force: true });
  });

  it('a command over its limit gets the "too long" reply, ephemerally, and opens nothing', async () => {
    const fake = await startFakeSlackApi();
    const bot = await startPostingsBot(dataDir, fake);
    try {
      const text = `withdraw ${'P'.repeat(INPUT_LIMITS.postRoleCommand)}`;
      await bot.rig.sendCommand('/post-role', text, { user_id: HR_USER, channel_id: 'CHRTEAM01' });
      expect(fake.callsTo('views.open')).toHaveLength(0);
      const replies = fake.sentMessages();
      expect(replies).toHaveLength(1);
      expect(replies[0]?.responseType).toBe('ephemeral');
      expect(shownText(replies[0]!)).toContain(escaped(inputTooLong('postRoleCommand', text)?.toUserText() ?? '-'));
    } finally {
      await bot.rig.stop();
      await fake.close();
    }
  });

  it('pasted text over its limit is an error on the text box; nothing is read or stored', async () => {
    const fake = await startFakeSlackApi();
    const bot = await startPostingsBot(dataDir, fake);
    try {
      await bot.rig.sendCommand('/post-role', '', { user_id: HR_USER, channel_id: 'CHRTEAM01' });
      const form = fake.callsTo('views.open').at(-1)?.args['view'] as { private_metadata?: string };
      const pasted = `Job Title: Custody Detention Officer\n${'Carry out cell visits and record welfare checks.\n'.repeat(80)}`.trim();
      expect(pasted.length).toBeGreaterThan(INPUT_LIMITS.pastedDocument);
      const response = await bot.rig.sendInteraction(
        viewSubmission({ user: HR_USER, callbackId: 'rolecall_post_role', viewId: 'VFORM00001', privateMetadata: form.private_metadata ?? '', values: formValues({ text: pasted }) }),
      );
      const body = JSON.parse(response.body) as { response_action?: string; errors?: Record<string, string> };
      expect(body.response_action).toBe('errors');
      expect(body.errors?.['doc_text']).toBe(inputTooLong('pastedDocument', pasted)?.toUserText());
      expect(bot.postings.list()).toHaveLength(0);
    } finally {
      await bot.rig.stop();
      await fake.close();
    }
  });
});

describe('CLI and console chat', () => {
  let dataDir: string;
  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'rolecall-too-long-cli-'));
  });
  afterAll(async () => {
    await rm(dataDir, { recursive: true, force: true });
  });

  function io(input: string): CliIo & { stdout: string[]; stderr: string[] } {
    const stdout: string[] = [];
    const stderr: string[] = [];
    return { out: (text) => stdout.push(text), err: (text) => stderr.push(text), stdin: Readable.from([input]), env: {}, stdout, stderr };
  }

  it('rolecall ask "<too long>": one line on stderr, exit 1, nothing on stdout', async () => {
    const run = io('');
    expect(await runCli(['ask', LONG_QUESTION, '--data', dataDir], run)).toBe(1);
    expect(run.stdout).toEqual([]);
    expect(run.stderr).toEqual([`rolecall: ${QUESTION_TOO_LONG}`]);
  });

  it.each([['ask'], ['chat']])('rolecall %s on stdin: the long line is refused on stderr, the others answered, exit 1', async (command) => {
    const run = io(`what vetting does a pcso need?\n${LONG_QUESTION}\nhelp\n`);
    expect(await runCli([command, '--data', dataDir], run)).toBe(1);
    expect(run.stderr).toEqual([`rolecall: ${QUESTION_TOO_LONG}`]);
    expect(run.stdout).toHaveLength(2);
  });

  it('the console chat says so and carries on', async () => {
    const output = new PassThrough();
    let written = '';
    output.on('data', (chunk: Buffer) => (written += chunk.toString()));
    await runConsoleChat({ assistant, input: Readable.from([`${LONG_QUESTION}\nwhat vetting does a contact handler need?\n`]), output, interactive: false });
    expect(written).toContain(QUESTION_TOO_LONG);
    expect(written).toContain('CTC');
  });
});
