/**
 * The start-up snapshot: a matching snapshot is loaded and gives the same answers as the files; a stale
 * one (a profile or a document changed, added or removed, or the code changed) and a corrupt one (bytes
 * flipped, cut short, a wrong header, a body of the wrong shape even with a right checksum) are rebuilt
 * from the files, never trusted, and the rebuilt snapshot is written atomically and loads next time.
 */
import { createHash } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createAssistant } from '../../src/answer/assistant.ts';
import { extractDocumentText } from '../../src/ingest/index.ts';
import { FileProfileStore, profileJson } from '../../src/store/file-profile-store.ts';
import { createIngester } from '../../src/store/ingest-documents.ts';
import { loadLibraryWithSnapshot, snapshotKey, snapshotPath } from '../../src/store/library-snapshot.ts';

let dir: string;
let store: FileProfileStore;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'rolecall-snapshot-'));
  store = new FileProfileStore(dir);
  const ingester = createIngester(store);
  for (const [file, title, force, vetting] of [
    ['dog-handler.txt', 'Dog Handler', 'Essex Police', 'NPPV2'],
    ['dog-handler-kent.txt', 'Dog Handler', 'Kent Police', 'NPPV3'],
    ['custody-officer.txt', 'Custody Detention Officer', 'Essex Police', 'Recruitment Vetting (RV)'],
  ] as const) {
    const text = [`Job Title: ${title}`, `Force: ${force}`, 'Grade: Scale 4', '', 'Vetting', `The post holder must hold ${vetting}.`, ''].join('\n');
    const bytes = new TextEncoder().encode(text);
    await ingester.ingest({ doc: await extractDocumentText(bytes, file), bytes });
  }
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const CODE = 'code-v1';

async function custodyFile(): Promise<string> {
  const { profiles } = await store.loadProfiles();
  const custody = profiles.find((profile) => profile.title === 'Custody Detention Officer');
  if (!custody) throw new Error('the custody role was not stored');
  return join(dir, 'roles', `${custody.id}.json`);
}
const load = (code = CODE) => loadLibraryWithSnapshot(store, { codeVersion: code });

function answerText(loaded: Awaited<ReturnType<typeof load>>, question: string): string {
  const assistant = createAssistant({ profiles: loaded.library.profiles, catalogue: loaded.catalogue, index: loaded.index });
  return JSON.stringify(assistant.ask(question).answer);
}

const QUESTIONS = ['what vetting does a dog handler in kent need?', 'dog hanlder essex vetting', 'which roles need NPPV3?'];

