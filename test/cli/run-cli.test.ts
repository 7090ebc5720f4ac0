/** runCli in-process: how unexpected failures reach a person (one line; the stack only when debugging). */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CliIo } from '../../src/cli/cli-io.ts';
import { runCli } from '../../src/cli/run-cli.ts';
import { STACK_TRACE, seedFiles } from './run-rolecall.ts';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'rolecall-runcli-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

function io(env: Record<string, string> = {}, failOut = false): CliIo & { errors: string[]; lines: string[] } {
  const errors: string[] = [];
  const lines: string[] = [];
  return {
    errors,
    lines,
    out: (text) => {
      if (failOut) throw new Error('stdout went away');
      lines.push(text);
    },
    err: (text) => errors.push(text),
    stdin: Readable.from([]),
    env,
  };
}

describe('runCli', () => {
  it('an unexpected error is one "please report" line, exit 70, no stack trace', async () => {
    const run = io({}, true);
    expect(await runCli(['roles', '--data', dir], run)).toBe(70);
    expect(run.errors).toEqual(['rolecall: Internal error: stdout went away. Please report this (set ROLECALL_DEBUG=1 for details).']);
  });

  it('with ROLECALL_DEBUG=1 the stack trace follows', async () => {
    const run = io({ ROLECALL_DEBUG: '1' }, true);
    expect(await runCli(['roles', '--data', dir], run)).toBe(70);
    expect(run.errors.join('\n')).toMatch(STACK_TRACE);
  });

  it('a file where the roles folder should be: one line per document saying what is wrong, exit 1', async () => {
    await writeFile(join(dir, 'roles'), 'not a folder');
    const run = io();
    expect(await runCli(['ingest', seedFiles()[0] ?? '', '--data', dir], run)).toBe(1);
    expect(run.errors).toHaveLength(1);
    expect(run.errors[0]).toMatch(/: Could not write to .*roles: a file is (in the way|where a folder should be)\. Check the path and its permissions\.$/);
    expect(run.errors[0]).not.toMatch(STACK_TRACE);
  });

  it('ROLECALL_DATA_DIR is used when --data is not given', async () => {
    const run = io({ ROLECALL_DATA_DIR: dir });
    expect(await runCli(['roles'], run)).toBe(0);
    expect(run.lines.join('\n')).toContain(`No roles in ${dir}`);
  });
});
