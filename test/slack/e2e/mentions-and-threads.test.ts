/** Mentions, thread follow-ups and DMs through the real Bolt app over signed HTTP and the fake Web API. */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Assistant } from '../../../src/answer/assistant-api.ts';
import { createSeedAssistant } from '../../support/seed-assistant.ts';
import { expectAllWithinLimits, shownText } from '../../support/slack-assertions.ts';
import { launchSlackApp, type SlackTestRig } from '../../support/slack-app-harness.ts';
import { appMentionEvent, messageEvent, nextTs } from '../../support/slack-payloads.ts';

let assistant: Assistant;
let rig: SlackTestRig | undefined;

beforeAll(async () => {
  assistant = await createSeedAssistant();
});
afterEach(async () => {
  if (rig) expectAllWithinLimits(rig.fake);
  await rig?.stop();
  rig = undefined;
});
afterAll(() => undefined);

async function start(): Promise<SlackTestRig> {
  rig = await launchSlackApp({ assistant });
  return rig;
}

const VETTING_QUESTION = '<@UROLECALL> what vetting does a Contact Handler need?';

describe('mention in a channel', () => {
  it('answers in the mention’s thread with the right fact, cited', async () => {
    const { sendEvent, fake } = await start();
    const mention = appMentionEvent({ text: VETTING_QUESTION });
    expect((await sendEvent(mention)).status).toBe(200);
    const sent = fake.sentMessages();
    expect(sent.length).toBeGreaterThanOrEqual(1);
    const [answer] = sent;
    expect(answer?.via).toBe('chat.postMessage');
    expect(answer?.channel).toBe('CGENERAL');
    expect(answer?.threadTs).toBe(mention['ts']);
    const text = shownText(answer!);
    expect(text).toContain('CTC');
    expect(text).toContain('RV');
    expect(text).toMatch(/Contact Handler profile, lines? \d+/);
  });

  it('answers a mention inside a thread in that thread', async () => {
    const { sendEvent, fake } = await start();
    const parent = nextTs();
    await sendEvent(appMentionEvent({ text: VETTING_QUESTION, thread_ts: parent }));
    expect(fake.sentMessages()[0]?.threadTs).toBe(parent);
  });
});

describe('follow-ups in a thread the bot answered in', () => {
  it.each([
    ['message.channels', 'channel', 'CGENERAL'],
    ['message.groups', 'group', 'GPRIVATE'],
  ] as const)('%s: answered without a mention, with the thread’s context', async (_name, channelType, channel) => {
    const { sendEvent, fake } = await start();
    const mention = appMentionEvent({ text: VETTING_QUESTION, channel });
    await sendEvent(mention);
    const threadTs = String(mention['ts']);
    fake.clear();
    await sendEvent(messageEvent({ text: 'does it need a driving licence?', channel, channel_type: channelType, thread_ts: threadTs }));
    const sent = fake.sentMessages();
    expect(sent).toHaveLength(1);
    expect(sent[0]?.threadTs).toBe(threadTs);
    // "it" is the Contact Handler from the thread: its driving requirement, cited from its own profile.
    const text = shownText(sent[0]!);
    expect(text).toContain('Driving');
    expect(text).toMatch(/Contact Handler profile, lines? \d+/);
  });

  it('carries the topic too: "and the pcso?" asks the same question about another role', async () => {
    const { sendEvent, fake } = await start();
    const mention = appMentionEvent({ text: VETTING_QUESTION });
    await sendEvent(mention);
    const threadTs = String(mention['ts']);
    fake.clear();
    await sendEvent(messageEvent({ text: 'and the pcso?', thread_ts: threadTs }));
    const sent = fake.sentMessages();
    expect(sent).toHaveLength(1);
    const text = shownText(sent[0]!);
    // The PCSO profile states no vetting level: said so, and no other role's CTC/RV borrowed.
    expect(text).toMatch(/Vetting/);
    expect(text).toMatch(/not stated/i);
    expect(text).not.toContain('CTC');
    expect(text).toMatch(/Police Community Support Officer/);
    // The same question, not a whole summary of the PCSO.
    expect(text).not.toMatch(/Reports to|Essential criteria/);
  });

  it('leads a yes/no answer with its direct first line', async () => {
    const { sendEvent, fake } = await start();
    await sendEvent(appMentionEvent({ text: '<@UROLECALL> does a pcso need a driving licence?' }));
    const [first] = fake.sentMessages();
    const blocks = (first?.blocks ?? []) as Array<{ type: string; text?: { text: string } }>;
    const firstSection = blocks.find((block) => block.type === 'section');
    expect(firstSection?.text?.text).toMatch(/^\*Yes\b/);
  });

  it('ignores other channel messages: top level, and threads the bot has not answered in', async () => {
    const { sendEvent, fake } = await start();
    await sendEvent(messageEvent({ text: 'what vetting does a Contact Handler need?' }));
    await sendEvent(messageEvent({ text: 'what vetting does a Contact Handler need?', thread_ts: nextTs() }));
    expect(fake.sentMessages()).toEqual([]);
  });

  it('answers a mention inside an answered thread once, though it arrives as app_mention and as message', async () => {
    const { sendEvent, fake } = await start();
    const first = appMentionEvent({ text: VETTING_QUESTION });
    await sendEvent(first);
    const threadTs = String(first['ts']);
    fake.clear();
    const ts = nextTs();
    const text = '<@UROLECALL> and what about driving?';
    await sendEvent(messageEvent({ text, ts, thread_ts: threadTs }));
    await sendEvent(appMentionEvent({ text, ts, thread_ts: threadTs }));
    expect(fake.sentMessages()).toHaveLength(1);
  });
});

