/**
 * "What would it take to move from my role to that one?": a checklist computed from two role profiles, each
 * line citing both. Pure: no I/O, nothing assumed about the person asking (the note says so), and what the
 * source profile does not state is said to be not stated, never taken as held.
 */
import type { RoleProfile } from '../../profile/role-profile.ts';
import { uniqueCitations } from '../citations.ts';
import { roleLabel } from '../render-text.ts';
import { roleRef, type Answer, type MoveChecklist, type MoveLine, type MoveStatus } from '../types.ts';
import { employmentLine, rankGradeLine } from './move-employment.ts';
import { behaviourLines, skillLines } from './move-frameworks.ts';
import { criteriaLines, healthLines, trainingLines } from './move-requirements.ts';
import { vettingLines } from './move-vetting.ts';
import { drivingLine, hoursLine, shiftLines } from './move-work.ts';

/** The one line that says what the checklist is and is not. */
export const MOVE_NOTE = 'This compares the two role profiles, not you: a "meet" means the role you are moving from already requires it, and anything your own record holds beyond your role is not known here.';

export function moveChecklist(from: RoleProfile, to: RoleProfile): MoveChecklist {
  const pair = { from, to };
  const lines: MoveLine[] = [
    employmentLine(pair),
    rankGradeLine(pair),
    ...vettingLines(pair),
    drivingLine(pair),
    hoursLine(pair),
    ...shiftLines(pair),
    ...criteriaLines(pair),
    ...behaviourLines(pair),
    ...skillLines(pair),
    ...healthLines(pair),
    ...trainingLines(pair),
  ];
  const counts: Record<MoveStatus, number> = { meet: 0, need: 0, 'not-stated': 0 };
  for (const line of lines) counts[line.status] += 1;
  const checklist = { from: roleRef(from), to: roleRef(to), lines, counts, headline: '', note: MOVE_NOTE };
  return { ...checklist, headline: moveHeadline(checklist) };
}

/** The first line: how many things the move would need, then what is met and not stated. */
export function moveHeadline(checklist: Pick<MoveChecklist, 'from' | 'to' | 'counts'>): string {
  const { need, meet } = checklist.counts;
  const notStated = checklist.counts['not-stated'];
  const things = `${need} thing${need === 1 ? '' : 's'}`;
  return `You would need ${things} to move from ${roleLabel(checklist.from)} to ${roleLabel(checklist.to)} (${meet} already met, ${notStated} not stated or not comparable).`;
}

export const MOVE_STATUS_TEXT: Record<MoveStatus, string> = {
  need: 'You would need',
  meet: 'You already meet',
  'not-stated': 'The profiles do not say',
};

/** The plain-text checklist: the headline, the note, then the lines grouped need, meet, not stated. */
export function moveText(checklist: MoveChecklist): string {
  const out = [checklist.headline, checklist.note];
  for (const status of ['need', 'meet', 'not-stated'] as const) {
    const lines = checklist.lines.filter((line) => line.status === status);
    if (lines.length === 0) continue;
    out.push('', `${MOVE_STATUS_TEXT[status]} (${lines.length}):`);
    for (const line of lines) {
      out.push(`- ${line.subject}: ${line.detail}`);
      const cites = [...line.to, ...line.from].map((citation) => `${citation.roleTitle}, line ${citation.line}: "${citation.quote}"`);
      if (cites.length > 0) out.push(`    Sources: ${uniqueTexts(cites).join('; ')}`);
    }
  }
  return out.join('\n');
}

function uniqueTexts(texts: readonly string[]): string[] {
  return [...new Set(texts)];
}

export function moveAnswer(question: string, from: RoleProfile, to: RoleProfile): Answer {
  const checklist = moveChecklist(from, to);
  const citations = uniqueCitations(checklist.lines.flatMap((line) => [...line.to, ...line.from]));
  return { kind: 'move', question, roles: [roleRef(to), roleRef(from)], text: moveText(checklist), lead: checklist.headline, citations, checklist };
}
