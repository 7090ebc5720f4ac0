/**
 * Document parsing off the event loop: a small pool of worker threads, each with a heap cap, and a time limit
 * per document. A hostile document can then neither block the thread that acks Slack requests nor take the
 * process down: a worker that runs out of memory, dies or overruns is replaced, and its caller gets a
 * RoleCallError PARSE_FAILED saying what happened and what to do. The next parse works as before.
 *
 * Workers start on first use and stay up between jobs (starting one costs a few hundred milliseconds: it
 * loads tsx and the ingest sources). Idle workers do not keep the process alive.
 */
import { Worker } from 'node:worker_threads';
import { RoleCallError, type ErrorCode } from '../errors.ts';
import type { ParsedDocument } from './parse-document-bytes.ts';
import { WorkerReplySchema } from './parse-worker-messages.ts';

export type { ParsedDocument } from './parse-document-bytes.ts';

export interface ParsePoolOptions {
  /** Worker threads at most; each parses one document at a time. */
  size: number;
  /** Old-generation heap cap of each worker, in MB (default 256). A document needing more fails alone. */
  maxHeapMb?: number;
  /** Time limit for one document once a worker has it, in ms (default 20,000). */
  timeoutMs?: number;
}

export interface ParsePool {
  /** Bytes -> text -> profile in a worker. Rejects with RoleCallError for anything a person can act on. */
  parse(bytes: Uint8Array, fileName: string): Promise<ParsedDocument>;
  /** Stops the workers; parses still waiting or running reject. Idempotent. */
  close(): Promise<void>;
}

export const DEFAULT_PARSE_HEAP_MB = 256;
export const DEFAULT_PARSE_TIMEOUT_MS = 20_000;
/** A worker that cannot even start (a broken install) must fail the waiting parses, not hang them. */
const STARTUP_TIMEOUT_MS = 60_000;

const WORKER_URL = new URL('./parse-worker.mjs', import.meta.url);

interface Job {
  id: number;
  bytes: Uint8Array;
  fileName: string;
  resolve(parsed: ParsedDocument): void;
  reject(error: Error): void;
}

interface Slot {
  worker: Worker;
  ready: boolean;
  job: Job | null;
  timer: NodeJS.Timeout | null;
  /** Set once the slot has failed or been stopped, so its late events are ignored. */
  gone: boolean;
}

function parseFailed(fileName: string, what: string, hint: string): RoleCallError {
  return new RoleCallError('PARSE_FAILED', `${fileName}: ${what}`, hint);
}

const SIMPLER_DOCUMENT = 'Check it is a role document (not a large report or a damaged file); remove images or split it, save it again and retry.';

