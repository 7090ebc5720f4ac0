/**
 * What can happen to a posting, as pure functions from one Posting to the next (each adds a history
 * event), and whether a posting is open on a given day.
 */
import { calendarDate, DEFAULT_TIME_ZONE } from './calendar.ts';
import type { Posting, PostingDetails, PostingStatus } from './posting.ts';

/**
 * Open means: announced, not withdrawn or closed by HR, and the closing date (inclusive, in the force's time zone)
 * has not passed. A posting past its closing date is not listed as open even if nobody closed it.
 */
export function isOpen(posting: Posting, now: Date, timeZone: string = DEFAULT_TIME_ZONE): boolean {
  return isAnnounced(posting) && posting.status === 'open' && posting.details.closingDate >= calendarDate(now, timeZone);
}

/** Staff hear only of postings whose announcement went out: a pending or failed one is invisible to them. */
export function isAnnounced(posting: Posting): boolean {
  return posting.announcement === 'announced';
}

/** The status a person should see today: "open" turns into "closed" once the closing date has passed. */
export function effectiveStatus(posting: Posting, now: Date, timeZone: string = DEFAULT_TIME_ZONE): PostingStatus {
  if (posting.status !== 'open') return posting.status;
  if (!isAnnounced(posting)) return 'open';
  return isOpen(posting, now, timeZone) ? 'open' : 'closed';
}

export function markAnnounced(posting: Posting, channel: string, messageTs: string, by: string, at: Date): Posting {
  return {
    ...posting,
    channel,
    messageTs,
    announcement: 'announced',
    history: [...posting.history, { at: at.toISOString(), by, action: 'announced' }],
  };
}

export function markAnnouncementFailed(posting: Posting, by: string, at: Date, reason: string): Posting {
  return {
    ...posting,
    announcement: 'failed',
    history: [...posting.history, { at: at.toISOString(), by, action: 'announcement-failed', reason }],
  };
}

export function editDetails(posting: Posting, details: PostingDetails, by: string, at: Date): Posting {
  const previous: Partial<PostingDetails> = {};
  for (const key of Object.keys(details) as Array<keyof PostingDetails>) {
    if (posting.details[key] !== details[key]) Object.assign(previous, { [key]: posting.details[key] });
  }
  return {
    ...posting,
    details,
    // A posting closed by its date reopens when HR move the date on (the new date is validated as future).
    status: posting.status === 'closed' ? 'open' : posting.status,
    history: [...posting.history, { at: at.toISOString(), by, action: 'edited', previous }],
  };
}

export function withdraw(posting: Posting, by: string, at: Date, reason?: string): Posting {
  return {
    ...posting,
    status: 'withdrawn',
    history: [
      ...posting.history,
      { at: at.toISOString(), by, action: 'withdrawn', ...(reason ? { reason } : {}) },
    ],
  };
}

export function close(posting: Posting, by: string, at: Date): Posting {
  return { ...posting, status: 'closed', history: [...posting.history, { at: at.toISOString(), by, action: 'closed' }] };
}
