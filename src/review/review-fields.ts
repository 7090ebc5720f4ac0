/**
 * The fields HR can check and correct, one row each: how to read the value from a profile, write a
 * corrected one, show it, and read it from what HR typed. Overrides, the preview modal, "check these"
 * and the review queue all go through this table, so correcting a new field is one row here.
 */
import { z } from 'zod';
import { DrivingRequirementSchema, FEATURE_IDS, type DrivingRequirement, type Feature, type RoleProfile } from '../profile/role-profile.ts';
import { readSalary } from '../ingest/extract-pay.ts';
import { readDate } from '../ingest/read-date.ts';
import { VETTING_LEVELS, vettingLevel } from '../vocabulary/vetting-levels.ts';
import { FEATURES, statesFeature } from '../vocabulary/features.ts';

export type InputResult<T> = { ok: true; value: T } | { ok: false; error: string };

/** How the correction form asks for the value: free text, or one of a few options. */
export type FieldInput = { kind: 'text'; maxLength: number; placeholder: string } | { kind: 'select'; options: readonly { value: string; label: string }[] };

interface FieldSpec<T> {
  /** The profile field, and the `field` of the citations answers build from it. */
  id: string;
  /** In words, lower case: "weekly hours". */
  label: string;
  /** The stored form of a value in an override file. */
  schema: z.ZodType<T>;
  read(profile: RoleProfile): T;
  /** The profile with the value replaced and the document's evidence for it dropped (HR's word replaces it). */
  write(profile: RoleProfile, value: T): RoleProfile;
  show(value: T): string;
  input: FieldInput;
  /** What HR typed (trimmed) -> the value, or a specific error for the form. */
  fromInput(text: string): InputResult<T>;
  /** The value as the form's initial text (or the selected option's value). */
  toInput(value: T): string;
}

/** One row with its value type erased: values cross it as `unknown` and are checked by the row's schema. */
export interface ReviewField {
  id: string;
  label: string;
  input: FieldInput;
  current(profile: RoleProfile): unknown;
  /** A stored value -> the profile with it applied, or an error when the stored value is not of the field's shape. */
  apply(profile: RoleProfile, value: unknown): InputResult<RoleProfile>;
  show(value: unknown): string;
  fromInput(text: string): InputResult<unknown>;
  initialInput(profile: RoleProfile): string;
  /** True when two stored values are the same correction. */
  same(a: unknown, b: unknown): boolean;
}

/**
 * The profile's features with the pattern ones (nights, weekends, 24/7, 12-hour, weekday daytime, on call)
 * read again from an HR-corrected shift pattern; the document-wide ones (part time, job share) kept. A
 * feature read from HR's words has no document line to cite: the shifts reading says HR checked it.
 */
export function withPatternFeatures(features: readonly Feature[], pattern: string | null): Feature[] {
  const kept = features.filter((feature) => FEATURES[feature.id].scope !== 'pattern');
  const stated = pattern === null ? [] : FEATURE_IDS.filter((id) => FEATURES[id].scope === 'pattern' && statesFeature(id, pattern));
  return [...kept, ...stated.map((id): Feature => ({ id, evidence: [] }))].sort((a, b) => FEATURE_IDS.indexOf(a.id) - FEATURE_IDS.indexOf(b.id));
}

function field<T>(spec: FieldSpec<T>): ReviewField {
  const check = (value: unknown): InputResult<T> => {
    const parsed = spec.schema.safeParse(value);
    return parsed.success ? { ok: true, value: parsed.data } : { ok: false, error: `not a valid ${spec.label} (${parsed.error.issues[0]?.message ?? 'invalid'})` };
  };
  return {
    id: spec.id,
    label: spec.label,
    input: spec.input,
    current: (profile) => spec.read(profile),
    apply: (profile, value) => {
      const checked = check(value);
      return checked.ok ? { ok: true, value: spec.write(profile, checked.value) } : checked;
    },
    show: (value) => {
      const checked = check(value);
      return checked.ok ? spec.show(checked.value) : String(value);
    },
    fromInput: (text) => spec.fromInput(text.trim()),
    initialInput: (profile) => spec.toInput(spec.read(profile)),
    same: (a, b) => JSON.stringify(a) === JSON.stringify(b),
  };
}

const NOT_STATED = 'not stated';

