/**
 * The key facts an announcement and a preview show (grade, hours, shifts, vetting, driving, pay, working
 * arrangements), read only from
 * the profile: what it does not state is shown as "not stated", and the preview says what staff will be told.
 */
import type { RoleProfile } from '../../profile/role-profile.ts';
import { titleSourceNote } from '../../profile/title-source.ts';
import { payText } from '../../answer/topics/pay.ts';
import { arrangementText } from '../../answer/topics/working-arrangements.ts';

export const NOT_STATED = 'not stated';

export interface KeyFact {
  label: string;
  /** The value as the profile states it, or null when it does not. */
  value: string | null;
}

function shorten(text: string, max = 300): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1)}…`;
}

export function keyFacts(profile: RoleProfile): KeyFact[] {
  const grade = [profile.rank, profile.grade].filter((v): v is string => Boolean(v));
  const vetting =
    profile.vetting.status === 'stated'
      ? [profile.vetting.levels.join(', ') || 'stated', profile.vetting.note].filter(Boolean).join(': ')
      : profile.vetting.status === 'ambiguous'
        ? `unclear${profile.vetting.note ? `: ${profile.vetting.note}` : ''}`
        : null;
  const driving =
    profile.driving.requirement === 'not-stated'
      ? null
      : [
          { essential: 'licence essential', desirable: 'licence desirable', 'not-required': 'not required' }[profile.driving.requirement],
          profile.driving.detail,
        ]
          .filter(Boolean)
          .join(': ');
  return [
    { label: 'Grade', value: grade.length > 0 ? [...new Set(grade)].join(' / ') : null },
    { label: 'Hours', value: profile.weeklyHours !== null ? `${profile.weeklyHours} a week` : null },
    { label: 'Shifts', value: profile.shifts.pattern ? shorten(profile.shifts.pattern) : profile.shifts.details ? shorten(profile.shifts.details) : null },
    { label: 'Vetting', value: vetting ? shorten(vetting) : null },
    { label: 'Driving', value: driving ? shorten(driving) : null },
    { label: 'Pay', value: profile.pay ? shorten(payText(profile.pay) || profile.pay.scale.map((item) => item.text).join('; ')) : null },
    {
      label: 'Working arrangements',
      value: profile.workingArrangements.length > 0 ? shorten(capitalise(profile.workingArrangements.map(arrangementText).join('; '))) : null,
    },
  ];
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** What the preview tells HR the parser did not find, and what staff will then be told. */
export function notFoundNotes(profile: RoleProfile): string[] {
  const notes: string[] = [];
  const add = (missing: boolean, what: string, consequence: string): void => {
    if (missing) notes.push(`No ${what} found: ${consequence}`);
  };
  add(!profile.grade && !profile.rank, 'grade or rank', 'staff will be told the profile does not state one.');
  add(profile.weeklyHours === null, 'weekly hours', 'staff will be told the profile does not state them.');
  add(!profile.shifts.pattern && !profile.shifts.details, 'shift pattern', 'staff will be told the profile does not state one.');
  add(profile.vetting.status === 'not-stated', 'vetting level', 'staff will be told the profile does not state one.');
  if (profile.vetting.status === 'ambiguous')
    notes.push(`The vetting level is unclear${profile.vetting.note ? ` (${profile.vetting.note})` : ''}: staff will be told it is unclear.`);
  add(profile.driving.requirement === 'not-stated', 'driving requirement', 'staff will be told the profile does not state one.');
  add(!profile.reportsTo, 'reporting line', 'staff will be told the profile does not state one.');
  add(profile.essentialCriteria.length === 0, 'essential criteria', 'staff will be told the profile lists none.');
  add(profile.behaviours.length === 0 && profile.skills.length === 0, 'behaviours or skills', 'staff will be told the profile lists none.');
  const titleNote = titleSourceNote(profile);
  if (titleNote !== null) notes.push(`The title "${profile.title}" was ${titleNote}.`);
  return notes;
}

/**
 * When the document states a closing date other than the one HR gave the posting: the announcement uses the
 * posting's, so the preview says the document differs (a date the document gives without a year cannot be
 * compared, and is shown as written).
 */
export function closingDateNote(profile: RoleProfile, postingClosingDate: string): string | null {
  const stated = profile.closingDate;
  if (!stated || stated.iso === postingClosingDate) return null;
  return `The document gives the closing date as "${shorten(stated.text, 100)}"; the announcement will use the posting's date, ${postingClosingDate}.`;
}
