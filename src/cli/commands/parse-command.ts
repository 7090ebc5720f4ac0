/**
 * `rolecall parse <file> [--json]`: parse one document and show what was found; stores nothing. The document
 * is read in a worker thread with a heap cap and a time limit, so a hostile file is one clear error line and
 * a non-zero exit, never a crash of the CLI.
 */
import { createParsePool, readDocumentBytes } from '../../ingest/index.ts';
import { previewOf } from '../../store/ingest-documents.ts';
import type { CliIo } from '../cli-io.ts';
import { formatPreview, roleLine } from '../format-document-report.ts';

export async function parseCommand(args: { file: string; json: boolean }, io: CliIo): Promise<number> {
  const { file, bytes } = await readDocumentBytes(args.file);
  const pool = createParsePool({ size: 1 });
  const preview = await pool
    .parse(bytes, file)
    .then(previewOf)
    .finally(() => pool.close());
  if (args.json) {
    io.out(JSON.stringify(preview.profile, null, 2));
  } else {
    io.out(roleLine(preview.profile));
    for (const line of formatPreview(preview)) io.out(line);
  }
  return 0;
}
