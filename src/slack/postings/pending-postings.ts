/**
 * Drafts and previews between the steps of the modal, kept on the server and keyed by a random token (the
 * view's private_metadata carries only the token: Slack caps it at 3,000 characters, far less than a
 * profile). Bounded and forgotten after an hour, like an abandoned form.
 */
import { randomBytes } from 'node:crypto';
import type { DocumentText } from '../../ingest/index.ts';
import type { DocumentPreview } from '../../store/ingest-documents.ts';
import type { PostingDetails } from '../../postings/posting.ts';
import { BoundedCache } from '../bounded-cache.ts';
import type { FormDraft } from './form-view.ts';

export type PreviewSource =
  | { kind: 'document'; doc: DocumentText; bytes: Uint8Array; preview: DocumentPreview }
  | { kind: 'existing'; roleId: string };

export interface PendingPosting {
  /** Only the person who started the form may continue it. */
  userId: string;
  draft: FormDraft;
  /** Set once the preview was shown: what Confirm will post. */
  ready?: { source: PreviewSource; details: PostingDetails };
}

export interface PendingPostings {
  create(userId: string, draft: FormDraft): string;
  /** The entry when it exists and belongs to this user. */
  get(token: string, userId: string): PendingPosting | undefined;
  set(token: string, entry: PendingPosting): void;
  /** Takes the entry out (so a double-clicked Confirm posts once). */
  take(token: string, userId: string): PendingPosting | undefined;
}

export function createPendingPostings(options: { maxEntries?: number; ttlMs?: number; now?: () => number } = {}): PendingPostings {
  const cache = new BoundedCache<PendingPosting>({
    maxEntries: options.maxEntries ?? 500,
    ttlMs: options.ttlMs ?? 60 * 60 * 1000,
    ...(options.now ? { now: options.now } : {}),
  });
  const get = (token: string, userId: string): PendingPosting | undefined => {
    const entry = cache.get(token);
    return entry && entry.userId === userId ? entry : undefined;
  };
  return {
    create(userId, draft) {
      const token = randomBytes(12).toString('hex');
      cache.set(token, { userId, draft });
      return token;
    },
    get,
    set: (token, entry) => cache.set(token, entry),
    take(token, userId) {
      const entry = get(token, userId);
      if (entry) cache.delete(token);
      return entry;
    },
  };
}
