/**
 * The Slack app: Bolt in Socket Mode (with an app token) or HTTP mode (POST /slack/events), the listeners for
 * every surface, event de-duplication and a global error handler. Options are typed values: the composition
 * root (src/main.ts) reads the environment, never this file.
 */
import type { Server } from 'node:http';
import { App, HTTPReceiver, type AppOptions } from '@slack/bolt';
import type { Logger } from 'pino';
import type { Assistant } from '../answer/assistant-api.ts';
import { boltLoggerFromPino } from './bolt-logger.ts';
import { BoundedCache } from './bounded-cache.ts';
import type { SlackDeps } from './deps.ts';
import { registerActions } from './listeners/actions/index.ts';
import { registerCommands } from './listeners/commands/index.ts';
import { registerEvents } from './listeners/events/index.ts';
import { registerMessages } from './listeners/messages/index.ts';
import { listenError } from './listen-error.ts';
import { countPendingAcks, NO_PENDING_ACKS } from './pending-acks.ts';
import { rejectFutureRequests } from './request-freshness.ts';
import { createMessageSender } from './send-messages.ts';
import { createWorkQueue } from './work-queue.ts';
import { createThreadContextStore, type ThreadContextStoreOptions } from './thread-context-store.ts';
import { memoryMyRoleStore, type MyRoleStore } from '../store/my-role-store.ts';

export type { SlackDeps } from './deps.ts';

export type ExtraListeners = (app: App, deps: SlackDeps) => void;

export interface SlackAppOptions {
  /** xoxb- bot token. */
  botToken: string;
  /** Signing secret: verifies every HTTP request (also required by Bolt in Socket Mode). */
  signingSecret: string;
  /** xapp- app-level token with connections:write: when given, Socket Mode (no public URL needed). */
  appToken?: string | undefined;
  /** HTTP mode: port for POST /slack/events (0 picks a free port; see `address()`). */
  port: number;
  /** HTTP mode: interface to bind (default all interfaces; tests use 127.0.0.1). */
  host?: string | undefined;
  /** Base URL of the Slack Web API, e.g. a proxy or a test fake ("http://127.0.0.1:4000/api/"). */
  slackApiUrl?: string | undefined;
  assistant: Assistant;
  logger: Logger;
  /**
   * HTTP mode: answer Slack only after listeners finish. Production leaves this false (ack first, then work,
   * within Slack's 3 seconds); tests set it true so they need no sleeps.
   */
  processBeforeResponse?: boolean | undefined;
  /** Web API retries on failure (Bolt's default retries for about half an hour; tests pass 0). */
  webApiRetries?: number | undefined;
  /** Listeners added by other features (HR postings), with the same deps as ours. */
  extraListeners?: readonly ExtraListeners[] | undefined;
  threadStore?: ThreadContextStoreOptions | undefined;
  /** Where "set my role" keeps each person's role, by user id (default: in memory, lost on restart). */
  myRoles?: MyRoleStore | undefined;
  /** Jobs (answers being built and posted) running at once after their acks (default 4). */
  workConcurrency?: number | undefined;
}

export interface SlackAppHandle {
  app: App;
  /** Deps shared with listeners (exposed for extra listeners and tests). */
  deps: SlackDeps;
  start(): Promise<void>;
  stop(): Promise<void>;
  /** HTTP mode after start: the address actually bound (port 0 becomes a real port); null in Socket Mode. */
  address(): { host: string; port: number } | null;
}

const EVENT_DEDUPE = { maxEntries: 10_000, ttlMs: 60 * 60 * 1000 };

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export function createSlackApp(options: SlackAppOptions): SlackAppHandle {
  const logger = options.logger.child({ component: 'slack' });
  const boltLogger = boltLoggerFromPino(options.logger);
  const clientOptions: NonNullable<AppOptions['clientOptions']> = {
    ...(options.slackApiUrl ? { slackApiUrl: options.slackApiUrl } : {}),
    ...(options.webApiRetries !== undefined ? { retryConfig: { retries: options.webApiRetries } } : {}),
  };
  const appToken = options.appToken || undefined;
  const socketMode = appToken !== undefined;
  const receiver = socketMode
    ? undefined
    : new HTTPReceiver({
        signingSecret: options.signingSecret,
        port: options.port,
        endpoints: '/slack/events',
        processBeforeResponse: options.processBeforeResponse ?? false,
        logger: boltLogger,
        customRoutes: [
          {
            path: '/healthz',
            method: ['GET'],
            handler: (_req, res) => {
              res.writeHead(200, { 'content-type': 'text/plain' });
              res.end('ok');
            },
          },
        ],
      });
  if (receiver) rejectFutureRequests(receiver, logger);
  // Acks are owed only when the app acks before working; with processBeforeResponse the response waits for the
  // work itself, so holding the work back for it would only delay both.
  const pendingAcks = receiver && !(options.processBeforeResponse ?? false) ? countPendingAcks(receiver) : NO_PENDING_ACKS;
  const app = new App({
    token: options.botToken,
    logger: boltLogger,
    clientOptions,
    ...(appToken ? { socketMode: true, appToken, signingSecret: options.signingSecret } : {}),
    ...(receiver ? { receiver } : {}),
  });

  const deps: SlackDeps = {
    assistant: options.assistant,
    logger,
    threads: createThreadContextStore(options.threadStore ?? {}),
    send: createMessageSender(logger),
    answeredMessages: new BoundedCache<true>(EVENT_DEDUPE),
    review: { reportButton: false },
    myRoles: options.myRoles ?? memoryMyRoleStore(),
    work: createWorkQueue({ logger, pendingAcks, ...(options.workConcurrency !== undefined ? { concurrency: options.workConcurrency } : {}) }),
  };

  // Slack retries an event it thinks was missed (X-Slack-Retry-Num): the same event_id is handled once.
  // Bolt has already acked the event by the time this middleware runs.
  const seenEvents = new BoundedCache<true>(EVENT_DEDUPE);
  app.use(async ({ body, next }) => {
    const eventId = 'event_id' in body && typeof body.event_id === 'string' ? body.event_id : undefined;
    if (eventId !== undefined && !seenEvents.claim(eventId, true)) {
      logger.info({ eventId }, 'duplicate event ignored');
      return;
    }
    await next();
  });

  registerEvents(app, deps);
  registerMessages(app, deps);
  registerCommands(app, deps);
  registerActions(app, deps);
  for (const register of options.extraListeners ?? []) register(app, deps);

  // The last line of defence: listeners catch their own errors, anything else is logged, never thrown.
  app.error(async (error) => {
    logger.error({ err: { message: errorText(error), code: error.code } }, 'unhandled Slack listener error');
  });

  let server: Server | undefined;
  const address = (): { host: string; port: number } | null => {
    const bound = server?.address();
    if (!bound || typeof bound === 'string') return null;
    return { host: bound.address, port: bound.port };
  };
  return {
    app,
    deps,
    address,
    async start() {
      let started: unknown;
      try {
        started = socketMode ? await app.start() : await app.start(options.host ? { port: options.port, host: options.host } : options.port);
      } catch (error) {
        throw listenError(error, options.port, options.host) ?? error;
      }
      if (!socketMode && started && typeof (started as Server).address === 'function') server = started as Server;
      logger.info({ mode: socketMode ? 'socket' : 'http', port: address()?.port }, 'Slack app started');
    },
    async stop() {
      await app.stop();
      server = undefined;
    },
  };
}
