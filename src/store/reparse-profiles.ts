/**
 * `rolecall ingest --reparse`: read again the stored documents whose profiles an older parser made (their
 * sha256 is unchanged, so a plain ingest would skip them), keep each role's id and its HR corrections
 * (those live in overrides/, which this never touches), and say what changed, field by field.
 */
import { extractDocumentText, parseDocument, PARSER_VERSION } from '../ingest/index.ts';
import { isRoleCallError } from '../errors.ts';
import type { RoleProfile } from '../profile/role-profile.ts';
import { REVIEW_FIELDS, reviewField } from '../review/review-fields.ts';
import { latestCorrections } from '../review/corrections.ts';
import type { ProfileStore } from './profile-store.ts';
import type { OverrideSource } from './override-store.ts';

/** A profile is stale when an older parser (or none stamped) made it. */
export function isStale(profile: Pick<RoleProfile, 'parserVersion'>): boolean {
  return (profile.parserVersion ?? 0) < PARSER_VERSION;
}

export function countStale(profiles: readonly Pick<RoleProfile, 'parserVersion'>[]): number {
  return profiles.filter(isStale).length;
}

export interface FieldChange {
  field: string;
  before: string;
  after: string;
  /** Set when HR corrected the field: the correction still applies over the new reading. */
  correctedByHr: string | null;
}

export interface Reparsed {
  id: string;
  file: string;
  fromVersion: number | null;
  changes: FieldChange[];
  /** How many fields keep an HR correction. */
  corrections: number;
}

export interface ReparseResult {
  reparsed: Reparsed[];
  /** Profiles already made by this parser. */
  current: number;
  /** One line per profile that could not be re-read (its source is gone, or no longer parses). */
  problems: string[];
}

/** Fields compared besides the review fields: lists by their length, the rest by value. */
const IGNORED = new Set(['lines', 'readings', 'parserVersion', 'evidence', 'warnings', 'schemaVersion', 'source', 'id', 'aliases']);

function changes(before: RoleProfile, after: RoleProfile): { field: string; before: string; after: string }[] {
  const out: { field: string; before: string; after: string }[] = [];
  for (const row of REVIEW_FIELDS) {
    const a = row.show(row.current(before));
    const b = row.show(row.current(after));
    if (a !== b) out.push({ field: row.id, before: a, after: b });
  }
  for (const key of Object.keys(after) as (keyof RoleProfile)[]) {
    if (IGNORED.has(key) || reviewField(key) || key === 'shifts' || key === 'vetting' || key === 'driving') continue;
    const a = before[key];
    const b = after[key];
    if (JSON.stringify(a) === JSON.stringify(b)) continue;
    if (Array.isArray(a) && Array.isArray(b)) {
      out.push({ field: key, before: `${a.length} items`, after: a.length === b.length ? `${b.length} items, reworded` : `${b.length} items` });
    } else {
      out.push({ field: key, before: shown(a), after: shown(b) });
    }
  }
  return out;
}

function shown(value: unknown): string {
  if (value === null || value === undefined) return 'not stated';
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}

export async function reparseStale(store: ProfileStore, overrides: OverrideSource): Promise<ReparseResult> {
  const { profiles, problems } = await store.loadProfiles();
  const { byRole, problems: overrideProblems } = await overrides.readOverrides();
  problems.push(...overrideProblems);
  const reparsed: Reparsed[] = [];
  let current = 0;
  for (const old of profiles) {
    if (!isStale(old)) {
      current += 1;
      continue;
    }
    try {
      const doc = await extractDocumentText(await store.readSource(old.source.file), old.source.file);
      const parsed = parseDocument(doc).profile;
      const profile: RoleProfile = { ...parsed, id: old.id, source: { ...parsed.source, file: old.source.file } };
      await store.saveProfile(profile);
      const corrected = new Map(latestCorrections(byRole.get(old.id) ?? []).map((c) => [c.field, c]));
      reparsed.push({
        id: old.id,
        file: old.source.file,
        fromVersion: old.parserVersion ?? null,
        changes: changes(old, profile).map((change) => {
          const correction = corrected.get(change.field);
          const row = reviewField(change.field);
          return { ...change, correctedByHr: correction && row ? row.show(correction.value) : null };
        }),
        corrections: corrected.size,
      });
    } catch (error) {
      const why = isRoleCallError(error) ? error.toUserText() : error instanceof Error ? error.message : String(error);
      problems.push(`roles/${old.id}.json: its document sources/${old.source.file} could not be parsed again (${why}); the stored profile is kept.`);
    }
  }
  return { reparsed, current, problems };
}
