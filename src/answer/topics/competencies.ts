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
  const named = focused.length > 0 ? focused : all;
  const asked = focus.level;
  if (asked) {
    // "what skills at level 4?": only those at that level; none is an answer too, with the levels it has.
    const atLevel = named.filter((entry) => typeof entry.level === 'number' && (asked.orAbove ? entry.level >= asked.level : entry.level === asked.level));
    if (atLevel.length === 0) {
      const levels = [...new Set(named.flatMap((entry) => (typeof entry.level === 'number' ? [entry.level] : [])))].sort();
      const has = levels.length > 0 ? `its ${label.toLowerCase()} are at level ${levels.join(', ')}` : `it gives no levels`;
      const value = `None at level ${asked.level}${asked.orAbove ? ' or above' : ''} (${has})`;
      return stated(profile, topic, label, value, named.flatMap((entry) => cite(profile, field, entry.evidence)));
    }
    const items = atLevel.map((entry) => itemOf(profile, field, entry));
    const value = items.map((item) => (item.detail ? `${item.text} (${item.detail})` : item.text)).join('; ');
    return stated(profile, topic, `${label} at level ${asked.level}${asked.orAbove ? ' or above' : ''}`, value, items.flatMap((item) => item.citations), { items });
  }
  const chosen = named;
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
