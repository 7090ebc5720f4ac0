/**
 * `rolecall ingest --reparse`: profiles made by an older parser are read again from their stored document,
 * field changes are printed, HR corrections are kept and still win, current profiles are left alone.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PARSER_VERSION } from '../../src/ingest/index.ts';
import { FileProfileStore } from '../../src/store/file-profile-store.ts';
import { loadLibrary } from '../../src/store/load-library.ts';
import { OverrideStore } from '../../src/store/override-store.ts';
import { countStale } from '../../src/store/reparse-profiles.ts';
import { rolecall } from '../cli/run-rolecall.ts';

const DOC = ['Job Title: Custody Detention Officer', 'Grade: Scale 5', 'Weekly Hours: 37', 'Vetting: NPPV2'].join('\n');

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'rolecall-reparse-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** Ingest the document, then make its stored profile look as an older parser left it. */
async function storeAsOldParser(): Promise<string> {
  await writeFile(join(dir, 'cdo.txt'), DOC);
  const ingest = await rolecall(['ingest', join(dir, 'cdo.txt'), '--data', join(dir, 'data')]);
  expect(ingest.code).toBe(0);
  const file = join(dir, 'data', 'roles', 'custody-detention-officer.json');
  const stored = JSON.parse(await readFile(file, 'utf8')) as Record<string, unknown>;
  await writeFile(file, JSON.stringify({ ...stored, parserVersion: PARSER_VERSION - 1, grade: 'Scale 4', readings: undefined }, null, 2));
  return file;
}

describe('rolecall ingest --reparse', () => {
  it('re-reads stale profiles, prints what changed field by field, and keeps HR corrections', async () => {
    const file = await storeAsOldParser();
    const data = join(dir, 'data');
    await new OverrideStore(data).addCorrections('custody-detention-officer', [
      { field: 'weeklyHours', value: 30, old: 37, by: 'U0HR1', at: '2026-12-03T10:00:00.000Z' },
    ]);
    const before = await new FileProfileStore(data).loadProfiles();
    expect(countStale(before.profiles)).toBe(1);

    const run = await rolecall(['ingest', '--reparse', '--data', data]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`custody-detention-officer (sources/cdo.txt, made by parser version ${PARSER_VERSION - 1}): `);
    expect(run.stdout).toContain('1 HR correction kept');
    expect(run.stdout).toContain('    grade: "Scale 4" -> "Scale 5"');
    expect(run.stdout).toContain('Re-parsed 1 profile made by an older parser');

    const stored = JSON.parse(await readFile(file, 'utf8')) as { parserVersion: number; grade: string; weeklyHours: number };
    expect(stored).toMatchObject({ parserVersion: PARSER_VERSION, grade: 'Scale 5', weeklyHours: 37 });
    // The override still wins when the library loads.
    const library = await loadLibrary(new FileProfileStore(data), new OverrideStore(data));
    expect(library.profiles[0]?.weeklyHours).toBe(30);
    expect(library.profiles[0]?.readings.weeklyHours?.method).toBe('hr');
    expect(countStale(library.profiles)).toBe(0);

    // A second run finds nothing stale.
    const again = await rolecall(['ingest', '--reparse', '--data', data]);
    expect(again.stdout.trim()).toBe(`Re-parsed 0 profiles made by an older parser in ${data}; 1 already current.`);
  });

  it('a stale profile whose document is gone is reported and kept', async () => {
    await storeAsOldParser();
    const data = join(dir, 'data');
    await rm(join(data, 'sources', 'cdo.txt'));
    const run = await rolecall(['ingest', '--reparse', '--data', data]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^Problem: roles\/custody-detention-officer\.json: its document sources\/cdo\.txt could not be parsed again \(.*\); the stored profile is kept\.\n$/);
  });
});
