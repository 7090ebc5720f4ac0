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
    const value = balanced(pattern ?? details ?? '');
    return [
      stated(profile, 'shifts', 'Shifts', value, cite(profile, 'shifts', evidence), {
        note: pattern && details && !sameWords(details, pattern) ? details : null,
      }),
    ];
  },
};

/**
 * "work shifts." and "work shifts" say the same; so do "Working a 24 hours rotating shift pattern" and
 * "24 hours rotating shift pattern": a note whose words the pattern already holds is not shown.
 */
const NOTE_FILLER = new Set(['work', 'working', 'works', 'a', 'an', 'the', 'is', 'are', 'on', 'of', 'to', 'in', 'this', 'role', 'post', 'will', 'be', 'you', 'we']);

function sameWords(details: string, pattern: string): boolean {
  const norm = (text: string): string[] => text.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim().split(' ').filter((word) => word !== '');
  const held = new Set(norm(pattern));
  return norm(details).every((word) => held.has(word) || NOTE_FILLER.has(word));
}

/** "Monday to Friday, 8am to 5pm)": a closing bracket cut from its opening one is left off. */
function balanced(text: string): string {
  const opens = (text.match(/\(/g) ?? []).length;
  const closes = (text.match(/\)/g) ?? []).length;
  return closes > opens ? text.replace(/\)\s*$/, '').trimEnd() : text;
}
