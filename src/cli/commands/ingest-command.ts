/**
 * `rolecall ingest <file|dir>... [--data DIR]`: parse and store each document, saying per document what
 * was found, what is missing and what to fix. A bad document gets one line on stderr and the others still
 * go in; the exit code is non-zero when any failed.
 */
import { readFile } from 'node:fs/promises';
import { readDocumentFile } from '../../ingest/index.ts';
import { isRoleCallError } from '../../errors.ts';
import { FileProfileStore } from '../../store/file-profile-store.ts';
import { createIngester } from '../../store/ingest-documents.ts';
import type { CliIo } from '../cli-io.ts';
import { formatIngestOutcome } from '../format-document-report.ts';
import { internalErrorLine } from '../internal-error.ts';
import { expandDocumentPaths } from './expand-document-paths.ts';

export async function ingestCommand(args: { paths: string[]; dataDir: string }, io: CliIo): Promise<number> {
  const { files, notes } = await expandDocumentPaths(args.paths);
  for (const note of notes) io.err(note);
  if (files.length === 0) return 1;

  const store = new FileProfileStore(args.dataDir);
  const ingester = createIngester(store);
  let added = 0;
  let replaced = 0;
  let failed = 0;
  for (const [index, file] of files.entries()) {
    const prefix = files.length > 1 ? `[${index + 1}/${files.length}] ` : '';
    try {
      const doc = await readDocumentFile(file);
      const bytes = await readFile(file);
      const outcome = await ingester.ingest({ doc, bytes });
      if (outcome.replaced) replaced += 1;
      else added += 1;
      for (const line of formatIngestOutcome(outcome, prefix)) io.out(line);
    } catch (error) {
      failed += 1;
      if (isRoleCallError(error)) {
        const text = error.toUserText();
        io.err(`${prefix}${text.includes(file) ? '' : `${file}: `}${text}`);
      } else {
        io.err(`${prefix}${file}: ${internalErrorLine(error, io.env)}`);
      }
    }
  }
  const stored = added + replaced;
  io.out(
    `Stored ${stored} role${stored === 1 ? '' : 's'} (${added} new, ${replaced} replaced) in ${store.location}` +
      (failed > 0 ? `; ${failed} document${failed === 1 ? '' : 's'} failed (see above).` : '.'),
  );
  return failed > 0 ? 1 : 0;
}
