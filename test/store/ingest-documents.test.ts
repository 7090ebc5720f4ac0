/**
 * The ingest service with the real parser: stores a profile and its document, replaces a role with the same
 * title and organisation (same id), keeps two forces' same-titled roles apart, and runs uploads one at a time.
 */
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PARSER_VERSION, extractDocumentText } from '../../src/ingest/index.ts';
import { FileProfileStore } from '../../src/store/file-profile-store.ts';
import { createIngester, previewDocument, sourceFileName } from '../../src/store/ingest-documents.ts';
import { loadLibrary } from '../../src/store/load-library.ts';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'rolecall-ingest-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

function custodyDocument(force: string, hours: number): string {
  return [
    'ROLE PROFILE',
    '',
    'Job Title: Custody Detention Officer',
    `Organisation: ${force}`,
    'Grade: Scale 5',
    'Reports to: Custody Sergeant',
    `Working hours: ${hours} hours per week, on a rota of 12 hour shifts`,
    '',
    'Main Purpose',
    'To ensure the safe and secure detention of detained persons in the custody suite.',
    '',
    'Essential Criteria',
    '1. Experience of dealing with the public in a challenging environment.',
    '2. Good written and verbal communication skills.',
    '',
    'Vetting',
    'The post holder will be required to obtain Recruitment Vetting (RV) and NPPV2.',
    '',
  ].join('\n');
}

async function input(file: string, text: string) {
  const bytes = new TextEncoder().encode(text);
  return { doc: await extractDocumentText(bytes, file), bytes };
}

describe('ingest service', () => {
  it('previews without storing', async () => {
    const { doc } = await input('custody.txt', custodyDocument('Norfolk Constabulary', 40));
    const preview = previewDocument(doc);
    expect(preview.profile.title).toBe('Custody Detention Officer');
    expect(preview.found).toContain('weekly hours 40');
    expect(await readdir(dir)).toEqual([]);
  });

  it('stores the profile and a copy of the document, and reports what it found', async () => {
    const store = new FileProfileStore(dir);
    const outcome = await createIngester(store).ingest(await input('custody.txt', custodyDocument('Norfolk Constabulary', 40)));
    expect(outcome.replaced).toBeNull();
    expect(outcome.storedSource).toBe('custody.txt');
    expect(outcome.found).toEqual(expect.arrayContaining(['title "Custody Detention Officer"', 'weekly hours 40', 'reports to Custody Sergeant']));
    expect(await readFile(join(dir, 'sources', 'custody.txt'), 'utf8')).toBe(custodyDocument('Norfolk Constabulary', 40));
    const { profiles, problems } = await store.loadProfiles();
    expect(problems).toEqual([]);
    expect(profiles).toEqual([outcome.profile]);
  });

  it('the same title and organisation replaces the old profile, keeps its id, and drops its old document', async () => {
    const store = new FileProfileStore(dir);
    const first = await createIngester(store).ingest(await input('custody-2025.txt', custodyDocument('Norfolk Constabulary', 40)));
    // A new ingester (a later run) must find the stored role by title and organisation.
    const second = await createIngester(store).ingest(await input('custody-2026.txt', custodyDocument('Norfolk Constabulary', 37)));
    expect(second.replaced?.id).toBe(first.profile.id);
    expect(second.profile.id).toBe(first.profile.id);
    const { profiles } = await store.loadProfiles();
    expect(profiles).toHaveLength(1);
    expect(profiles[0]?.weeklyHours).toBe(37);
    expect(await readdir(join(dir, 'sources'))).toEqual(['custody-2026.txt']);
    // Nothing left over that a later load would parse as a second copy of the role.
    expect((await loadLibrary(store)).parsedFromSources).toEqual([]);
  });

  it('the same title from another force is a second role with its own id and its own document', async () => {
    const store = new FileProfileStore(dir);
    const ingester = createIngester(store);
    const norfolk = await ingester.ingest(await input('custody.txt', custodyDocument('Norfolk Constabulary', 40)));
    const suffolk = await ingester.ingest(await input('custody.txt', custodyDocument('Suffolk Constabulary', 37)));
    expect(suffolk.replaced).toBeNull();
    expect(suffolk.profile.id).not.toBe(norfolk.profile.id);
    expect(suffolk.storedSource).not.toBe('custody.txt');
    const { profiles } = await store.loadProfiles();
    expect(profiles.map((p) => p.organisation).sort()).toEqual(['Norfolk Constabulary', 'Suffolk Constabulary']);
    expect(await readFile(join(dir, 'sources', suffolk.storedSource), 'utf8')).toContain('Suffolk');
    expect(await readFile(join(dir, 'sources', 'custody.txt'), 'utf8')).toContain('Norfolk');
  });

  it('two uploads at once both land', async () => {
    const store = new FileProfileStore(dir);
    const ingester = createIngester(store);
    const both = await Promise.all([
      ingester.ingest(await input('a.txt', custodyDocument('Norfolk Constabulary', 40))),
      ingester.ingest(await input('b.txt', custodyDocument('Suffolk Constabulary', 37))),
    ]);
    expect(new Set(both.map((o) => o.profile.id)).size).toBe(2);
    expect((await store.loadProfiles()).profiles).toHaveLength(2);
  });

  it('a document with no role title stores nothing', async () => {
    const store = new FileProfileStore(dir);
    await expect(
      createIngester(store).ingest(await input('notes.txt', 'lorem ipsum dolor sit amet\nconsectetur adipiscing\n')),
    ).rejects.toMatchObject({ code: 'NO_ROLE_TITLE' });
    expect(await readdir(dir)).toEqual([]);
  });

  it.each([
    ['C:\\Users\\hr\\Job Description.docx', 'Job Description.docx'],
    ['../../etc/passwd', 'passwd'],
    ['.hidden.txt', 'hidden.txt'],
    ['role: spec?.txt', 'role- spec-.txt'],
  ])('source name %s -> %s', (given, stored) => {
    expect(sourceFileName(given)).toBe(stored);
  });
});

