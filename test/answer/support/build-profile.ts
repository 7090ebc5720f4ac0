/**
 * Builds test profiles from a compact description, giving every fact its own source line so citations can
 * be checked. These are invented roles of invented forces, not copies of the seed documents.
 */
import { featuresOfStoredProfile } from '../../../src/ingest/index.ts';
import { RoleProfileSchema, type RoleProfile, type RoleProfileInput } from '../../../src/profile/role-profile.ts';

type WithoutEvidence<T> = Omit<T, 'evidence'>;
type ListDraft<K extends keyof RoleProfileInput> = WithoutEvidence<NonNullable<RoleProfileInput[K]> extends (infer E)[] ? E : never>[];

/** A profile written without evidence: the builder gives every fact a line of its own. */
type Draft = Omit<
  Partial<RoleProfileInput>,
  | 'source'
  | 'evidence'
  | 'shifts'
  | 'vetting'
  | 'driving'
  | 'responsibilities'
  | 'essentialCriteria'
  | 'desirableCriteria'
  | 'skills'
  | 'behaviours'
  | 'values'
  | 'health'
  | 'training'
  | 'itSystems'
  | 'conditions'
> & {
  id: string;
  title: string;
  shifts?: WithoutEvidence<RoleProfileInput['shifts']>;
  vetting?: WithoutEvidence<RoleProfileInput['vetting']>;
  driving?: WithoutEvidence<RoleProfileInput['driving']>;
  responsibilities?: ListDraft<'responsibilities'>;
  essentialCriteria?: ListDraft<'essentialCriteria'>;
  desirableCriteria?: ListDraft<'desirableCriteria'>;
  skills?: ListDraft<'skills'>;
  behaviours?: ListDraft<'behaviours'>;
  values?: ListDraft<'values'>;
  health?: ListDraft<'health'>;
  training?: ListDraft<'training'>;
  itSystems?: ListDraft<'itSystems'>;
  conditions?: ListDraft<'conditions'>;
};

export function buildProfile(draft: Draft): RoleProfile {
  let line = 1;
  const ev = (quote: string) => [{ line: line++, quote }];
  const evidence: Record<string, { line: number; quote: string }[]> = { title: ev(`Job title: ${draft.title}`) };
  const scalar = <K extends keyof Draft>(key: K, label: string): void => {
    const value = draft[key];
    if (value !== undefined && value !== null) evidence[key as string] = ev(`${label}: ${String(value)}`);
  };
  scalar('organisation', 'Force');
  scalar('rank', 'Rank');
  scalar('grade', 'Grade');
  scalar('roleCode', 'Role code');
  scalar('weeklyHours', 'Weekly hours');
  scalar('reportsTo', 'Reports to');
  scalar('purpose', 'Purpose');
  scalar('dress', 'Dress');
  scalar('location', 'Location');
  if (draft.staffType && draft.staffType !== 'unknown') evidence.staffType = ev(draft.staffType === 'staff' ? 'POLICE STAFF' : 'POLICE OFFICER');
  const withEv = <T extends object>(items: T[] | undefined, quoteOf: (item: T) => string) =>
    (items ?? []).map((item) => ({ ...item, evidence: ev(quoteOf(item)) }));
  const input: RoleProfileInput = {
    organisation: null,
    staffType: 'unknown',
    rank: null,
    grade: null,
    roleCode: null,
    weeklyHours: null,
    reportsTo: null,
    purpose: null,
    ...draft,
    shifts: draft.shifts
      ? { ...draft.shifts, evidence: ev(draft.shifts.details ?? draft.shifts.pattern ?? '') }
      : { pattern: null, details: null, evidence: [] },
    vetting: draft.vetting
      ? { ...draft.vetting, evidence: draft.vetting.status === 'not-stated' ? [] : ev(`Vetting: ${draft.vetting.levels.join(', ')}`) }
      : { status: 'not-stated', levels: [], note: null, evidence: [] },
    driving: draft.driving
      ? { ...draft.driving, evidence: draft.driving.requirement === 'not-stated' ? [] : ev(draft.driving.detail ?? draft.driving.requirement) }
      : { requirement: 'not-stated', detail: null, evidence: [] },
    responsibilities: withEv(draft.responsibilities, (item) => item.text),
    essentialCriteria: withEv(draft.essentialCriteria, (item) => item.text),
    desirableCriteria: withEv(draft.desirableCriteria, (item) => item.text),
    skills: withEv(draft.skills, (item) => `${item.name} (Level ${String(item.level)})`),
    behaviours: withEv(draft.behaviours, (item) => `${item.name} (Level ${String(item.level)})`),
    values: withEv(draft.values, (item) => `${item.name} (${String(item.level)})`),
    health: withEv(draft.health, (item) => item.text),
    training: withEv(draft.training, (item) => item.text),
    itSystems: withEv(draft.itSystems, (item) => item.name),
    conditions: withEv(draft.conditions, (item) => item.text),
    evidence,
    source: { file: `${draft.id}.txt`, sha256: '0'.repeat(64), format: 'txt' },
  };
  const profile = RoleProfileSchema.parse(input);
  // Features are read at ingest; a hand-built profile gets them as a stored one does, from its own quotes.
  return draft.features ? profile : { ...profile, features: featuresOfStoredProfile(profile) };
}
