/**
 * Working arrangements: part time, job share, flexible and hybrid working as the profile states them. A
 * question about one arrangement ("can I job share?") is answered about that one: stated, refused, or not
 * stated, never filled in from another arrangement.
 */
import { ARRANGEMENT_KINDS, type ArrangementKind, type WorkingArrangement } from '../../profile/role-profile.ts';
import { ARRANGEMENTS } from '../../vocabulary/working-arrangements.ts';
import { cite } from '../citations.ts';
import type { FactItem } from '../types.ts';
import { notStated, stated, type Focus, type Topic } from './fact-builders.ts';

/** The arrangements a question's words name ("job share", "part time", "work from home"). */
export function arrangementsAsked(words: readonly string[]): ArrangementKind[] {
  const text = ` ${words.join(' ')} `;
  return ARRANGEMENT_KINDS.filter((kind) => ARRANGEMENTS[kind].questionWords.some((phrase) => text.includes(` ${phrase} `)));
}

/** "Job share", "Part time, 18.5 hours", "Job share: not available". */
export function arrangementText(item: WorkingArrangement): string {
  const label = ARRANGEMENTS[item.kind].label;
  const hours = item.hours !== null ? `, ${item.hours} hours` : '';
  return item.offered ? `${label}${hours}` : `${label}: not available`;
}

export const workingArrangementsTopic: Topic = {
  key: 'working-arrangements',
  label: 'Working arrangements',
  facts: (profile, focus: Focus) => {
    const asked = arrangementsAsked(focus.words);
    const chosen = asked.length > 0 ? profile.workingArrangements.filter((item) => asked.includes(item.kind)) : profile.workingArrangements;
    if (chosen.length === 0) {
      const names = asked.map((kind) => ARRANGEMENTS[kind].label.toLowerCase()).join(' or ');
      const note = asked.length > 0 ? `The ${profile.title} profile does not say whether ${names} is possible.` : undefined;
      return [notStated(profile, 'working-arrangements', 'Working arrangements', note)];
    }
    const items: FactItem[] = chosen.map((item) => ({
      text: arrangementText(item),
      detail: item.text,
      citations: cite(profile, 'workingArrangements', item.evidence),
    }));
    return [
      stated(profile, 'working-arrangements', 'Working arrangements', items.map((item) => item.text).join('; '), items.flatMap((item) => item.citations), { items }),
    ];
  },
};
