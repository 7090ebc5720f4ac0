/**
 * `rolecall parse | ingest | roles` run as real processes on temp dirs: five seeds in, five roles out; bad
 * input is one clear line, a non-zero exit, no stack trace, and nothing in the store touched.
 */
import { existsSync } from 'node:fs';
import { copyFile, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

// Each case starts real processes; on a busy 2-core machine that can take a while (this is no speed test).
vi.setConfig({ testTimeout: 120_000, hookTimeout: 120_000 });
import { Document, Packer, Paragraph } from 'docx';
import { RoleProfileSchema } from '../../src/profile/role-profile.ts';
import { PARSER_VERSION } from '../../src/ingest/index.ts';
import { REPO, STACK_TRACE, rolecall, seedFiles, snapshot } from './run-rolecall.ts';

const SHARED_SEEDS = join(REPO, '..', 'shared', 'seeds');

let tmp: string;
beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), 'rolecall-cli-'));
});
afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

function roleRows(stdout: string): string[] {
  return stdout.split('\n').filter((line) => line !== '' && !line.startsWith('ID ') && !/^\d+ roles?\.$/.test(line));
}

describe('rolecall ingest + roles', () => {
  it('ingests the five seeds into an empty dir, then roles lists five roles', async () => {
    const data = join(tmp, 'five');
    await mkdir(data);
    const ingest = await rolecall(['ingest', ...seedFiles(), '--data', data]);
    expect(ingest.stderr).toBe('');
    expect(ingest.code).toBe(0);
    expect(ingest.stdout).toMatch(/^\[1\/5\] /m);
    expect(ingest.stdout).toMatch(/^\[5\/5\] /m);
    expect(ingest.stdout).toMatch(/^ {4}Found: /m);
    expect(ingest.stdout).toContain('Stored 5 roles (5 new, 0 replaced)');
    expect((await readdir(join(data, 'roles'))).filter((f) => f.endsWith('.json'))).toHaveLength(5);
    expect(await readdir(join(data, 'sources'))).toEqual(seedFiles().map((f) => basename(f)).sort());

    const roles = await rolecall(['roles', '--data', data]);
    expect(roles.code).toBe(0);
    expect(roles.stderr).toBe('');
    expect(roleRows(roles.stdout)).toHaveLength(5);
    expect(roles.stdout).toContain('5 roles.');

    const json = await rolecall(['roles', '--data', data, '--json']);
    const listed = JSON.parse(json.stdout) as Array<{ id: string; title: string; staffType: string }>;
    expect(listed).toHaveLength(5);
    expect(new Set(listed.map((r) => r.id)).size).toBe(5);
    expect(listed.map((r) => r.title).join(' | ')).toMatch(/Contact Handler/);
  });

  it('ingesting the same documents again resumes: unchanged ones are skipped, quietly when piped', async () => {
    const data = join(tmp, 'five');
    const again = await rolecall(['ingest', join(REPO, 'data', 'sources'), '--data', data]);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('Stored 0 roles (0 new, 0 replaced)');
    expect(again.stdout).toContain('5 already stored from the same document by this parser version, skipped');
    // No progress line (nor its terminal escapes) when stderr is a pipe.
    expect(again.stderr).toBe('');
    expect((await readdir(join(data, 'roles'))).filter((f) => f.endsWith('.json'))).toHaveLength(5);
  });

  it('a profile stored without this parser version is parsed again and replaced (same title and force)', async () => {
    const data = join(tmp, 'five');
    const roleFiles = (await readdir(join(data, 'roles'))).filter((f) => f.endsWith('.json')).sort();
    const first = join(data, 'roles', roleFiles[0] ?? '');
    const stale: Record<string, unknown> = JSON.parse(await readFile(first, 'utf8'));
    delete stale.parserVersion;
    await writeFile(first, JSON.stringify(stale));
    const again = await rolecall(['ingest', join(REPO, 'data', 'sources'), '--data', data]);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('Stored 1 role (0 new, 1 replaced)');
    expect(again.stdout).toContain('4 already stored');
    expect(JSON.parse(await readFile(first, 'utf8')).parserVersion).toBe(PARSER_VERSION);
  });

  it.skipIf(!existsSync(SHARED_SEEDS))('ingests ../shared/seeds/*.txt as well (when present beside the clone)', async () => {
    const data = join(tmp, 'shared');
    const files = (await readdir(SHARED_SEEDS)).filter((f) => f.endsWith('.txt')).map((f) => join(SHARED_SEEDS, f));
    const ingest = await rolecall(['ingest', ...files, '--data', data]);
    expect(ingest.code).toBe(0);
    const roles = await rolecall(['roles', '--data', data]);
    expect(roleRows(roles.stdout)).toHaveLength(5);
  });

  it('a good and a bad file: the good one goes in, the bad one is one line, exit non-zero', async () => {
    const data = join(tmp, 'mixed');
    const empty = join(tmp, 'empty-for-mixed.txt');
    await writeFile(empty, '');
    const [first] = seedFiles();
    const result = await rolecall(['ingest', first ?? '', empty, '--data', data]);
    expect(result.code).not.toBe(0);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(/^\[2\/2\] .*empty-for-mixed\.txt/);
    expect(result.stdout).toContain('Stored 1 role (1 new, 0 replaced)');
    expect(await readdir(join(data, 'roles'))).toHaveLength(1);
  });

  it('roles on a dir with a malformed profile: the problem on stderr, the others listed', async () => {
    const data = join(tmp, 'malformed');
    await rolecall(['ingest', ...seedFiles().slice(0, 2), '--data', data]);
    await writeFile(join(data, 'roles', 'broken.json'), '{ "id": "broken", ');
    const roles = await rolecall(['roles', '--data', data]);
    expect(roles.code).toBe(0);
    expect(roleRows(roles.stdout)).toHaveLength(2);
    expect(roles.stderr).toMatch(/^Problem: roles\/broken\.json: not valid JSON .*Fix the file or re-ingest the document\.$/m);
  });

  it('documents in sources/ without a profile are parsed on load, and stderr says so', async () => {
    const data = join(tmp, 'sources-only');
    await mkdir(join(data, 'sources'), { recursive: true });
    for (const file of seedFiles()) await copyFile(file, join(data, 'sources', basename(file)));
    const roles = await rolecall(['roles', '--data', data]);
    expect(roles.code).toBe(0);
    expect(roleRows(roles.stdout)).toHaveLength(5);
    expect(roles.stderr).toMatch(/^Note: 5 documents in .* had no stored profile or changed since; parsed in memory\./m);
    expect(existsSync(join(data, 'roles'))).toBe(false);
  });

  it('a Word document goes in too, and its .docx is kept byte for byte under sources/', async () => {
    const data = join(tmp, 'docx');
    const lines = [
      'Job Title: Fingerprint Examiner',
      'Force: Norfolk Constabulary',
      'Grade: Scale 6',
      'Reports to: Fingerprint Bureau Manager',
      'Hours: 37 hours per week',
      'Vetting: Management Vetting (MV)',
    ];
    const bytes = await Packer.toBuffer(new Document({ sections: [{ children: lines.map((text) => new Paragraph(text)) }] }));
    const file = join(tmp, 'fingerprint-examiner.docx');
    await writeFile(file, bytes);
    const result = await rolecall(['ingest', file, '--data', data]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/fingerprint-examiner\.docx: new Fingerprint Examiner/);
    expect(Buffer.compare(await readFile(join(data, 'sources', 'fingerprint-examiner.docx')), bytes)).toBe(0);
    const [stored] = await readdir(join(data, 'roles'));
    const profile = RoleProfileSchema.parse(JSON.parse(await readFile(join(data, 'roles', stored ?? ''), 'utf8')));
    expect(profile.source).toMatchObject({ file: 'fingerprint-examiner.docx', format: 'docx' });
    expect(profile.weeklyHours).toBe(37);
  });

  it('an empty data dir is a valid start', async () => {
    const data = join(tmp, 'nothing');
    await mkdir(data);
    const roles = await rolecall(['roles', '--data', data]);
    expect(roles.code).toBe(0);
    expect(roles.stdout).toContain('No roles in');
  });
});

