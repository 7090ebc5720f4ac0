/**
 * Start-up repair of postings left half-done (stored, but the process stopped before the announcement was
 * recorded). Each pending posting is either announced (or found already announced in the channel, so it is
 * never announced twice) or marked as failed; either way the HR person who made it is told in a DM.
 * Failed is final: a later start does not try again, HR post it afresh.
 */
import type { webApi } from '@slack/bolt';
import { formatClosingDate } from '../../postings/calendar.ts';
import { isOpen, markAnnouncementFailed } from '../../postings/posting-lifecycle.ts';
import type { Posting } from '../../postings/posting.ts';
import { escapeMrkdwn } from '../../present/escape.ts';
import { announcePosting, findAnnouncement, recordAnnouncement } from './announce-posting.ts';
import { SYSTEM_USER } from './posting-operations.ts';
import { mrkdwnNote, type PostingsRuntime } from './postings-runtime.ts';

export interface RepairReport {
  announced: Posting[];
  /** Already in the channel before the crash: recorded, not posted again. */
  found: Posting[];
  failed: Posting[];
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Why a pending posting cannot be announced now, or null when it can. */
function blocker(runtime: PostingsRuntime, posting: Posting): string | null {
  if (!runtime.options.postingsChannelId) return 'no postings channel is set up (POSTINGS_CHANNEL_ID)';
  if (!runtime.deps.assistant.profile(posting.roleId)) return `the role ${posting.roleTitle} is no longer known to Role Call`;
  if (posting.status !== 'open') return `it was ${posting.status} before it could be announced`;
  const fresh = { ...posting, announcement: 'announced' as const };
  if (!isOpen(fresh, runtime.now(), runtime.options.timeZone)) return `its closing date (${formatClosingDate(posting.details.closingDate)}) has passed`;
  return null;
}

async function tellHr(runtime: PostingsRuntime, client: webApi.WebClient, posting: Posting, mrkdwn: string): Promise<void> {
  // A DM to the person who posted it (a user id as the channel opens the conversation with the app).
  if (!/^[UW][A-Z0-9]+$/.test(posting.postedBy)) return;
  await runtime.deps.send
    .post(client, { channel: posting.postedBy }, [mrkdwnNote(mrkdwn)])
    .catch((error: unknown) => runtime.log.warn({ posting: posting.id, err: { message: errorText(error) } }, 'could not tell HR about a repaired posting'));
}

export async function repairPendingPostings(runtime: PostingsRuntime, client: webApi.WebClient): Promise<RepairReport> {
  const report: RepairReport = { announced: [], found: [], failed: [] };
  const pending = runtime.options.postings.list().filter((p) => p.announcement === 'pending');
  for (const posting of pending) {
    const title = escapeMrkdwn(posting.roleTitle);
    const fail = async (reason: string): Promise<void> => {
      const failed = await runtime.options.postings.update(posting.id, (current) =>
        current.announcement === 'pending' ? markAnnouncementFailed(current, SYSTEM_USER, runtime.now(), reason) : current,
      );
      report.failed.push(failed);
      runtime.log.warn({ posting: posting.id, reason }, 'pending posting marked failed at start-up');
      await tellHr(
        runtime,
        client,
        failed,
        `:warning: Your vacancy *${title}* (posting \`${posting.id}\`) was saved but could not be announced: ${escapeMrkdwn(reason)}. It is not listed as open. Please post it again with /post-role.`,
      );
    };
    const why = blocker(runtime, posting);
    const channel = runtime.options.postingsChannelId;
    const profile = runtime.deps.assistant.profile(posting.roleId);
    if (why !== null || !channel || !profile) {
      await fail(why ?? 'it could not be announced');
      continue;
    }
    try {
      const ts = await findAnnouncement(client, channel, posting).catch((error: unknown) => {
        // Without the channel's history we cannot tell; announcing is better than never telling staff.
        runtime.log.warn({ posting: posting.id, err: { message: errorText(error) } }, 'could not read the postings channel; announcing');
        return null;
      });
      const done = ts
        ? await recordAnnouncement(runtime, client, posting, profile, channel, ts, SYSTEM_USER)
        : await announcePosting(runtime, client, posting, profile, channel, SYSTEM_USER);
      (ts ? report.found : report.announced).push(done);
      runtime.log.info({ posting: posting.id, found: ts !== null }, 'pending posting announced at start-up');
      await tellHr(
        runtime,
        client,
        done,
        `:white_check_mark: Your vacancy *${title}* (posting \`${posting.id}\`) is now announced in <#${channel}>: Role Call restarted before it could finish posting it.`,
      );
    } catch (error) {
      await fail(`Slack refused the announcement (${errorText(error)})`);
    }
  }
  return report;
}
