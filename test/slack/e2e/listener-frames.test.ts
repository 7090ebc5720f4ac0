/**
 * The shared frames of the button/menu listeners and the answering slash commands (src/slack/on-message-action.ts,
 * src/slack/on-slash-command.ts), through the real Bolt app over signed HTTP: a click that names no channel, a
 * button whose value is garbled, a handler that throws, and a /role-move text over its limit. The person always
 * gets a clear, short reply only they see; no stack trace or internal error text reaches them.
 */
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Assistant } from '../../../src/answer/assistant-api.ts';
import { inputTooLong, INPUT_LIMITS } from '../../../src/answer/input-limits.ts';
import { escapeMrkdwn } from '../../../src/present/escape.ts';
import { ACTION_IDS } from '../../../src/present/interactive-blocks.ts';
import { NOTICE_TEXT } from '../../../src/present/notices.ts';
import { createSeedAssistant } from '../../support/seed-assistant.ts';
import { shownText } from '../../support/slack-assertions.ts';
import { FORM_CONTENT_TYPE, formBody, launchSlackApp, type SlackTestRig } from '../../support/slack-app-harness.ts';
import { blockActionsPayload } from '../../support/slack-payloads.ts';

const CH = 'contact-handler-leicestershire';
const PCSO = 'police-community-support-officer-hertfordshire';
/** What a stack trace or a raw JS error would put in a reply. */
const INTERNALS = /\bat .+\(.+:\d+:\d+\)|SyntaxError|ZodError|TypeError|Unexpected token|index exploded/;

let assistant: Assistant;
let rig: SlackTestRig | undefined;

beforeAll(async () => {
  assistant = await createSeedAssistant();
}, 60_000);
afterEach(async () => {
  await rig?.stop();
  rig = undefined;
});

async function start(core: Assistant = assistant): Promise<SlackTestRig> {
  rig = await launchSlackApp({ assistant: core });
  return rig;
}

const SHARE = { type: 'button', action_id: ACTION_IDS.shareMove, value: JSON.stringify({ f: CH, t: PCSO, th: null }) };

describe('buttons and menus on the bot\'s messages', () => {
  it.each([
    ['choose-role', { type: 'button', action_id: ACTION_IDS.chooseRole, value: JSON.stringify({ r: CH, m: 'summary', q: '' }) }],
    ['compare-with', { type: 'static_select', action_id: ACTION_IDS.compareWith, selected_option: { value: JSON.stringify({ base: CH, other: PCSO }), text: { type: 'plain_text', text: 'PCSO' } } }],
    ['move-from-mine', { type: 'button', action_id: ACTION_IDS.moveFromMine, value: PCSO }],
    ['share-move', SHARE],
  ])('%s: a click that names no channel is told so, privately, and nothing is posted', async (listener, action) => {
    const { post, fake, log } = await start();
    const payload = blockActionsPayload({ action, response_url: fake.responseUrl(), message: { ts: '1800000000.000001' } });
    delete payload['channel'];
    payload['container'] = { type: 'message', message_ts: '1800000000.000001' };
    expect((await post(formBody({ payload: JSON.stringify(payload) }), FORM_CONTENT_TYPE)).status).toBe(200);
    expect(fake.callsTo('chat.postMessage')).toEqual([]);
    const replies = fake.sentMessages();
    expect(replies).toHaveLength(1);
    expect(replies[0]).toMatchObject({ via: 'response_url', responseType: 'ephemeral' });
    expect(shownText(replies[0]!)).toContain(NOTICE_TEXT.actionWithoutChannel);
    expect(log.lines.some((line) => line['listener'] === listener && line['msg'] === 'action payload has no channel')).toBe(true);
  });

  it('a button whose value is garbled gets the apology, not the parse error', async () => {
    const { sendAction, fake, log } = await start();
    await sendAction({ action: { ...SHARE, value: '{not json' }, message: { ts: '1800000000.000002' } });
    const replies = fake.sentMessages();
    expect(replies).toHaveLength(1);
    expect(replies[0]).toMatchObject({ via: 'response_url', responseType: 'ephemeral' });
    expect(shownText(replies[0]!)).toContain(NOTICE_TEXT.apology);
    expect(shownText(replies[0]!)).not.toMatch(INTERNALS);
    expect(log.lines.some((line) => line['listener'] === 'share-move' && line['msg'] === 'listener failed')).toBe(true);
  });

  it('a handler that throws gets the person the apology, no stack trace, and the next click is answered', async () => {
    let failures = 1;
    const flaky: Assistant = {
      ...assistant,
      move: (from, to) => {
        if (failures-- > 0) throw new Error('index exploded');
        return assistant.move(from, to);
      },
    };
    const { sendAction, fake, log } = await start(flaky);
    await sendAction({ action: SHARE, message: { ts: '1800000000.000003', thread_ts: '1800000000.000000' } });
    const [apology] = fake.sentMessages();
    expect(apology).toMatchObject({ via: 'response_url', responseType: 'ephemeral' });
    expect(shownText(apology!)).toContain(NOTICE_TEXT.apology);
    expect(shownText(apology!)).not.toMatch(INTERNALS);
    const failed = log.lines.find((line) => line['listener'] === 'share-move' && line['msg'] === 'listener failed');
    expect(failed?.['err']).toMatchObject({ message: 'index exploded' });
    fake.clear();
    await sendAction({ action: SHARE, message: { ts: '1800000000.000004', thread_ts: '1800000000.000000' } });
    expect(fake.sentMessages().map(shownText).join('\n')).toMatch(/to move from Contact Handler .* to Police Community Support Officer/);
  });
});

describe('answering slash commands', () => {
  it('/role-move over its limit gets the "too long" reply, privately, and no answer', async () => {
    const { sendCommand, fake } = await start();
    const text = `contact handler to ${'pcso '.repeat(INPUT_LIMITS.question)}`;
    await sendCommand('/role-move', text);
    const replies = fake.sentMessages();
    expect(replies).toHaveLength(1);
    expect(replies[0]).toMatchObject({ via: 'response_url', responseType: 'ephemeral' });
    expect(shownText(replies[0]!)).toContain(escapeMrkdwn(inputTooLong('question', text.trim())?.toUserText() ?? '-'));
  });

  it('a command whose handler throws gets the apology, logged under its own listener', async () => {
    const broken: Assistant = { ...assistant, compare: () => { throw new Error('index exploded'); } };
    const { sendCommand, fake, log } = await start(broken);
    await sendCommand('/compare', 'Contact Handler vs Police Community Support Officer');
    const replies = fake.sentMessages();
    expect(replies).toHaveLength(1);
    expect(replies[0]).toMatchObject({ via: 'response_url', responseType: 'ephemeral' });
    expect(shownText(replies[0]!)).toContain(NOTICE_TEXT.apology);
    expect(shownText(replies[0]!)).not.toMatch(INTERNALS);
    expect(log.lines.some((line) => line['listener'] === 'compare-command' && line['msg'] === 'listener failed' && line['channel'] !== undefined)).toBe(true);
  });
});
