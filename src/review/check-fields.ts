/**
 * The fields a person should check: read with less confidence than CHECK_THRESHOLD, and not already
 * checked by HR. `rolecall parse` and `ingest` print them as "check these"; the review queue lists them.
 */
import { CHECK_THRESHOLD, METHOD_WORDING, type FieldReading } from '../profile/field-reading.ts';
import type { RoleProfile } from '../profile/role-profile.ts';
import { REVIEW_FIELDS, type ReviewField } from './review-fields.ts';

export interface FieldToCheck {
  field: ReviewField;
  reading: FieldReading;
  /** The value as read, in words. */
  value: string;
}

export function fieldsToCheck(profile: RoleProfile): FieldToCheck[] {
  const out: FieldToCheck[] = [];
  for (const field of REVIEW_FIELDS) {
    const reading = profile.readings[field.id];
    if (!reading || reading.method === 'hr' || reading.confidence >= CHECK_THRESHOLD) continue;
    out.push({ field, reading, value: field.show(field.current(profile)) });
  }
  return out;
}

/** "Check these: title "Contact Handler" (taken from the file name, confidence 0.25); ..." or null. */
export function checkTheseLine(profile: RoleProfile): string | null {
  const fields = fieldsToCheck(profile);
  if (fields.length === 0) return null;
  const parts = fields.map(({ field, reading, value }) => `${field.label} "${value}" (${METHOD_WORDING[reading.method]}, confidence ${reading.confidence})`);
  return `Check these: ${parts.join('; ')}.`;
}