describe('ingest lookups after replace, rename and removal', () => {
  /** What is on disk must be what the ingester believes: every stored document used, every profile's document there. */
  async function expectConsistent(store: FileProfileStore): Promise<void> {
    const { profiles, problems } = await store.loadProfiles();
    expect(problems).toEqual([]);
    const used = new Set(profiles.map((profile) => profile.source.file));
    expect(new Set((await store.listSources()).map((source) => source.file))).toEqual(used);
  }

  it('keeps ids, source names and hashes right through a sequence, and a fresh ingester agrees', async () => {
    const store = new FileProfileStore(dir);
    const ingester = createIngester(store);
    const norfolk = await ingester.ingest(await input('custody.txt', custodyDocument('Norfolk Constabulary', 40)));
    // Rename: a document under the same file name now holds another role (another force): a new id, and
    // the file name is taken, so its copy is stored under another name.
    const renamed = await ingester.ingest(await input('custody.txt', custodyDocument('Suffolk Constabulary', 40)));
    expect(renamed.profile.id).not.toBe(norfolk.profile.id);
    expect(renamed.storedSource).not.toBe('custody.txt');
    // Replace: Norfolk's role from a new document; its old document goes.
    const replaced = await ingester.ingest(await input('custody-2026.txt', custodyDocument('Norfolk Constabulary', 37)));
    expect(replaced.replaced?.id).toBe(norfolk.profile.id);
    await expectConsistent(store);
    // The freed name is free again for the lookups too: a third force's custody.txt takes it.
    const third = await ingester.ingest(await input('custody.txt', custodyDocument('Essex Police', 40)));
    expect(third.storedSource).toBe('custody.txt');
    // Removal: the role and its document go, and its hash is no longer "already stored".
    const suffolkHash = renamed.profile.source.sha256;
    expect((await ingester.alreadyStored(suffolkHash))?.id).toBe(renamed.profile.id);
    expect(await ingester.remove(renamed.profile.id)).toBe(true);
    expect(await ingester.remove(renamed.profile.id)).toBe(false);
    expect(await ingester.alreadyStored(suffolkHash)).toBeNull();
    await expectConsistent(store);

    const fresh = createIngester(store);
    expect((await fresh.alreadyStored(replaced.profile.source.sha256))?.id).toBe(norfolk.profile.id);
    expect(await fresh.alreadyStored(suffolkHash)).toBeNull();
    const again = await fresh.ingest(await input('custody.txt', custodyDocument('Suffolk Constabulary', 40)));
    expect(again.replaced).toBeNull();
    expect(again.storedSource).not.toBe('custody.txt');
    await expectConsistent(store);
  });

  it('stamps the parser version, so the same bytes are known as already stored', async () => {
    const store = new FileProfileStore(dir);
    const outcome = await createIngester(store).ingest(await input('custody.txt', custodyDocument('Norfolk Constabulary', 40)));
    expect(outcome.profile.parserVersion).toBe(PARSER_VERSION);
    const { profiles } = await store.loadProfiles();
    expect(profiles[0]?.parserVersion).toBe(PARSER_VERSION);
    expect((await createIngester(store).alreadyStored(outcome.profile.source.sha256))?.id).toBe(outcome.profile.id);
  });
});

describe('loadLibrary', () => {
  it('a changed document is parsed again on load, keeping the role id', async () => {
    const store = new FileProfileStore(dir);
    const first = await createIngester(store).ingest(await input('custody.txt', custodyDocument('Norfolk Constabulary', 40)));
    await store.saveSource('custody.txt', new TextEncoder().encode(custodyDocument('Norfolk Constabulary', 35)));
    const library = await loadLibrary(store);
    expect(library.parsedFromSources).toEqual([{ file: 'custody.txt', id: first.profile.id, reason: 'changed' }]);
    expect(library.profiles).toHaveLength(1);
    expect(library.profiles[0]?.weeklyHours).toBe(35);
  });

  it('an unparseable document in sources/ is a problem naming it; the rest load', async () => {
    const store = new FileProfileStore(dir);
    await createIngester(store).ingest(await input('custody.txt', custodyDocument('Norfolk Constabulary', 40)));
    await store.saveSource('notes.txt', new TextEncoder().encode('lorem ipsum dolor sit amet\n'));
    const library = await loadLibrary(store);
    expect(library.profiles).toHaveLength(1);
    expect(library.problems).toHaveLength(1);
    expect(library.problems[0]).toMatch(/^sources\/notes\.txt: could not be parsed \(/);
  });
});
