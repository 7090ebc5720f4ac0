/**
 * The environment, validated once. `parseConfig(env)` is pure (tests pass a plain object); `loadConfig()`
 * in load-config.ts reads .env and process.env. Any problem is ONE line naming the variable and what to do.
 */
import { z } from 'zod';
import { RoleCallError } from '../errors.ts';

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

const SEE = '(see .env.example)';

/** An empty value (`SLACK_APP_TOKEN=` in .env) counts as unset. */
const optionalText = z
  .string()
  .transform((value) => value.trim())
  .transform((value) => (value === '' ? undefined : value))
  .optional();

function prefixed(prefix: string, what: string) {
  return optionalText.refine((value) => value === undefined || value.startsWith(prefix), {
    message: `must start with "${prefix}" (${what})`,
  });
}

function slackId(pattern: RegExp, example: string) {
  return optionalText.refine((value) => value === undefined || pattern.test(value), {
    message: `must be a Slack id such as ${example}`,
  });
}

const EnvSchema = z.object({
  SLACK_BOT_TOKEN: prefixed('xoxb-', 'the Bot User OAuth Token from OAuth & Permissions'),
  SLACK_SIGNING_SECRET: optionalText,
  SLACK_APP_TOKEN: prefixed('xapp-', 'an app-level token with connections:write, for Socket Mode'),
  PORT: optionalText.pipe(
    z
      .string()
      .regex(/^\d+$/, 'must be a whole number from 1 to 65535')
      .transform(Number)
      .refine((port) => port >= 1 && port <= 65535, 'must be a whole number from 1 to 65535')
      .optional(),
  ),
  SLACK_API_URL: optionalText.refine(
    (value) => value === undefined || /^https?:\/\/[^\s/]+/.test(value),
    'must be an http(s) URL such as https://slack.com/api/',
  ),
  ROLECALL_DATA_DIR: optionalText,
  LOG_LEVEL: optionalText.pipe(
    z.enum(LOG_LEVELS, { error: `must be one of ${LOG_LEVELS.join(', ')}` }).optional(),
  ),
  HR_USER_IDS: optionalText
    .transform((value) => (value === undefined ? [] : value.split(',').map((id) => id.trim()).filter((id) => id !== '')))
    .refine((ids) => ids.every((id) => /^[UW][A-Z0-9]{2,}$/.test(id)), {
      message: 'must be Slack user ids separated by commas, such as U012ABCDEF,U034GHIJKL',
    }),
  HR_USERGROUP_ID: slackId(/^S[A-Z0-9]{2,}$/, 'S012ABCDEF (a user group id)'),
  POSTINGS_CHANNEL_ID: slackId(/^[CG][A-Z0-9]{2,}$/, 'C012ABCDEF (a channel id)'),
});

export type SlackConfig =
  | { mode: 'socket'; botToken: string; signingSecret: string; appToken: string }
  | { mode: 'http'; botToken: string; signingSecret: string; port: number };

export interface Config {
  /** null when no Slack credentials are set at all: main.ts then runs the local console chat. */
  slack: SlackConfig | null;
  /** Bolt's clientOptions.slackApiUrl, for proxies and tests. */
  slackApiUrl: string | null;
  port: number;
  /** ROLECALL_DATA_DIR, or null for the default ./data (chosen at the edge). */
  dataDir: string | null;
  logLevel: LogLevel;
  hrUserIds: string[];
  hrUsergroupId: string | null;
  postingsChannelId: string | null;
}

export const DEFAULT_PORT = 3000;

/** Validates an environment object; throws RoleCallError CONFIG_INVALID with one line naming the variable. */
export function parseConfig(env: Readonly<Record<string, string | undefined>>): Config {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const name = String(issue?.path[0] ?? 'environment');
    throw configError(`${name} ${issue?.message ?? 'is not valid'}.`);
  }
  const e = parsed.data;
  const port = e.PORT ?? DEFAULT_PORT;
  const config: Omit<Config, 'slack'> = {
    slackApiUrl: e.SLACK_API_URL ?? null,
    port,
    dataDir: e.ROLECALL_DATA_DIR ?? null,
    logLevel: e.LOG_LEVEL ?? 'info',
    hrUserIds: e.HR_USER_IDS,
    hrUsergroupId: e.HR_USERGROUP_ID ?? null,
    postingsChannelId: e.POSTINGS_CHANNEL_ID ?? null,
  };
  const anySlack = e.SLACK_BOT_TOKEN ?? e.SLACK_SIGNING_SECRET ?? e.SLACK_APP_TOKEN;
  if (anySlack === undefined) return { ...config, slack: null };
  // Part of a Slack setup is a mistake worth stopping for: name the first missing piece.
  if (e.SLACK_BOT_TOKEN === undefined) {
    const setOne = e.SLACK_APP_TOKEN !== undefined ? 'SLACK_APP_TOKEN' : 'SLACK_SIGNING_SECRET';
    throw configError(`SLACK_BOT_TOKEN is required when ${setOne} is set.`);
  }
  if (e.SLACK_SIGNING_SECRET === undefined) {
    throw configError('SLACK_SIGNING_SECRET is required when SLACK_BOT_TOKEN is set.');
  }
  const slack: SlackConfig =
    e.SLACK_APP_TOKEN !== undefined
      ? { mode: 'socket', botToken: e.SLACK_BOT_TOKEN, signingSecret: e.SLACK_SIGNING_SECRET, appToken: e.SLACK_APP_TOKEN }
      : { mode: 'http', botToken: e.SLACK_BOT_TOKEN, signingSecret: e.SLACK_SIGNING_SECRET, port };
  return { ...config, slack };
}

function configError(sentence: string): RoleCallError {
  return new RoleCallError('CONFIG_INVALID', `Config: ${sentence.replace(/\.$/, '')} ${SEE}.`);
}
