/** Building blocks shared by the move checklist's line builders. */
import type { Evidence, RoleProfile } from '../../profile/role-profile.ts';
import { cite } from '../citations.ts';
import type { Citation, MoveLine, MoveStatus } from '../types.ts';

export interface MovePair {
  from: RoleProfile;
  to: RoleProfile;
}

export function moveLine(topic: string, subject: string, status: MoveStatus, detail: string, from: Citation[], to: Citation[]): MoveLine {
  return { topic, subject, status, detail, from, to };
}

/** Citations of one profile's field, only from its own evidence. */
export function citeAll(profile: RoleProfile, field: string, evidence: readonly Evidence[]): Citation[] {
  return cite(profile, field, evidence);
}

/** A list joined for a sentence: "a, b and c". */
export function listed(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1] ?? ''}`;
}

/** A level for a sentence: 3 -> "level 3"; "Accredited" as written; null -> "no level stated". */
export function levelText(level: number | string | null): string {
  if (level === null) return 'no level stated';
  return typeof level === 'number' ? `level ${level}` : level;
}

/** A name compared across documents: case, "&" and punctuation ignored. */
export function nameKey(name: string): string {
  return name.toLowerCase().replace(/&/g, 'and').replace(/[^a-z0-9]+/g, ' ').trim();
}
