/** /role and /compare, and the buttons they lead to, through the real Bolt app over signed HTTP. */
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Assistant } from '../../../src/answer/assistant-api.ts';
import type { FakeSlackApi } from '../../support/fake-slack-api.ts';
import { createSeedAssistant } from '../../support/seed-assistant.ts';
import { callsAfterAuth, expectAllWithinLimits, shownText } from '../../support/slack-assertions.ts';
import { launchSlackApp, type SlackTestRig } from '../../support/slack-app-harness.ts';
import { messageEvent } from '../../support/slack-payloads.ts';

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

async function start(): Promise<SlackTestRig> {
  rig = await launchSlackApp({ assistant });
  return rig;
}

/** The parent message in the channel and the detail in its thread. */
function threaded(fake: FakeSlackApi) {
  const posts = fake.sentMessages().filter((message) => message.via === 'chat.postMessage' && message.ok);
  const [parent, ...thread] = posts;
  return { parent, thread, parentTs: parent?.ts };
}

describe('/role', () => {
  it('acks at once, posts a short parent in the channel and the summary card in its thread', async () => {
    const { sendCommand, fake, sendEvent } = await start();
    const response = await sendCommand('/role', 'Contact Handler');
    expect(response.status).toBe(200);
    const { parent, thread, parentTs } = threaded(fake);
    expect(parent?.channel).toBe('CGENERAL');
    expect(parent?.threadTs).toBeUndefined();
    expect(parent?.text).toContain('<@UPERSON1>');
    expect(parent?.text).toContain('Contact Handler');
    expect(thread.length).toBeGreaterThanOrEqual(1);
    for (const message of thread) expect(message.threadTs).toBe(parentTs);
    const card = thread.map(shownText).join('\n');
    expect(card).toContain('"type":"header"');
    expect(card).toContain('CTC');
    expect(card).toMatch(/Contact Handler profile, lines? \d+/);
    // Follow-ups in the summary's thread are answered with its context.
    fake.clear();
    await sendEvent(messageEvent({ text: 'does it need a driving licence?', thread_ts: parentTs! }));
    expect(fake.sentMessages()).toHaveLength(1);
    expect(shownText(fake.sentMessages()[0]!)).toContain('Contact Handler');
  });

  it('tells only the asker when the role is unknown, with the nearest roles as buttons', async () => {
    const { sendCommand, fake } = await start();
    await sendCommand('/role', 'Contact Supervisor');
    expect(fake.callsTo('chat.postMessage')).toEqual([]);
    const [reply] = fake.sentMessages();
    expect(reply?.via).toBe('response_url');
    expect(reply?.responseType).toBe('ephemeral');
    expect(shownText(reply!)).toContain('could not find a role matching');
    expect(JSON.stringify(reply?.blocks)).toMatch(/"type":"button".*Contact Handler/);
  });

  it('tells only the asker about a role with nothing near it', async () => {
    const { sendCommand, fake } = await start();
    await sendCommand('/role', 'Chief Wizard of Notts');
    expect(fake.callsTo('chat.postMessage')).toEqual([]);
    expect(fake.sentMessages()).toHaveLength(1);
    expect(fake.sentMessages()[0]).toMatchObject({ via: 'response_url', responseType: 'ephemeral' });
  });

  it('answers an empty /role with usage, ephemerally', async () => {
    const { sendCommand, fake } = await start();
    await sendCommand('/role', '   ');
    expect(callsAfterAuth(fake)).toEqual([]);
    expect(fake.sentMessages()[0]).toMatchObject({ via: 'response_url', responseType: 'ephemeral' });
    expect(fake.sentMessages()[0]?.text).toContain('Usage: `/role');
  });

  it('a "did you mean" button posts the chosen role’s summary in a new thread and removes the ephemeral question', async () => {
    const { sendCommand, sendAction, fake } = await start();
    await sendCommand('/role', 'Contact Supervisor');
    const buttons = (fake.sentMessages()[0]?.blocks ?? []).flatMap((block) => (block as { elements?: Array<Record<string, unknown>> }).elements ?? []);
    const handlerButton = buttons.find((element) => element['type'] === 'button' && JSON.stringify(element).includes('Contact Handler')) ?? buttons.find((element) => element['type'] === 'button');
    expect(handlerButton).toBeDefined();
    fake.clear();
    await sendAction({ action: { type: 'button', action_id: handlerButton!['action_id'], block_id: 'rolecall_choose_role', value: handlerButton!['value'] }, isEphemeral: true });
    const { parent, thread, parentTs } = threaded(fake);
    expect(parent?.threadTs).toBeUndefined();
    expect(thread.length).toBeGreaterThanOrEqual(1);
    expect(thread.every((message) => message.threadTs === parentTs)).toBe(true);
    expect(thread.map(shownText).join('\n')).toContain('CTC');
    expect(fake.responses.some((response) => response.body['delete_original'] === true)).toBe(true);
  });

  it('answers ephemerally, with a note, when the bot is not in the channel', async () => {
    const { sendCommand, fake } = await start();
    fake.setHandler('chat.postMessage', () => ({ ok: false, error: 'not_in_channel' }));
    await sendCommand('/role', 'Contact Handler');
    const replies = fake.sentMessages().filter((message) => message.via === 'response_url');
    expect(replies[0]?.text).toContain('invite me');
    expect(replies.map(shownText).join('\n')).toContain('CTC');
    expect(replies.every((reply) => reply.responseType === 'ephemeral')).toBe(true);
  });
});