export function createParsePool(options: ParsePoolOptions): ParsePool {
  const size = Math.max(1, Math.floor(options.size));
  const maxHeapMb = options.maxHeapMb ?? DEFAULT_PARSE_HEAP_MB;
  const timeoutMs = options.timeoutMs ?? DEFAULT_PARSE_TIMEOUT_MS;
  const slots: Slot[] = [];
  const queue: Job[] = [];
  let nextId = 1;
  let closed = false;

  function spawn(): void {
    const worker = new Worker(WORKER_URL, {
      // Not the parent's flags (vitest's or tsx's loaders): the worker registers tsx itself.
      execArgv: [],
      resourceLimits: { maxOldGenerationSizeMb: maxHeapMb },
    });
    const slot: Slot = { worker, ready: false, job: null, timer: null, gone: false };
    slots.push(slot);
    worker.unref();
    slot.timer = setTimeout(() => fail(slot, 'startup'), STARTUP_TIMEOUT_MS);
    slot.timer.unref();
    worker.on('message', (message: unknown) => onMessage(slot, message));
    worker.on('error', (error: Error & { code?: string }) => fail(slot, error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? 'memory' : 'error', error));
    worker.on('exit', () => fail(slot, 'exit'));
  }

  function onMessage(slot: Slot, message: unknown): void {
    if (slot.gone) return;
    const reply = WorkerReplySchema.safeParse(message);
    if (!reply.success) {
      fail(slot, 'error', new Error(`malformed reply (${reply.error.message})`));
      return;
    }
    if (reply.data.type === 'ready') {
      clearTimer(slot);
      slot.ready = true;
      pump();
      return;
    }
    const job = slot.job;
    if (!job || reply.data.id !== job.id) {
      fail(slot, 'error', new Error('reply for a job it was not given'));
      return;
    }
    finish(slot);
    if (reply.data.type === 'parsed') {
      job.resolve(reply.data.parsed);
    } else {
      const { code, message: text, hint } = reply.data.error;
      job.reject(code ? new RoleCallError(code as ErrorCode, text, hint) : new Error(`parse worker: ${text}`));
    }
    pump();
  }

  function clearTimer(slot: Slot): void {
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = null;
  }

  /** The job is done: the slot is idle again and stops holding the process open. */
  function finish(slot: Slot): void {
    clearTimer(slot);
    slot.job = null;
    slot.worker.unref();
  }

  /** The worker is lost: tell its caller why, drop it, and let the queue start a fresh one. */
  function fail(slot: Slot, why: 'startup' | 'memory' | 'timeout' | 'error' | 'exit', error?: Error): void {
    if (slot.gone) return;
    slot.gone = true;
    clearTimer(slot);
    slots.splice(slots.indexOf(slot), 1);
    void slot.worker.terminate();
    const job = slot.job;
    slot.job = null;
    if (job) job.reject(jobError(job.fileName, why, error));
    else if (!slot.ready && !closed) {
      // It never started: the parses waiting for it would wait for a worker that cannot start either.
      for (const waiting of queue.splice(0)) waiting.reject(jobError(waiting.fileName, 'startup', error));
    }
    pump();
  }

  function jobError(fileName: string, why: 'startup' | 'memory' | 'timeout' | 'error' | 'exit', error?: Error): Error {
    switch (why) {
      case 'memory':
        return parseFailed(fileName, `reading the document needed more than the ${maxHeapMb} MB allowed for one document, so it was stopped.`, SIMPLER_DOCUMENT);
      case 'timeout':
        return parseFailed(fileName, `reading the document took longer than the ${Math.round(timeoutMs / 1000)} s allowed for one document, so it was stopped.`, SIMPLER_DOCUMENT);
      case 'startup':
        return new Error(`parse worker could not start${error ? ` (${error.message})` : ''}`);
      case 'error':
      case 'exit':
        return parseFailed(
          fileName,
          `the document reader stopped unexpectedly${error ? ` (${error.message.split('\n')[0]})` : ''}.`,
          'Try again; if it happens again with this document, save it again from the original or paste its text.',
        );
    }
  }

  function pump(): void {
    if (closed) return;
    while (queue.length > 0) {
      const slot = slots.find((candidate) => candidate.ready && candidate.job === null);
      if (!slot) break;
      const job = queue.shift() as Job;
      slot.job = job;
      slot.worker.ref();
      slot.timer = setTimeout(() => fail(slot, 'timeout'), timeoutMs);
      slot.timer.unref();
      slot.worker.postMessage({ id: job.id, bytes: job.bytes, fileName: job.fileName });
    }
    const starting = slots.filter((slot) => !slot.ready).length;
    const toStart = Math.min(queue.length - starting, size - slots.length);
    for (let i = 0; i < toStart; i += 1) spawn();
  }

  return {
    parse(bytes, fileName) {
      if (closed) return Promise.reject(new Error('parse pool is closed'));
      return new Promise<ParsedDocument>((resolve, reject) => {
        // A copy: the caller keeps its bytes, and the worker gets a buffer of exactly this document.
        queue.push({ id: nextId++, bytes: bytes.slice(), fileName, resolve, reject });
        pump();
      });
    },
    async close() {
      if (closed) return;
      closed = true;
      for (const job of queue.splice(0)) job.reject(new Error('parse pool closed before the document was read'));
      const stopping = slots.splice(0).map((slot) => {
        slot.gone = true;
        clearTimer(slot);
        slot.job?.reject(new Error('parse pool closed before the document was read'));
        slot.job = null;
        return slot.worker.terminate();
      });
      await Promise.all(stopping);
    },
  };
}
