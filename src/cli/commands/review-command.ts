/**
 * `rolecall review [--data DIR] [--json]`: what the HR view in App Home shows: profiles needing review
 * (low-confidence fields, staff reports), the top unanswered subjects this month, and the open reports.
 * `rolecall review --resolve <id>` marks one open report resolved, as the Home's button does.
 */
import { userInfo } from 'node:os';
import { monthOf } from '../../review/unanswered.ts';
import { reviewQueue } from '../../review/review-queue.ts';
import { ReviewStore } from '../../store/review-store.ts';
import type { CliIo } from '../cli-io.ts';
import { openLibrary } from '../load-assistant.ts';

/** Who resolves a report from the CLI: the account running it, as far as the machine says. */
function cliUser(): string {
  try {
    return `cli:${userInfo().username}`;
  } catch {
    return 'cli';
  }
}

export async function reviewCommand(args: { dataDir: string; json: boolean; resolve?: string | undefined; now?: Date }, io: CliIo): Promise<number> {
  const store = new ReviewStore(args.dataDir);
  if (args.resolve !== undefined) {
    const resolved = await store.resolveReport(args.resolve, cliUser(), args.now ?? new Date());
    if (!resolved) {
      io.err(`No open report [${args.resolve}] in ${args.dataDir}/review/reports.json. Run "rolecall review" to see the open ones.`);
      return 1;
    }
    io.out(`Report [${args.resolve}] marked resolved.`);
    return 0;
  }
  const library = await openLibrary(args.dataDir, io);
  const month = monthOf(args.now ?? new Date());
  const { reports, problems } = await store.reports();
  const unanswered = await store.unanswered(month);
  for (const problem of [...problems, ...unanswered.problems]) io.err(`Problem: ${problem}`);
  const queue = reviewQueue(library.profiles, reports, unanswered.counts, month);
  if (args.json) {
    io.out(JSON.stringify(queue, null, 2));
    return 0;
  }
  io.out(`Profiles needing review (${queue.profiles.length}):`);
  if (queue.profiles.length === 0) io.out('  none');
  for (const profile of queue.profiles) {
    const why = [
      ...(profile.reports > 0 ? [`${profile.reports} open report${profile.reports === 1 ? '' : 's'}`] : []),
      ...profile.lowConfidence.map((f) => `${f.label} "${f.value}" (confidence ${f.confidence})`),
    ];
    io.out(`  ${profile.title} [${profile.roleId}]: ${why.join('; ')}`);
  }
  io.out(`Top unanswered subjects in ${month}:`);
  if (queue.unanswered.length === 0) io.out('  none');
  for (const u of queue.unanswered) io.out(`  ${u.subject}${u.roleId ? ` [${u.roleId}]` : ''}: ${u.count}`);
  io.out(`Open reports (${queue.reports.length}):`);
  if (queue.reports.length === 0) io.out('  none');
  for (const report of queue.reports) {
    const where = report.field !== null ? `${report.roleId ?? '?'} ${report.field}${report.line ? ` line ${report.line}` : ''}` : (report.roleId ?? 'no role');
    io.out(`  [${report.id}] "${report.question}" (${report.reporters.length} report${report.reporters.length === 1 ? '' : 's'}; ${where})`);
    if (report.quote) io.out(`      quote: "${report.quote}"`);
    for (const reporter of report.reporters) if (reporter.note) io.out(`      note: ${reporter.note}`);
  }
  return 0;
}
