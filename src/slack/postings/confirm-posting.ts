/**
 * Confirm on the preview: the person is checked again, the profile is stored (atomically, through the
 * ingester) and indexed at once, the posting is stored, the announcement goes to the postings channel with
 * the role's full summary in its thread, and that thread is registered so questions there are answered.
 */
import type { App, webApi } from '@slack/bolt';
import { refusalText } from '../../postings/authorise.ts';
import { markAnnouncementFailed } from '../../postings/posting-lifecycle.ts';
import type { Posting, PostingDetails } from '../../postings/posting.ts';
import { validateVacancyDetails } from '../../postings/validate-posting.ts';
import { escapeMrkdwn } from '../../present/escape.ts';
import type { RoleProfile } from '../../profile/role-profile.ts';
import { announcePosting } from './announce-posting.ts';
import type { Correction } from '../../review/corrections.ts';
import { withCorrections } from '../../store/override-store.ts';
import { readCorrections } from '../correction-blocks.ts';
import { correctedForPreview } from './form-submission.ts';
import { messageView, PrivateMetadataSchema, ViewStateSchema } from './form-view.ts';
import { POSTING_IDS } from './ids.ts';
import type { PreviewSource } from './pending-postings.ts';
import { MODAL_HR_CHECK_MS, type PostingsRuntime } from './postings-runtime.ts';

function tokenOf(privateMetadata: string): string | null {
  try {
    const parsed = PrivateMetadataSchema.safeParse(JSON.parse(privateMetadata));
    return parsed.success ? parsed.data.t : null;
  } catch {
    return null;
  }
}

export interface PublishResult {
  posting: Posting;
  profile: RoleProfile;
}

/** Stores the profile (when new) and the posting, announces it and fills the thread. */
export async function publishPosting(
  runtime: PostingsRuntime,
  client: webApi.WebClient,
  input: { source: PreviewSource; details: PostingDetails; userId: string; channel: string; corrections?: readonly Correction[] },
): Promise<PublishResult> {
  const { assistant } = runtime.deps;
  const corrections = input.corrections ?? [];
  let profile: RoleProfile | undefined;
  if (input.source.kind === 'document') {
    const outcome = await runtime.ingester.store({ preview: input.source.preview, file: input.source.doc.file, bytes: input.source.bytes });
    // The parsed profile is stored as read; HR's corrections (new, and any the role already had) go over it.
    const corrected = await withCorrections(runtime.overrides, outcome.profile, corrections);
    for (const problem of corrected.problems) runtime.log.warn({ role: outcome.profile.id }, problem);
    profile = corrected.profile;
    // Indexed at once: the next question anywhere can be about the new role.
    assistant.upsert(profile);
    runtime.log.info({ role: profile.id, replaced: outcome.replaced?.id ?? null, corrected: corrected.fields }, 'profile stored from a posting');
  } else {
    profile = assistant.profile(input.source.roleId);
    if (profile && corrections.length > 0) {
      const corrected = await withCorrections(runtime.overrides, profile, corrections);
      profile = corrected.profile;
      assistant.upsert(profile);
      runtime.log.info({ role: profile.id, corrected: corrected.fields }, 'profile corrected from a posting');
    }
  }
  if (!profile) throw new Error(`role ${input.source.kind === 'existing' ? input.source.roleId : '?'} vanished before posting`);

  // Step one: stored as pending, so a crash from here on leaves a record start-up can repair.
  const pending = await runtime.options.postings.create({
    roleId: profile.id,
    roleTitle: profile.title,
    details: input.details,
    postedBy: input.userId,
    postedAt: runtime.now().toISOString(),
    announcement: 'pending',
  });
  runtime.options.faults?.afterPostingStored?.(pending);
  // Step two: announced, and only then listed as open.
  let posting: Posting;
  try {
    posting = await announcePosting(runtime, client, pending, profile, input.channel, input.userId);
  } catch (error) {
    // Nobody was told about it: it must not be listed as open (unless the announcement itself went out).
    if (runtime.options.postings.get(pending.id)?.announcement === 'pending')
      await runtime.options.postings
        .update(pending.id, (current) =>
          current.announcement === 'pending' ? markAnnouncementFailed(current, input.userId, runtime.now(), 'the announcement could not be posted') : current,
        )
        .catch(() => undefined);
    throw error;
  }
  runtime.log.info({ posting: posting.id, role: profile.id, channel: input.channel }, 'vacancy announced');
  return { posting, profile };
}

