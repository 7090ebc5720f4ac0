/** Citations are built only from a profile's own evidence, so every quote shown is one the document holds. */
import type { Evidence, RoleProfile, ScalarField } from '../profile/role-profile.ts';
import type { Citation } from './types.ts';

/** A field HR corrected is cited as checked by HR: its value no longer comes from a document line. */
export const CHECKED_BY_HR = 'checked by HR';

export function cite(profile: RoleProfile, field: string, evidence: readonly Evidence[]): Citation[] {
  const checked = profile.readings[field];
  if (checked?.method === 'hr') {
    const checkedByHr = { by: checked.by ?? 'HR', at: checked.at ?? '' };
    return [{ roleId: profile.id, roleTitle: profile.title, field, line: 0, quote: CHECKED_BY_HR, checkedByHr }];
  }
  return evidence.map((item) => ({
    roleId: profile.id,
    roleTitle: profile.title,
    field,
    line: item.line,
    quote: item.quote,
  }));
}

export function citeScalar(profile: RoleProfile, field: ScalarField): Citation[] {
  return cite(profile, field, profile.evidence[field] ?? []);
}

/** Citations without repeats (same role, field, line and quote), in first-seen order. */
export function uniqueCitations(citations: readonly Citation[]): Citation[] {
  const seen = new Set<string>();
  return citations.filter((citation) => {
    const key = `${citation.roleId}\u0000${citation.field}\u0000${citation.line}\u0000${citation.quote}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
