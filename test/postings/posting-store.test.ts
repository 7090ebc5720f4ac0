import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { editDetails, withdraw } from '../../src/postings/posting-lifecycle.ts';
import { openPostingStore, type NewPosting } from '../../src/postings/posting-store.ts';

let dataDir: string;
beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'rolecall-postings-'));
});
afterEach(async () => {
  await rm(dataDir, { recursive: true, force: true });
});

const newPosting = (by: string, n = 1): NewPosting => ({
  roleId: 'custody-detention-officer',
  roleTitle: 'Custody Detention Officer',
  details: { locationOrTeam: `Suite ${n}`, numberOfPosts: n, closingDate: '2027-02-01', howToApply: 'hr@wessexvale.example', note: null },
  postedBy: by,
});

describe('file PostingStore', () => {
  it('keeps postings across a restart (a new store on the same folder)', async () => {
    const store = await openPostingStore(dataDir);
    const created = await store.create(newPosting('U0HR1'));
    expect(created.status).toBe('open');
    expect(created.history.map((e) => e.action)).toEqual(['created']);
    const reopened = await openPostingStore(dataDir);
    expect(reopened.get(created.id)).toEqual(created);
    expect(reopened.list()).toHaveLength(1);
  });

  it('loses nothing when many HR people post at once', async () => {
    const store = await openPostingStore(dataDir);
    const other = await openPostingStore(dataDir);
    const created = await Promise.all(
      Array.from({ length: 30 }, (_, i) => (i % 2 ? store : other).create(newPosting(`U0HR${i}`, i + 1))),
    );
    expect(new Set(created.map((p) => p.id)).size).toBe(30);
    const files = (await readdir(join(dataDir, 'postings'))).filter((f) => f.endsWith('.json'));
    expect(files).toHaveLength(30);
    const reopened = await openPostingStore(dataDir);
    expect(reopened.list().map((p) => p.postedBy).sort()).toEqual(created.map((p) => p.postedBy).sort());
  });

  it('applies concurrent edits of one posting one after the other, across two store instances', async () => {
    const first = await openPostingStore(dataDir);
    const second = await openPostingStore(dataDir);
    const posting = await first.create(newPosting('U0HR1'));
    const at = new Date('2026-11-24T09:00:00Z');
    await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        (i % 2 ? first : second).update(posting.id, (current) =>
          editDetails(current, { ...current.details, numberOfPosts: current.details.numberOfPosts + 1 }, `U0HR${i}`, at),
        ),
      ),
    );
    const reopened = await openPostingStore(dataDir);
    const final = reopened.get(posting.id);
    expect(final?.details.numberOfPosts).toBe(21);
    expect(final?.history.filter((e) => e.action === 'edited')).toHaveLength(20);
    const leftovers = (await readdir(join(dataDir, 'postings'))).filter((f) => !f.endsWith('.json'));
    expect(leftovers).toEqual([]);
  });

  it('withdraws a posting and records who did it', async () => {
    const store = await openPostingStore(dataDir);
    const posting = await store.create(newPosting('U0HR1'));
    const updated = await store.update(posting.id, (p) => withdraw(p, 'U0HR2', new Date('2026-11-25T09:00:00Z'), 'filled internally'));
    expect(updated.status).toBe('withdrawn');
    expect(updated.history.at(-1)).toEqual({ at: '2026-11-25T09:00:00.000Z', by: 'U0HR2', action: 'withdrawn', reason: 'filled internally' });
    expect((await openPostingStore(dataDir)).get(posting.id)?.status).toBe('withdrawn');
  });

  it('refuses an unknown or malformed id with a clear error', async () => {
    const store = await openPostingStore(dataDir);
    await expect(store.update('p-0000000000', (p) => p)).rejects.toMatchObject({ code: 'POSTING_NOT_FOUND' });
    await expect(store.update('../../etc/passwd', (p) => p)).rejects.toMatchObject({ code: 'POSTING_NOT_FOUND' });
  });

  it('skips a damaged file with a warning naming it, and keeps the others', async () => {
    const store = await openPostingStore(dataDir);
    const good = await store.create(newPosting('U0HR1'));
    await writeFile(join(dataDir, 'postings', 'p-broken0000.json'), '{ "id": ');
    await writeFile(join(dataDir, 'postings', 'p-badfield00.json'), JSON.stringify({ ...good, id: 'p-badfield00', status: 'maybe' }));
    const reopened = await openPostingStore(dataDir);
    const { warnings } = await reopened.reload();
    expect(warnings).toHaveLength(2);
    expect(warnings.join('\n')).toMatch(/p-broken0000\.json is not valid JSON/);
    expect(warnings.join('\n')).toMatch(/p-badfield00\.json: status/);
    expect(reopened.list().map((p) => p.id)).toEqual([good.id]);
  });
});
