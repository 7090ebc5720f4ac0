/**
 * Every listener's work runs inside `guard`: a failure is logged (ids only, never payloads or tokens) and the
 * person gets a short apology, or the error's own message when it is one they can act on. The app stays up.
 */
import type { Logger } from 'pino';
import { isRoleCallError } from '../errors.ts';
import { apologyMessage, errorMessage } from '../present/notices.ts';
import type { SlackMessage } from '../present/message.ts';
import type { WorkQueue } from './work-queue.ts';

export async function guard(
  logger: Logger,
  work: () => Promise<void>,
  tellPerson: (message: SlackMessage) => Promise<unknown>,
): Promise<void> {
  try {
    await work();
  } catch (error) {
    const known = isRoleCallError(error);
    logger.error(
      { err: { message: error instanceof Error ? error.message : String(error), code: known ? error.code : undefined } },
      'listener failed',
    );
    try {
      await tellPerson(known ? errorMessage(error) : apologyMessage());
    } catch (secondError) {
      logger.error({ err: { message: secondError instanceof Error ? secondError.message : String(secondError) } }, 'could not send the apology');
    }
  }
}

/** The usual listener tail: after the ack, the guarded work goes through the work queue. */
export function afterAck(
  deps: { work: WorkQueue },
  logger: Logger,
  work: () => Promise<void>,
  tellPerson: (message: SlackMessage) => Promise<unknown>,
): Promise<void> {
  return deps.work.run(() => guard(logger, work, tellPerson));
}