/** A scalar text field: empty input clears it ("not stated"). */
function textField(id: 'grade' | 'rank' | 'reportsTo', label: string, maxLength: number, placeholder: string): ReviewField {
  return field<string | null>({
    id,
    label,
    schema: z.string().min(1).max(maxLength).nullable(),
    read: (profile) => profile[id],
    write: (profile, value) => ({ ...profile, [id]: value, evidence: withoutEvidence(profile.evidence, id) }),
    show: (value) => value ?? NOT_STATED,
    input: { kind: 'text', maxLength, placeholder },
    fromInput: (text) => (text.length > maxLength ? { ok: false, error: `Keep the ${label} under ${maxLength} characters.` } : { ok: true, value: text === '' ? null : text }),
    toInput: (value) => value ?? '',
  });
}

function withoutEvidence(evidence: RoleProfile['evidence'], id: keyof RoleProfile['evidence']): RoleProfile['evidence'] {
  const { [id]: _dropped, ...rest } = evidence;
  return rest;
}

const DRIVING_WORDING: Readonly<Record<DrivingRequirement, string>> = {
  essential: 'Essential',
  desirable: 'Desirable',
  'not-required': 'Not required',
  'not-stated': 'Not stated',
};

/** Vetting codes as HR may type them: "NPPV3, CTC", "nppv 3 / sc". */
function vettingFromInput(text: string): InputResult<string[]> {
  if (text === '') return { ok: true, value: [] };
  const codes: string[] = [];
  for (const raw of text.split(/[,;/+]|\band\b/i)) {
    const typed = raw.replace(/\s+/g, '').toUpperCase();
    if (typed === '') continue;
    const record = vettingLevel(typed) ?? VETTING_LEVELS.find((level) => level.name.replace(/\s+/g, '').toUpperCase() === typed);
    if (!record) {
      const known = VETTING_LEVELS.map((level) => level.code).join(', ');
      return { ok: false, error: `"${raw.trim()}" is not a vetting level Role Call knows. Use codes such as ${known}, separated by commas.` };
    }
    if (!codes.includes(record.code)) codes.push(record.code);
  }
  return { ok: true, value: codes };
}

