/** What a CLI run may touch: its output streams, its input and its environment (tests pass their own). */
import { createInterface } from 'node:readline';

export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  env: Readonly<Record<string, string | undefined>>;
  /**
   * Draws one status line in place on stderr (null clears it). Present only when stderr is a terminal, so
   * progress never reaches a pipe or a log file.
   */
  status?: (line: string | null) => void;
}

export function processIo(): CliIo {
  const io: CliIo = {
    out: (text) => process.stdout.write(`${text}\n`),
    err: (text) => process.stderr.write(`${text}\n`),
    stdin: process.stdin,
    env: process.env,
  };
  if (process.stderr.isTTY === true) {
    // \r back to the line's start, \x1b[K erases the rest of the old line.
    // One line only: cut to the terminal's width so it never wraps (a wrapped line cannot be redrawn in place).
    io.status = (line) =>
      process.stderr.write(line === null ? '\r\x1b[K' : `\r\x1b[K${line.slice(0, Math.max(10, (process.stderr.columns || 80) - 1))}`);
  }
  return io;
}

/** The non-blank lines of an input stream, trimmed, as they arrive. */
export async function* inputLines(stdin: NodeJS.ReadableStream): AsyncGenerator<string> {
  const lines = createInterface({ input: stdin, crlfDelay: Infinity });
  for await (const line of lines) {
    const trimmed = line.trim();
    if (trimmed !== '') yield trimmed;
  }
}
