/** Weekly hours and shift patterns: two separate facts, so "hours not stated" never borrows a shift line. */
import { cite, citeScalar } from '../citations.ts';
import { notStated, stated, type Topic } from './fact-builders.ts';

export const hoursTopic: Topic = {
  key: 'hours',
  label: 'Weekly hours',
  facts: (profile) => {
    if (profile.weeklyHours === null) return [notStated(profile, 'hours', 'Weekly hours')];
    return [stated(profile, 'hours', 'Weekly hours', `${profile.weeklyHours} hours a week`, citeScalar(profile, 'weeklyHours'))];
  },
};

export const shiftsTopic: Topic = {
  key: 'shifts',
  label: 'Shifts',
  facts: (profile) => {
    const { pattern, details, evidence } = profile.shifts;
    if (!pattern && !details) return [notStated(profile, 'shifts', 'Shifts')];
    const value = pattern ?? details ?? '';
    return [
      stated(profile, 'shifts', 'Shifts', value, cite(profile, 'shifts', evidence), {
        note: pattern && details && details !== pattern ? details : null,
      }),
    ];
  },
};
