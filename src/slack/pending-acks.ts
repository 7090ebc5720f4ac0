/**
 * Requests the HTTP receiver has taken in and not yet answered: the acks still owed to Slack. The work queue
 * holds back answer work while any are owed (for a bounded time), so a burst of commands is acked first and
 * answered after: Slack needs each ack within 3 seconds, the answers are not in a hurry by comparison. The
 * count wraps the receiver's public `requestListener` (the one its server calls for every request) and drops
 * when the response finishes or the connection closes, whichever comes first. Socket Mode has no receiver; its
 * count is always zero.
 */
import type { HTTPReceiver } from '@slack/bolt';

export interface PendingAcks {
  /** Requests received and not yet answered. */
  readonly count: number;
}

export function countPendingAcks(receiver: HTTPReceiver): PendingAcks {
  let count = 0;
  const inner = receiver.requestListener;
  receiver.requestListener = (req, res) => {
    count++;
    let done = false;
    const settle = (): void => {
      if (done) return;
      done = true;
      count--;
    };
    res.once('finish', settle);
    res.once('close', settle);
    inner(req, res);
  };
  return {
    get count() {
      return count;
    },
  };
}

/** No HTTP receiver (Socket Mode): nothing is ever owed on this side. */
export const NO_PENDING_ACKS: PendingAcks = { count: 0 };
