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

/** The pay as written, with its allowances: "£27,334 - £29,539 per annum; plus £1,200 shift allowance". */
export function payText(pay: Pay): string {
  return [pay.text, ...pay.allowances.map((item) => item.text)].filter((part): part is string => part !== null).join('; ');
}

function payFacts(profile: RoleProfile, pay: Pay): Fact[] {
  const facts: Fact[] = [];
  const stated_ = pay.text !== null || pay.allowances.length > 0;
  if (stated_) {
    const citations = [...cite(profile, 'pay', pay.text ? pay.evidence : []), ...pay.allowances.flatMap((item) => cite(profile, 'pay', item.evidence))];
    facts.push(stated(profile, 'pay', 'Pay', payText(pay), citations));
  }
  // Grade-to-pay lines beyond the one already given as the pay.
  const scale = pay.scale.filter((item) => item.text !== pay.text);
  if (scale.length > 0) {
    const items: FactItem[] = scale.map((item) => ({ text: item.text, citations: cite(profile, 'pay', item.evidence) }));
    facts.push(stated(profile, 'pay', 'Pay scale', items.map((item) => item.text).join('; '), items.flatMap((item) => item.citations), { items }));
  }
  return facts;
}

export const payTopic: Topic = {
  key: 'pay',
  label: 'Pay',
  facts: (profile) => {
    const grades = gradeFacts(profile);
    if (profile.pay) return payFacts(profile, profile.pay);
    const shown = grades.map((fact) => `${fact.label.toLowerCase()} ${fact.value ?? ''}`).join(' and ');
    const note = shown
      ? `The ${profile.title} profile does not state pay or salary; it gives the ${shown}. The pay for that ${grades.some((fact) => fact.label === 'Grade') ? 'grade' : 'rank'} is set by the force, not the profile.`
      : `The ${profile.title} profile does not state pay, salary, grade or rank.`;
    return [notStated(profile, 'pay', 'Pay or salary', note), ...grades];
  },
};
