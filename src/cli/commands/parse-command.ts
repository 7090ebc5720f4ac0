/** `rolecall parse <file> [--json]`: parse one document and show what was found; stores nothing. */
import { readDocumentFile } from '../../ingest/index.ts';
import { previewDocument } from '../../store/ingest-documents.ts';
import type { CliIo } from '../cli-io.ts';
import { formatPreview, roleLine } from '../format-document-report.ts';

export async function parseCommand(args: { file: string; json: boolean }, io: CliIo): Promise<number> {
  const preview = previewDocument(await readDocumentFile(args.file));
  if (args.json) {
    io.out(JSON.stringify(preview.profile, null, 2));
  } else {
    io.out(roleLine(preview.profile));
    for (const line of formatPreview(preview)) io.out(line);
  }
  return 0;
}
