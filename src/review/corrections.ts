/**
 * HR corrections (overrides): kept apart from the parsed profile, one file per role, so re-parsing the
 * document never loses them. Applying them is pure: the parsed profile in, the corrected profile and any
 * problems out. The latest correction of a field wins; the earlier ones stay as its history.
 */
import { z } from 'zod';
import { reading } from '../profile/field-reading.ts';
import { ROLE_ID_PATTERN, type RoleProfile } from '../profile/role-profile.ts';
import { reviewField } from './review-fields.ts';

/** What a corrected field can hold: text, a number, a list of codes, or null for "not stated". */
const CorrectionValueSchema = z.union([z.string(), z.number(), z.boolean(), z.null(), z.array(z.string())]);

export const CorrectionSchema = z.object({
  /** A field id of src/review/review-fields.ts. */
  field: z.string().min(1),
  value: CorrectionValueSchema,
  /** The value before the correction, as the profile then had it. */
  old: CorrectionValueSchema,
  /** Who corrected it: a Slack user id, or the name given to the CLI. */
  by: z.string().min(1),
  /** When, ISO 8601. */
  at: z.iso.datetime(),
});
export type Correction = z.infer<typeof CorrectionSchema>;

export const OverrideFileSchema = z.object({
  roleId: z.string().regex(ROLE_ID_PATTERN, 'must be a lower-case slug such as "contact-handler"'),
  /** Oldest first. */
  corrections: z.array(CorrectionSchema),
});
export type OverrideFile = z.infer<typeof OverrideFileSchema>;

export interface Corrected {
  profile: RoleProfile;
  /** The fields an HR correction now holds. */
  fields: string[];
  /** One line per correction that could not be applied (unknown field, value of the wrong shape). */
  problems: string[];
}

/** The latest correction of each field, in the order the fields were first corrected. */
export function latestCorrections(corrections: readonly Correction[]): Correction[] {
  const latest = new Map<string, Correction>();
  for (const correction of corrections) latest.set(correction.field, correction);
  return [...latest.values()];
}

export function applyCorrections(profile: RoleProfile, corrections: readonly Correction[], where = `overrides/${profile.id}.json`): Corrected {
  let out = profile;
  const fields: string[] = [];
  const problems: string[] = [];
  for (const correction of latestCorrections(corrections)) {
    const row = reviewField(correction.field);
    if (!row) {
      problems.push(`${where}: field "${correction.field}" cannot be corrected; skipped. Remove that correction.`);
      continue;
    }
    const applied = row.apply(out, correction.value);
    if (!applied.ok) {
      problems.push(`${where}: the correction of ${row.label} is ${applied.error}; skipped. Correct it again from Slack.`);
      continue;
    }
    out = { ...applied.value, readings: { ...applied.value.readings, [row.id]: { ...reading('hr'), by: correction.by, at: correction.at } } };
    fields.push(row.id);
  }
  return { profile: out, fields, problems };
}
