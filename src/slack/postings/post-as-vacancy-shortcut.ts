/**
 * The message shortcut "Post as vacancy" (callback_id post_as_vacancy): on a message carrying the role
 * document, opens the same modal with that file already chosen.
 */
import type { App } from '@slack/bolt';
import { z } from 'zod';
import { guard } from '../guard.ts';
import { formView } from './form-view.ts';
import { POSTING_IDS } from './ids.ts';
import { NO_POSTINGS_CHANNEL } from './post-role-command.ts';
import { ephemeralTo, note, type PostingsRuntime } from './postings-runtime.ts';

const MessageShortcutSchema = z.object({
  type: z.literal('message_action'),
  trigger_id: z.string().min(1),
  user: z.object({ id: z.string().min(1) }),
  channel: z.object({ id: z.string().min(1) }),
  message: z
    .object({
      ts: z.string(),
      thread_ts: z.string().optional(),
      files: z.array(z.object({ id: z.string().min(1), name: z.string().default('document') }).loose()).optional(),
    })
    .loose(),
});

export const NO_FILE_IN_MESSAGE =
  'That message has no file. Use "Post as vacancy" on a message with the role document attached (.docx, .pdf, .txt or .md), or run /post-role.';

export function registerPostAsVacancyShortcut(app: App, runtime: PostingsRuntime): void {
  app.shortcut({ callback_id: POSTING_IDS.shortcut, type: 'message_action' }, async ({ ack, body, client }) => {
    await ack();
    const parsed = MessageShortcutSchema.safeParse(body);
    if (!parsed.success) {
      runtime.log.warn({ issues: parsed.error.issues.length }, 'unexpected message shortcut payload');
      return;
    }
    const shortcut = parsed.data;
    const tell = ephemeralTo(runtime, client, {
      channel: shortcut.channel.id,
      user: shortcut.user.id,
      threadTs: shortcut.message.thread_ts ?? null,
    });
    await guard(
      runtime.log,
      async () => {
        if (!(await runtime.requireHr(shortcut.user.id, tell))) return;
        if (!runtime.options.postingsChannelId) return void (await tell(note(NO_POSTINGS_CHANNEL)));
        const file = shortcut.message.files?.[0];
        if (!file) return void (await tell(note(NO_FILE_IN_MESSAGE)));
        const draft = { sharedFile: { id: file.id, name: file.name } };
        const token = runtime.pending.create(shortcut.user.id, draft);
        await client.views.open({ trigger_id: shortcut.trigger_id, view: formView(token, runtime.deps.assistant.roles(), draft) });
      },
      tell,
    );
  });
}