describe('start-up snapshot', () => {
  it('is written on the first start and loaded on the next, giving the same answers as the files', async () => {
    const first = await load();
    expect(first.start).toMatchObject({ path: 'rebuilt', reason: 'missing' });
    expect(first.start.writeProblem).toBeUndefined();
    const second = await load();
    expect(second.start).toMatchObject({ path: 'snapshot', reason: 'loaded' });
    expect(second.library.profiles).toEqual(first.library.profiles);
    expect(second.index.size).toBe(3);
    for (const question of QUESTIONS) expect(answerText(second, question)).toBe(answerText(first, question));
    // Written atomically: no temp file left beside it.
    expect(await readdir(join(dir, '.cache'))).toEqual(['library-snapshot.json']);
  });

  it.each([
    ['a profile edited by hand', async () => {
      const file = await custodyFile();
      const profile = JSON.parse(await readFile(file, 'utf8'));
      profile.grade = 'Scale 6';
      await writeFile(file, profileJson(profile));
    }],
    ['a profile removed', async () => {
      await rm(await custodyFile());
    }],
    ['a document added to sources/', async () => {
      await writeFile(join(dir, 'sources', 'new-role.txt'), 'Job Title: Digital Forensics Examiner\nForce: Essex Police\n');
    }],
  ])('is stale after %s: rebuilt from the files', async (_name, change) => {
    await load();
    await change();
    const next = await load();
    expect(next.start).toMatchObject({ path: 'rebuilt', reason: 'stale' });
    const fresh = await loadLibraryWithSnapshot(store, { codeVersion: CODE });
    expect(fresh.start.path).toBe('snapshot');
    expect(fresh.library.profiles).toEqual(next.library.profiles);
  });

  it('sees the change itself, not the old snapshot: the edited grade is answered', async () => {
    await load();
    const file = await custodyFile();
    const profile = JSON.parse(await readFile(file, 'utf8'));
    profile.grade = 'Scale 6';
    await writeFile(file, profileJson(profile));
    const next = await load();
    expect(next.library.profiles.find((p) => p.title === 'Custody Detention Officer')?.grade).toBe('Scale 6');
  });

  it('is stale when the code changed', async () => {
    await load('code-v1');
    expect((await load('code-v2')).start).toMatchObject({ path: 'rebuilt', reason: 'stale' });
    expect((await load('code-v2')).start.path).toBe('snapshot');
  });

  const validBody = (text: string) => text.slice(text.indexOf('\n') + 1);
  const header = (text: string) => JSON.parse(text.slice(0, text.indexOf('\n'))) as { key: string };
  it.each([
    ['a flipped byte in the body', (text: string) => text.replace('"Dog Handler"', '"Dog Handlex"')],
    ['cut short', (text: string) => text.slice(0, Math.floor(text.length / 2))],
    ['empty', () => ''],
    ['a header that is not JSON', (text: string) => `not json\n${validBody(text)}`],
    ['not JSON at all, right checksum', (text: string) => withChecksum(header(text).key, '{"values": ')],
    ['a body of the wrong shape, right checksum', (text: string) => withChecksum(header(text).key, '{"values": {"nodes": [], "roots": [5]}, "problems": [], "parsedFromSources": [], "index": {}}')],
    ['profiles that do not match the index, right checksum', (text: string) => {
      const body = JSON.parse(validBody(text));
      body.values.roots = body.values.roots.slice(1);
      return withChecksum(header(text).key, JSON.stringify(body));
    }],
    ['line words that do not read back, right checksum', (text: string) => {
      const body = JSON.parse(validBody(text));
      body.index.lines.roles = [...body.index.lines.roles, body.index.lines.roles[0]];
      return withChecksum(header(text).key, JSON.stringify(body));
    }],
    ['line words for other roles than the index, right checksum', (text: string) => {
      const body = JSON.parse(validBody(text));
      body.index.lines = { roles: [], words: [], postings: '' };
      return withChecksum(header(text).key, JSON.stringify(body));
    }],
  ])('is corrupt when %s: rebuilt, never trusted', async (_name, damage) => {
    const first = await load();
    const path = snapshotPath(store);
    await writeFile(path, damage(await readFile(path, 'utf8')));
    const next = await load();
    expect(next.start).toMatchObject({ path: 'rebuilt', reason: 'corrupt' });
    expect(next.library.profiles).toEqual(first.library.profiles);
    expect((await load()).start.path).toBe('snapshot');
  });

  it('a snapshot that cannot be written is a note, and the start goes on', async () => {
    // A folder where the snapshot file should be: the atomic rename over it fails.
    await rm(join(dir, '.cache'), { recursive: true, force: true });
    await writeFile(join(dir, '.cache'), 'not a folder');
    const loaded = await load();
    expect(loaded.start.path).toBe('rebuilt');
    expect(loaded.start.writeProblem).toMatch(/could not write .*library-snapshot\.json/);
    expect(loaded.library.profiles).toHaveLength(3);
  });

  it('the key changes with the stored files, not with the snapshot written beside them', async () => {
    const before = await snapshotKey(store, CODE);
    await load();
    expect(await snapshotKey(store, CODE)).toBe(before);
    await writeFile(join(dir, 'sources', 'another.txt'), 'Job Title: Analyst\n');
    expect(await snapshotKey(store, CODE)).not.toBe(before);
  });
});

function withChecksum(key: string, body: string): string {
  const bodySha256 = createHash('sha256').update(body).digest('hex');
  return `${JSON.stringify({ format: 1, key, bodySha256 })}\n${body}`;
}
