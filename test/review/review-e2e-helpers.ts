/**
 * Shared steps of the review loop's end-to-end tests: the postings bot on a temporary data directory, the
 * /post-role form and preview, and view submissions with correction inputs, all over signed HTTP.
 */
import { expect } from 'vitest';
import type { FakeSlackApi } from '../support/fake-slack-api.ts';
import { shownText } from '../support/slack-assertions.ts';
import { appMentionEvent } from '../support/slack-payloads.ts';
import { HR_USER, STAFF_USER, type PostingsBot } from '../postings/postings-bot.ts';
import { formValues, viewSubmission, type FormValues } from '../postings/slack-view-payloads.ts';

export type Json = Record<string, unknown>;
export interface ViewJson {
  id?: string;
  callback_id?: string;
  private_metadata?: string;
  blocks?: { type: string; block_id?: string; hint?: { text: string }; element?: Json }[];
}

export async function openForm(bot: PostingsBot, user = HR_USER): Promise<ViewJson> {
  const before = bot.rig.fake.callsTo('views.open').length;
  await bot.rig.sendCommand('/post-role', '', { user_id: user, channel_id: 'CHRTEAM01' });
  const calls = bot.rig.fake.callsTo('views.open');
  expect(calls.length).toBe(before + 1);
  return calls.at(-1)?.args['view'] as ViewJson;
}

export async function submitView(bot: PostingsBot, callbackId: string, metadata: string, values: Json, user = HR_USER): Promise<{ status: number; body: Json }> {
  const response = await bot.rig.sendInteraction(viewSubmission({ user, callbackId, viewId: 'VFORM00001', privateMetadata: metadata, values }));
  return { status: response.status, body: response.body ? (JSON.parse(response.body) as Json) : {} };
}

/** The form filled and submitted: the preview view Slack is told to show. */
export async function previewOf(bot: PostingsBot, values: FormValues, user = HR_USER): Promise<ViewJson> {
  const form = await openForm(bot, user);
  const { status, body } = await submitView(bot, 'rolecall_post_role', form.private_metadata ?? '', formValues(values), user);
  expect(status).toBe(200);
  expect(body['response_action']).toBe('update');
  return body['view'] as ViewJson;
}

/** view.state.values for correction inputs: text fields by field id, the driving select by its value. */
export function correctionValues(values: Record<string, string>): Json {
  const out: Json = {};
  for (const [field, value] of Object.entries(values)) {
    out[`review_${field}`] =
      field === 'driving'
        ? { value: { type: 'static_select', selected_option: { text: { type: 'plain_text', text: value }, value } } }
        : { value: { type: 'plain_text_input', value } };
  }
  return out;
}

export async function mention(bot: PostingsBot, text: string, user = STAFF_USER): Promise<string> {
  bot.rig.fake.clear();
  await bot.rig.sendEvent(appMentionEvent({ text: `<@UROLECALL> ${text}`, channel: 'CGENERAL', user }));
  return bot.rig.fake.sentMessages().map(shownText).join('\n');
}

export function announcementsIn(fake: FakeSlackApi, channel: string) {
  return fake.sentMessages().filter((m) => m.via === 'chat.postMessage' && m.channel === channel && m.threadTs === undefined);
}
