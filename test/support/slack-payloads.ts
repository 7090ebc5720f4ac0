/**
 * Payloads shaped as Slack sends them (Events API envelopes, slash-command forms, interactive payloads),
 * trimmed to the fields Slack always includes plus those the app reads.
 */
let counter = 0;

/** A fresh, increasing Slack timestamp ("1700000000.000123"). */
export function nextTs(): string {
  counter += 1;
  return `1700000000.${String(counter).padStart(6, '0')}`;
}

export function nextEventId(): string {
  counter += 1;
  return `Ev${String(counter).padStart(8, '0')}TEST`;
}

export const TEAM_ID = 'TPOLICE';
export const APP_ID = 'AROLECALL';

export function eventEnvelope(event: Record<string, unknown>, options: { eventId?: string; botUserId?: string } = {}): Record<string, unknown> {
  return {
    token: 'verification-token-unused',
    team_id: TEAM_ID,
    api_app_id: APP_ID,
    event,
    type: 'event_callback',
    event_id: options.eventId ?? nextEventId(),
    event_time: 1700000000,
    authorizations: [{ enterprise_id: null, team_id: TEAM_ID, user_id: options.botUserId ?? 'UROLECALL', is_bot: true, is_enterprise_install: false }],
    is_ext_shared_channel: false,
    event_context: '4-eyJldCI6ImFwcF9tZW50aW9uIn0',
  };
}

export interface MessageFields {
  text: string;
  user?: string;
  channel?: string;
  ts?: string;
  thread_ts?: string;
}

export function appMentionEvent(fields: MessageFields): Record<string, unknown> {
  const ts = fields.ts ?? nextTs();
  return {
    type: 'app_mention',
    user: fields.user ?? 'UPERSON1',
    text: fields.text,
    ts,
    ...(fields.thread_ts ? { thread_ts: fields.thread_ts } : {}),
    team: TEAM_ID,
    channel: fields.channel ?? 'CGENERAL',
    event_ts: ts,
  };
}

export function messageEvent(
  fields: MessageFields & { channel_type?: 'channel' | 'group' | 'im' | 'mpim'; subtype?: string; bot_id?: string },
): Record<string, unknown> {
  const ts = fields.ts ?? nextTs();
  return {
    type: 'message',
    ...(fields.subtype ? { subtype: fields.subtype } : {}),
    ...(fields.bot_id ? { bot_id: fields.bot_id } : {}),
    ...(fields.user === undefined && fields.bot_id ? {} : { user: fields.user ?? 'UPERSON1' }),
    text: fields.text,
    ts,
    ...(fields.thread_ts ? { thread_ts: fields.thread_ts } : {}),
    team: TEAM_ID,
    channel: fields.channel ?? 'CGENERAL',
    event_ts: ts,
    channel_type: fields.channel_type ?? 'channel',
  };
}

export function appHomeOpenedEvent(user = 'UPERSON1'): Record<string, unknown> {
  return { type: 'app_home_opened', user, channel: 'DHOME', tab: 'home', event_ts: nextTs() };
}

export interface CommandFields {
  command: string;
  text: string;
  user_id?: string;
  channel_id?: string;
  response_url: string;
  trigger_id?: string;
}

/** The form fields of a slash command, as Slack posts them. */
export function slashCommandFields(fields: CommandFields): Record<string, string> {
  return {
    token: 'verification-token-unused',
    team_id: TEAM_ID,
    team_domain: 'police',
    channel_id: fields.channel_id ?? 'CGENERAL',
    channel_name: 'general',
    user_id: fields.user_id ?? 'UPERSON1',
    user_name: 'person.one',
    command: fields.command,
    text: fields.text,
    api_app_id: APP_ID,
    is_enterprise_install: 'false',
    response_url: fields.response_url,
    trigger_id: fields.trigger_id ?? `${Date.now()}.1.abc`,
  };
}

export interface BlockActionFields {
  action: Record<string, unknown>;
  user?: string;
  channel?: string;
  response_url: string;
  /** The message the button is on; absent for an ephemeral message. */
  message?: { ts: string; thread_ts?: string; text?: string; blocks?: unknown[] };
  isEphemeral?: boolean;
}

export function blockActionsPayload(fields: BlockActionFields): Record<string, unknown> {
  const channel = fields.channel ?? 'CGENERAL';
  const messageTs = fields.message?.ts ?? nextTs();
  return {
    type: 'block_actions',
    user: { id: fields.user ?? 'UPERSON1', username: 'person.one', name: 'person.one', team_id: TEAM_ID },
    api_app_id: APP_ID,
    token: 'verification-token-unused',
    container: {
      type: 'message',
      message_ts: messageTs,
      channel_id: channel,
      is_ephemeral: fields.isEphemeral ?? fields.message === undefined,
      ...(fields.message?.thread_ts ? { thread_ts: fields.message.thread_ts } : {}),
    },
    trigger_id: `${Date.now()}.2.def`,
    team: { id: TEAM_ID, domain: 'police' },
    enterprise: null,
    is_enterprise_install: false,
    channel: { id: channel, name: 'general' },
    ...(fields.message ? { message: { type: 'message', user: 'UROLECALL', bot_id: 'BROLECALL', text: '', ...fields.message } } : {}),
    state: { values: {} },
    response_url: fields.response_url,
    actions: [{ action_ts: nextTs(), ...fields.action }],
  };
}