export const REVIEW_FIELDS: readonly ReviewField[] = [
  field<string>({
    id: 'title',
    label: 'title',
    schema: z.string().min(2).max(100),
    read: (profile) => profile.title,
    write: (profile, value) => ({ ...profile, title: value, titleInferred: false, evidence: withoutEvidence(profile.evidence, 'title') }),
    show: (value) => value,
    input: { kind: 'text', maxLength: 100, placeholder: 'Contact Handler' },
    fromInput: (text) =>
      text.length < 2 ? { ok: false, error: 'Give the role a title (at least 2 characters).' } : text.length > 100 ? { ok: false, error: 'Keep the title under 100 characters.' } : { ok: true, value: text },
    toInput: (value) => value,
  }),
  textField('grade', 'grade', 60, 'Grade E, SO1, Band 4'),
  textField('rank', 'rank', 60, 'Constable, Sergeant'),
  field<number | null>({
    id: 'weeklyHours',
    label: 'weekly hours',
    schema: z.number().positive().max(80).nullable(),
    read: (profile) => profile.weeklyHours,
    write: (profile, value) => ({ ...profile, weeklyHours: value, evidence: withoutEvidence(profile.evidence, 'weeklyHours') }),
    show: (value) => (value === null ? NOT_STATED : `${value} hours a week`),
    input: { kind: 'text', maxLength: 10, placeholder: '37 (leave empty for not stated)' },
    fromInput: (text) => {
      if (text === '') return { ok: true, value: null };
      const hours = Number(text.replace(/\s*(?:hours?|hrs?)(?:\s*(?:a|per)\s*week)?$/i, ''));
      return Number.isFinite(hours) && hours > 0 && hours <= 80
        ? { ok: true, value: hours }
        : { ok: false, error: `"${text}" is not a number of weekly hours: write a number from 1 to 80, such as 37 or 37.5.` };
    },
    toInput: (value) => (value === null ? '' : String(value)),
  }),
  field<string | null>({
    id: 'shifts',
    label: 'shift pattern',
    schema: z.string().min(1).max(200).nullable(),
    read: (profile) => profile.shifts.pattern,
    // The working-pattern features (nights, weekends, 24/7...) follow the corrected pattern, so "does it work
    // nights?" and "which roles work nights?" answer what HR checked, not what the document said.
    write: (profile, value) => ({ ...profile, shifts: { pattern: value, details: null, evidence: [] }, features: withPatternFeatures(profile.features, value) }),
    show: (value) => value ?? NOT_STATED,
    input: { kind: 'text', maxLength: 200, placeholder: 'Four on, four off; 12-hour shifts including nights' },
    fromInput: (text) => (text.length > 200 ? { ok: false, error: 'Keep the shift pattern under 200 characters.' } : { ok: true, value: text === '' ? null : text }),
    toInput: (value) => value ?? '',
  }),
  field<string[]>({
    id: 'vetting',
    label: 'vetting levels',
    schema: z.array(z.string().min(1)),
    read: (profile) => (profile.vetting.status === 'stated' ? profile.vetting.levels : []),
    write: (profile, value) => ({ ...profile, vetting: { status: value.length > 0 ? 'stated' : 'not-stated', levels: value, note: null, evidence: [] } }),
    show: (value) => (value.length > 0 ? value.join(', ') : NOT_STATED),
    input: { kind: 'text', maxLength: 100, placeholder: 'NPPV3, CTC (leave empty for not stated)' },
    fromInput: vettingFromInput,
    toInput: (value) => value.join(', '),
  }),
  field<DrivingRequirement>({
    id: 'driving',
    label: 'driving',
    schema: DrivingRequirementSchema,
    read: (profile) => profile.driving.requirement,
    write: (profile, value) => ({ ...profile, driving: { requirement: value, detail: null, evidence: [] } }),
    show: (value) => DRIVING_WORDING[value],
    input: { kind: 'select', options: DrivingRequirementSchema.options.map((value) => ({ value, label: DRIVING_WORDING[value] })) },
    fromInput: (text) => {
      const parsed = DrivingRequirementSchema.safeParse(text);
      return parsed.success ? { ok: true, value: parsed.data } : { ok: false, error: 'Choose whether driving is essential, desirable, not required or not stated.' };
    },
    toInput: (value) => value,
  }),
  field<string | null>({
    id: 'pay',
    label: 'pay',
    schema: z.string().min(1).max(200).nullable(),
    read: (profile) => profile.pay?.text ?? null,
    // HR's wording replaces the salary as written; the sums are read from it as the parser would.
    write: (profile, value) => ({
      ...profile,
      pay: value === null ? null : { ...readSalary(value), text: value, allowances: profile.pay?.allowances ?? [], scale: profile.pay?.scale ?? [], evidence: [] },
    }),
    show: (value) => value ?? NOT_STATED,
    input: { kind: 'text', maxLength: 200, placeholder: '£27,334 - £29,539 a year' },
    fromInput: (text) => {
      if (text === '') return { ok: true, value: null };
      if (text.length > 200) return { ok: false, error: 'Keep the pay under 200 characters.' };
      return readSalary(text).min === null ? { ok: false, error: `"${text}" states no sum of money: write the pay as the advert would, such as £27,334 - £29,539 a year.` } : { ok: true, value: text };
    },
    toInput: (value) => value ?? '',
  }),
  textField('reportsTo', 'reports to', 150, 'Team Leader, Contact Centre'),
  field<string | null>({
    id: 'closingDate',
    label: 'closing date',
    schema: z.string().min(1).max(100).nullable(),
    read: (profile) => profile.closingDate?.text ?? null,
    write: (profile, value) => ({ ...profile, closingDate: value === null ? null : { text: value, iso: readDate(value)?.iso ?? null, evidence: [] } }),
    show: (value) => value ?? NOT_STATED,
    input: { kind: 'text', maxLength: 100, placeholder: '15 March 2027' },
    fromInput: (text) => {
      if (text === '') return { ok: true, value: null };
      return readDate(text)?.iso ? { ok: true, value: text } : { ok: false, error: `"${text}" is not a date Role Call can read: write it as 15 March 2027 or 15/03/2027.` };
    },
    toInput: (value) => value ?? '',
  }),
];

const BY_ID: ReadonlyMap<string, ReviewField> = new Map(REVIEW_FIELDS.map((row) => [row.id, row]));

export function reviewField(id: string): ReviewField | undefined {
  return BY_ID.get(id);
}
