/**
 * Pay and salary as the profile states them: the salary or rate as written, allowances and grade-to-pay
 * lines, each cited. When the document states no pay the answer says so (never a figure from elsewhere)
 * and gives the grade or rank the profile does state.
 */
import type { Pay, RoleProfile } from '../../profile/role-profile.ts';
import { cite } from '../citations.ts';
import type { Fact, FactItem } from '../types.ts';
import { notStated, scalarFact, stated, type Topic } from './fact-builders.ts';

function gradeFacts(profile: RoleProfile): Fact[] {
  return [scalarFact(profile, 'pay', 'Grade', 'grade'), scalarFact(profile, 'pay', 'Rank', 'rank')].filter((fact) => fact.status === 'stated');
}

function payFact(profile: RoleProfile, pay: Pay): Fact {
  const items: FactItem[] = [
    ...pay.allowances.map((item) => ({ text: item.text, detail: 'allowance', citations: cite(profile, 'pay', item.evidence) })),
    ...pay.scale.filter((item) => item.text !== pay.text).map((item) => ({ text: item.text, detail: 'scale', citations: cite(profile, 'pay', item.evidence) })),
  ];
  const value = pay.text ?? items.map((item) => item.text).join('; ');
  const citations = [...cite(profile, 'pay', pay.text ? pay.evidence : []), ...items.flatMap((item) => item.citations)];
  return stated(profile, 'pay', 'Pay', value, citations, items.length > 0 ? { items } : {});
}

export const payTopic: Topic = {
  key: 'pay',
  label: 'Pay',
  facts: (profile) => {
    const grades = gradeFacts(profile);
    if (profile.pay) return [payFact(profile, profile.pay), ...grades.filter((fact) => fact.label === 'Grade')];
    const shown = grades.map((fact) => `${fact.label.toLowerCase()} ${fact.value ?? ''}`).join(' and ');
    const note = shown
      ? `The ${profile.title} profile does not state pay or salary; it gives the ${shown}. The pay for that ${grades.some((fact) => fact.label === 'Grade') ? 'grade' : 'rank'} is set by the force, not the profile.`
      : `The ${profile.title} profile does not state pay, salary, grade or rank.`;
    return [notStated(profile, 'pay', 'Pay or salary', note), ...grades];
  },
};
