/**
 * `rolecall move <from> <to> [--json]` and the local "set my role" in `rolecall chat`, in-process over the
 * shipped data dir's copy (the seeds): plain text leads with the count, --json is the checklist, a bad role is
 * one line and exit 1, and the saved role lives in the data dir's my-roles.json.
 */
import { cp, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CliIo } from '../../src/cli/cli-io.ts';
import { runCli } from '../../src/cli/run-cli.ts';

let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'rolecall-move-'));
  await cp(join(import.meta.dirname, '..', '..', 'data'), join(dir, 'data'), { recursive: true, filter: (source) => !source.includes('.cache') && !source.endsWith('my-roles.json') });
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

function io(stdinLines: string[] = []): CliIo & { errors: string[]; lines: string[] } {
  const errors: string[] = [];
  const lines: string[] = [];
  return { errors, lines, out: (text) => lines.push(text), err: (text) => errors.push(text), stdin: Readable.from(stdinLines.map((line) => `${line}\n`)), env: {} };
}

describe('rolecall move', () => {
  it('prints the checklist as text, the count of needs first', async () => {
    const run = io();
    expect(await runCli(['move', 'contact handler', 'pcso', '--data', join(dir, 'data')], run)).toBe(0);
    const [first, second] = run.lines.join('\n').split('\n');
    expect(first).toMatch(/^You would need \d+ things? to move from Contact Handler \(Leicestershire Police\) to Police Community Support Officer \(Hertfordshire Constabulary\)/);
    expect(second).toMatch(/compares the two role profiles, not you/);
    expect(run.lines.join('\n')).toMatch(/Sources: Police Community Support Officer, line 34: "Full Clean Driving Licence"; Contact Handler, line 56/);
  });

  it('takes the roles unquoted with "to" between them, and --json gives the checklist', async () => {
    const run = io();
    expect(await runCli(['move', 'contact', 'handler', 'to', 'pcso', '--json', '--data', join(dir, 'data')], run)).toBe(0);
    const json = JSON.parse(run.lines[0] ?? '{}') as { kind: string; checklist: { from: { id: string }; to: { id: string }; counts: Record<string, number>; lines: Array<{ status: string; from: unknown[]; to: unknown[] }> } };
    expect(json.kind).toBe('move');
    expect(json.checklist.from.id).toBe('contact-handler-leicestershire');
    expect(json.checklist.to.id).toBe('police-community-support-officer-hertfordshire');
    expect(json.checklist.counts.need).toBe(json.checklist.lines.filter((line) => line.status === 'need').length);
  });

  it('an unknown role is said in the answer and exits 1; a missing role is a usage error', async () => {
    const run = io();
    expect(await runCli(['move', 'contact handler', 'traffic warden', '--data', join(dir, 'data')], run)).toBe(1);
    expect(run.lines.join('\n')).toContain('could not find a role matching "traffic warden"');
    const usage = io();
    expect(await runCli(['move', 'pcso'], usage)).toBe(2);
    expect(usage.errors[0]).toContain('"rolecall move" needs the role you are moving from and the role you are moving to');
  });
});

describe('rolecall chat: my role', () => {
  it('saves, uses, shows and forgets the local role in the data dir', async () => {
    const data = join(dir, 'data');
    const run = io(['set my role contact handler', 'what would it take to move to the pcso post?', 'what is my role?']);
    expect(await runCli(['chat', '--data', data], run)).toBe(0);
    const said = run.lines.join('\n');
    expect(said).toContain('Saved: your role is Contact Handler (Leicestershire Police)');
    expect(said).toMatch(/You would need \d+ things? to move from Contact Handler/);
    expect(said).toContain('Your saved role is Contact Handler');
    expect(JSON.parse(await readFile(join(data, 'my-roles.json'), 'utf8'))).toEqual({ version: 1, roles: { local: 'contact-handler-leicestershire' } });

    const again = io(['forget my role', 'what is my role?']);
    expect(await runCli(['chat', '--data', data], again)).toBe(0);
    expect(again.lines.join('\n')).toContain('I no longer hold a role for you');
    expect(again.lines.join('\n')).toContain('You have not saved a role');
    expect(JSON.parse(await readFile(join(data, 'my-roles.json'), 'utf8'))).toEqual({ version: 1, roles: {} });
  });
});
