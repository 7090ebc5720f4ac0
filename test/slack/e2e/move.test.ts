/**
 * Issue 11 in Slack, end to end through the real Bolt app over signed HTTP against the fake Slack API: the
 * /role-move command, a move question in a mention and a DM, "set my role" / "what is my role" / "forget my
 * role" (private, per user id), the "Compare with my role" button on a role card, and "Share in thread".
 */
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Assistant } from '../../../src/answer/assistant-api.ts';
import { ACTION_IDS } from '../../../src/present/interactive-blocks.ts';
import type { SentMessage } from '../../support/fake-slack-api.ts';
import { createSeedAssistant } from '../../support/seed-assistant.ts';
import { expectAllWithinLimits, shownText } from '../../support/slack-assertions.ts';
import { launchSlackApp, type SlackTestRig } from '../../support/slack-app-harness.ts';
import { appMentionEvent, messageEvent } from '../../support/slack-payloads.ts';

const CH = 'contact-handler-leicestershire';
const PCSO = 'police-community-support-officer-hertfordshire';

let assistant: Assistant;
let rig: SlackTestRig | undefined;

beforeAll(async () => {
  assistant = await createSeedAssistant();
}, 60_000);
afterEach(async () => {
  if (rig) expectAllWithinLimits(rig.fake);
  await rig?.stop();
  rig = undefined;
});

async function start(): Promise<SlackTestRig> {
  rig = await launchSlackApp({ assistant });
  return rig;
}

/** The "Share in thread" button's element in a message's blocks, if it has one. */
function shareButton(message: SentMessage | undefined): { action_id: string; value: string } | undefined {
  for (const block of (message?.blocks ?? []) as Array<{ type: string; elements?: Array<{ action_id?: string; value?: string }> }>) {
    const found = block.elements?.find((element) => element.action_id === ACTION_IDS.shareMove);
    if (found?.action_id && found.value) return { action_id: found.action_id, value: found.value };
  }
  return undefined;
}

function allText(messages: readonly SentMessage[]): string {
  return messages.map(shownText).join('\n');
}

describe('/role-move', () => {
  it('answers only the asker, count first, both profiles cited, with a Share in thread button', async () => {
    const { sendCommand, fake } = await start();
    await sendCommand('/role-move', 'contact handler to pcso');
    expect(fake.callsTo('chat.postMessage')).toEqual([]);
    const replies = fake.sentMessages();
    expect(replies.length).toBeGreaterThanOrEqual(1);
    for (const reply of replies) {
      expect(reply.via).toBe('response_url');
      expect(reply.responseType).toBe('ephemeral');
    }
    expect(replies[0]?.text).toMatch(/^\*?You would need \d+ things? to move from Contact Handler \(Leicestershire Police\) to Police Community Support Officer/);
    const text = allText(replies);
    expect(text).toContain('compares the two role profiles, not you');
    expect(text).toMatch(/Contact Handler profile, lines? \d+/);
    expect(text).toMatch(/Police Community Support Officer profile, lines? \d+/);
    expect(shareButton(replies.at(-1))).toBeDefined();
  });

  it('with one role moves from the saved role, and says how to save one when there is none', async () => {
    const { sendCommand, sendEvent, fake } = await start();
    await sendCommand('/role-move', 'pcso', { user_id: 'UMOVER' });
    expect(shownText(fake.sentMessages()[0]!)).toContain('set my role');
    fake.clear();
    await sendEvent(messageEvent({ text: 'set my role contact handler', channel: 'DMOVER', channel_type: 'im', user: 'UMOVER' }));
    fake.clear();
    await sendCommand('/role-move', 'pcso', { user_id: 'UMOVER' });
    expect(fake.sentMessages()[0]?.text).toMatch(/to move from Contact Handler .* to Police Community Support Officer/);
  });

  it('gives usage for an empty command and not-found for an unknown role, privately', async () => {
    const { sendCommand, fake } = await start();
    await sendCommand('/role-move', '');
    expect(shownText(fake.sentMessages()[0]!)).toContain('Usage: `/role-move');
    fake.clear();
    await sendCommand('/role-move', 'contact handler to traffic warden');
    const [reply] = fake.sentMessages();
    expect(reply?.responseType).toBe('ephemeral');
    expect(shownText(reply!)).toContain('could not find a role matching');
  });
});