describe('/compare', () => {
  it('compares two roles side by side in a thread', async () => {
    const { sendCommand, fake } = await start();
    await sendCommand('/compare', 'Contact Handler vs Police Community Support Officer');
    const { parent, thread, parentTs } = threaded(fake);
    expect(parent?.text).toContain('comparison');
    const shown = thread.map(shownText).join('\n');
    for (const message of thread) expect(message.threadTs).toBe(parentTs);
    expect(shown).toContain('Contact Handler');
    expect(shown).toContain('Police Community Support Officer');
    expect(shown).toContain('"fields"');
  });

  it.each(['Contact Handler vs Police Community Support Officer vs Community Policing Team PC', 'Contact Handler, Police Community Support Officer and Community Policing Team PC'])(
    'compares three roles: %s',
    async (text) => {
      const { sendCommand, fake } = await start();
      await sendCommand('/compare', text);
      const { thread } = threaded(fake);
      const shown = thread.map(shownText).join('\n');
      for (const title of ['Contact Handler', 'Police Community Support Officer', 'Community Policing Team PC']) expect(shown).toContain(title);
    },
  );

  it('gives usage, ephemerally, for fewer than two roles', async () => {
    const { sendCommand, fake } = await start();
    await sendCommand('/compare', 'Contact Handler');
    expect(callsAfterAuth(fake)).toEqual([]);
    expect(fake.sentMessages()[0]?.text).toContain('Usage: `/compare');
  });

  it('tells only the asker about an unknown role in a comparison', async () => {
    const { sendCommand, fake } = await start();
    await sendCommand('/compare', 'Contact Handler vs Chief Wizard of Notts');
    expect(fake.callsTo('chat.postMessage')).toEqual([]);
    expect(fake.sentMessages()[0]?.responseType).toBe('ephemeral');
  });

  it('"Compare with ..." under a summary answers in the same thread', async () => {
    const { sendCommand, sendAction, fake } = await start();
    await sendCommand('/role', 'Contact Handler');
    const { thread, parentTs } = threaded(fake);
    const select = thread
      .flatMap((message) => message.blocks ?? [])
      .flatMap((block) => (block as { elements?: Array<Record<string, unknown>> }).elements ?? [])
      .find((element) => element['type'] === 'static_select') as { action_id: string; options: Array<{ value: string; text: { text: string } }> } | undefined;
    expect(select).toBeDefined();
    const option = select!.options.find((candidate) => candidate.text.text.includes('Police Community Support Officer')) ?? select!.options[0]!;
    fake.clear();
    await sendAction({
      action: { type: 'static_select', action_id: select!.action_id, block_id: 'rolecall_compare_with', selected_option: option },
      message: { ts: '1800000000.000099', thread_ts: parentTs! },
    });
    const posts = fake.sentMessages();
    expect(posts.length).toBeGreaterThanOrEqual(1);
    expect(posts.every((post) => post.threadTs === parentTs)).toBe(true);
    expect(posts.map(shownText).join('\n')).toContain(option.text.text);
  });
});

describe('/role with a question', () => {
  it('answers the question itself in a new thread', async () => {
    const { sendCommand, fake } = await start();
    await sendCommand('/role', 'what vetting does a Contact Handler need?');
    const { parent, thread } = threaded(fake);
    expect(parent?.text).toContain('what vetting does a Contact Handler need?');
    const shown = thread.map(shownText).join('\n');
    expect(shown).toContain('CTC');
    expect(shown).not.toContain('"type":"header"');
  });
});

describe('/compare with a role to pick', () => {
  it('offers the nearest role as a button that runs the comparison in a new thread', async () => {
    const { sendCommand, sendAction, fake } = await start();
    await sendCommand('/compare', 'Contact Supervisor vs Police Community Support Officer');
    expect(fake.callsTo('chat.postMessage')).toEqual([]);
    const buttons = (fake.sentMessages()[0]?.blocks ?? [])
      .flatMap((block) => (block as { elements?: Array<Record<string, unknown>> }).elements ?? [])
      .filter((element) => element['type'] === 'button');
    const handler = buttons.find((button) => JSON.stringify(button).includes('Contact Handler'));
    expect(handler).toBeDefined();
    fake.clear();
    await sendAction({ action: { type: 'button', action_id: handler!['action_id'], block_id: 'rolecall_choose_role', value: handler!['value'] }, isEphemeral: true });
    const { thread } = threaded(fake);
    const shown = thread.map(shownText).join('\n');
    expect(shown).toContain('"fields"');
    expect(shown).toContain('Contact Handler');
    expect(shown).toContain('Police Community Support Officer');
  });
});
