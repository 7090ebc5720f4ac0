/** A pino logger whose JSON lines land in an array, so tests can assert on what was (and was not) logged. */
import { pino, type Logger } from 'pino';

export interface CapturedLogger {
  logger: Logger;
  lines: Array<Record<string, unknown>>;
  /** Every line as raw JSON text, for "this secret never appears" checks. */
  raw: string[];
}

export function captureLogger(level: pino.LevelWithSilent = 'debug'): CapturedLogger {
  const lines: Array<Record<string, unknown>> = [];
  const raw: string[] = [];
  const logger = pino(
    { level },
    {
      write(line: string) {
        raw.push(line);
        lines.push(JSON.parse(line) as Record<string, unknown>);
      },
    },
  );
  return { logger, lines, raw };
}