/** The profile the preview showed (and its correction inputs were filled from). */
async function previewProfile(runtime: PostingsRuntime, source: PreviewSource): Promise<RoleProfile | undefined> {
  return source.kind === 'document' ? correctedForPreview(runtime, source.preview.profile) : runtime.deps.assistant.profile(source.roleId);
}

export function registerConfirmPosting(app: App, runtime: PostingsRuntime): void {
  app.view(POSTING_IDS.previewView, async ({ ack, body, view, client }) => {
    const userId = body.user.id;
    const decision = await runtime.hr.check(userId, { withinMs: MODAL_HR_CHECK_MS });
    if (!decision.allowed) {
      // Pushed over the preview, which stays (its draft is not taken): closing this goes back to Confirm.
      if (decision.reason === 'lookup-failed') await ack({ response_action: 'push', view: messageView('Try again', refusalText(decision.reason)) });
      else await ack({ response_action: 'update', view: messageView('Not allowed', refusalText(decision.reason)) });
      return;
    }
    const channel = runtime.options.postingsChannelId;
    const token = tokenOf(view.private_metadata);
    // HR's corrections are checked before the preview is taken, so an error keeps it open, shown inline.
    const shown = token ? runtime.pending.get(token, userId) : undefined;
    const shownProfile = shown?.ready ? await previewProfile(runtime, shown.ready.source) : undefined;
    let corrections: Correction[] = [];
    if (shownProfile) {
      const state = ViewStateSchema.safeParse(view.state.values);
      const read = readCorrections(state.success ? state.data : {}, shownProfile, userId, runtime.now());
      if (!read.ok) {
        await ack({ response_action: 'errors', errors: read.errors });
        return;
      }
      corrections = read.corrections;
    }
    // Taken out at once: a double-clicked Confirm posts once.
    const entry = token ? runtime.pending.take(token, userId) : undefined;
    if (!channel || !entry?.ready) {
      await ack({
        response_action: 'update',
        view: messageView('Preview expired', 'This preview has expired or was already posted. Run /post-role again to post a vacancy.'),
      });
      return;
    }
    const { ready } = entry;
    // The closing date was checked at preview time; a preview left open overnight is checked again.
    const recheck = validateVacancyDetails(
      { ...ready.details, numberOfPosts: String(ready.details.numberOfPosts) },
      { now: runtime.now(), ...(runtime.options.timeZone ? { timeZone: runtime.options.timeZone } : {}) },
    );
    if (!recheck.ok) {
      if (token) runtime.pending.set(token, { userId, draft: entry.draft });
      const problems = Object.values(recheck.errors).join(' ');
      await ack({ response_action: 'update', view: messageView('Check the details', problems, token ? { backToken: token } : {}) });
      return;
    }
    await ack({ response_action: 'update', view: messageView('Posting...', 'Posting the vacancy...') });
    try {
      const { posting, profile } = await publishPosting(runtime, client, { source: ready.source, details: recheck.details, userId, channel, corrections });
      await client.views.update({
        view_id: view.id,
        view: messageView(
          'Posted',
          `:white_check_mark: Posted *${escapeMrkdwn(profile.title)}* to <#${channel}> (posting \`${posting.id}\`).\nTo change or withdraw it, use the buttons on the announcement or \`/post-role withdraw ${posting.id}\`.`,
        ),
      });
    } catch (error) {
      runtime.log.error({ err: { message: error instanceof Error ? error.message : String(error) } }, 'posting failed');
      await client.views
        .update({
          view_id: view.id,
          view: messageView('Not posted', 'Sorry, the vacancy could not be posted (Slack or the store failed). Nothing was announced; please try again with /post-role.'),
        })
        .catch(() => undefined);
    }
  });
}
