/** Driving: essential, desirable or not required as the document says, with its wording as detail. */
import { cite } from '../citations.ts';
import { notStated, stated, type Topic } from './fact-builders.ts';

const WORDING = {
  essential: 'Essential',
  desirable: 'Desirable',
  'not-required': 'Not required',
} as const;

export const drivingTopic: Topic = {
  key: 'driving',
  label: 'Driving',
  facts: (profile) => {
    const { requirement, detail, evidence } = profile.driving;
    if (requirement === 'not-stated') return [notStated(profile, 'driving', 'Driving')];
    const value = detail ? `${WORDING[requirement]}: ${detail}` : WORDING[requirement];
    return [stated(profile, 'driving', 'Driving', value, cite(profile, 'driving', evidence))];
  },
};
