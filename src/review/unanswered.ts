/**
 * Questions the documents could not answer, so HR learn what staff ask that no profile says. The core
 * already says what kind of answer it gave; this reads that, per role and subject, and nothing about who
 * asked. The edge (Slack, the console) counts what it returns, per month.
 */
import { z } from 'zod';
import type { Answer } from '../answer/types.ts';

export interface Unanswered {
  /** The role asked about, or null when the question named none Role Call knows. */
  roleId: string | null;
  /** What was asked: the fact's label ("Pay", "Weekly hours"), or what kind of miss it was. */
  subject: string;
}

export const UNKNOWN_ROLE = 'a role Role Call does not know';
export const NO_QUESTION_RECOGNISED = 'a question Role Call could not read';

/** The unanswered parts of an answer: not-stated facts, an unknown role, a question answered with help. */
export function unansweredOf(answer: Answer): Unanswered[] {
  switch (answer.kind) {
    case 'not-found':
      return [{ roleId: null, subject: UNKNOWN_ROLE }];
    case 'help':
      return [{ roleId: null, subject: NO_QUESTION_RECOGNISED }];
    case 'answer': {
      const seen = new Set<string>();
      const out: Unanswered[] = [];
      for (const fact of answer.facts) {
        if (fact.status !== 'not-stated') continue;
        const key = `${fact.roleId}|${fact.label}`;
        if (seen.has(key)) continue;
        seen.add(key);
        out.push({ roleId: fact.roleId, subject: fact.label });
      }
      return out;
    }
    default:
      return [];
  }
}

export const UnansweredCountSchema = z.object({
  roleId: z.string().nullable(),
  subject: z.string().min(1),
  count: z.number().int().positive(),
});
export type UnansweredCount = z.infer<typeof UnansweredCountSchema>;

/** One month's counts: `<data>/review/unanswered-2026-12.json`. */
export const UnansweredMonthSchema = z.object({
  month: z.string().regex(/^\d{4}-\d{2}$/),
  counts: z.array(UnansweredCountSchema),
});
export type UnansweredMonth = z.infer<typeof UnansweredMonthSchema>;

export function monthOf(date: Date): string {
  return date.toISOString().slice(0, 7);
}

export function addUnanswered(counts: readonly UnansweredCount[], items: readonly Unanswered[]): UnansweredCount[] {
  const out = counts.map((count) => ({ ...count }));
  for (const item of items) {
    const found = out.find((count) => count.roleId === item.roleId && count.subject === item.subject);
    if (found) found.count += 1;
    else out.push({ ...item, count: 1 });
  }
  return out;
}

/** The most asked unanswered subjects, most first. */
export function topUnanswered(counts: readonly UnansweredCount[], max = 10): UnansweredCount[] {
  return [...counts].sort((a, b) => b.count - a.count || a.subject.localeCompare(b.subject)).slice(0, max);
}
