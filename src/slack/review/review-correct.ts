/**
 * "Check and correct" on the HR Home: the correction modal for one profile (the same inputs as the
 * /post-role preview), checked for HR when the button is pressed and again on submit. Errors are shown
 * inline; corrections are stored as overrides, applied at once, and the Home is published again.
 */
import type { App } from '@slack/bolt';
import { z } from 'zod';
import { refusalText } from '../../postings/authorise.ts';
import { escapeMrkdwn } from '../../present/escape.ts';
import { REVIEW_CORRECT_ACTION } from './review-home-blocks.ts';
import { withCorrections } from '../../store/override-store.ts';
import { correctionBlocks, readCorrections } from '../correction-blocks.ts';
import { ViewStateSchema } from '../postings/form-view.ts';
import { publishHome } from './review-home.ts';
import { errorMessage, type ReviewRuntime } from './review-runtime.ts';

export const REVIEW_CORRECT_VIEW = 'rolecall_review_correct_view';

const plain = (text: string) => ({ type: 'plain_text' as const, text, emoji: true });

const MetadataSchema = z.object({ r: z.string().min(1) });

/** Within Slack's 3 s for a modal submission, with room for the store's write. */
const MODAL_HR_CHECK_MS = 1500;

export function registerReviewCorrect(app: App, runtime: ReviewRuntime): void {
  app.action(REVIEW_CORRECT_ACTION, async ({ ack, body, action, client }) => {
    await ack();
    const user = body.user.id;
    const log = runtime.log.child({ listener: 'review-correct', user });
    try {
      const decision = await runtime.hr.check(user);
      if (!decision.allowed) {
        log.info({ reason: decision.reason }, 'correction refused: not HR');
        return;
      }
      if (body.type !== 'block_actions' || action.type !== 'button') return;
      const profile = runtime.deps.assistant.profile(action.value ?? '');
      if (!profile) return;
      await client.views.open({
        trigger_id: body.trigger_id,
        view: {
          type: 'modal',
          callback_id: REVIEW_CORRECT_VIEW,
          private_metadata: JSON.stringify({ r: profile.id }),
          title: plain('Check a profile'),
          submit: plain('Save corrections'),
          close: plain('Cancel'),
          blocks: [
            { type: 'section', text: { type: 'mrkdwn', text: `*${escapeMrkdwn(profile.title)}*\nSource: ${escapeMrkdwn(profile.source.file)}`, verbatim: true } },
            ...correctionBlocks(profile).slice(1),
          ],
        },
      });
    } catch (error) {
      log.error({ err: errorMessage(error) }, 'could not open the correction form');
    }
  });

  app.view(REVIEW_CORRECT_VIEW, async ({ ack, body, view, client }) => {
    const user = body.user.id;
    const log = runtime.log.child({ listener: 'review-correct-view', user });
    const decision = await runtime.hr.check(user, { withinMs: MODAL_HR_CHECK_MS });
    if (!decision.allowed) {
      await ack({ response_action: 'update', view: { type: 'modal', title: plain('Not allowed'), close: plain('Close'), blocks: [{ type: 'section', text: { type: 'plain_text', text: refusalText(decision.reason) } }] } });
      return;
    }
    const metadata = MetadataSchema.safeParse((() => { try { return JSON.parse(view.private_metadata) as unknown; } catch { return null; } })());
    const profile = metadata.success ? runtime.deps.assistant.profile(metadata.data.r) : undefined;
    const state = ViewStateSchema.safeParse(view.state.values);
    if (!profile || !state.success) {
      await ack({ response_action: 'update', view: { type: 'modal', title: plain('Profile not found'), close: plain('Close'), blocks: [{ type: 'section', text: { type: 'plain_text', text: 'This profile is no longer loaded. Open Home again.' } }] } });
      return;
    }
    const read = readCorrections(state.data, profile, user, runtime.now());
    if (!read.ok) {
      await ack({ response_action: 'errors', errors: read.errors });
      return;
    }
    await ack();
    try {
      if (read.corrections.length > 0) {
        const corrected = await withCorrections(runtime.overrides, profile, read.corrections);
        runtime.deps.assistant.upsert(corrected.profile);
        log.info({ role: profile.id, corrected: read.corrections.map((c) => c.field) }, 'profile corrected from Home');
      }
      await publishHome(runtime, client, user);
    } catch (error) {
      log.error({ err: errorMessage(error) }, 'could not save the corrections');
    }
  });
}
