/** The saved-roles store: per user id, atomic JSON under the data dir, a bad file reported and treated as empty. */
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readMyRoleCommand } from '../../src/answer/move/my-role-command.ts';
import { fileMyRoleStore } from '../../src/store/my-role-store.ts';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'rolecall-my-roles-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('fileMyRoleStore', () => {
  it('keeps one role per user id, survives a reload, forgets, and leaves no temp file', async () => {
    const path = join(dir, 'my-roles.json');
    const store = fileMyRoleStore(path);
    expect(await store.get('U1')).toBeUndefined();
    await store.set('U1', 'pcso-a');
    await store.set('U2', 'dc-b');
    await store.set('U1', 'sergeant-c');
    const reloaded = fileMyRoleStore(path);
    expect(await reloaded.get('U1')).toBe('sergeant-c');
    expect(await reloaded.get('U2')).toBe('dc-b');
    expect(await reloaded.forget('U1')).toBe(true);
    expect(await reloaded.forget('U1')).toBe(false);
    expect(JSON.parse(await readFile(path, 'utf8'))).toEqual({ version: 1, roles: { U2: 'dc-b' } });
    expect((await readdir(dir)).sort()).toEqual(['my-roles.json']);
  });

  it.each([
    ['not JSON', '{ nope', /is not valid JSON/],
    ['the wrong shape', JSON.stringify({ version: 2, roles: [] }), /does not match the saved-roles format/],
  ])('reports a file that is %s and starts empty', async (_name, text, message) => {
    const path = join(dir, 'my-roles.json');
    await writeFile(path, text);
    const problems: string[] = [];
    const store = fileMyRoleStore(path, { onProblem: (line) => problems.push(line) });
    expect(await store.get('U1')).toBeUndefined();
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(message);
    expect(problems[0]).toContain(path);
  });
});

describe('readMyRoleCommand', () => {
  it.each([
    ['set my role contact handler', { kind: 'set', role: 'contact handler' }],
    ['Set my role to a PCSO please', { kind: 'set', role: 'pcso' }],
    ['please forget my role', { kind: 'forget' }],
    ["what's my role?", { kind: 'show' }],
    ['what is my role', { kind: 'show' }],
    ['set my role', null],
    ['what is my role in a major incident?', null],
    ['what vetting does a pcso need?', null],
  ] as const)('%s', (text, expected) => {
    expect(readMyRoleCommand(text)).toEqual(expected);
  });
});
