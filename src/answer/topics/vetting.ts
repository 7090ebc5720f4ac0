/**
 * Vetting: stated levels, or not stated, or ambiguous with the profile's own note saying why. An ambiguous
 * list is never presented as the requirement.
 */
import { cite } from '../citations.ts';
import type { Fact } from '../types.ts';
import { type Topic } from './fact-builders.ts';

export const vettingTopic: Topic = {
  key: 'vetting',
  label: 'Vetting',
  facts: (profile) => {
    const { status, levels, note, evidence } = profile.vetting;
    const citations = cite(profile, 'vetting', evidence);
    const base = { roleId: profile.id, topic: 'vetting', label: 'Vetting', citations };
    if (status === 'stated' && levels.length > 0) {
      const fact: Fact = { ...base, status: 'stated', value: levels.join(', ') };
      if (note) fact.note = note;
      return [fact];
    }
    if (status === 'ambiguous') {
      const listed = levels.length > 0 ? ` The document lists: ${levels.join(', ')}.` : '';
      return [
        {
          ...base,
          status: 'ambiguous',
          value: null,
          note: `${note ?? `The ${profile.title} profile does not make the vetting level clear.`}${listed}`,
        },
      ];
    }
    const fact: Fact = {
      ...base,
      status: 'not-stated',
      value: null,
      note: note ? `Not stated in the ${profile.title} profile (${note}).` : `Not stated in the ${profile.title} profile.`,
    };
    return [fact];
  },
};
