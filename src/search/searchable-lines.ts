/**
 * The lines of a role's document that retrieval searches and quotes. A profile parsed since lines were
 * kept has them all; one stored before that (no `lines` in its JSON) falls back to the lines its evidence
 * quotes, so it is still searched, over less, rather than not at all.
 */
import type { DocumentLine, RoleProfile } from '../profile/role-profile.ts';

function isEvidence(value: unknown): value is { line: number; quote: string } {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  return typeof record.line === 'number' && typeof record.quote === 'string';
}

/** Every piece of evidence anywhere in the profile, one line each (the longest quote of a line). */
function evidenceLines(profile: RoleProfile): DocumentLine[] {
  const byLine = new Map<number, string>();
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) {
      for (const entry of value) visit(entry);
    } else if (isEvidence(value)) {
      const known = byLine.get(value.line);
      if (value.quote.trim() && (!known || known.length < value.quote.length)) byLine.set(value.line, value.quote.trim());
    } else if (typeof value === 'object' && value !== null) {
      for (const entry of Object.values(value)) visit(entry);
    }
  };
  visit({ ...profile, lines: [] });
  return [...byLine.entries()].sort((a, b) => a[0] - b[0]).map(([line, text]) => ({ line, text }));
}

const fallbackCache = new WeakMap<RoleProfile, DocumentLine[]>();

export function searchableLines(profile: RoleProfile): readonly DocumentLine[] {
  if (profile.lines.length > 0) return profile.lines;
  let lines = fallbackCache.get(profile);
  if (!lines) {
    lines = evidenceLines(profile);
    fallbackCache.set(profile, lines);
  }
  return lines;
}
