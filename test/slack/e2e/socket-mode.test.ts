/**
 * Socket Mode (the setup manifest.yml creates): with an app token the app opens a WebSocket through
 * apps.connections.open, acks each envelope, and answers through the Web API, as in HTTP mode.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { createSlackApp, type SlackAppHandle } from '../../../src/slack/app.ts';
import { captureLogger } from '../../support/capture-logger.ts';
import { startFakeSlackApi, type FakeSlackApi } from '../../support/fake-slack-api.ts';
import { startFakeSocketMode, type FakeSocketMode } from '../../support/fake-socket-mode.ts';
import { createSeedAssistant } from '../../support/seed-assistant.ts';
import { expectAllWithinLimits, shownText } from '../../support/slack-assertions.ts';
import { appMentionEvent, eventEnvelope, slashCommandFields } from '../../support/slack-payloads.ts';

let fake: FakeSlackApi | undefined;
let socket: FakeSocketMode | undefined;
let handle: SlackAppHandle | undefined;

afterEach(async () => {
  await handle?.stop();
  await socket?.close();
  await fake?.close();
  handle = undefined;
  socket = undefined;
  fake = undefined;
});

/** Waits until the fake has seen `count` posts (the work after an ack is not awaited by Socket Mode acks). */
async function posts(api: FakeSlackApi, count: number): Promise<void> {
  while (api.callsTo('chat.postMessage').length < count) await new Promise((resolve) => setTimeout(resolve, 10));
}

describe('Socket Mode', () => {
  it('connects with the app token, acks envelopes and answers a mention and /role', async () => {
    fake = await startFakeSlackApi();
    socket = await startFakeSocketMode();
    const url = socket.url;
    fake.setHandler('apps.connections.open', () => ({ ok: true, url }));
    handle = createSlackApp({
      botToken: 'xoxb-test',
      signingSecret: 'unused-in-socket-mode',
      appToken: 'xapp-test-app-token',
      port: 0,
      slackApiUrl: fake.apiUrl,
      assistant: await createSeedAssistant(),
      logger: captureLogger().logger,
      webApiRetries: 0,
    });
    await handle.start();
    await socket.connected;
    expect(handle.address()).toBeNull();
    expect(fake.callsTo('apps.connections.open')[0]?.token).toBe('xapp-test-app-token');

    const mention = appMentionEvent({ text: '<@UROLECALL> what vetting does a Contact Handler need?' });
    socket.send({ envelope_id: 'env-1', type: 'events_api', payload: eventEnvelope(mention), accepts_response_payload: false });
    expect((await socket.ack('env-1'))['envelope_id']).toBe('env-1');
    await posts(fake, 1);
    const [answer] = fake.sentMessages();
    expect(answer?.threadTs).toBe(mention['ts']);
    expect(shownText(answer!)).toContain('CTC');

    socket.send({
      envelope_id: 'env-2',
      type: 'slash_commands',
      payload: slashCommandFields({ command: '/role', text: 'Contact Handler', response_url: fake.responseUrl() }),
      accepts_response_payload: true,
    });
    expect((await socket.ack('env-2'))['envelope_id']).toBe('env-2');
    await posts(fake, 3);
    const [, parent, summary] = fake.sentMessages();
    expect(parent?.threadTs).toBeUndefined();
    expect(summary?.threadTs).toBe(parent?.ts);
    expectAllWithinLimits(fake);
  });
});
