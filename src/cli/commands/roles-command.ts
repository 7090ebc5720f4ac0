/** `rolecall roles [--data DIR] [--json]`: the roles a data directory holds; load problems on stderr. */
import type { CliIo } from '../cli-io.ts';
import { openLibrary } from '../load-assistant.ts';

export async function rolesCommand(args: { dataDir: string; json: boolean }, io: CliIo): Promise<number> {
  const library = await openLibrary(args.dataDir, io);
  const roles = [...library.profiles].sort((a, b) => a.title.localeCompare(b.title) || a.id.localeCompare(b.id));
  const rows = roles.map((p) => ({
    id: p.id,
    title: p.title,
    organisation: p.organisation,
    staffType: p.staffType,
    source: p.source.file,
  }));
  if (args.json) {
    io.out(JSON.stringify(rows, null, 2));
    return 0;
  }
  if (rows.length === 0) {
    io.out(`No roles in ${args.dataDir}. Add documents with: rolecall ingest <file|folder> --data ${args.dataDir}`);
    return 0;
  }
  const table = [['ID', 'TITLE', 'ORGANISATION', 'STAFF TYPE'], ...rows.map((r) => [r.id, r.title, r.organisation ?? '-', r.staffType])];
  const widths = [0, 1, 2].map((col) => Math.max(...table.map((row) => (row[col] ?? '').length)));
  for (const row of table) {
    io.out(row.map((cell, col) => (col < 3 ? cell.padEnd(widths[col] ?? 0) : cell)).join('  '));
  }
  io.out(`${rows.length} role${rows.length === 1 ? '' : 's'}.`);
  return 0;
}
