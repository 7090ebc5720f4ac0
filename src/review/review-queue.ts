/**
 * What HR should look at, the same for App Home and `rolecall review`: profiles needing review (a field
 * read with low confidence, or a staff report against it), the top unanswered subjects this month, and
 * the open reports.
 */
import type { RoleProfile } from '../profile/role-profile.ts';
import { fieldsToCheck } from './check-fields.ts';
import { openReports, type Report } from './reports.ts';
import { topUnanswered, type UnansweredCount } from './unanswered.ts';

export interface ProfileToReview {
  roleId: string;
  title: string;
  /** Labels of the fields read with low confidence, with how they were read. */
  lowConfidence: { field: string; label: string; value: string; confidence: number }[];
  /** Open staff reports about this role. */
  reports: number;
}

export interface ReviewQueue {
  month: string;
  profiles: ProfileToReview[];
  unanswered: UnansweredCount[];
  reports: Report[];
}

export function reviewQueue(profiles: readonly RoleProfile[], reports: readonly Report[], unanswered: readonly UnansweredCount[], month: string): ReviewQueue {
  const open = openReports(reports);
  const reportsByRole = new Map<string, number>();
  for (const report of open) if (report.roleId) reportsByRole.set(report.roleId, (reportsByRole.get(report.roleId) ?? 0) + 1);
  const toReview: ProfileToReview[] = [];
  for (const profile of profiles) {
    const low = fieldsToCheck(profile).map(({ field, reading, value }) => ({ field: field.id, label: field.label, value, confidence: reading.confidence }));
    const reported = reportsByRole.get(profile.id) ?? 0;
    if (low.length === 0 && reported === 0) continue;
    toReview.push({ roleId: profile.id, title: profile.title, lowConfidence: low, reports: reported });
  }
  // Reported first (people met the problem), then the weakest readings.
  toReview.sort((a, b) => b.reports - a.reports || minConfidence(a) - minConfidence(b) || a.title.localeCompare(b.title));
  return { month, profiles: toReview, unanswered: topUnanswered(unanswered), reports: open };
}

function minConfidence(profile: ProfileToReview): number {
  return Math.min(1, ...profile.lowConfidence.map((f) => f.confidence));
}
