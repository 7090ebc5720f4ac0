/**
 * What Slack and hostile input can throw at the app: forged or stale requests, retried events, bot and system
 * messages, a document that tries to ping the channel, a failing core. Through the real Bolt app over HTTP.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { Assistant } from '../../../src/answer/assistant-api.ts';
import { NOTICE_TEXT } from '../../../src/present/notices.ts';
import { createSeedAssistant } from '../../support/seed-assistant.ts';
import { callsAfterAuth, expectAllWithinLimits, shownText } from '../../support/slack-assertions.ts';
import { FORM_CONTENT_TYPE, formBody, launchSlackApp, TEST_BOT_TOKEN, TEST_SIGNING_SECRET, type SlackTestRig } from '../../support/slack-app-harness.ts';
import { appMentionEvent, eventEnvelope, messageEvent, nextEventId, slashCommandFields } from '../../support/slack-payloads.ts';

let rig: SlackTestRig | undefined;

afterEach(async () => {
  if (rig) {
    expectAllWithinLimits(rig.fake);
    // Tokens and secrets never reach the logs.
    const logged = rig.log.raw.join('\n');
    expect(logged).not.toContain(TEST_BOT_TOKEN);
    expect(logged).not.toContain(TEST_SIGNING_SECRET);
  }
  await rig?.stop();
  rig = undefined;
});

async function start(assistant?: Assistant): Promise<SlackTestRig> {
  rig = await launchSlackApp({ assistant: assistant ?? (await createSeedAssistant()) });
  return rig;
}

const QUESTION = '<@UROLECALL> what vetting does a Contact Handler need?';

describe('request verification', () => {
  it('rejects a bad signature with 401 and posts nothing', async () => {
    const { sendEvent, sendCommand, fake } = await start();
    expect((await sendEvent(appMentionEvent({ text: QUESTION }), { signingSecret: 'not-the-secret' })).status).toBe(401);
    expect((await sendCommand('/role', 'Contact Handler', {}, { signingSecret: 'not-the-secret' })).status).toBe(401);
    expect(callsAfterAuth(fake)).toEqual([]);
    expect(fake.responses).toEqual([]);
  });

  it('rejects a body changed after signing', async () => {
    const { eventsUrl, fake } = await start();
    const body = JSON.stringify(eventEnvelope(appMentionEvent({ text: QUESTION })));
    const { signSlackRequest } = await import('../../support/slack-signing.ts');
    const headers = signSlackRequest(TEST_SIGNING_SECRET, body);
    const response = await fetch(eventsUrl, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: body.replace('Contact Handler', 'Chief Constable') });
    expect(response.status).toBe(401);
    expect(callsAfterAuth(fake)).toEqual([]);
  });

  it('rejects a stale timestamp (replay) with 401', async () => {
    const { sendEvent, fake } = await start();
    const sixMinutesAgo = Math.floor(Date.now() / 1000) - 6 * 60;
    expect((await sendEvent(appMentionEvent({ text: QUESTION }), { timestamp: sixMinutesAgo })).status).toBe(401);
    expect(callsAfterAuth(fake)).toEqual([]);
  });

  it('answers Slack’s URL verification challenge', async () => {
    const { post } = await start();
    const response = await post(JSON.stringify({ token: 't', challenge: 'challenge-abc', type: 'url_verification' }), 'application/json');
    expect(response.status).toBe(200);
    expect(response.body).toContain('challenge-abc');
  });

  it('takes slash commands only with the exact form content type Slack uses', async () => {
    const { post, fake } = await start();
    const body = formBody(slashCommandFields({ command: '/role', text: 'Contact Handler', response_url: fake.responseUrl() }));
    expect((await post(body, FORM_CONTENT_TYPE)).status).toBe(200);
    expect(fake.callsTo('chat.postMessage').length).toBeGreaterThan(0);
  });
});

describe('retries and duplicates', () => {
  it('answers a retried event (same event_id, X-Slack-Retry-Num) once', async () => {
    const { sendEvent, fake } = await start();
    const event = appMentionEvent({ text: QUESTION });
    const eventId = nextEventId();
    expect((await sendEvent(event, { eventId })).status).toBe(200);
    expect((await sendEvent(event, { eventId, headers: { 'x-slack-retry-num': '1', 'x-slack-retry-reason': 'http_timeout' } })).status).toBe(200);
    expect((await sendEvent(event, { eventId, headers: { 'x-slack-retry-num': '2', 'x-slack-retry-reason': 'http_timeout' } })).status).toBe(200);
    expect(fake.sentMessages()).toHaveLength(1);
  });
});

describe('who the bot listens to', () => {
  it('ignores bot messages, its own included, and system subtypes, even in a thread it answered in', async () => {
    const { sendEvent, fake } = await start();
    const mention = appMentionEvent({ text: QUESTION });
    await sendEvent(mention);
    const threadTs = String(mention['ts']);
    fake.clear();
    const question = 'what vetting does a Contact Handler need?';
    await sendEvent(messageEvent({ text: question, thread_ts: threadTs, subtype: 'bot_message', bot_id: 'BOTHER', user: undefined as unknown as string }));
    await sendEvent(messageEvent({ text: question, thread_ts: threadTs, bot_id: fake.botId, user: fake.botUserId }));
    await sendEvent(messageEvent({ text: question, thread_ts: threadTs, user: fake.botUserId }));
    for (const subtype of ['message_changed', 'message_deleted', 'channel_join', 'channel_topic', 'thread_broadcast_deleted']) {
      await sendEvent(messageEvent({ text: question, thread_ts: threadTs, subtype }));
    }
    await sendEvent(appMentionEvent({ text: QUESTION, user: fake.botUserId }));
    expect(fake.sentMessages()).toEqual([]);
  });
});

describe('document text is data', () => {
  it('a document containing <!channel> never pings anyone', async () => {
    const hostile = [
      'Job title: Night Desk Officer <!channel>',
      'Grade: Scale 4',
      'Vetting level: RV <!here> <@U999> <http://evil.example|click here>',
      'Main purpose: Staff the front desk at night. <!everyone> please read.',
    ].join('\n');
    const { sendEvent, sendCommand, fake } = await start(await createSeedAssistant({ documents: [{ name: 'night-desk-officer.txt', text: hostile }] }));
    await sendEvent(appMentionEvent({ text: '<@UROLECALL> what vetting does a Night Desk Officer need?' }));
    await sendCommand('/role', 'Night Desk Officer');
    const sent = fake.sentMessages();
    expect(sent.length).toBeGreaterThan(1);
    const all = sent.map(shownText).join('\n');
    expect(all).toMatch(/&lt;!(channel|here|everyone)&gt;/);
    for (const message of sent) {
      // Mrkdwn (the text fallback and mrkdwn text objects) must hold no raw control sequence from the document.
      const mrkdwn = [message.text ?? '', ...(JSON.stringify(message.blocks ?? []).match(/"type":"mrkdwn","text":"(?:[^"\\]|\\.)*"/g) ?? [])];
      for (const text of mrkdwn) {
        expect(text).not.toMatch(/<!(channel|here|everyone)/);
        expect(text).not.toMatch(/<@U999/);
        expect(text).not.toMatch(/<http:\/\/evil/);
      }
    }
  });
});

describe('failures', () => {
  it('a failing core gets the person an apology in the thread, and the app keeps answering', async () => {
    const real = await createSeedAssistant();
    let failures = 1;
    const flaky: Assistant = {
      ...real,
      roles: () => real.roles(),
      profile: (id) => real.profile(id),
      summary: (query) => real.summary(query),
      compare: (queries) => real.compare(queries),
      ask: (question, context) => {
        if (failures-- > 0) throw new Error('index exploded');
        return real.ask(question, context);
      },
    };
    const { sendEvent, fake, log } = await start(flaky);
    const mention = appMentionEvent({ text: QUESTION });
    expect((await sendEvent(mention)).status).toBe(200);
    const [apology] = fake.sentMessages();
    expect(apology?.threadTs).toBe(mention['ts']);
    expect(apology?.text).toContain(NOTICE_TEXT.apology);
    expect(log.lines.some((line) => line['msg'] === 'listener failed' && line['listener'] === 'app-mention')).toBe(true);
    fake.clear();
    await sendEvent(appMentionEvent({ text: QUESTION }));
    expect(shownText(fake.sentMessages()[0]!)).toContain('CTC');
  });

  it('a failing slash command gets an ephemeral apology', async () => {
    const real = await createSeedAssistant();
    const broken: Assistant = { ...real, roles: () => real.roles(), summary: () => { throw new Error('boom'); } };
    const { sendCommand, fake } = await start(broken);
    expect((await sendCommand('/role', 'Contact Handler')).status).toBe(200);
    const [reply] = fake.sentMessages();
    expect(reply).toMatchObject({ via: 'response_url', responseType: 'ephemeral' });
    expect(reply?.text).toContain(NOTICE_TEXT.apology);
  });
});
