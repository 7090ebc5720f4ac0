/** What a CLI run may touch: its output streams, its input and its environment (tests pass their own). */
import { createInterface } from 'node:readline';

export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  env: Readonly<Record<string, string | undefined>>;
}

export function processIo(): CliIo {
  return {
    out: (text) => process.stdout.write(`${text}\n`),
    err: (text) => process.stderr.write(`${text}\n`),
    stdin: process.stdin,
    env: process.env,
  };
}

/** The non-blank lines of an input stream, trimmed, as they arrive. */
export async function* inputLines(stdin: NodeJS.ReadableStream): AsyncGenerator<string> {
  const lines = createInterface({ input: stdin, crlfDelay: Infinity });
  for await (const line of lines) {
    const trimmed = line.trim();
    if (trimmed !== '') yield trimmed;
  }
}
