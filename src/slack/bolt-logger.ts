/**
 * Bolt's Logger interface on top of pino. Bolt's debug output can include whole payloads, so debug is
 * dropped here whatever the level: we never log raw payloads or tokens.
 */
import { LogLevel, type Logger as BoltLogger } from '@slack/bolt';
import type { Logger } from 'pino';

function message(parts: unknown[]): string {
  return parts.map((part) => (part instanceof Error ? part.message : typeof part === 'string' ? part : String(part))).join(' ');
}

export function boltLoggerFromPino(logger: Logger): BoltLogger {
  const child = logger.child({ component: 'bolt' });
  let level: LogLevel = LogLevel.INFO;
  return {
    debug: () => {},
    info: (...parts: unknown[]) => child.info(message(parts)),
    warn: (...parts: unknown[]) => child.warn(message(parts)),
    error: (...parts: unknown[]) => child.error(message(parts)),
    setLevel: (next: LogLevel) => {
      level = next;
    },
    getLevel: () => level,
    setName: () => {},
  };
}
