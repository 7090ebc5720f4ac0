/**
 * A parse worker thread: one job at a time from the pool, bytes -> text -> profile, the result or the error
 * posted back. Runs under the heap cap the pool gives it, so a hostile document exhausts this thread, not
 * the process.
 */
import { parentPort } from 'node:worker_threads';
import { isRoleCallError } from '../errors.ts';
import { parseDocumentBytes } from './parse-document-bytes.ts';
import { ParseJobSchema, type WorkerReply } from './parse-worker-messages.ts';

const port = parentPort;
if (!port) throw new Error('parse-worker.ts runs only as a worker thread of the parse pool.');

port.on('message', (message: unknown) => {
  void handle(message).then((reply) => port.postMessage(reply));
});

async function handle(message: unknown): Promise<WorkerReply> {
  const job = ParseJobSchema.safeParse(message);
  if (!job.success) return { type: 'failed', id: -1, error: { message: `parse worker: malformed job (${job.error.message})` } };
  const { id, bytes, fileName } = job.data;
  try {
    return { type: 'parsed', id, parsed: await parseDocumentBytes(bytes, fileName) };
  } catch (error) {
    if (isRoleCallError(error)) {
      return { type: 'failed', id, error: { code: error.code, message: error.message, ...(error.hint ? { hint: error.hint } : {}) } };
    }
    return { type: 'failed', id, error: { message: error instanceof Error ? error.message : String(error) } };
  }
}

port.postMessage({ type: 'ready' } satisfies WorkerReply);
