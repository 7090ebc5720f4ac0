/** Plain list fields: health and fitness, training, IT systems, other conditions, national standards. */
import type { Item, RoleProfile } from '../../profile/role-profile.ts';
import { cite } from '../citations.ts';
import type { Fact, FactItem } from '../types.ts';
import { matchesFocus, notStated, stated, type Focus, type Topic, type TopicKey, scalarFact } from './fact-builders.ts';

function itemsFact(
  profile: RoleProfile,
  topic: TopicKey,
  label: string,
  field: string,
  entries: readonly { text: string; evidence: Item['evidence']; detail?: string }[],
  focus: Focus,
): Fact {
  if (entries.length === 0) return notStated(profile, topic, label);
  const focused = entries.filter((entry) => matchesFocus(entry.text, focus));
  const chosen = focused.length > 0 ? focused : entries;
  const items: FactItem[] = chosen.map((entry) => {
    const item: FactItem = { text: entry.text, citations: cite(profile, field, entry.evidence) };
    if (entry.detail) item.detail = entry.detail;
    return item;
  });
  const value = items.map((item) => item.text).join('; ');
  return stated(profile, topic, label, value, items.flatMap((item) => item.citations), { items });
}

export const healthTopic: Topic = {
  key: 'health',
  label: 'Health and fitness',
  facts: (profile, focus) => [itemsFact(profile, 'health', 'Health and fitness', 'health', profile.health, focus)],
};

export const trainingTopic: Topic = {
  key: 'training',
  label: 'Training',
  facts: (profile, focus) => [itemsFact(profile, 'training', 'Training', 'training', profile.training, focus)],
};

export const itSystemsTopic: Topic = {
  key: 'it-systems',
  label: 'IT systems',
  facts: (profile, focus) => [
    itemsFact(
      profile,
      'it-systems',
      'IT systems',
      'itSystems',
      profile.itSystems.map((system) => ({ text: system.name, evidence: system.evidence })),
      focus,
    ),
  ],
};

export const conditionsTopic: Topic = {
  key: 'conditions',
  label: 'Other conditions',
  facts: (profile, focus) => [
    ...(profile.contractType ? [scalarFact(profile, 'conditions', 'Contract', 'contractType')] : []),
    itemsFact(profile, 'conditions', 'Other conditions', 'conditions', profile.conditions, focus),
  ],
};

export const standardsTopic: Topic = {
  key: 'standards',
  label: 'National Occupational Standards',
  facts: (profile, focus) => [
    itemsFact(
      profile,
      'standards',
      'National Occupational Standards',
      'nationalOccupationalStandards',
      profile.nationalOccupationalStandards.map((standard) => ({
        text: standard.code ? `${standard.code} ${standard.title}` : standard.title,
        evidence: standard.evidence,
      })),
      focus,
    ),
  ],
};
