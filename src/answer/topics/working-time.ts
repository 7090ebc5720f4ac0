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
        note: pattern && details && !sameWords(details, pattern) ? details : null,
      }),
    ];
  },
};

/** "work shifts." and "work shifts" say the same: no note repeating the pattern. */
function sameWords(a: string, b: string): boolean {
  const norm = (text: string): string => text.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
  return norm(a) === norm(b) || norm(a).replace(/^working /, 'work ') === norm(b);
}