describe('rolecall parse', () => {
  it('--json prints a valid RoleProfile with the facts of the document', async () => {
    const pcso = seedFiles().find((f) => /pcso/i.test(f));
    const result = await rolecall(['parse', pcso ?? '', '--json']);
    expect(result.code).toBe(0);
    const profile = RoleProfileSchema.parse(JSON.parse(result.stdout));
    expect(profile.title).toMatch(/Police Community Support Officer/i);
    expect(profile.grade).toMatch(/A3/);
    expect(profile.reportsTo).toMatch(/Neighbourhood Sergeant/i);
    expect(profile.source.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('--json on the contact handler spec: 37 hours and CTC vetting, with evidence lines', async () => {
    const handler = seedFiles().find((f) => /contact-handler/i.test(f));
    const profile = RoleProfileSchema.parse(JSON.parse((await rolecall(['parse', handler ?? '', '--json'])).stdout));
    expect(profile.weeklyHours).toBe(37);
    expect(profile.vetting.levels).toContain('CTC');
    expect(profile.vetting.evidence[0]?.line).toBeGreaterThan(0);
  });

  it('without --json: a readable summary of what was found and missing; nothing stored', async () => {
    const result = await rolecall(['parse', seedFiles()[0] ?? '']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Found: /m);
    expect(result.stdout).not.toMatch(/^\{/);
  });
});

describe('bad input: one clear line, non-zero exit, no stack trace, store untouched', () => {
  let data: string;
  let before: Record<string, string>;
  const bad: Record<string, string> = {};

  beforeAll(async () => {
    data = join(tmp, 'guarded');
    await rolecall(['ingest', seedFiles()[0] ?? '', '--data', data]);
    before = snapshot(data);
    const dir = join(tmp, 'bad');
    await mkdir(dir);
    bad.missing = join(dir, 'no-such-document.txt');
    bad.empty = join(dir, 'empty.txt');
    await writeFile(bad.empty, '');
    bad.binary = join(dir, 'binary.txt');
    await writeFile(bad.binary, Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 37) % 256)));
    bad.unsupported = join(dir, 'rota.xlsx');
    await writeFile(bad.unsupported, 'PK\u0003\u0004 not really a spreadsheet');
    bad.huge = join(dir, 'huge.txt');
    await writeFile(bad.huge, 'Role Title: Enormous Role\n'.padEnd(1024, 'x').concat('\n').repeat(20 * 1024));
  });

  const cases = ['missing', 'empty', 'binary', 'unsupported', 'huge'] as const;

  it.concurrent.for(cases)('ingest %s', async (name, { expect }) => {
    const result = await rolecall(['ingest', bad[name] ?? '', '--data', data]);
    expect(result.code).not.toBe(0);
    const lines = result.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(basename(bad[name] ?? ''));
    expect(result.stderr + result.stdout).not.toMatch(STACK_TRACE);
    expect(snapshot(data)).toEqual(before);
  });

  it.concurrent.for(cases)('parse %s', async (name, { expect }) => {
    const result = await rolecall(['parse', bad[name] ?? '', '--json']);
    expect(result.code).not.toBe(0);
    expect(result.stdout).toBe('');
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(/^rolecall: /);
    expect(result.stderr).not.toMatch(STACK_TRACE);
  });

  it.each([
    [['frobnicate'], /^rolecall: Unknown command "frobnicate"/],
    [['roles', '--verbose', '--data', 'x'], /^rolecall: Unknown option "--verbose"/],
    [['compare', 'pcso'], /^rolecall: "rolecall compare" needs two or three roles/],
  ])('%j', async (args, message) => {
    const result = await rolecall(args);
    expect(result.code).toBe(2);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(message);
    expect(snapshot(data)).toEqual(before);
  });

  it('a data dir that is a file is refused in one line', async () => {
    const result = await rolecall(['roles', '--data', bad.empty ?? '']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^rolecall: The data directory ".*empty\.txt" is a file, not a folder\. Pass a folder with --data DIR\.\n$/);
  });

  it('--help prints usage and exits 0', async () => {
    const result = await rolecall(['--help']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Usage: rolecall <command>/m);
  });
});
