/** Skills, behaviours and values with their levels; a question naming one skill gets that skill. */
import type { Competency, RoleProfile, Skill } from '../../profile/role-profile.ts';
import { cite } from '../citations.ts';
import type { Fact, FactItem } from '../types.ts';
import { levelText, matchesFocus, notStated, stated, type Focus, type Topic, type TopicKey } from './fact-builders.ts';

type Named = Skill | Competency;

function itemOf(profile: RoleProfile, field: string, entry: Named): FactItem {
  const item: FactItem = { text: entry.name, citations: cite(profile, field, entry.evidence) };
  const level = levelText(entry.level);
  const framework = 'framework' in entry && entry.framework ? entry.framework : null;
  const detail = [level, framework].filter((part): part is string => Boolean(part)).join(', ');
  if (detail) item.detail = detail;
  return item;
}

function listFact(
  profile: RoleProfile,
  topic: TopicKey,
  label: string,
  field: 'skills' | 'behaviours' | 'values',
  focus: Focus,
): Fact {
  const all: Named[] = profile[field];
  if (all.length === 0) return notStated(profile, topic, label);
  const focused = all.filter((entry) => matchesFocus(entry.name, focus));
  const chosen = focused.length > 0 ? focused : all;
  const items = chosen.map((entry) => itemOf(profile, field, entry));
  const value = items.map((item) => (item.detail ? `${item.text} (${item.detail})` : item.text)).join('; ');
  return stated(profile, topic, label, value, items.flatMap((item) => item.citations), { items });
}

export const skillsTopic: Topic = {
  key: 'skills',
  label: 'Skills',
  facts: (profile, focus) => [listFact(profile, 'skills', 'Skills', 'skills', focus)],
};

export const behavioursTopic: Topic = {
  key: 'behaviours',
  label: 'Behaviours',
  facts: (profile, focus) => {
    const facts = [listFact(profile, 'behaviours', 'Behaviours', 'behaviours', focus)];
    if (profile.values.length > 0) facts.push(listFact(profile, 'behaviours', 'Values', 'values', focus));
    return facts;
  },
};

export const valuesTopic: Topic = {
  key: 'values',
  label: 'Values',
  facts: (profile, focus) => [listFact(profile, 'values', 'Values', 'values', focus)],
};
