/**
 * Driving, weekly hours and the shift pattern. Driving tells a licence from a police driving authority (a
 * licence does not give the authority) and keeps the document's qualifiers ("unless a student officer").
 * Shifts are read from the working-pattern features stored at ingest (src/vocabulary/features.ts), never
 * re-read from text.
 */
import type { FeatureId, RoleProfile } from '../../profile/role-profile.ts';
import { FEATURES } from '../../vocabulary/features.ts';
import { requirementSubjects } from '../../vocabulary/requirement-subjects.ts';
import { citeScalar } from '../citations.ts';
import type { MoveLine } from '../types.ts';
import { citeAll, moveLine, type MovePair } from './move-line.ts';

type DrivingKind = 'authority' | 'licence' | 'unspecified';

function drivingKind(profile: RoleProfile): DrivingKind {
  const text = [profile.driving.detail ?? '', ...profile.driving.evidence.map((item) => item.quote)].join(' ');
  const subjects = requirementSubjects(text).map((record) => record.id);
  if (subjects.includes('driving-authority')) return 'authority';
  if (subjects.includes('driving-licence')) return 'licence';
  return 'unspecified';
}

const KIND_TEXT: Record<DrivingKind, string> = { authority: 'a police driving authority', licence: 'a driving licence', unspecified: 'driving' };

/** "unless a student officer", "except ...": a condition the document puts on the requirement, kept as written. */
function qualifier(detail: string | null): string | null {
  const match = /\b(?:unless|except|other than|excluding)\b[^.;]*/i.exec(detail ?? '');
  return match ? match[0].trim() : null;
}

export function drivingLine({ from, to }: MovePair): MoveLine {
  const fromCites = citeAll(from, 'driving', from.driving.evidence);
  const toCites = citeAll(to, 'driving', to.driving.evidence);
  if (to.driving.requirement === 'not-stated') {
    return moveLine('driving', 'Driving', 'not-stated', `The ${to.title} profile does not state a driving requirement.`, fromCites, toCites);
  }
  if (to.driving.requirement !== 'essential') {
    const said = to.driving.requirement === 'desirable' ? 'desirable, not essential' : 'not required';
    return moveLine('driving', 'Driving', 'meet', `Driving is ${said} for ${to.title}.`, fromCites, toCites);
  }
  const want = drivingKind(to);
  const unless = qualifier(to.driving.detail);
  const subject = `Driving: ${KIND_TEXT[want]}${unless ? ` (${unless})` : ''}`;
  const keep = unless ? ` The ${to.title} profile adds: "${unless}".` : '';
  if (from.driving.requirement === 'not-stated') {
    return moveLine('driving', subject, 'not-stated', `${to.title} requires ${KIND_TEXT[want]}; the ${from.title} profile does not state a driving requirement.${keep}`, fromCites, toCites);
  }
  if (from.driving.requirement !== 'essential') {
    return moveLine('driving', subject, 'need', `${to.title} requires ${KIND_TEXT[want]}; for ${from.title} driving is ${from.driving.requirement === 'desirable' ? 'only desirable' : 'not required'}.${keep}`, fromCites, toCites);
  }
  const have = drivingKind(from);
  if (want === 'authority' && have !== 'authority') {
    return moveLine('driving', subject, 'need', `${to.title} requires a police driving authority; ${from.title} requires ${KIND_TEXT[have]}, which is not the same as an authority.${keep}`, fromCites, toCites);
  }
  return moveLine('driving', subject, 'meet', `${from.title} also requires ${KIND_TEXT[have]}.${keep}`, fromCites, toCites);
}

export function hoursLine({ from, to }: MovePair): MoveLine {
  const fromCites = citeScalar(from, 'weeklyHours');
  const toCites = citeScalar(to, 'weeklyHours');
  if (to.weeklyHours === null) return moveLine('hours', 'Weekly hours', 'not-stated', `The ${to.title} profile does not state weekly hours.`, fromCites, toCites);
  const subject = `Weekly hours: ${to.weeklyHours}`;
  if (from.weeklyHours === null) return moveLine('hours', subject, 'not-stated', `${to.title} is ${to.weeklyHours} hours a week; the ${from.title} profile does not state its hours.`, fromCites, toCites);
  if (to.weeklyHours <= from.weeklyHours) {
    const same = to.weeklyHours === from.weeklyHours;
    return moveLine('hours', subject, 'meet', same ? `Both are ${to.weeklyHours} hours a week.` : `${to.title} is ${to.weeklyHours} hours a week, fewer than ${from.title}'s ${from.weeklyHours}.`, fromCites, toCites);
  }
  return moveLine('hours', subject, 'need', `${to.title} is ${to.weeklyHours} hours a week, more than ${from.title}'s ${from.weeklyHours}.`, fromCites, toCites);
}

/** The working-pattern features a move can add; part time, job share and daytime are options, not demands. */
const DEMANDING: readonly FeatureId[] = ['24-7', 'nights', 'weekends', 'twelve-hour-shifts', 'on-call'];

function statesShifts(profile: RoleProfile): boolean {
  return profile.shifts.pattern !== null || profile.shifts.details !== null || profile.features.length > 0;
}

export function shiftLines({ from, to }: MovePair): MoveLine[] {
  const fromPattern = citeAll(from, 'shifts', from.shifts.evidence);
  const toPattern = citeAll(to, 'shifts', to.shifts.evidence);
  const lines: MoveLine[] = [];
  const wanted = DEMANDING.filter((id) => to.features.some((feature) => feature.id === id));
  for (const id of wanted) {
    const toFeature = to.features.find((feature) => feature.id === id);
    const fromFeature = from.features.find((feature) => feature.id === id);
    const toCites = citeAll(to, 'features', toFeature?.evidence ?? []);
    const label = FEATURES[id].label;
    if (fromFeature) {
      lines.push(moveLine('shifts', `Shifts: ${label}`, 'meet', `Both profiles state it: ${from.title} and ${to.title} ${label}.`, citeAll(from, 'features', fromFeature.evidence), toCites));
    } else if (statesShifts(from)) {
      lines.push(moveLine('shifts', `Shifts: ${label}`, 'need', `${to.title} ${label}; the ${from.title} profile states its working pattern${from.shifts.pattern ? ` ("${from.shifts.pattern}")` : ''} without it.`, fromPattern, toCites));
    } else {
      lines.push(moveLine('shifts', `Shifts: ${label}`, 'not-stated', `${to.title} ${label}; the ${from.title} profile does not state its working pattern.`, fromPattern, toCites));
    }
  }
  if (to.shifts.pattern !== null) {
    const same = from.shifts.pattern !== null && from.shifts.pattern.toLowerCase() === to.shifts.pattern.toLowerCase();
    const detail = same
      ? `Both profiles state the same pattern: "${to.shifts.pattern}".`
      : from.shifts.pattern !== null
        ? `${to.title}: "${to.shifts.pattern}"; ${from.title}: "${from.shifts.pattern}". The profiles do not say how the two patterns compare beyond the nights, weekends and 24/7 lines.`
        : `${to.title}: "${to.shifts.pattern}"; the ${from.title} profile does not state a shift pattern.`;
    // Two patterns in words ("six on, three off", "work shifts") are not ranked; the features above are.
    const status = same ? 'meet' : 'not-stated';
    lines.push(moveLine('shifts', `Shift pattern: ${to.shifts.pattern}`, status, detail, fromPattern, toPattern));
  }
  if (lines.length === 0) {
    lines.push(moveLine('shifts', 'Shift pattern', 'not-stated', `The ${to.title} profile does not state a shift pattern.`, fromPattern, toPattern));
  }
  return lines;
}
