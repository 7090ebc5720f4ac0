/**
 * The buttons on an announcement: "Ask about this role" (anyone), "Edit (HR)" and "Withdraw (HR)" (checked
 * again here: the buttons are visible to everyone), and the edit modal's submission.
 */
import type { App } from '@slack/bolt';
import { z } from 'zod';
import { refusalText } from '../../postings/authorise.ts';
import { validateVacancyDetails } from '../../postings/validate-posting.ts';
import { escapeMrkdwn } from '../../present/escape.ts';
import { guard } from '../guard.ts';
import { EditMetadataSchema, editView } from './edit-view.ts';
import { messageView, readVacancyDetails, ViewStateSchema } from './form-view.ts';
import { FIELD_BLOCK, POSTING_IDS } from './ids.ts';
import { editPosting, findPosting, withdrawPosting } from './posting-operations.ts';
import { ephemeralTo, MODAL_HR_CHECK_MS, mrkdwnNote, note, type PostingsRuntime } from './postings-runtime.ts';

const ButtonBodySchema = z.object({
  type: z.literal('block_actions'),
  trigger_id: z.string().optional(),
  user: z.object({ id: z.string().min(1) }),
  channel: z.object({ id: z.string().min(1) }).optional(),
  container: z.object({ channel_id: z.string().optional(), message_ts: z.string().optional() }).loose().optional(),
  actions: z.array(z.object({ value: z.string().optional() }).loose()).min(1),
});

function readButton(body: unknown) {
  const parsed = ButtonBodySchema.safeParse(body);
  if (!parsed.success) return null;
  const b = parsed.data;
  const channel = b.channel?.id ?? b.container?.channel_id;
  if (!channel) return null;
  return { userId: b.user.id, channel, messageTs: b.container?.message_ts ?? null, value: b.actions[0]?.value ?? '', triggerId: b.trigger_id };
}

type Button = NonNullable<ReturnType<typeof readButton>>;
type Tell = ReturnType<typeof ephemeralTo>;
type ActionClient = Parameters<Parameters<App['action']>[1]>[0]['client'];

/** A button on an announcement: acked first, read, then handled with replies only the presser sees. */
function onButton(
  app: App,
  runtime: PostingsRuntime,
  actionId: string,
  handle: (button: Button, tell: Tell, client: ActionClient) => Promise<void>,
): void {
  app.action(actionId, async ({ ack, body, client }) => {
    await ack();
    const button = readButton(body);
    if (!button) return;
    const tell = ephemeralTo(runtime, client, { channel: button.channel, user: button.userId, threadTs: button.messageTs });
    await guard(runtime.log, () => handle(button, tell, client), tell);
  });
}

export function registerAnnouncementActions(app: App, runtime: PostingsRuntime): void {
  onButton(app, runtime, POSTING_IDS.ask, async (button, tell) => {
    const posting = findPosting(runtime, button.value);
    const title = runtime.deps.assistant.profile(posting.roleId)?.title ?? posting.roleTitle;
    // Remembered again here too: after a restart the thread would otherwise be forgotten.
    if (posting.channel && posting.messageTs) runtime.deps.threads.set(posting.channel, posting.messageTs, { roleIds: [posting.roleId] });
    await tell(
      mrkdwnNote(
        `Ask me about *${escapeMrkdwn(title)}* in this announcement's thread (no need to mention me), for example:\n• what vetting is needed?\n• what are the shifts and hours?\n• what are the essential criteria?\n• when does it close?`,
      ),
    );
  });

  onButton(app, runtime, POSTING_IDS.withdraw, async (button, tell, client) => {
    if (!(await runtime.requireHr(button.userId, tell))) return;
    const result = await withdrawPosting(runtime, client, button.value, button.userId);
    await tell(note(result.message));
  });

  onButton(app, runtime, POSTING_IDS.edit, async (button, tell, client) => {
    if (!(await runtime.requireHr(button.userId, tell))) return;
    const posting = findPosting(runtime, button.value);
    if (posting.status === 'withdrawn') return void (await tell(note(`Posting ${posting.id} was withdrawn and cannot be edited.`)));
    if (!button.triggerId) return;
    await client.views.open({ trigger_id: button.triggerId, view: editView(posting) });
  });

  app.view(POSTING_IDS.editView, async ({ ack, body, view, client }) => {
    const userId = body.user.id;
    const decision = await runtime.hr.check(userId, { withinMs: MODAL_HR_CHECK_MS });
    if (!decision.allowed) {
      // A failed check is shown on the form, as it was filled in, so the person can save it again.
      if (decision.reason === 'lookup-failed') await ack({ response_action: 'errors', errors: { [FIELD_BLOCK.locationOrTeam]: refusalText(decision.reason) } });
      else await ack({ response_action: 'update', view: messageView('Not allowed', refusalText(decision.reason)) });
      return;
    }
    let postingId = '';
    try {
      postingId = EditMetadataSchema.parse(JSON.parse(view.private_metadata)).p;
    } catch {
      await ack({ response_action: 'update', view: messageView('Something went wrong', 'Slack sent a form I could not read. Please try again.') });
      return;
    }
    const state = ViewStateSchema.safeParse(view.state.values);
    const validation = validateVacancyDetails(state.success ? readVacancyDetails(state.data) : {}, {
      now: runtime.now(),
      ...(runtime.options.timeZone ? { timeZone: runtime.options.timeZone } : {}),
    });
    if (!validation.ok) {
      const errors: Record<string, string> = {};
      for (const [field, message] of Object.entries(validation.errors)) errors[FIELD_BLOCK[field as keyof typeof FIELD_BLOCK]] = message;
      await ack({ response_action: 'errors', errors });
      return;
    }
    await ack();
    const channel = runtime.options.postings.get(postingId)?.channel ?? runtime.options.postingsChannelId;
    const tell = channel ? ephemeralTo(runtime, client, { channel, user: userId }) : async () => undefined;
    await guard(
      runtime.log,
      async () => {
        const result = await editPosting(runtime, client, postingId, validation.details, userId);
        await tell(note(result.message));
      },
      tell,
    );
  });
}
