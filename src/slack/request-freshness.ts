/**
 * Slack's rule for signed requests: the timestamp must be within five minutes of now, either way. Bolt 5.1's
 * HTTPReceiver rejects only old timestamps, so a request signed with a timestamp far in the future (a replay
 * kept for later) would pass. `rejectFutureRequests` wraps the receiver's public `requestListener` (the one
 * its server calls for every request) and answers 401 before Bolt sees such a request; everything else,
 * including signature checks and old timestamps, stays Bolt's. Socket Mode has no HTTP requests and no
 * timestamps, so it is unaffected.
 */
import type { HTTPReceiver } from '@slack/bolt';
import type { Logger } from 'pino';

/** Slack's allowed clock difference, in seconds, either way. */
export const MAX_CLOCK_SKEW_SECONDS = 5 * 60;

/** True when the request carries a Slack timestamp more than five minutes ahead of `nowMs`. */
export function isFromTheFuture(header: string | string[] | undefined, nowMs: number): boolean {
  if (typeof header !== 'string' || !/^\d{1,15}$/.test(header.trim())) return false; // Bolt rejects malformed ones.
  return Number(header) > Math.floor(nowMs / 1000) + MAX_CLOCK_SKEW_SECONDS;
}

export function rejectFutureRequests(receiver: HTTPReceiver, logger: Logger, now: () => number = Date.now): void {
  const verified = receiver.requestListener;
  receiver.requestListener = (req, res) => {
    if (isFromTheFuture(req.headers['x-slack-request-timestamp'], now())) {
      logger.warn({ path: req.url }, 'request timestamp more than five minutes in the future; rejected');
      // Drain the body so the connection can be reused, then refuse as Bolt refuses a stale request.
      req.resume();
      res.writeHead(401);
      res.end();
      return;
    }
    verified(req, res);
  };
}
