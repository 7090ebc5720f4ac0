/** Runs the real `rolecall` command (node src/bin/rolecall.mjs) as a child process, as a user would. */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO = fileURLToPath(new URL('../../', import.meta.url));
export const BIN = join(REPO, 'src', 'bin', 'rolecall.mjs');
export const SEEDS_DIR = join(REPO, 'data', 'sources');

export interface RunResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs a program to completion with `input` on its stdin, collecting what it prints. */
export function runProcess(
  command: string,
  args: readonly string[],
  options: { cwd: string; env: Record<string, string | undefined>; input: string },
): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: options.cwd, env: options.env, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(options.input);
  });
}

export function rolecall(args: readonly string[], options: { input?: string; env?: Record<string, string> } = {}): Promise<RunResult> {
  const env: Record<string, string | undefined> = { ...process.env, ...options.env };
  // The test environment must not decide where data goes or turn on debug output.
  if (!options.env?.ROLECALL_DATA_DIR) delete env.ROLECALL_DATA_DIR;
  if (!options.env?.ROLECALL_DEBUG) delete env.ROLECALL_DEBUG;
  return runProcess(process.execPath, [BIN, ...args], { cwd: REPO, env, input: options.input ?? '' });
}

export function seedFiles(): string[] {
  return readdirSync(SEEDS_DIR)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => join(SEEDS_DIR, name));
}

/** Every file under a folder with its contents, to show a command left the store untouched. */
export function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (current: string): void => {
    for (const name of readdirSync(current)) {
      const path = join(current, name);
      if (statSync(path).isDirectory()) walk(path);
      else out[relative(dir, path)] = readFileSync(path, 'utf8');
    }
  };
  walk(dir);
  return out;
}

export const STACK_TRACE = /at .*\.ts:\d+/;
