/**
 * The posting store: one JSON file per posting under `<dataDir>/postings/`, so two HR people posting at
 * once write different files and neither can overwrite the other. Changes to one posting (edit, withdraw)
 * are read-modify-write under a lock file, re-reading the file inside the lock, so concurrent edits are
 * applied one after the other and none is lost, across processes too.
 *
 * Reads are served from memory (the vacancy answerer is synchronous); `reload()` re-reads the folder when
 * another instance may have written to it.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { RoleCallError } from '../errors.ts';
import { parseJsonText } from '../profile/json-text.ts';
import { createFileAtomic, replaceFileAtomic, withFileLock } from './atomic-file.ts';
import { POSTING_ID_PATTERN, PostingSchema, type AnnouncementState, type Posting, type PostingDetails } from './posting.ts';

export interface NewPosting {
  roleId: string;
  roleTitle: string;
  details: PostingDetails;
  postedBy: string;
  /** Defaults to now. */
  postedAt?: string;
  channel?: string | null;
  messageTs?: string | null;
  /** "pending" when an announcement is still to be made (the Slack flow); default "announced" (nothing to announce). */
  announcement?: AnnouncementState;
}

export interface PostingStore {
  /** Where the posting files live. */
  readonly dir: string;
  /** Read every posting file; returns a warning for each file that could not be read (and skips it). */
  reload(): Promise<{ warnings: string[] }>;
  /** Every posting, newest first. */
  list(): Posting[];
  get(id: string): Posting | undefined;
  create(input: NewPosting): Promise<Posting>;
  /** Apply `change` to the posting as it is on disk now, under a lock; the result is validated and stored. */
  update(id: string, change: (current: Posting) => Posting): Promise<Posting>;
}

export function postingsDir(dataDir: string): string {
  return join(dataDir, 'postings');
}

export function newPostingId(): string {
  // 5 random bytes as 10 hex digits: collisions between instances are vanishingly rare, and create() retries.
  return `p-${randomBytes(5).toString('hex')}`;
}

export async function openPostingStore(dataDir: string, clock: () => Date = () => new Date()): Promise<PostingStore> {
  const dir = postingsDir(dataDir);
  await mkdir(dir, { recursive: true });
  const cache = new Map<string, Posting>();
  // In-process queue per posting: the lock file serialises processes, this keeps one process from polling itself.
  const queues = new Map<string, Promise<unknown>>();

  const fileOf = (id: string): string => {
    if (!POSTING_ID_PATTERN.test(id))
      throw new RoleCallError('POSTING_NOT_FOUND', `"${id}" is not a posting id.`, 'Posting ids look like p-1a2b3c4d5e.');
    return join(dir, `${id}.json`);
  };

  async function readPosting(path: string): Promise<Posting> {
    const text = await readFile(path, 'utf8');
    let json: unknown;
    try {
      json = parseJsonText(text);
    } catch {
      throw new RoleCallError('POSTING_INVALID', `${path} is not valid JSON.`, 'Fix or remove the file.');
    }
    const parsed = PostingSchema.safeParse(json);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new RoleCallError(
        'POSTING_INVALID',
        `${path}: ${issue?.path.join('.') || 'posting'} ${issue?.message ?? 'is invalid'}.`,
        'Fix or remove the file.',
      );
    }
    return parsed.data;
  }

  const serialise = (posting: Posting): string => `${JSON.stringify(posting, null, 2)}\n`;

  const store: PostingStore = {
    dir,
    async reload() {
      const warnings: string[] = [];
      const names = (await readdir(dir)).filter((name) => name.endsWith('.json') && !name.startsWith('.'));
      const fresh = new Map<string, Posting>();
      for (const name of names) {
        try {
          const posting = await readPosting(join(dir, name));
          fresh.set(posting.id, posting);
        } catch (error) {
          warnings.push(error instanceof RoleCallError ? error.message : `${name}: ${String(error)}`);
        }
      }
      cache.clear();
      for (const [id, posting] of fresh) cache.set(id, posting);
      return { warnings };
    },
    list() {
      return [...cache.values()].sort((a, b) => b.postedAt.localeCompare(a.postedAt) || a.id.localeCompare(b.id));
    },
    get(id) {
      return cache.get(id);
    },
    async create(input) {
      const postedAt = input.postedAt ?? clock().toISOString();
      for (let attempt = 0; attempt < 5; attempt += 1) {
        const posting = PostingSchema.parse({
          id: newPostingId(),
          roleId: input.roleId,
          roleTitle: input.roleTitle,
          details: input.details,
          postedBy: input.postedBy,
          postedAt,
          channel: input.channel ?? null,
          messageTs: input.messageTs ?? null,
          status: 'open',
          announcement: input.announcement ?? 'announced',
          history: [{ at: postedAt, by: input.postedBy, action: 'created' }],
        });
        if (await createFileAtomic(fileOf(posting.id), serialise(posting))) {
          cache.set(posting.id, posting);
          return posting;
        }
      }
      throw new Error('Could not find a free posting id after 5 attempts');
    },
    async update(id, change) {
      const path = fileOf(id);
      const previous = queues.get(id) ?? Promise.resolve();
      const next = previous
        .catch(() => undefined)
        .then(() =>
          withFileLock(path, async () => {
            let current: Posting;
            try {
              current = await readPosting(path);
            } catch (error) {
              if ((error as NodeJS.ErrnoException).code === 'ENOENT')
                throw new RoleCallError('POSTING_NOT_FOUND', `There is no posting ${id}.`, 'Check the id in the announcement.');
              throw error;
            }
            const updated = PostingSchema.parse(change(current));
            if (updated.id !== id) throw new Error(`A posting update must keep its id (${id})`);
            await replaceFileAtomic(path, serialise(updated));
            cache.set(id, updated);
            return updated;
          }),
        );
      queues.set(id, next);
      // Forget the queue once it drains, so the map does not grow with every posting ever edited.
      void next.finally(() => {
        if (queues.get(id) === next) queues.delete(id);
      }).catch(() => undefined);
      return next;
    },
  };
  await store.reload();
  return store;
}
