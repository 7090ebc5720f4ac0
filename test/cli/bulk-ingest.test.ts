/**
 * `rolecall ingest` on a folder of many documents parses them in worker threads (the parse pool) while one
 * writer stores them in order: the stored profiles are the same as parsing in this process would give,
 * lines come out in the documents' order, a bad document fails alone, and a second run skips everything.
 */
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestCommand, parseInProcess, POOL_FROM_DOCUMENTS } from '../../src/cli/commands/ingest-command.ts';
import { rolecall } from './run-rolecall.ts';

const FORCES = ['Kent Police', 'Surrey Police', 'Dorset Police', 'Northumbria Police'];
const ROLES = ['Vehicle Recovery Officer', 'Property Store Assistant', 'Firearms Licensing Clerk', 'Detention Officer', 'Control Room Supervisor', 'Scenes of Crime Officer'];
const COUNT = POOL_FROM_DOCUMENTS + 4;

let tmp: string;
let docs: string;
beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), 'rolecall-bulk-'));
  docs = join(tmp, 'docs');
  await mkdir(docs);
  for (let i = 0; i < COUNT; i += 1) {
    const title = ROLES[i % ROLES.length] ?? '';
    const force = FORCES[Math.floor(i / ROLES.length) % FORCES.length] ?? '';
    const text = [
      `Job Title: ${title}`,
      `Organisation: ${force}`,
      `Grade: Scale ${3 + (i % 4)}`,
      `Working hours: ${30 + i} hours per week`,
      '',
      'Vetting',
      `The post holder must hold ${i % 2 === 0 ? 'NPPV2' : 'Recruitment Vetting (RV)'}.`,
      '',
    ].join('\n');
    await writeFile(join(docs, `doc-${String(i).padStart(2, '0')}.txt`), text);
  }
  // One document with nothing in it: it fails on its own line and the rest go in.
  await writeFile(join(docs, 'doc-99-empty.txt'), '   \n');
});
afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

async function storedProfiles(data: string): Promise<unknown[]> {
  const names = (await readdir(join(data, 'roles'))).sort();
  return Promise.all(names.map(async (name) => JSON.parse(await readFile(join(data, 'roles', name), 'utf8'))));
}

describe('bulk ingest with the parse pool', () => {
  it('stores what parsing in this process stores, in the documents order, and skips it all on a re-run', async () => {
    const pooled = join(tmp, 'pooled');
    const run = await rolecall(['ingest', docs, '--data', pooled]);
    expect(run.code).toBe(1); // the empty document
    expect(run.stdout).toContain(`Stored ${COUNT} roles (${COUNT} new, 0 replaced)`);
    expect(run.stderr).toMatch(new RegExp(`^\\[${COUNT + 1}/${COUNT + 1}\\] .*doc-99-empty\\.txt.*whitespace`, 'm'));
    const numbers = [...run.stdout.matchAll(/^\[(\d+)\/\d+\] /gm)].map((match) => Number(match[1]));
    expect(numbers).toEqual(Array.from({ length: COUNT }, (_, i) => i + 1));

    const inProcess = join(tmp, 'in-process');
    const quiet = { out: () => undefined, err: () => undefined, stdin: process.stdin, env: {} };
    expect(await ingestCommand({ paths: [docs], dataDir: inProcess, parse: parseInProcess }, quiet)).toBe(1);
    expect(await storedProfiles(pooled)).toEqual(await storedProfiles(inProcess));

    const again = await rolecall(['ingest', docs, '--data', pooled]);
    expect(again.stdout).toContain(`Stored 0 roles (0 new, 0 replaced) in`);
    expect(again.stdout).toContain(`${COUNT} already stored`);
  });
});
