/**
 * Runs the real Bolt app (createSlackApp) in HTTP mode on loopback against the fake Slack Web API, and sends it
 * signed requests the way Slack does. With processBeforeResponse (the default here) each request returns after
 * the listeners finished, so tests need no sleeps.
 *
 *   const rig = await launchSlackApp({ assistant });
 *   await rig.sendEvent(appMentionEvent({ text: '<@UROLECALL> what vetting ...' }));
 *   rig.fake.sentMessages();
 *   await rig.stop();
 */
import type { Assistant } from '../../src/answer/assistant-api.ts';
import { createSlackApp, type ExtraListeners, type SlackAppHandle } from '../../src/slack/app.ts';
import { captureLogger, type CapturedLogger } from './capture-logger.ts';
import { startFakeSlackApi, type FakeSlackApi } from './fake-slack-api.ts';
import { blockActionsPayload, eventEnvelope, slashCommandFields, type BlockActionFields } from './slack-payloads.ts';
import { signSlackRequest } from './slack-signing.ts';

export const TEST_SIGNING_SECRET = 'test-signing-secret-0123456789abcdef';
export const TEST_BOT_TOKEN = 'xoxb-test-bot-token';

export interface LaunchOptions {
  assistant: Assistant;
  extraListeners?: ExtraListeners[];
  /** Default true (tests); the bench passes false, as in production. */
  processBeforeResponse?: boolean;
  /** Reuse a running fake (e.g. across an app restart). */
  fake?: FakeSlackApi;
}

export interface SlackResponse {
  status: number;
  body: string;
}

export interface SendOptions {
  /** Extra headers, e.g. { 'x-slack-retry-num': '1', 'x-slack-retry-reason': 'http_timeout' }. */
  headers?: Record<string, string>;
  /** Signature timestamp (unix seconds); default now. */
  timestamp?: number;
  /** Sign with this secret instead of the app's (to test bad signatures). */
  signingSecret?: string;
}

export interface SlackTestRig {
  fake: FakeSlackApi;
  handle: SlackAppHandle;
  log: CapturedLogger;
  /** http://127.0.0.1:<port>/slack/events */
  eventsUrl: string;
  /** POST a raw body, signed, with the given content type. */
  post(rawBody: string, contentType: string, options?: SendOptions): Promise<SlackResponse>;
  /** An Events API event wrapped in its envelope (pass `eventId` to repeat one). */
  sendEvent(event: Record<string, unknown>, options?: SendOptions & { eventId?: string }): Promise<SlackResponse>;
  /** A slash command, form-encoded as Slack sends it; its response_url points at the fake. */
  sendCommand(command: string, text: string, fields?: { user_id?: string; channel_id?: string }, options?: SendOptions): Promise<SlackResponse>;
  /** An interactive payload (payload=<JSON>); response_url points at the fake unless given. */
  sendAction(fields: Omit<BlockActionFields, 'response_url'> & { response_url?: string }, options?: SendOptions): Promise<SlackResponse>;
  sendInteraction(payload: Record<string, unknown>, options?: SendOptions): Promise<SlackResponse>;
  stop(): Promise<void>;
}

export const FORM_CONTENT_TYPE = 'application/x-www-form-urlencoded';

/** Form-encodes as Slack does; sent as a string so the content type stays exactly FORM_CONTENT_TYPE. */
export function formBody(fields: Record<string, string>): string {
  return new URLSearchParams(fields).toString();
}

export async function launchSlackApp(options: LaunchOptions): Promise<SlackTestRig> {
  const ownFake = options.fake === undefined;
  const fake = options.fake ?? (await startFakeSlackApi());
  const log = captureLogger();
  const handle = createSlackApp({
    botToken: TEST_BOT_TOKEN,
    signingSecret: TEST_SIGNING_SECRET,
    port: 0,
    host: '127.0.0.1',
    slackApiUrl: fake.apiUrl,
    assistant: options.assistant,
    logger: log.logger,
    processBeforeResponse: options.processBeforeResponse ?? true,
    webApiRetries: 0,
    extraListeners: options.extraListeners ?? [],
  });
  await handle.start();
  const address = handle.address();
  if (address === null) throw new Error('launchSlackApp: the app did not bind an HTTP port');
  const eventsUrl = `http://127.0.0.1:${address.port}/slack/events`;

  const post = async (rawBody: string, contentType: string, send: SendOptions = {}): Promise<SlackResponse> => {
    const signed = signSlackRequest(send.signingSecret ?? TEST_SIGNING_SECRET, rawBody, send.timestamp);
    const response = await fetch(eventsUrl, {
      method: 'POST',
      headers: { 'content-type': contentType, ...signed, ...(send.headers ?? {}) },
      body: rawBody,
    });
    return { status: response.status, body: await response.text() };
  };

  return {
    fake,
    handle,
    log,
    eventsUrl,
    post,
    sendEvent: (event, send = {}) =>
      post(JSON.stringify(eventEnvelope(event, { ...(send.eventId ? { eventId: send.eventId } : {}), botUserId: fake.botUserId })), 'application/json', send),
    sendCommand: (command, text, fields = {}, send = {}) =>
      post(formBody(slashCommandFields({ command, text, response_url: fake.responseUrl(), ...fields })), FORM_CONTENT_TYPE, send),
    sendAction: (fields, send = {}) =>
      post(formBody({ payload: JSON.stringify(blockActionsPayload({ response_url: fake.responseUrl(), ...fields })) }), FORM_CONTENT_TYPE, send),
    sendInteraction: (payload, send = {}) => post(formBody({ payload: JSON.stringify(payload) }), FORM_CONTENT_TYPE, send),
    async stop() {
      await handle.stop();
      if (ownFake) await fake.close();
    },
  };
}
