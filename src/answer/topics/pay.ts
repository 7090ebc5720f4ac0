/**
 * Pay and salary: role documents give a grade, scale or rank, seldom a sum. The answer says pay is not
 * stated (never a figure from elsewhere) and gives the grade or rank the profile does state.
 */
import { notStated, scalarFact, type Topic } from './fact-builders.ts';

export const payTopic: Topic = {
  key: 'pay',
  label: 'Pay',
  facts: (profile) => {
    const grades = [scalarFact(profile, 'pay', 'Grade', 'grade'), scalarFact(profile, 'pay', 'Rank', 'rank')].filter((fact) => fact.status === 'stated');
    const shown = grades.map((fact) => `${fact.label.toLowerCase()} ${fact.value ?? ''}`).join(' and ');
    const note = shown
      ? `The ${profile.title} profile does not state pay or salary; it gives the ${shown}. The pay for that ${grades.some((fact) => fact.label === 'Grade') ? 'grade' : 'rank'} is set by the force, not the profile.`
      : `The ${profile.title} profile does not state pay, salary, grade or rank.`;
    return [notStated(profile, 'pay', 'Pay or salary', note), ...grades];
  },
};
