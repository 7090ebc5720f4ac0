/**
 * A fake Slack Web API on loopback. Bolt's WebClient (clientOptions.slackApiUrl = `apiUrl`) posts every call
 * here as `POST /api/<method>`; each call is recorded (method, arguments decoded from form or JSON, token) and
 * answered like Slack would. `responseUrl()` gives response_url endpoints (recorded too), and `route()` serves
 * anything else a test needs (e.g. a file's url_private download).
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedCall {
  method: string;
  args: Record<string, unknown>;
  /** The bearer token the call carried (never printed by tests). */
  token: string | undefined;
  /** What the fake answered (e.g. the ts it gave a posted message). */
  result?: Record<string, unknown>;
}

export interface RecordedResponse {
  /** The id in the response_url path. */
  id: string;
  body: Record<string, unknown>;
}

/** A message the bot sent, whichever way: chat.postMessage / postEphemeral / update, or a response_url. */
export interface SentMessage {
  via: 'chat.postMessage' | 'chat.postEphemeral' | 'chat.update' | 'response_url';
  /** The ts the fake gave a posted message (chat.postMessage / chat.update). */
  ts: string | undefined;
  /** Whether the fake answered ok (a failed post is recorded but never reached anyone). */
  ok: boolean;
  channel: string | undefined;
  threadTs: string | undefined;
  user: string | undefined;
  text: string | undefined;
  blocks: unknown[] | undefined;
  responseType: string | undefined;
  raw: Record<string, unknown>;
}

export type MethodHandler = (args: Record<string, unknown>, call: RecordedCall) => Record<string, unknown> | Promise<Record<string, unknown>>;
export type RouteHandler = (req: IncomingMessage, res: ServerResponse, body: Buffer) => void | Promise<void>;

export interface FakeSlackApiOptions {
  botUserId?: string;
  botId?: string;
  teamId?: string;
}

export interface FakeSlackApi {
  /** http://127.0.0.1:<port> */
  baseUrl: string;
  /** Pass as slackApiUrl: http://127.0.0.1:<port>/api/ */
  apiUrl: string;
  botUserId: string;
  botId: string;
  teamId: string;
  calls: RecordedCall[];
  responses: RecordedResponse[];
  callsTo(method: string): RecordedCall[];
  /** Every message the bot sent, in order. */
  sentMessages(): SentMessage[];
  /** A response_url served by this fake. */
  responseUrl(id?: string): string;
  /** Replace the answer for one Web API method (e.g. { ok: false, error: 'not_in_channel' }). */
  setHandler(method: string, handler: MethodHandler): void;
  /** Serve any other path (GET or POST), e.g. a file download. */
  route(path: string, handler: RouteHandler): void;
  /** Forget recorded calls and responses (handlers stay). */
  clear(): void;
  close(): Promise<void>;
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

/** Form values that hold JSON (blocks, view, attachments) are decoded so tests can inspect them. */
function decodeValue(value: string): unknown {
  const trimmed = value.trim();
  if ((trimmed.startsWith('[') && trimmed.endsWith(']')) || (trimmed.startsWith('{') && trimmed.endsWith('}'))) {
    try {
      return JSON.parse(trimmed) as unknown;
    } catch {
      return value;
    }
  }
  return value;
}

function decodeArgs(contentType: string | undefined, body: Buffer): Record<string, unknown> {
  const text = body.toString('utf8');
  if (text === '') return {};
  if (contentType?.includes('application/json')) {
    const parsed = JSON.parse(text) as unknown;
    return typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, unknown>) : {};
  }
  const args: Record<string, unknown> = {};
  for (const [key, value] of new URLSearchParams(text)) args[key] = decodeValue(value);
  return args;
}

