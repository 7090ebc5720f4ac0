/**
 * Slack's rule for signed requests is five minutes either way. Through the real Bolt app over signed HTTP: a
 * request timestamped more than five minutes in the future is refused with 401 and nothing is done, whatever the
 * surface; one a little ahead (clocks drift) is still answered; an old one is still refused.
 */
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Assistant } from '../../src/answer/assistant-api.ts';
import { isFromTheFuture, MAX_CLOCK_SKEW_SECONDS } from '../../src/slack/request-freshness.ts';
import { createSeedAssistant } from '../support/seed-assistant.ts';
import { callsAfterAuth } from '../support/slack-assertions.ts';
import { launchSlackApp, type SlackTestRig } from '../support/slack-app-harness.ts';
import { appMentionEvent } from '../support/slack-payloads.ts';

const QUESTION = '<@UROLECALL> what vetting does a Contact Handler need?';
const nowSeconds = (): number => Math.floor(Date.now() / 1000);

let assistant: Assistant;
let rig: SlackTestRig | undefined;
beforeAll(async () => {
  assistant = await createSeedAssistant();
});
afterEach(async () => {
  await rig?.stop();
  rig = undefined;
});

async function start(): Promise<SlackTestRig> {
  rig = await launchSlackApp({ assistant });
  return rig;
}

describe('isFromTheFuture', () => {
  const now = 1_800_000_000_000;
  const at = (offset: number): string => String(now / 1000 + offset);
  it.each([
    [at(MAX_CLOCK_SKEW_SECONDS + 1), true],
    [at(10 * 60), true],
    [at(MAX_CLOCK_SKEW_SECONDS), false],
    [at(0), false],
    [at(-10 * 60), false], // old: Bolt's own check refuses it
    ['not-a-number', false], // malformed: Bolt's own check refuses it
    [undefined, false],
  ])('%s -> %s', (header, expected) => {
    expect(isFromTheFuture(header, now)).toBe(expected);
  });
});

describe('signed requests from the future', () => {
  it('a mention timestamped 10 minutes ahead gets 401 and is not answered', async () => {
    const { sendEvent, fake } = await start();
    const response = await sendEvent(appMentionEvent({ text: QUESTION }), { timestamp: nowSeconds() + 10 * 60 });
    expect(response.status).toBe(401);
    expect(callsAfterAuth(fake)).toEqual([]);
    expect(fake.responses).toEqual([]);
  });

  it('a slash command and an interaction 6 minutes ahead get 401', async () => {
    const { sendCommand, sendAction, fake } = await start();
    const ahead = { timestamp: nowSeconds() + 6 * 60 };
    expect((await sendCommand('/role', 'Contact Handler', {}, ahead)).status).toBe(401);
    const action = { action: { type: 'button', action_id: 'rolecall_choose_role', value: 'x' } };
    expect((await sendAction(action, ahead)).status).toBe(401);
    expect(callsAfterAuth(fake)).toEqual([]);
    expect(fake.responses).toEqual([]);
  });

  it('a request a minute ahead (clock drift) is still answered', async () => {
    const { sendEvent, fake } = await start();
    expect((await sendEvent(appMentionEvent({ text: QUESTION }), { timestamp: nowSeconds() + 60 })).status).toBe(200);
    expect(fake.sentMessages()).toHaveLength(1);
  });

  it('a request 10 minutes old is still refused (Bolt’s own check)', async () => {
    const { sendEvent, fake } = await start();
    expect((await sendEvent(appMentionEvent({ text: QUESTION }), { timestamp: nowSeconds() - 10 * 60 })).status).toBe(401);
    expect(callsAfterAuth(fake)).toEqual([]);
  });

  it('the health route needs no timestamp', async () => {
    const { eventsUrl } = await start();
    const response = await fetch(eventsUrl.replace('/slack/events', '/healthz'));
    expect(response.status).toBe(200);
  });
});
