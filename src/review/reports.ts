/**
 * "This is wrong" reports from staff: what was asked, what Role Call answered, the field, line and quote
 * it cited, and who reported it (with an optional note). Reports of the same thing (the same role, field
 * and line; or, for an answer citing nothing, the same question) are merged into one, keeping every
 * reporter, so the review queue shows each problem once with how many people met it.
 */
import { createHash } from 'node:crypto';
import { z } from 'zod';

export const ReporterSchema = z.object({
  user: z.string().min(1),
  at: z.iso.datetime(),
  note: z.string().max(2000).nullable(),
});
export type Reporter = z.infer<typeof ReporterSchema>;

export const ReportSchema = z.object({
  id: z.string().regex(/^[0-9a-f]{12}$/),
  roleId: z.string().nullable(),
  roleTitle: z.string().nullable(),
  field: z.string().nullable(),
  line: z.number().int().nonnegative().nullable(),
  quote: z.string().nullable(),
  question: z.string(),
  answer: z.string(),
  status: z.enum(['open', 'resolved']).default('open'),
  reporters: z.array(ReporterSchema).min(1),
  /** Who marked it resolved, and when (absent while open). */
  resolvedBy: z.string().min(1).optional(),
  resolvedAt: z.iso.datetime().optional(),
});
export type Report = z.infer<typeof ReportSchema>;

export const ReportsFileSchema = z.object({ reports: z.array(ReportSchema) });

export type NewReport = Omit<Report, 'id' | 'status' | 'reporters'> & { reporter: Reporter };

function normalised(question: string): string {
  return question.toLowerCase().replace(/<@[^>]+>/g, ' ').replace(/[^a-z0-9]+/g, ' ').trim();
}

/** What makes two reports the same problem. */
export function reportKey(report: Pick<Report, 'roleId' | 'field' | 'line' | 'question'>): string {
  const what = report.field !== null ? `${report.roleId ?? ''}|${report.field}|${report.line ?? ''}` : `q|${report.roleId ?? ''}|${normalised(report.question)}`;
  return createHash('sha256').update(what).digest('hex').slice(0, 12);
}

/** The queue with the new report merged into an open one of the same key, or added. */
export function addReport(reports: readonly Report[], incoming: NewReport): { reports: Report[]; report: Report; merged: boolean } {
  const id = reportKey(incoming);
  const existing = reports.find((report) => report.id === id && report.status === 'open');
  if (existing) {
    const sameUser = existing.reporters.some((reporter) => reporter.user === incoming.reporter.user && reporter.note === incoming.reporter.note);
    const report: Report = sameUser ? existing : { ...existing, reporters: [...existing.reporters, incoming.reporter] };
    return { reports: reports.map((r) => (r === existing ? report : r)), report, merged: true };
  }
  const { reporter, ...rest } = incoming;
  const report: Report = { ...rest, id, status: 'open', reporters: [reporter] };
  // A resolved report of the same key is replaced: the problem is back.
  return { reports: [...reports.filter((r) => r.id !== id), report], report, merged: false };
}

export function openReports(reports: readonly Report[]): Report[] {
  return reports.filter((report) => report.status === 'open').sort((a, b) => b.reporters.length - a.reporters.length);
}

/** The queue with one open report marked resolved by `by` at `at`; null when no open report has that id. */
export function resolveReport(reports: readonly Report[], id: string, by: string, at: Date): Report[] | null {
  const open = reports.find((report) => report.id === id && report.status === 'open');
  if (!open) return null;
  return reports.map((report) => (report === open ? { ...report, status: 'resolved', resolvedBy: by, resolvedAt: at.toISOString() } : report));
}
