/**
 * Document text reaching Slack stays inert: a bare `@here`, `@channel` or `@everyone` in a role document never
 * reads as a broadcast, and a bare URL is never turned into a link (every mrkdwn object goes out `verbatim`).
 * Checked on the presenters' output, and end to end through the real Bolt app: a mention, /role, /compare and
 * the HR posting preview.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Assistant } from '../../src/answer/assistant-api.ts';
import { presentAnswer } from '../../src/present/present-answer.ts';
import { HR_USER, startPostingsBot } from '../postings/postings-bot.ts';
import { formValues, viewSubmission } from '../postings/slack-view-payloads.ts';
import { startFakeSlackApi } from '../support/fake-slack-api.ts';
import { createSeedAssistant } from '../support/seed-assistant.ts';
import { launchSlackApp, type SlackTestRig } from '../support/slack-app-harness.ts';
import { appMentionEvent } from '../support/slack-payloads.ts';

const HOSTILE = [
  'Job title: Night Desk Officer',
  'Grade: Scale 4',
  'Vetting level: RV @here see https://evil.example/vetting',
  'Hours: 37 hours per week @channel',
  'Main purpose: Staff the front desk at night. @everyone please read www.evil.example/apply now.',
].join('\n');

/** A broadcast Slack would act on: an @ directly followed by the word (the escaped form has a word joiner). */
const BARE_BROADCAST = /(^|[^\w@])@(here|channel|everyone)\b/i;

interface MrkdwnObject {
  text: string;
  verbatim?: boolean;
}

function mrkdwnObjects(value: unknown): MrkdwnObject[] {
  if (Array.isArray(value)) return value.flatMap(mrkdwnObjects);
  if (typeof value !== 'object' || value === null) return [];
  const record = value as Record<string, unknown>;
  const own = record['type'] === 'mrkdwn' && typeof record['text'] === 'string' ? [record as unknown as MrkdwnObject] : [];
  return [...own, ...Object.values(record).flatMap(mrkdwnObjects)];
}

let assistant: Assistant;
let rig: SlackTestRig | undefined;
beforeAll(async () => {
  assistant = await createSeedAssistant({ documents: [{ name: 'night-desk-officer.txt', text: HOSTILE }] });
});
afterEach(async () => {
  await rig?.stop();
  rig = undefined;
});

describe('presenters', () => {
  it.each([['what vetting does a Night Desk Officer need?'], ['tell me about the Night Desk Officer'], ['compare Night Desk Officer and Contact Handler']])(
    '%s: the document text is shown, with no bare broadcast in text or blocks',
    (question) => {
      const messages = presentAnswer(assistant.ask(question).answer);
      const shown = messages.map((message) => `${message.text}\n${mrkdwnObjects(message.blocks).map((o) => o.text).join('\n')}`).join('\n');
      expect(shown).toMatch(/RV|Night Desk Officer/);
      expect(shown).not.toMatch(BARE_BROADCAST);
    },
  );
});

describe('through the real Slack app', () => {
  it('a mention, /role and /compare: every mrkdwn object is verbatim, nothing broadcasts, the URL text is kept', async () => {
    rig = await launchSlackApp({ assistant });
    await rig.sendEvent(appMentionEvent({ text: '<@UROLECALL> what vetting does a Night Desk Officer need?' }));
    await rig.sendCommand('/role', 'Night Desk Officer');
    await rig.sendCommand('/compare', 'Night Desk Officer vs Contact Handler');
    const sent = rig.fake.sentMessages();
    expect(sent.length).toBeGreaterThanOrEqual(4);
    const objects = sent.flatMap((message) => mrkdwnObjects(message.blocks));
    expect(objects.length).toBeGreaterThan(0);
    expect(objects.filter((object) => object.verbatim !== true)).toEqual([]);
    for (const message of sent) expect(message.text ?? '').not.toMatch(BARE_BROADCAST);
    for (const object of objects) expect(object.text).not.toMatch(BARE_BROADCAST);
    // The document's words are shown, not dropped: the broadcast with its word joiner, the URL as plain text.
    const shown = objects.map((object) => object.text).join('\n');
    expect(shown).toContain('@\u2060everyone please read www.evil.example/apply');
  });

  it('the HR preview of a pasted document is verbatim too', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'rolecall-inert-'));
    await mkdir(join(dataDir, 'sources'), { recursive: true });
    await writeFile(join(dataDir, 'sources', 'night-desk-officer.txt'), HOSTILE);
    const fake = await startFakeSlackApi();
    const bot = await startPostingsBot(dataDir, fake);
    try {
      await bot.rig.sendCommand('/post-role', '', { user_id: HR_USER, channel_id: 'CHRTEAM01' });
      const form = fake.callsTo('views.open').at(-1)?.args['view'] as { private_metadata?: string };
      const response = await bot.rig.sendInteraction(
        viewSubmission({ user: HR_USER, callbackId: 'rolecall_post_role', viewId: 'VFORM00001', privateMetadata: form.private_metadata ?? '', values: formValues({ text: HOSTILE }) }),
      );
      const body = JSON.parse(response.body) as { response_action?: string; view?: unknown };
      expect(body.response_action).toBe('update');
      const objects = mrkdwnObjects(body.view);
      expect(objects.length).toBeGreaterThan(0);
      expect(objects.filter((object) => object.verbatim !== true)).toEqual([]);
      for (const object of objects) expect(object.text).not.toMatch(BARE_BROADCAST);
    } finally {
      await bot.rig.stop();
      await fake.close();
      await rm(dataDir, { recursive: true, force: true });
    }
  });
});
