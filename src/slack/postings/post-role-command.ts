/**
 * `/post-role` (HR only): opens the posting modal. `/post-role withdraw <id>`, `/post-role edit <id>` and
 * `/post-role list` manage postings already made. Everyone else gets a polite refusal only they can see.
 */
import type { App } from '@slack/bolt';
import { checkInputLength } from '../../answer/input-limits.ts';
import { formatClosingDate } from '../../postings/calendar.ts';
import { effectiveStatus } from '../../postings/posting-lifecycle.ts';
import type { Posting } from '../../postings/posting.ts';
import { escapeMrkdwn } from '../../present/escape.ts';
import { guard } from '../guard.ts';
import { SlashCommandSchema } from '../payloads.ts';
import { respondEphemeral } from '../slash-replies.ts';
import { editView } from './edit-view.ts';
import { formView } from './form-view.ts';
import { POSTING_IDS } from './ids.ts';
import { closeExpiredPostings, findPosting, withdrawPosting } from './posting-operations.ts';
import { mrkdwnNote, note, type PostingsRuntime } from './postings-runtime.ts';

/** What HR see in the list for a posting whose announcement did not go out. */
const ANNOUNCEMENT_NOTE: Partial<Record<Posting['announcement'], string>> = {
  pending: 'waiting to be announced',
  failed: 'not announced (post it again)',
};

export const POST_ROLE_USAGE =
  'Usage: `/post-role` opens the vacancy form; `/post-role list` shows postings; `/post-role edit <posting id>` changes one; `/post-role withdraw <posting id>` withdraws one.';

export const NO_POSTINGS_CHANNEL =
  'Vacancy posting is not set up yet: an admin needs to set POSTINGS_CHANNEL_ID (the channel announcements go to) for Role Call.';

export function registerPostRoleCommand(app: App, runtime: PostingsRuntime): void {
  app.command(POSTING_IDS.command, async ({ ack, body, client, respond }) => {
    await ack();
    const tell = (message: Parameters<typeof respondEphemeral>[1][number]) => respondEphemeral(respond, [message]);
    await guard(
      runtime.log,
      async () => {
        const command = SlashCommandSchema.parse(body);
        if (!(await runtime.requireHr(command.user_id, tell))) return;
        checkInputLength('postRoleCommand', command.text.trim());
        const [verb = '', ...rest] = command.text.trim().split(/\s+/).filter(Boolean);
        const argument = rest.join(' ');
        // The form's trigger_id lasts 3 seconds: open it first, tidy up after.
        const opensForm = verb === '' || verb.toLowerCase() === 'new';
        if (!opensForm) await closeExpiredPostings(runtime, client);
        switch (verb.toLowerCase()) {
          case '':
          case 'new': {
            if (!runtime.options.postingsChannelId) return void (await tell(note(NO_POSTINGS_CHANNEL)));
            if (!command.trigger_id) return void (await tell(note('Slack sent no trigger to open the form; please run /post-role again.')));
            const token = runtime.pending.create(command.user_id, {});
            await client.views.open({ trigger_id: command.trigger_id, view: formView(token, runtime.deps.assistant.roles()) });
            await closeExpiredPostings(runtime, client);
            return;
          }
          case 'withdraw': {
            if (!argument) return void (await tell(note(POST_ROLE_USAGE)));
            const result = await withdrawPosting(runtime, client, argument, command.user_id);
            return void (await tell(note(result.message)));
          }
          case 'edit': {
            if (!argument) return void (await tell(note(POST_ROLE_USAGE)));
            const posting = findPosting(runtime, argument);
            if (!command.trigger_id) return void (await tell(note('Slack sent no trigger to open the form; please run the command again.')));
            await client.views.open({ trigger_id: command.trigger_id, view: editView(posting) });
            return;
          }
          case 'list': {
            const now = runtime.now();
            const postings = runtime.options.postings.list().slice(0, 40);
            const lines = postings.map(
              (p) =>
                `• \`${p.id}\` ${escapeMrkdwn(p.roleTitle)}: ${ANNOUNCEMENT_NOTE[p.announcement] ?? effectiveStatus(p, now, runtime.options.timeZone)}, closes ${formatClosingDate(
                  p.details.closingDate,
                )}, ${escapeMrkdwn(p.details.locationOrTeam)}`,
            );
            return void (await tell(mrkdwnNote(lines.length > 0 ? `*Postings (newest first)*\n${lines.join('\n')}` : 'No vacancies have been posted yet.')));
          }
          default:
            return void (await tell(note(POST_ROLE_USAGE)));
        }
      },
      tell,
    );
  });
}
