import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { RoleProfileSchema } from '../../src/profile/role-profile.ts';
import { FileProfileStore, sha256Hex } from '../../src/store/file-profile-store.ts';
import { chooseDataDir } from '../../src/store/data-dir.ts';
import { makeProfile } from './make-profile.ts';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'rolecall-store-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function writeRole(name: string, value: unknown): Promise<void> {
  await mkdir(join(dir, 'roles'), { recursive: true });
  await writeFile(join(dir, 'roles', name), typeof value === 'string' ? value : JSON.stringify(value, null, 2));
}

describe('FileProfileStore', () => {
  it('a missing data dir is a valid, empty start', async () => {
    const store = new FileProfileStore(join(dir, 'not-yet'));
    expect(await store.loadProfiles()).toEqual({ profiles: [], problems: [] });
    expect(await store.listSources()).toEqual([]);
    expect(await store.readGlossary()).toBeNull();
  });

  it('an empty data dir is valid, and the first write creates roles/', async () => {
    const store = new FileProfileStore(dir);
    expect(await store.loadProfiles()).toEqual({ profiles: [], problems: [] });
    await store.saveProfile(makeProfile());
    expect(await readdir(join(dir, 'roles'))).toEqual(['contact-handler.json']);
  });

  it('writes pretty JSON that reads back as the same profile', async () => {
    const store = new FileProfileStore(dir);
    const profile = makeProfile();
    await store.saveProfile(profile);
    const text = await readFile(join(dir, 'roles', 'contact-handler.json'), 'utf8');
    expect(text).toContain('\n  "title": "Contact Handler",\n');
    expect(text.endsWith('}\n')).toBe(true);
    expect((await store.loadProfiles()).profiles).toEqual([profile]);
  });

  it('refuses to save an invalid profile and writes nothing', async () => {
    const store = new FileProfileStore(dir);
    const bad = { ...makeProfile(), id: 'Not A Slug' };
    await expect(store.saveProfile(bad)).rejects.toMatchObject({
      code: 'PROFILE_INVALID',
      message: 'the profile: field "id" must be a lower-case slug such as "contact-handler" (got "Not A Slug").',
      hint: 'Nothing was stored.',
    });
    expect(await store.loadProfiles()).toEqual({ profiles: [], problems: [] });
  });

  it('a schema-invalid profile gives the exact problem, naming file and field; the others load', async () => {
    const good = makeProfile();
    const bad = { ...makeProfile({ id: 'pcso', title: 'PCSO' }), vetting: { status: 'yes', levels: [], note: null, evidence: [] } };
    await writeRole('contact-handler.json', good);
    await writeRole('pcso.json', bad);
    const result = await new FileProfileStore(dir).loadProfiles();
    expect(result.profiles.map((p) => p.id)).toEqual(['contact-handler']);
    expect(result.problems).toEqual([
      'roles/pcso.json: field "vetting.status" must be one of stated, not-stated, ambiguous (got "yes"). Fix the file or re-ingest the document.',
    ]);
  });

  it.each([
    [
      'a missing field',
      (p: Record<string, unknown>) => {
        delete p.driving;
      },
      'roles/x.json: field "driving" is missing (expected an object). Fix the file or re-ingest the document.',
    ],
    [
      'hours as text',
      (p: Record<string, unknown>) => {
        p.weeklyHours = 'forty';
      },
      'roles/x.json: field "weeklyHours" must be a number (got "forty"). Fix the file or re-ingest the document.',
    ],
    [
      'a bad evidence line deep in a list',
      (p: Record<string, unknown>) => {
        p.skills = [{ name: 'Typing', level: 2, description: null, evidence: [{ line: 0, quote: 'Typing' }] }];
      },
      'roles/x.json: field "skills[0].evidence[0].line" must be more than 0 (got 0). Fix the file or re-ingest the document.',
    ],
    [
      'an id that is not a slug',
      (p: Record<string, unknown>) => {
        p.id = 'Contact Handler';
      },
      'roles/x.json: field "id" must be a lower-case slug such as "contact-handler" (got "Contact Handler"). Fix the file or re-ingest the document.',
    ],
  ])('%s is reported with its field path', async (_name, edit, expected) => {
    const profile: Record<string, unknown> = { ...makeProfile({ id: 'x' }) };
    edit(profile);
    await writeRole('x.json', profile);
    expect((await new FileProfileStore(dir).loadProfiles()).problems).toEqual([expected]);
  });

  it('several issues in one file are listed in one line', async () => {
    await writeRole('x.json', { ...makeProfile({ id: 'x' }), staffType: 'civilian', weeklyHours: -1 });
    expect((await new FileProfileStore(dir).loadProfiles()).problems).toEqual([
      'roles/x.json: field "staffType" must be one of officer, staff, unknown (got "civilian"); field "weeklyHours" must be more than 0 (got -1). Fix the file or re-ingest the document.',
    ]);
  });

  it('malformed JSON gives the exact problem with line and column; the others load', async () => {
    await writeRole('contact-handler.json', makeProfile());
    await writeRole('broken.json', '{\n  "id": "broken",\n  "title": "Broken"\n  "staffType": "staff"\n}\n');
    const result = await new FileProfileStore(dir).loadProfiles();
    expect(result.profiles.map((p) => p.id)).toEqual(['contact-handler']);
    expect(result.problems).toEqual([
      `roles/broken.json: not valid JSON at line 4, column 3 (Expected ',' or '}' after property value). Fix the file or re-ingest the document.`,
    ]);
  });

  it('ignores temp files and non-JSON files in roles/', async () => {
    await writeRole('contact-handler.json', makeProfile());
    await writeRole('.tmp-contact-handler.json.123.abc', '{ half');
    await writeRole('notes.txt', 'HR notes');
    const result = await new FileProfileStore(dir).loadProfiles();
    expect(result).toEqual({ profiles: [makeProfile()], problems: [] });
  });

  it('a file whose id differs from its name still loads, with a problem saying so', async () => {
    await writeRole('old-name.json', makeProfile());
    const result = await new FileProfileStore(dir).loadProfiles();
    expect(result.profiles).toHaveLength(1);
    expect(result.problems).toEqual([
      'roles/old-name.json: field "id" is "contact-handler" but the file is not named contact-handler.json; loaded anyway. Rename the file or change the id.',
    ]);
  });

  it('fills defaults for fields a hand-written file leaves out', async () => {
    const minimal: Record<string, unknown> = { ...makeProfile({ id: 'x' }) };
    for (const key of ['aliases', 'skills', 'warnings', 'evidence', 'titleInferred', 'schemaVersion']) delete minimal[key];
    await writeRole('x.json', minimal);
    const [profile] = (await new FileProfileStore(dir).loadProfiles()).profiles;
    expect(profile?.skills).toEqual([]);
    expect(profile?.titleInferred).toBe(false);
    expect(RoleProfileSchema.safeParse(profile).success).toBe(true);
  });

  it('keeps sources as given, with their sha256', async () => {
    const store = new FileProfileStore(dir);
    const bytes = new TextEncoder().encode('Role Title: PCSO\n');
    await store.saveSource('pcso.txt', bytes);
    expect(await store.listSources()).toEqual([{ file: 'pcso.txt', sha256: sha256Hex(bytes), size: bytes.byteLength }]);
    expect(Buffer.from(await store.readSource('pcso.txt')).toString()).toBe('Role Title: PCSO\n');
    await expect(store.saveSource('../escape.txt', bytes)).rejects.toThrow(/plain file name/);
    expect(await store.removeSource('pcso.txt')).toBe(true);
    expect(await store.removeSource('pcso.txt')).toBe(false);
  });

  it('reads the glossary file when present', async () => {
    await writeFile(join(dir, 'glossary.json'), '[]');
    expect(await new FileProfileStore(dir).readGlossary()).toEqual({ file: 'glossary.json', text: '[]' });
  });
});

describe('chooseDataDir', () => {
  it.each([
    ['/flag', '/env', '/flag'],
    [undefined, '/env', '/env'],
    [undefined, undefined, 'data'],
    ['', '  ', 'data'],
  ])('flag %s, env %s -> %s', (flag, env, expected) => {
    expect(chooseDataDir(flag, env)).toBe(expected);
  });
});
