/** Essential, desirable and entry requirements: the criteria as the document numbers and groups them. */
import type { Criterion, RoleProfile } from '../../profile/role-profile.ts';
import { cite } from '../citations.ts';
import type { Fact, FactItem } from '../types.ts';
import { matchesFocus, notStated, stated, type Focus, type Topic, type TopicKey } from './fact-builders.ts';

function criterionItem(profile: RoleProfile, field: string, criterion: Criterion): FactItem {
  const details = [criterion.category, criterion.assessment ? `assessed by ${criterion.assessment}` : null].filter(
    (part): part is string => part !== null && part !== '',
  );
  const item: FactItem = {
    text: criterion.number !== null ? `${criterion.number}. ${criterion.text}` : criterion.text,
    citations: cite(profile, field, criterion.evidence),
  };
  if (details.length > 0) item.detail = details.join('; ');
  return item;
}

function criteriaFact(
  profile: RoleProfile,
  topic: TopicKey,
  which: 'essential' | 'desirable',
  focus: Focus,
): Fact {
  const field = which === 'essential' ? 'essentialCriteria' : 'desirableCriteria';
  const label = which === 'essential' ? 'Essential criteria' : 'Desirable criteria';
  const all = profile[field];
  if (all.length === 0) return notStated(profile, topic, label);
  const focused = all.filter((criterion) => matchesFocus(`${criterion.category ?? ''} ${criterion.text}`, focus));
  const chosen = focused.length > 0 ? focused : all;
  const items = chosen.map((criterion) => criterionItem(profile, field, criterion));
  const value = focused.length > 0 ? items.map((item) => item.text).join('; ') : `${all.length} ${which} ${all.length === 1 ? 'criterion' : 'criteria'}`;
  return stated(profile, topic, label, value, items.flatMap((item) => item.citations), { items });
}

export const essentialTopic: Topic = {
  key: 'essential',
  label: 'Essential criteria',
  facts: (profile, focus) => [criteriaFact(profile, 'essential', 'essential', focus)],
};

export const desirableTopic: Topic = {
  key: 'desirable',
  label: 'Desirable criteria',
  facts: (profile, focus) => [criteriaFact(profile, 'desirable', 'desirable', focus)],
};

export const requirementsTopic: Topic = {
  key: 'requirements',
  label: 'Requirements',
  facts: (profile, focus) => [
    criteriaFact(profile, 'requirements', 'essential', focus),
    criteriaFact(profile, 'requirements', 'desirable', focus),
  ],
};
