/**
 * `rolecall ingest --reparse [--data DIR]`: the stored documents whose profiles an older parser made are
 * parsed again; HR corrections are kept (they live in overrides/) and what changed is printed per field.
 */
import { FileProfileStore } from '../../store/file-profile-store.ts';
import { OverrideStore } from '../../store/override-store.ts';
import { reparseStale } from '../../store/reparse-profiles.ts';
import type { CliIo } from '../cli-io.ts';

export async function reparseCommand(args: { dataDir: string }, io: CliIo): Promise<number> {
  const store = new FileProfileStore(args.dataDir);
  const result = await reparseStale(store, new OverrideStore(args.dataDir));
  for (const role of result.reparsed) {
    const from = role.fromVersion === null ? 'an unversioned parser' : `parser version ${role.fromVersion}`;
    const kept = role.corrections > 0 ? `; ${role.corrections} HR correction${role.corrections === 1 ? '' : 's'} kept` : '';
    io.out(`${role.id} (sources/${role.file}, made by ${from}): ${role.changes.length === 0 ? 'no field changed' : `${role.changes.length} field${role.changes.length === 1 ? '' : 's'} changed`}${kept}`);
    for (const change of role.changes) {
      const hr = change.correctedByHr === null ? '' : ` (HR's correction "${change.correctedByHr}" still applies)`;
      io.out(`    ${change.field}: "${change.before}" -> "${change.after}"${hr}`);
    }
  }
  for (const problem of result.problems) io.err(`Problem: ${problem}`);
  const n = result.reparsed.length;
  io.out(`Re-parsed ${n} profile${n === 1 ? '' : 's'} made by an older parser in ${store.location}; ${result.current} already current.`);
  return result.problems.some((p) => p.startsWith('roles/')) ? 1 : 0;
}
