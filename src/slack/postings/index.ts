/**
 * HR postings in Slack: `/post-role`, the "Post as vacancy" message shortcut, the modal (form -> preview ->
 * confirm), and the announcement's buttons. main.ts passes `postingsListeners(options)` to createSlackApp's
 * `extraListeners`.
 */
import type { App } from '@slack/bolt';
import type { SlackDeps } from '../deps.ts';
import { registerAnnouncementActions } from './announcement-actions.ts';
import { registerConfirmPosting } from './confirm-posting.ts';
import { registerFormSubmission } from './form-submission.ts';
import { registerPostAsVacancyShortcut } from './post-as-vacancy-shortcut.ts';
import { registerPostRoleCommand } from './post-role-command.ts';
import { closeExpiredPostings } from './posting-operations.ts';
import { createPostingsRuntime, type PostingsListenerOptions } from './postings-runtime.ts';
import { repairPendingPostings } from './repair-pending-postings.ts';

export type { PostingsListenerOptions } from './postings-runtime.ts';
export { POSTING_IDS } from './ids.ts';

export function postingsListeners(options: PostingsListenerOptions): (app: App, deps: SlackDeps) => void {
  return (app, deps) => {
    const runtime = createPostingsRuntime(app, deps, options);
    // Announcement threads survive a restart: questions in them keep their role.
    for (const posting of options.postings.list()) {
      if (posting.channel && posting.messageTs) deps.threads.set(posting.channel, posting.messageTs, { roleIds: [posting.roleId] });
    }
    // In the background, in order: postings a crash left half-done are announced or marked failed (HR are
    // told), then announcements of postings whose date passed while the bot was down say they are closed.
    const warn = (what: string) => (error: unknown) =>
      runtime.log.warn({ err: { message: error instanceof Error ? error.message : String(error) } }, what);
    const startup = (async () => {
      if (options.repairPendingOnStart !== false) await repairPendingPostings(runtime, app.client).catch(warn('could not repair pending postings'));
      if (options.closeExpiredOnStart !== false) await closeExpiredPostings(runtime, app.client).catch(warn('could not close expired postings'));
    })();
    options.onStartupWork?.(startup);
    registerPostRoleCommand(app, runtime);
    registerPostAsVacancyShortcut(app, runtime);
    registerFormSubmission(app, runtime);
    registerConfirmPosting(app, runtime);
    registerAnnouncementActions(app, runtime);
  };
}
