/**
 * pino at the edges only (the core never logs). Tokens and secrets are redacted wherever they appear in a
 * log object; modules take a child logger that names them.
 */
import { pino, type DestinationStream, type Logger } from 'pino';
import type { LogLevel } from '../config/config-schema.ts';

export type { Logger } from 'pino';

/** Any key that carries a credential, at the top level or one or two objects down. */
const SECRET_KEYS = [
  'token',
  'botToken',
  'appToken',
  'signingSecret',
  'clientSecret',
  'authorization',
  'SLACK_BOT_TOKEN',
  'SLACK_APP_TOKEN',
  'SLACK_SIGNING_SECRET',
];
export const REDACT_PATHS = SECRET_KEYS.flatMap((key) => [key, `*.${key}`, `*.*.${key}`]);

export interface CreateLoggerOptions {
  level: LogLevel;
  /** Where lines go: stdout by default; the console chat sends them to stderr to keep the chat clean. */
  destination?: DestinationStream | NodeJS.WritableStream;
  name?: string;
}

export function createLogger(options: CreateLoggerOptions): Logger {
  return pino(
    {
      name: options.name ?? 'rolecall',
      level: options.level,
      redact: { paths: REDACT_PATHS, censor: '[redacted]' },
    },
    options.destination ?? pino.destination(1),
  );
}

/** One child per module or listener: `moduleLogger(logger, 'store')` adds `module: "store"` to each line. */
export function moduleLogger(logger: Logger, module: string): Logger {
  return logger.child({ module });
}
