/** Where the role sits: reporting line, rank, grade, role code, officer or police staff. */
import { citeScalar } from '../citations.ts';
import type { Fact } from '../types.ts';
import { notStated, scalarFact, stated, statedScalarFacts, type Topic } from './fact-builders.ts';

export const reportingTopic: Topic = {
  key: 'reporting',
  label: 'Reports to',
  facts: (profile) => {
    const facts = [scalarFact(profile, 'reporting', 'Reports to', 'reportsTo')];
    if (profile.responsibleFor) facts.push(scalarFact(profile, 'reporting', 'Responsible for', 'responsibleFor'));
    return facts;
  },
};

const STAFF_TYPE_WORDING = { officer: 'Police officer', staff: 'Police staff' } as const;

export function staffTypeFact(profile: Parameters<Topic['facts']>[0]): Fact {
  if (profile.staffType === 'unknown') return notStated(profile, 'staff-type', 'Officer or staff');
  return stated(profile, 'staff-type', 'Officer or staff', STAFF_TYPE_WORDING[profile.staffType], citeScalar(profile, 'staffType'));
}

export const staffTypeTopic: Topic = {
  key: 'staff-type',
  label: 'Officer or staff',
  facts: (profile) => [staffTypeFact(profile)],
};

export const gradeTopic: Topic = {
  key: 'grade',
  label: 'Grade and rank',
  facts: (profile) =>
    statedScalarFacts(profile, 'grade', 'Grade or rank', [
      ['Rank', 'rank'],
      ['Grade', 'grade'],
      ['Role code', 'roleCode'],
    ]),
};
