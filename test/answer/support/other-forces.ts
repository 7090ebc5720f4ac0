/** Invented roles of invented forces, in the shapes the parser produces, for unit tests of the answers. */
import type { RoleProfile } from '../../../src/profile/role-profile.ts';
import { buildProfile } from './build-profile.ts';

export const controlRoomOperator: RoleProfile = buildProfile({
  id: 'control-room-operator-northshire',
  title: 'Control Room Operator',
  organisation: 'Northshire Police',
  staffType: 'staff',
  grade: 'Band C',
  weeklyHours: 37.5,
  reportsTo: 'Control Room Supervisor',
  purpose: 'To answer emergency and non-emergency calls and dispatch officers.',
  shifts: { pattern: '24/7 rota of earlies, lates and nights', details: 'Works a 24/7 rota of earlies, lates and nights including weekends.' },
  vetting: { status: 'stated', levels: ['NPPV3', 'CTC'], note: null },
  driving: { requirement: 'not-required', detail: null },
  essentialCriteria: [
    { text: 'Typing speed of 30 words per minute', category: 'Skills', number: 1, assessment: 'Test' },
    { text: 'Experience of customer service by telephone', category: 'Experience', number: 2, assessment: null },
  ],
  desirableCriteria: [{ text: 'Knowledge of the STORM command and control system', category: 'Knowledge', number: 3, assessment: null }],
  skills: [{ name: 'Call Handling', level: 3, description: null }],
  health: [{ text: 'Hearing test to the national standard' }],
  training: [{ text: 'Eight week control room course' }],
  itSystems: [{ name: 'STORM' }],
});

export const detectiveConstable: RoleProfile = buildProfile({
  id: 'detective-constable-eastshire',
  title: 'Detective Constable',
  organisation: 'Eastshire Constabulary',
  staffType: 'officer',
  rank: 'Constable',
  reportsTo: 'Detective Sergeant',
  purpose: 'To investigate serious and complex crime within CID.',
  shifts: { pattern: 'Five on, two off', details: 'Five on, two off, with an on-call rota.' },
  vetting: { status: 'stated', levels: ['MV'], note: null },
  driving: { requirement: 'essential', detail: 'Full UK driving licence' },
  essentialCriteria: [{ text: 'PIP2 accredited or in the process of accreditation', category: 'Accreditation', number: 1, assessment: null }],
  skills: [
    { name: 'Crime Investigation', level: 4, description: null },
    { name: 'Interviewing - Suspects', level: 4, description: null },
    { name: 'Search', level: 3, description: null },
  ],
  behaviours: [{ name: 'Analyse Critically', level: 2, framework: 'CVF' }],
  dress: 'Plain clothes',
});

export const southshirePcso: RoleProfile = buildProfile({
  id: 'pcso-southshire',
  title: 'Police Community Support Officer',
  aliases: ['PCSO'],
  organisation: 'Southshire Constabulary',
  staffType: 'staff',
  weeklyHours: 36,
  reportsTo: 'Neighbourhood Inspector',
  shifts: { pattern: 'Earlies and lates, no nights', details: null },
  vetting: { status: 'stated', levels: ['RV'], note: null },
  driving: { requirement: 'desirable', detail: 'Full driving licence desirable' },
  skills: [{ name: 'Crime Investigation', level: 2, description: null }],
  health: [{ text: 'Job related fitness test' }],
});

export const westshirePcso: RoleProfile = buildProfile({
  id: 'pcso-westshire',
  title: 'Police Community Support Officer',
  aliases: ['PCSO'],
  organisation: 'Westshire Police',
  staffType: 'staff',
  reportsTo: 'Neighbourhood Sergeant',
  vetting: { status: 'ambiguous', levels: ['RV', 'MV'], note: 'Both RV and MV are ticked; the form says to tick one.' },
  driving: { requirement: 'not-stated', detail: null },
});

export const responseSergeant: RoleProfile = buildProfile({
  id: 'response-sergeant-northshire',
  title: 'Response Sergeant',
  organisation: 'Northshire Police',
  staffType: 'officer',
  rank: 'Sergeant',
  weeklyHours: 40,
  reportsTo: 'Response Inspector',
  shifts: { pattern: '24/7 shift pattern', details: null },
  vetting: { status: 'stated', levels: ['RV'], note: null },
  driving: { requirement: 'essential', detail: 'Standard police driving authority' },
  skills: [{ name: 'Crime Investigation', level: 3, description: null }],
});

export const OTHER_FORCES: RoleProfile[] = [controlRoomOperator, detectiveConstable, southshirePcso, westshirePcso, responseSergeant];