function str(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

export async function startFakeSlackApi(options: FakeSlackApiOptions = {}): Promise<FakeSlackApi> {
  const botUserId = options.botUserId ?? 'UROLECALL';
  const botId = options.botId ?? 'BROLECALL';
  const teamId = options.teamId ?? 'TPOLICE';
  const calls: RecordedCall[] = [];
  const responses: RecordedResponse[] = [];
  const routes = new Map<string, RouteHandler>();
  let tsCounter = 0;
  const nextTs = (): string => {
    tsCounter += 1;
    return `1800000000.${String(tsCounter).padStart(6, '0')}`;
  };

  const handlers = new Map<string, MethodHandler>([
    ['auth.test', () => ({ ok: true, url: 'https://police.slack.com/', team: 'Police', user: 'rolecall', team_id: teamId, user_id: botUserId, bot_id: botId })],
    [
      'chat.postMessage',
      (args) => {
        const ts = nextTs();
        return { ok: true, channel: args['channel'], ts, message: { type: 'message', text: args['text'], ts, thread_ts: args['thread_ts'], bot_id: botId, user: botUserId } };
      },
    ],
    ['chat.postEphemeral', () => ({ ok: true, message_ts: nextTs() })],
    ['chat.update', (args) => ({ ok: true, channel: args['channel'], ts: args['ts'], text: args['text'] })],
    ['chat.delete', (args) => ({ ok: true, channel: args['channel'], ts: args['ts'] })],
    ['views.open', (args) => ({ ok: true, view: { id: `V${nextTs().replace('.', '')}`, ...(args['view'] as object) } })],
    ['views.update', (args) => ({ ok: true, view: { id: args['view_id'] ?? 'VUPDATED', ...(args['view'] as object) } })],
    ['views.push', (args) => ({ ok: true, view: { id: `V${nextTs().replace('.', '')}`, ...(args['view'] as object) } })],
    ['views.publish', (args) => ({ ok: true, view: { id: 'VHOME', ...(args['view'] as object) } })],
    ['users.info', (args) => ({ ok: true, user: { id: args['user'], name: 'someone', real_name: 'Some One', is_bot: false } })],
    ['usergroups.users.list', () => ({ ok: true, users: [] })],
    [
      'conversations.history',
      // The channel's top-level messages posted through this fake, newest first, with their metadata.
      (args) => ({
        ok: true,
        messages: calls
          .filter((c) => c.method === 'chat.postMessage' && c.result?.['ok'] === true && c.args['channel'] === args['channel'] && c.args['thread_ts'] === undefined)
          .map((c) => ({ type: 'message', ts: c.result?.['ts'], text: c.args['text'], bot_id: botId, ...(c.args['metadata'] ? { metadata: c.args['metadata'] } : {}) }))
          .reverse(),
      }),
    ],
    ['conversations.info', (args) => ({ ok: true, channel: { id: args['channel'], name: 'general', is_member: true } })],
  ]);

  const server: Server = createServer((req, res) => {
    void (async () => {
      const body = await readBody(req);
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      const path = url.pathname;
      const send = (status: number, payload: unknown): void => {
        res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
        res.end(JSON.stringify(payload));
      };
      try {
        if (path.startsWith('/api/')) {
          const method = path.slice('/api/'.length);
          const auth = req.headers.authorization;
          const args = decodeArgs(req.headers['content-type'], body);
          const call: RecordedCall = { method, args, token: auth?.startsWith('Bearer ') ? auth.slice(7) : str(args['token']) };
          calls.push(call);
          const handler = handlers.get(method);
          call.result = handler ? await handler(args, call) : { ok: false, error: 'unknown_method' };
          send(200, call.result);
          return;
        }
        if (path.startsWith('/response/')) {
          responses.push({ id: decodeURIComponent(path.slice('/response/'.length)), body: decodeArgs('application/json', body) });
          send(200, { ok: true });
          return;
        }
        const route = routes.get(path);
        if (route) {
          await route(req, res, body);
          return;
        }
        send(404, { ok: false, error: 'not_found' });
      } catch (error) {
        send(500, { ok: false, error: error instanceof Error ? error.message : String(error) });
      }
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const baseUrl = `http://127.0.0.1:${port}`;
  let responseCounter = 0;

  return {
    baseUrl,
    apiUrl: `${baseUrl}/api/`,
    botUserId,
    botId,
    teamId,
    calls,
    responses,
    callsTo: (method) => calls.filter((call) => call.method === method),
    sentMessages() {
      const sent: SentMessage[] = [];
      for (const call of calls) {
        if (call.method !== 'chat.postMessage' && call.method !== 'chat.postEphemeral' && call.method !== 'chat.update') continue;
        sent.push({
          via: call.method,
          ts: str(call.result?.['ts']),
          ok: call.result?.['ok'] === true,
          channel: str(call.args['channel']),
          threadTs: str(call.args['thread_ts']),
          user: str(call.args['user']),
          text: str(call.args['text']),
          blocks: Array.isArray(call.args['blocks']) ? (call.args['blocks'] as unknown[]) : undefined,
          responseType: undefined,
          raw: call.args,
        });
      }
      for (const response of responses) {
        if (response.body['delete_original'] === true) continue;
        sent.push({
          via: 'response_url',
          ts: undefined,
          ok: true,
          channel: undefined,
          threadTs: undefined,
          user: undefined,
          text: str(response.body['text']),
          blocks: Array.isArray(response.body['blocks']) ? (response.body['blocks'] as unknown[]) : undefined,
          responseType: str(response.body['response_type']),
          raw: response.body,
        });
      }
      return sent;
    },
    responseUrl(id) {
      responseCounter += 1;
      return `${baseUrl}/response/${encodeURIComponent(id ?? `r${responseCounter}`)}`;
    },
    setHandler: (method, handler) => void handlers.set(method, handler),
    route: (path, handler) => void routes.set(path, handler),
    clear() {
      calls.length = 0;
      responses.length = 0;
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
