/**
 * Working arrangements: part time, job share, flexible and hybrid working as the profile states them, each
 * the sentence as written with what it was read as. A question about one of them gets its yes, no or "does
 * not say" from the lead (src/answer/direct-answer.ts); the facts show all the profile states.
 */
import type { WorkingArrangement } from '../../profile/role-profile.ts';
import { ARRANGEMENTS } from '../../vocabulary/working-arrangements.ts';
import { cite } from '../citations.ts';
import type { FactItem } from '../types.ts';
import { notStated, stated, type Topic } from './fact-builders.ts';

/** "job share", "part time, 18.5 hours", "job share: not available". */
export function arrangementText(item: WorkingArrangement): string {
  const label = ARRANGEMENTS[item.kind].label.toLowerCase();
  const hours = item.hours !== null ? `, ${item.hours} hours` : '';
  return item.offered ? `${label}${hours}` : `${label}: not available`;
}

export const workingArrangementsTopic: Topic = {
  key: 'working-arrangements',
  label: 'Working arrangements',
  facts: (profile) => {
    const arrangements = profile.workingArrangements;
    if (arrangements.length === 0) return [notStated(profile, 'working-arrangements', 'Working arrangements')];
    const items: FactItem[] = arrangements.map((item) => ({
      text: item.text,
      detail: arrangementText(item),
      citations: cite(profile, 'workingArrangements', item.evidence),
    }));
    const value = arrangements.map(arrangementText).join('; ');
    return [
      stated(profile, 'working-arrangements', 'Working arrangements', value.charAt(0).toUpperCase() + value.slice(1), items.flatMap((item) => item.citations), { items }),
    ];
  },
};
