/** Checks shared by Slack end-to-end tests. */
import { expect } from 'vitest';
import { checkMessageLimits } from '../../src/present/limits.ts';
import type { FakeSlackApi, SentMessage } from './fake-slack-api.ts';

/** Everything a sent message shows: fallback text and every string inside its blocks. */
export function shownText(message: SentMessage): string {
  return `${message.text ?? ''}\n${JSON.stringify(message.blocks ?? [])}`;
}

/** Every message the bot sent passes the Block Kit limits check and has a text fallback. */
export function expectAllWithinLimits(fake: FakeSlackApi): void {
  for (const message of fake.sentMessages()) {
    expect(checkMessageLimits(message.raw), `${message.via} to ${message.channel ?? 'response_url'}`).toEqual([]);
  }
}

/** Web API calls other than the auth.test Bolt makes at start. */
export function callsAfterAuth(fake: FakeSlackApi): string[] {
  return fake.calls.filter((call) => call.method !== 'auth.test').map((call) => call.method);
}
