/**
 * manifest.yml must be pasteable into Slack: it is validated against Slack's published manifest JSON schema
 * (a copy lives in ../shared/slack/, outside the project, and is not copied in). The app's own needs are
 * checked too: every event, command and scope the listeners rely on.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const schemaDir = fileURLToPath(new URL('../../../shared/slack/', import.meta.url));
const schemaFiles = ['manifest.schema.2.0.0.json', 'manifest.schema.1.0.0.json'].map((name) => `${schemaDir}${name}`);
const available = schemaFiles.filter((file) => existsSync(file));

function loadManifest(): Record<string, unknown> {
  return parse(readFileSync(`${repoRoot}manifest.yml`, 'utf8')) as Record<string, unknown>;
}

function validator(schemaFile: string) {
  // Slack's schema uses a non-standard "regex" keyword (beside "pattern") and format "uri": teach ajv both.
  const ajv = new Ajv({ allErrors: true, strict: false });
  ajv.addKeyword({
    keyword: 'regex',
    type: 'string',
    schemaType: 'string',
    validate: (pattern: string, data: string) => new RegExp(pattern).test(data),
  });
  ajv.addFormat('uri', /^[a-z][a-z0-9+.-]*:\S+$/i);
  return ajv.compile(JSON.parse(readFileSync(schemaFile, 'utf8')) as object);
}

describe('manifest.yml', () => {
  if (available.length === 0) {
    it.skip(`validates against Slack's manifest schema (skipped: no schema at ${schemaDir}; it is not copied into the project)`, () => {});
  }

  it.each(available)('validates against %s', (schemaFile) => {
    const validate = validator(schemaFile);
    const valid = validate(loadManifest());
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  it('the schema check can fail: a manifest with an unknown setting is rejected', () => {
    if (available[0] === undefined) return;
    const validate = validator(available[0]);
    const broken = { ...loadManifest(), settings: { socket_mode_enabled: 'yes', not_a_setting: true } };
    expect(validate(broken)).toBe(false);
  });

  it('asks for what the app listens to', () => {
    const manifest = loadManifest() as {
      features: { slash_commands: Array<{ command: string }>; shortcuts: Array<{ callback_id: string; type: string }>; app_home: Record<string, boolean> };
      oauth_config: { scopes: { bot: string[] } };
      settings: { event_subscriptions: { bot_events: string[] }; interactivity: { is_enabled: boolean }; socket_mode_enabled: boolean };
    };
    expect(manifest.settings.event_subscriptions.bot_events.sort()).toEqual(
      ['app_home_opened', 'app_mention', 'message.channels', 'message.groups', 'message.im'].sort(),
    );
    expect(manifest.features.slash_commands.map((command) => command.command).sort()).toEqual(['/compare', '/post-role', '/role', '/role-move']);
    expect(manifest.features.shortcuts).toContainEqual(expect.objectContaining({ callback_id: 'post_as_vacancy', type: 'message' }));
    for (const scope of ['app_mentions:read', 'chat:write', 'im:history', 'channels:history', 'groups:history', 'commands', 'files:read', 'usergroups:read', 'users:read']) {
      expect(manifest.oauth_config.scopes.bot).toContain(scope);
    }
    expect(manifest.settings.interactivity.is_enabled).toBe(true);
    expect(manifest.settings.socket_mode_enabled).toBe(true);
    expect(manifest.features.app_home).toMatchObject({ home_tab_enabled: true, messages_tab_enabled: true });
  });
});
