/**
 * "This is wrong" on an answer: a modal asks for an optional note; on submit the report (question, answer,
 * cited role, field, line and quote, reporter) joins the review queue, merged with reports of the same
 * thing, and the reporter alone is thanked. Anyone may report: it asks nothing of HR.
 */
import type { App } from '@slack/bolt';
import { z } from 'zod';
import { REPORT_ACTION_ID, ReportValueSchema } from '../../present/report-button.ts';
import { escapeMrkdwn } from '../../present/escape.ts';
import type { SlackMessage } from '../../present/message.ts';
import { errorMessage, type ReviewRuntime } from './review-runtime.ts';

export const REPORT_VIEW_ID = 'rolecall_report_wrong_view';
const NOTE_BLOCK = 'report_note';
const NOTE_MAX = 1000;
const METADATA_MAX = 3000;

const plain = (text: string) => ({ type: 'plain_text' as const, text, emoji: true });

const MetadataSchema = z.object({
  v: ReportValueSchema,
  c: z.string().min(1),
  t: z.string().nullable(),
  a: z.string(),
});
type Metadata = z.infer<typeof MetadataSchema>;

/** private_metadata within Slack's 3,000 characters: the answer's text is cut first. */
function encodeMetadata(metadata: Metadata): string {
  const bare = JSON.stringify({ ...metadata, a: '' });
  return JSON.stringify({ ...metadata, a: metadata.a.slice(0, Math.max(0, METADATA_MAX - bare.length - 200)) });
}

export const THANK_YOU = 'Thank you: your report is with HR, who check the role documents. Nobody else saw it.';

function thankYou(): SlackMessage {
  return { text: THANK_YOU, blocks: [{ type: 'section', text: { type: 'mrkdwn', text: escapeMrkdwn(THANK_YOU) } }] };
}

const ActionBodySchema = z
  .object({
    trigger_id: z.string().min(1),
    channel: z.object({ id: z.string().min(1) }).loose(),
    message: z.object({ ts: z.string(), thread_ts: z.string().optional(), text: z.string().optional() }).loose(),
  })
  .loose();

export function registerReportWrong(app: App, runtime: ReviewRuntime): void {
  app.action(REPORT_ACTION_ID, async ({ ack, body, action, client }) => {
    await ack();
    const log = runtime.log.child({ listener: 'report-wrong', user: body.user.id });
    try {
      const parsed = ActionBodySchema.safeParse(body);
      const value = action.type === 'button' ? ReportValueSchema.safeParse(JSON.parse(action.value ?? 'null')) : null;
      if (!parsed.success || !value?.success) throw new Error('report button payload did not match the expected shape');
      const { message, channel, trigger_id: triggerId } = parsed.data;
      const metadata: Metadata = { v: value.data, c: channel.id, t: message.thread_ts ?? message.ts, a: message.text ?? '' };
      await client.views.open({
        trigger_id: triggerId,
        view: {
          type: 'modal',
          callback_id: REPORT_VIEW_ID,
          private_metadata: encodeMetadata(metadata),
          title: plain('Report a wrong answer'),
          submit: plain('Send to HR'),
          close: plain('Cancel'),
          blocks: [
            { type: 'section', text: { type: 'mrkdwn', text: `*Question:* ${escapeMrkdwn(value.data.q.slice(0, 500))}`, verbatim: true } },
            {
              type: 'input',
              block_id: NOTE_BLOCK,
              optional: true,
              label: plain('What is wrong? (optional)'),
              element: { type: 'plain_text_input', action_id: 'value', multiline: true, max_length: NOTE_MAX, placeholder: plain('The vetting level changed last year; it is now NPPV3.') },
            },
          ],
        },
      });
    } catch (error) {
      log.error({ err: errorMessage(error) }, 'could not open the report form');
    }
  });

  app.view(REPORT_VIEW_ID, async ({ ack, body, view, client }) => {
    const user = body.user.id;
    const log = runtime.log.child({ listener: 'report-wrong-view', user });
    let metadata: Metadata;
    try {
      metadata = MetadataSchema.parse(JSON.parse(view.private_metadata));
    } catch {
      await ack({ response_action: 'errors', errors: { [NOTE_BLOCK]: 'This form could not be read. Press "This is wrong" on the answer again.' } });
      return;
    }
    const noteValue = view.state.values[NOTE_BLOCK]?.['value']?.value;
    const note = typeof noteValue === 'string' && noteValue.trim() !== '' ? noteValue.trim() : null;
    if (note !== null && note.length > NOTE_MAX) {
      await ack({ response_action: 'errors', errors: { [NOTE_BLOCK]: `Keep the note under ${NOTE_MAX} characters (it has ${note.length}).` } });
      return;
    }
    await ack();
    try {
      const { v } = metadata;
      const profile = v.r ? runtime.deps.assistant.profile(v.r) : undefined;
      const { report, merged } = await runtime.reviews.addReport({
        roleId: v.r,
        roleTitle: profile?.title ?? null,
        field: v.f,
        line: v.l,
        quote: v.x ?? null,
        question: v.q,
        answer: metadata.a,
        reporter: { user, at: runtime.now().toISOString(), note },
      });
      log.info({ report: report.id, merged, role: v.r, field: v.f }, 'answer reported');
      await runtime.deps.send.ephemeral(client, { channel: metadata.c, user, threadTs: metadata.t }, [thankYou()]);
    } catch (error) {
      log.error({ err: errorMessage(error) }, 'could not store the report');
    }
  });
}
