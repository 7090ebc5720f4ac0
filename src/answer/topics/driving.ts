/** Driving: essential, desirable or not required as the document says, with its wording as detail. */
import type { RoleProfile } from '../../profile/role-profile.ts';
import { cite } from '../citations.ts';
import { notStated, stated, type Topic } from './fact-builders.ts';

const WORDING = {
  essential: 'Essential',
  desirable: 'Desirable',
  'not-required': 'Not required',
} as const;

type Requirement = RoleProfile['driving']['requirement'];

/**
 * The driving requirement as the document's own words give it: a label that says "essential" with the
 * answer "No" ("Essential car user: No") is not required, whatever the label suggested.
 */
export function drivingRequirement(profile: RoleProfile): Requirement {
  const { requirement, detail } = profile.driving;
  if (requirement !== 'not-stated' && detail && /:\s*(no|none|not required|n\/a)\s*\.?\s*$/i.test(detail)) return 'not-required';
  return requirement;
}

export const drivingTopic: Topic = {
  key: 'driving',
  label: 'Driving',
  facts: (profile) => {
    const { detail, evidence } = profile.driving;
    const requirement = drivingRequirement(profile);
    if (requirement === 'not-stated') return [notStated(profile, 'driving', 'Driving')];
    const value = detail ? `${WORDING[requirement]}: ${detail}` : WORDING[requirement];
    return [stated(profile, 'driving', 'Driving', value, cite(profile, 'driving', evidence))];
  },
};
