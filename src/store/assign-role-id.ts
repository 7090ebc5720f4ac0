/**
 * Which id a newly parsed profile gets: a profile with the same title and organisation keeps its id (the new
 * document replaces it); otherwise the parser's id, made unique with the organisation or a number when
 * another role already has it (two forces may both have a "Police Constable").
 */
import type { RoleProfile } from '../profile/role-profile.ts';

/** Title and organisation compared without case, punctuation or extra spaces. */
export function identityKey(profile: Pick<RoleProfile, 'title' | 'organisation'>): string {
  const clean = (text: string | null): string =>
    (text ?? '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, ' ')
      .trim();
  return `${clean(profile.title)}|${clean(profile.organisation)}`;
}

export function slugify(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** What id assignment asks of the stored roles (a Map and a Set will do; StoredRoles keeps them up to date). */
export interface KnownRoles<P = RoleProfile> {
  byIdentity: { get(key: string): P | undefined };
  ids: { has(id: string): boolean };
}

export function assignRoleId<P extends { id: string }>(parsed: RoleProfile, known: KnownRoles<P>): { id: string; replaces: P | null } {
  const same = known.byIdentity.get(identityKey(parsed));
  if (same) return { id: same.id, replaces: same };
  const base = parsed.id;
  if (!known.ids.has(base)) return { id: base, replaces: null };
  const withOrganisation = parsed.organisation ? `${base}-${slugify(parsed.organisation)}` : null;
  if (withOrganisation && withOrganisation !== base && !known.ids.has(withOrganisation)) {
    return { id: withOrganisation, replaces: null };
  }
  for (let n = 2; ; n += 1) {
    const candidate = `${withOrganisation ?? base}-${n}`;
    if (!known.ids.has(candidate)) return { id: candidate, replaces: null };
  }
}