describe('a move question', () => {
  it('in a channel mention goes only to the asker in the thread, and Share in thread posts it there', async () => {
    const { sendEvent, sendAction, fake } = await start();
    await sendEvent(appMentionEvent({ text: "<@UROLECALL> I'm a contact handler, what would I need for the PCSO post?", ts: '1700000100.000100', user: 'UASKER' }));
    expect(fake.callsTo('chat.postMessage')).toEqual([]);
    const privately = fake.sentMessages();
    for (const message of privately) {
      expect(message.via).toBe('chat.postEphemeral');
      expect(message.user).toBe('UASKER');
      expect(message.threadTs).toBe('1700000100.000100');
    }
    expect(privately[0]?.text).toMatch(/You would need \d+ things? to move from Contact Handler/);
    const button = shareButton(privately.at(-1));
    expect(JSON.parse(button!.value)).toEqual({ f: CH, t: PCSO, th: '1700000100.000100' });

    fake.clear();
    await sendAction({ action: { type: 'button', ...button! }, user: 'UASKER', isEphemeral: true });
    const shared = fake.sentMessages().filter((message) => message.via === 'chat.postMessage');
    expect(shared.length).toBeGreaterThanOrEqual(1);
    for (const message of shared) expect(message.threadTs).toBe('1700000100.000100');
    expect(shared[0]?.text).toMatch(/You would need \d+ things? to move from Contact Handler/);
    expect(shareButton(shared.at(-1))).toBeUndefined();
  });

  it('in a DM is answered in the DM, and a follow-up moves from the same role', async () => {
    const { sendEvent, fake } = await start();
    await sendEvent(messageEvent({ text: 'how do I get from PCSO to contact handler?', channel: 'DASKER', channel_type: 'im', user: 'UASKER' }));
    const [answer] = fake.sentMessages();
    expect(answer?.via).toBe('chat.postMessage');
    expect(answer?.channel).toBe('DASKER');
    expect(answer?.text).toMatch(/to move from Police Community Support Officer .* to Contact Handler/);
    fake.clear();
    await sendEvent(messageEvent({ text: 'and for the patrol and resolution officer?', channel: 'DASKER', channel_type: 'im', user: 'UASKER' }));
    expect(fake.sentMessages()[0]?.text).toMatch(/to move from Police Community Support Officer .* to Patrol and Resolution Officer/);
  });
});

describe('set, show and forget my role', () => {
  it('is kept per user id, told only to that user in a channel, and forgotten on request', async () => {
    const { sendEvent, fake } = await start();
    await sendEvent(appMentionEvent({ text: '<@UROLECALL> set my role contact handler', user: 'UONE' }));
    const [saved] = fake.sentMessages();
    expect(saved?.via).toBe('chat.postEphemeral');
    expect(saved?.user).toBe('UONE');
    expect(saved?.text).toContain('Saved: your role is Contact Handler (Leicestershire Police)');

    fake.clear();
    await sendEvent(messageEvent({ text: 'what is my role?', channel: 'DONE', channel_type: 'im', user: 'UONE' }));
    expect(fake.sentMessages()[0]?.text).toContain('Your saved role is Contact Handler');
    // Another person has no role saved.
    fake.clear();
    await sendEvent(messageEvent({ text: 'what is my role?', channel: 'DTWO', channel_type: 'im', user: 'UTWO' }));
    expect(fake.sentMessages()[0]?.text).toContain('You have not saved a role');

    // The saved role is the "from" of a move asked without one.
    fake.clear();
    await sendEvent(messageEvent({ text: 'what would it take to move to the pcso post?', channel: 'DONE', channel_type: 'im', user: 'UONE' }));
    expect(fake.sentMessages()[0]?.text).toMatch(/to move from Contact Handler .* to Police Community Support Officer/);

    fake.clear();
    await sendEvent(appMentionEvent({ text: '<@UROLECALL> forget my role', user: 'UONE' }));
    expect(fake.sentMessages()[0]?.via).toBe('chat.postEphemeral');
    expect(fake.sentMessages()[0]?.text).toContain('I no longer hold a role for you');
    fake.clear();
    await sendEvent(messageEvent({ text: 'what would it take to move to the pcso post?', channel: 'DONE', channel_type: 'im', user: 'UONE' }));
    expect(fake.sentMessages()[0]?.text).toContain('Which role are you moving from?');
  });
});

describe('"Compare with my role" on a role card', () => {
  it('shows the card with the button; pressing it compares from the presser\'s saved role, privately', async () => {
    const { sendCommand, sendEvent, sendAction, fake } = await start();
    await sendCommand('/role', 'pcso', { user_id: 'UCARD' });
    const card = fake.sentMessages().filter((message) => message.via === 'chat.postMessage');
    const thread = card.slice(1);
    expect(allText(thread)).toContain(ACTION_IDS.moveFromMine);
    const cardMessage = thread.find((message) => shownText(message).includes(ACTION_IDS.moveFromMine))!;

    // No saved role yet: told how to save one.
    fake.clear();
    await sendAction({ action: { type: 'button', action_id: ACTION_IDS.moveFromMine, value: PCSO }, user: 'UPRESSER', message: { ts: cardMessage.ts!, thread_ts: cardMessage.threadTs! } });
    expect(fake.sentMessages()[0]?.responseType).toBe('ephemeral');
    expect(shownText(fake.sentMessages()[0]!)).toContain('set my role');

    await sendEvent(messageEvent({ text: 'set my role contact handler', channel: 'DPRESSER', channel_type: 'im', user: 'UPRESSER' }));
    fake.clear();
    await sendAction({ action: { type: 'button', action_id: ACTION_IDS.moveFromMine, value: PCSO }, user: 'UPRESSER', message: { ts: cardMessage.ts!, thread_ts: cardMessage.threadTs! } });
    const replies = fake.sentMessages();
    expect(fake.callsTo('chat.postMessage')).toEqual([]);
    for (const reply of replies) expect(reply.responseType).toBe('ephemeral');
    expect(replies[0]?.text).toMatch(/to move from Contact Handler .* to Police Community Support Officer/);
    expect(JSON.parse(shareButton(replies.at(-1))!.value)).toEqual({ f: CH, t: PCSO, th: cardMessage.threadTs });
  });
});
