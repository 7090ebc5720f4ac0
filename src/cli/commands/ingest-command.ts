/**
 * `rolecall ingest <file|dir>... [--data DIR]`: parse and store each document, saying per document what
 * was found, what is missing and what to fix. A bad document gets one line on stderr and the others still
 * go in; the exit code is non-zero when any failed. A document already stored from the same bytes by the
 * same parser version is skipped without parsing, so an interrupted bulk ingest resumes where it stopped.
 * Many documents are parsed on every core (worker threads, src/ingest/parse-pool.ts) a few ahead of the one
 * being stored, while one writer stores them in the order given, one atomic write after another.
 */
import { readFile, stat } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { createParsePool } from '../../ingest/parse-pool.ts';
import { MAX_DOCUMENT_BYTES, extractDocumentText, readDocumentFile } from '../../ingest/index.ts';
import { isRoleCallError } from '../../errors.ts';
import { FileProfileStore, sha256Hex } from '../../store/file-profile-store.ts';
import { createIngester, previewDocument, previewOf, type DocumentPreview, type IngestOutcome } from '../../store/ingest-documents.ts';
import type { StoredRole } from '../../store/stored-roles.ts';
import type { CliIo } from '../cli-io.ts';
import { formatIngestOutcome } from '../format-document-report.ts';
import { progressReporter } from '../ingest-progress.ts';
import { internalErrorLine } from '../internal-error.ts';
import { expandDocumentPaths } from './expand-document-paths.ts';

/** Document bytes and name -> what the parser read. In this process, or in a worker (parse pool). */
export type DocumentParser = (bytes: Uint8Array, fileName: string) => Promise<DocumentPreview>;

export const parseInProcess: DocumentParser = async (bytes, fileName) => previewDocument(await extractDocumentText(bytes, fileName));

type Prepared =
  | { kind: 'skipped'; stored: StoredRole }
  | { kind: 'parsed'; preview: DocumentPreview; file: string; bytes: Uint8Array };

/** The file's bytes, or the reader's own clear error (no such file, a folder, empty, too large). */
async function readBytes(file: string): Promise<Uint8Array> {
  const info = await stat(file).catch(() => null);
  if (!info?.isFile() || info.size === 0 || info.size > MAX_DOCUMENT_BYTES) {
    await readDocumentFile(file); // throws the RoleCallError that says what is wrong
  }
  return readFile(file);
}

/**
 * Below this many documents they are parsed in this process: a worker takes a few hundred milliseconds to
 * start, more than parsing a handful of documents costs.
 */
export const POOL_FROM_DOCUMENTS = 20;

export interface IngestCommandOptions {
  paths: string[];
  dataDir: string;
  /** Defaults to a parse pool on every core for POOL_FROM_DOCUMENTS documents or more, else this process. */
  parse?: DocumentParser;
  /** How many documents may be read and parsed ahead of the one being stored (default 1: none ahead). */
  lookahead?: number;
}

export async function ingestCommand(args: IngestCommandOptions, io: CliIo): Promise<number> {
  const { files, notes } = await expandDocumentPaths(args.paths);
  for (const note of notes) io.err(note);
  if (files.length === 0) return 1;
  if (args.parse || files.length < POOL_FROM_DOCUMENTS) return ingestFiles(files, args, io);

  const size = Math.max(1, availableParallelism());
  const pool = createParsePool({ size });
  try {
    const parse: DocumentParser = async (bytes, fileName) => previewOf(await pool.parse(bytes, fileName));
    // Two documents a worker in flight keeps every worker busy while the writer stores.
    return await ingestFiles(files, { ...args, parse, lookahead: size * 2 }, io);
  } finally {
    await pool.close();
  }
}

async function ingestFiles(files: readonly string[], args: IngestCommandOptions, io: CliIo): Promise<number> {
  const store = new FileProfileStore(args.dataDir);
  const ingester = createIngester(store);
  const parse = args.parse ?? parseInProcess;
  const lookahead = Math.max(1, args.lookahead ?? 1);
  const progress = progressReporter(files.length, io.status);

  async function prepare(file: string): Promise<Prepared> {
    const bytes = await readBytes(file);
    const stored = await ingester.alreadyStored(sha256Hex(bytes));
    if (stored) return { kind: 'skipped', stored };
    const preview = await parse(bytes, file);
    return { kind: 'parsed', preview, file: preview.profile.source.file, bytes };
  }

  let added = 0;
  let replaced = 0;
  let skipped = 0;
  let failed = 0;
  // Documents being read and parsed ahead, by position; each is let go once stored, so a 20,000-document run
  // holds only the lookahead in memory.
  const pending = new Map<number, Promise<Prepared>>();
  let started = 0;
  const startUpTo = (end: number): void => {
    for (; started < Math.min(end, files.length); started += 1) {
      const prepared = prepare(files[started] ?? '');
      prepared.catch(() => undefined); // reported when its turn comes
      pending.set(started, prepared);
    }
  };

  for (const [index, file] of files.entries()) {
    startUpTo(index + lookahead);
    const prefix = files.length > 1 ? `[${index + 1}/${files.length}] ` : '';
    const lines: string[] = [];
    const errors: string[] = [];
    try {
      const next = pending.get(index);
      pending.delete(index);
      const prepared = await next;
      if (prepared === undefined) throw new Error(`internal: ${file} was not started`);
      if (prepared.kind === 'skipped') {
        skipped += 1;
      } else {
        const outcome: IngestOutcome = await ingester.store(prepared);
        if (outcome.replaced) replaced += 1;
        else added += 1;
        lines.push(...formatIngestOutcome(outcome, prefix));
      }
    } catch (error) {
      failed += 1;
      if (isRoleCallError(error)) {
        const text = error.toUserText();
        errors.push(`${prefix}${text.includes(file) ? '' : `${file}: `}${text}`);
      } else {
        errors.push(`${prefix}${file}: ${internalErrorLine(error, io.env)}`);
      }
    }
    if (lines.length + errors.length > 0) {
      progress.clear();
      for (const line of lines) io.out(line);
      for (const line of errors) io.err(line);
      progress.redraw();
    }
    progress.tick();
  }
  progress.end();

  const stored = added + replaced;
  const skippedText = skipped > 0 ? `; ${skipped} already stored from the same document by this parser version, skipped` : '';
  io.out(
    `Stored ${stored} role${stored === 1 ? '' : 's'} (${added} new, ${replaced} replaced) in ${store.location}${skippedText}` +
      (failed > 0 ? `; ${failed} document${failed === 1 ? '' : 's'} failed (see above).` : '.'),
  );
  return failed > 0 ? 1 : 0;
}
