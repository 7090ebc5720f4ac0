import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config/config-schema.ts';
import { createLogger, moduleLogger } from '../../src/logging/logger.ts';

const BOT = 'xoxb-1111-2222-abc';
const SECRET = '8f742231b10e8888abcd99yyyzzz85a5';
const APP = 'xapp-1-A111-222-abc';

describe('parseConfig: valid environments', () => {
  it('no Slack credentials at all: console mode with defaults', () => {
    expect(parseConfig({})).toEqual({
      slack: null,
      slackApiUrl: null,
      port: 3000,
      dataDir: null,
      logLevel: 'info',
      hrUserIds: [],
      hrUsergroupId: null,
      postingsChannelId: null,
    });
  });

  it('bot token and signing secret: HTTP mode on PORT', () => {
    expect(parseConfig({ SLACK_BOT_TOKEN: BOT, SLACK_SIGNING_SECRET: SECRET, PORT: '8080' }).slack).toEqual({
      mode: 'http',
      botToken: BOT,
      signingSecret: SECRET,
      port: 8080,
    });
  });

  it('with an app token: Socket Mode', () => {
    expect(parseConfig({ SLACK_BOT_TOKEN: BOT, SLACK_SIGNING_SECRET: SECRET, SLACK_APP_TOKEN: APP }).slack).toEqual({
      mode: 'socket',
      botToken: BOT,
      signingSecret: SECRET,
      appToken: APP,
    });
  });

  it('empty values, as a copied .env.example leaves them, count as unset', () => {
    const config = parseConfig({ SLACK_BOT_TOKEN: '', SLACK_SIGNING_SECRET: ' ', SLACK_APP_TOKEN: '', PORT: '', LOG_LEVEL: '' });
    expect(config.slack).toBeNull();
    expect(config.port).toBe(3000);
    expect(config.logLevel).toBe('info');
  });

  it.each([
    [{ SLACK_API_URL: 'http://127.0.0.1:9999/api/' }, { slackApiUrl: 'http://127.0.0.1:9999/api/' }],
    [{ ROLECALL_DATA_DIR: '/srv/rolecall' }, { dataDir: '/srv/rolecall' }],
    [{ LOG_LEVEL: 'debug' }, { logLevel: 'debug' }],
    [{ HR_USER_IDS: 'U012ABCDEF, W034GHIJKL ,' }, { hrUserIds: ['U012ABCDEF', 'W034GHIJKL'] }],
    [{ HR_USERGROUP_ID: 'S0123ABC' }, { hrUsergroupId: 'S0123ABC' }],
    [{ POSTINGS_CHANNEL_ID: 'C0123ABC' }, { postingsChannelId: 'C0123ABC' }],
    [{ PORT: '65535' }, { port: 65535 }],
  ])('%j', (env, expected) => {
    expect(parseConfig(env)).toMatchObject(expected);
  });
});

describe('parseConfig: one line naming the variable', () => {
  it.each([
    [{ SLACK_BOT_TOKEN: BOT }, 'Config: SLACK_SIGNING_SECRET is required when SLACK_BOT_TOKEN is set (see .env.example).'],
    [{ SLACK_SIGNING_SECRET: SECRET }, 'Config: SLACK_BOT_TOKEN is required when SLACK_SIGNING_SECRET is set (see .env.example).'],
    [{ SLACK_APP_TOKEN: APP, SLACK_SIGNING_SECRET: SECRET }, 'Config: SLACK_BOT_TOKEN is required when SLACK_APP_TOKEN is set (see .env.example).'],
    [
      { SLACK_BOT_TOKEN: 'xapp-wrong-kind', SLACK_SIGNING_SECRET: SECRET },
      'Config: SLACK_BOT_TOKEN must start with "xoxb-" (the Bot User OAuth Token from OAuth & Permissions) (see .env.example).',
    ],
    [
      { SLACK_BOT_TOKEN: BOT, SLACK_SIGNING_SECRET: SECRET, SLACK_APP_TOKEN: 'xoxb-not-an-app-token' },
      'Config: SLACK_APP_TOKEN must start with "xapp-" (an app-level token with connections:write, for Socket Mode) (see .env.example).',
    ],
    [{ PORT: 'eighty' }, 'Config: PORT must be a whole number from 1 to 65535 (see .env.example).'],
    [{ PORT: '70000' }, 'Config: PORT must be a whole number from 1 to 65535 (see .env.example).'],
    [{ PORT: '0' }, 'Config: PORT must be a whole number from 1 to 65535 (see .env.example).'],
    [{ SLACK_API_URL: 'slack.com/api' }, 'Config: SLACK_API_URL must be an http(s) URL such as https://slack.com/api/ (see .env.example).'],
    [{ LOG_LEVEL: 'verbose' }, 'Config: LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent (see .env.example).'],
    [
      { HR_USER_IDS: 'U012ABCDEF,@alice' },
      'Config: HR_USER_IDS must be Slack user ids separated by commas, such as U012ABCDEF,U034GHIJKL (see .env.example).',
    ],
    [{ HR_USERGROUP_ID: 'hr-team' }, 'Config: HR_USERGROUP_ID must be a Slack id such as S012ABCDEF (a user group id) (see .env.example).'],
    [{ POSTINGS_CHANNEL_ID: '#vacancies' }, 'Config: POSTINGS_CHANNEL_ID must be a Slack id such as C012ABCDEF (a channel id) (see .env.example).'],
  ])('%j', (env, message) => {
    let thrown: unknown;
    try {
      parseConfig(env);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toMatchObject({ code: 'CONFIG_INVALID', message });
    expect(message).not.toContain('\n');
  });
});

describe('logger', () => {
  it('redacts tokens and secrets and names the module', () => {
    const lines: string[] = [];
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        lines.push(chunk.toString());
        done();
      },
    });
    const logger = moduleLogger(createLogger({ level: 'info', destination: sink }), 'slack');
    logger.info({ botToken: BOT, slack: { signingSecret: SECRET }, headers: { authorization: `Bearer ${BOT}` } }, 'starting');
    const entry = JSON.parse(lines.join('')) as Record<string, unknown>;
    expect(entry).toMatchObject({ module: 'slack', msg: 'starting', botToken: '[redacted]' });
    expect(lines.join('')).not.toContain(BOT);
    expect(lines.join('')).not.toContain(SECRET);
  });
});