describe('clarifying in a thread', () => {
  it('asks "did you mean" with buttons in the thread, and the chosen button answers there', async () => {
    const { sendEvent, sendAction, fake } = await start();
    const mention = appMentionEvent({ text: '<@UROLECALL> what vetting does a constable need?' });
    await sendEvent(mention);
    const [clarify] = fake.sentMessages();
    expect(clarify?.threadTs).toBe(mention['ts']);
    const buttons = (clarify?.blocks ?? [])
      .flatMap((block) => (block as { elements?: Array<Record<string, unknown>> }).elements ?? [])
      .filter((element) => element['type'] === 'button');
    expect(buttons.length).toBeGreaterThanOrEqual(2);
    const chosen = buttons.find((button) => JSON.stringify(button).includes('MOSOVO')) ?? buttons[0]!;
    const title = (chosen['text'] as { text: string }).text;
    fake.clear();
    await sendAction({
      action: { type: 'button', action_id: chosen['action_id'], block_id: 'rolecall_choose_role', value: chosen['value'] },
      message: { ts: clarify!.ts!, thread_ts: String(mention['ts']) },
    });
    const sent = fake.sentMessages();
    expect(sent.length).toBeGreaterThanOrEqual(1);
    expect(sent.every((message) => message.threadTs === mention['ts'])).toBe(true);
    const shown = sent.map(shownText).join('\n');
    expect(shown).toContain('Vetting');
    expect(shown).toContain(`${title} profile`);
  });
});

describe('direct messages', () => {
  it('answers in the DM and keeps the DM’s context for the next question', async () => {
    const { sendEvent, fake } = await start();
    await sendEvent(messageEvent({ text: 'what vetting does a Contact Handler need?', channel: 'DPERSON1', channel_type: 'im' }));
    const [first] = fake.sentMessages();
    expect(first?.channel).toBe('DPERSON1');
    expect(first?.threadTs).toBeUndefined();
    expect(shownText(first!)).toContain('CTC');
    fake.clear();
    await sendEvent(messageEvent({ text: 'does it need a driving licence?', channel: 'DPERSON1', channel_type: 'im' }));
    const [second] = fake.sentMessages();
    expect(shownText(second!)).toMatch(/Contact Handler profile, lines? \d+/);
    expect(shownText(second!)).toContain('Driving');
  });
});

describe('people talking in an answered thread', () => {
  it('stays quiet for chat that is not a question, and for messages addressed to someone else', async () => {
    const { sendEvent, fake } = await start();
    const mention = appMentionEvent({ text: VETTING_QUESTION });
    await sendEvent(mention);
    const threadTs = String(mention['ts']);
    fake.clear();
    await sendEvent(messageEvent({ text: 'thanks!', thread_ts: threadTs }));
    await sendEvent(messageEvent({ text: '<@USAM> what vetting does a PCSO need?', thread_ts: threadTs }));
    expect(fake.sentMessages()).toEqual([]);
    await sendEvent(messageEvent({ text: 'what about hours?', thread_ts: threadTs }));
    expect(fake.sentMessages()).toHaveLength(1);
    expect(shownText(fake.sentMessages()[0]!)).toMatch(/Contact Handler profile, lines? \d+/);
  });
});
