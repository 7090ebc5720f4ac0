/**
 * Posting: a vacancy HR announced for a role. Stored as JSON (one file per posting) that HR can read; the
 * field names are a contract for the store, the answerer and the Slack announcement.
 */
import { z } from 'zod';
import { ROLE_ID_PATTERN } from '../profile/role-profile.ts';

/** A calendar date as ISO 8601 "YYYY-MM-DD" (what Slack's datepicker sends). */
export const IsoDateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date such as 2027-01-31');

export const POSTING_ID_PATTERN = /^p-[a-z0-9]{6,32}$/;

export const PostingDetailsSchema = z.object({
  /** Where the posts are, or which team ("Maidstone", "North Area CID"). */
  locationOrTeam: z.string().min(1),
  numberOfPosts: z.number().int().positive(),
  /** The last day applications are accepted (inclusive). */
  closingDate: IsoDateSchema,
  /** A link or a contact (email, name and extension, ...). */
  howToApply: z.string().min(1),
  note: z.string().min(1).nullable().default(null),
});
export type PostingDetails = z.infer<typeof PostingDetailsSchema>;

export const PostingStatusSchema = z.enum(['open', 'closed', 'withdrawn']);
export type PostingStatus = z.infer<typeof PostingStatusSchema>;

/**
 * A posting is two steps: stored "pending", then "announced" once chat.postMessage succeeded. Only an
 * announced posting is ever listed as open; one left pending by a crash is announced or marked "failed" at
 * start-up. Files written before this field existed were announced, hence the default.
 */
export const AnnouncementStateSchema = z.enum(['pending', 'announced', 'failed']);
export type AnnouncementState = z.infer<typeof AnnouncementStateSchema>;

export const PostingEventSchema = z.object({
  at: z.string().datetime(),
  /** Slack user id (or "cli:<name>") of whoever made the change. */
  by: z.string().min(1),
  action: z.enum(['created', 'announced', 'announcement-failed', 'edited', 'withdrawn', 'closed']),
  /** For "edited": the details before the change, so an edit can be traced. */
  previous: PostingDetailsSchema.partial().optional(),
  reason: z.string().optional(),
});
export type PostingEvent = z.infer<typeof PostingEventSchema>;

export const PostingSchema = z.object({
  schemaVersion: z.literal(1).default(1),
  id: z.string().regex(POSTING_ID_PATTERN, 'must look like "p-" followed by lower-case letters and digits'),
  roleId: z.string().regex(ROLE_ID_PATTERN),
  roleTitle: z.string().min(1),
  details: PostingDetailsSchema,
  postedBy: z.string().min(1),
  postedAt: z.string().datetime(),
  /** The channel the announcement went to, and its message ts (null until it is announced). */
  channel: z.string().min(1).nullable(),
  messageTs: z.string().min(1).nullable(),
  status: PostingStatusSchema,
  announcement: AnnouncementStateSchema.default('announced'),
  history: z.array(PostingEventSchema).default([]),
});
export type Posting = z.infer<typeof PostingSchema>;
export type PostingInput = z.input<typeof PostingSchema>;
