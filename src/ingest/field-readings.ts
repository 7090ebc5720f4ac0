/**
 * How each key field was read, from where its evidence sits in the document model: on or under a label the
 * vocabulary knows word for word ("label"), under a heading recognised only by its cue words or phrasing
 * ("heading"), or somewhere else entirely, in running text or another section ("text"). A value with no
 * evidence was inferred. The confidence follows from the method (src/profile/field-reading.ts).
 */
import { reading, type FieldReading, type ReadMethod } from '../profile/field-reading.ts';
import type { Evidence, RoleProfile, TitleSource } from '../profile/role-profile.ts';
import { lookupExactLabel, type SectionKey } from '../vocabulary/document-headings.ts';
import type { DocumentModel } from './sections.ts';

/**
 * The sections where each field is expected, by the field ids of src/review/review-fields.ts. A driving
 * licence is stated as often among the criteria as under its own label; a rank is stated by a title.
 */
const FIELD_SECTIONS: Readonly<Record<string, readonly SectionKey[]>> = {
  grade: ['grade', 'rankGrade'],
  rank: ['rank', 'rankGrade', 'title'],
  weeklyHours: ['hours'],
  shifts: ['shifts', 'hours'],
  vetting: ['vetting'],
  driving: ['driving', 'essential', 'desirable', 'criteria', 'entryRequirements', 'conditions'],
  reportsTo: ['reportsTo'],
  pay: ['salary'],
  closingDate: ['closingDate'],
};

const TITLE_METHOD: Readonly<Record<TitleSource, ReadMethod>> = {
  label: 'label',
  heading: 'heading',
  content: 'inferred',
  'file name': 'file name',
};

/** What each field holds, when the profile states it, and the evidence it was read from. */
function statedEvidence(profile: RoleProfile, field: string): Evidence[] | null {
  switch (field) {
    case 'grade':
    case 'rank':
    case 'weeklyHours':
    case 'reportsTo':
      return profile[field] === null ? null : (profile.evidence[field] ?? []);
    case 'shifts':
      return profile.shifts.pattern === null && profile.shifts.details === null ? null : profile.shifts.evidence;
    case 'vetting':
      return profile.vetting.status === 'not-stated' ? null : profile.vetting.evidence;
    case 'driving':
      return profile.driving.requirement === 'not-stated' ? null : profile.driving.evidence;
    case 'pay':
      return profile.pay?.text ? profile.pay.evidence : null;
    case 'closingDate':
      return profile.closingDate ? profile.closingDate.evidence : null;
    default:
      return null;
  }
}

export function fieldReadings(profile: RoleProfile, model: DocumentModel): Record<string, FieldReading> {
  const readings: Record<string, FieldReading> = {
    title: reading(profile.titleInferred && profile.titleSource === 'label' ? 'inferred' : TITLE_METHOD[profile.titleSource]),
  };
  const indexByLine = new Map<number, number>();
  model.lines.forEach((line, index) => {
    if (!indexByLine.has(line.no)) indexByLine.set(line.no, index);
    for (const part of line.physical ?? []) if (!indexByLine.has(part.no)) indexByLine.set(part.no, index);
  });
  for (const [field, sections] of Object.entries(FIELD_SECTIONS)) {
    const evidence = statedEvidence(profile, field);
    if (evidence === null) continue;
    const methods = evidence.map((item) => methodAt(model, indexByLine.get(item.line), sections));
    readings[field] = reading(methods.length === 0 ? 'inferred' : best(methods));
  }
  return readings;
}

const RANK: readonly ReadMethod[] = ['label', 'heading', 'text', 'inferred'];

function best(methods: readonly ReadMethod[]): ReadMethod {
  return methods.reduce((a, b) => (RANK.indexOf(b) < RANK.indexOf(a) ? b : a));
}

function methodAt(model: DocumentModel, index: number | undefined, expected: readonly SectionKey[]): ReadMethod {
  if (index === undefined) return 'text';
  // A label on the line itself ("Weekly hours: 37"), else the section the line sits in.
  const entry = model.lastEntryAt.get(index);
  const section = model.sections[model.sectionOf[index] ?? -1];
  const candidates = [entry ? { key: entry.key, label: entry.label } : null, section ? { key: section.key, label: section.label } : null];
  for (const candidate of candidates) {
    if (candidate?.key == null || !expected.includes(candidate.key)) continue;
    return lookupExactLabel(candidate.label) !== null ? 'label' : 'heading';
  }
  return 'text';
}
