/**
 * Which roles a vacancy question names ("any DMI postings?", "when does the DC posting close?"), read by the
 * catalogue's own resolver, so a vacancy question knows every name a role question knows: titles, aliases
 * (a bracketed "(DMI)" or one defined in the document), initials, informal names ("DC"), typos, and an
 * unknown role ("dog handler") that is not taken for a known one ("Contact Handler").
 */
import type { RoleRef } from '../answer/types.ts';
import { Catalogue, resolveRoles, singular, tokenize } from '../catalogue/index.ts';
import { roleRef } from '../catalogue/role-ref.ts';
import { RoleProfileSchema, type RoleProfile } from '../profile/role-profile.ts';
import { QUESTION_WORDS } from './vacancy-question.ts';

/** Where a vacancy question's roles are looked up. */
export interface RoleNaming {
  /** The assistant's catalogue, when the caller has it: every role it holds, kept up to date by the assistant. */
  catalogue: Catalogue | null;
  /** Roles the postings (or the caller's role list) name that the catalogue does not hold. */
  others: readonly RoleProfile[];
}

/**
 * A name-only stand-in for a role a posting names whose profile is gone (removed after it was posted): enough
 * for the catalogue to resolve its title, and used for nothing else.
 */
export function postingRoleProfile(role: RoleRef): RoleProfile {
  return RoleProfileSchema.parse({
    id: role.id,
    title: role.title,
    organisation: role.organisation,
    staffType: 'unknown',
    rank: null,
    grade: null,
    roleCode: null,
    weeklyHours: null,
    reportsTo: null,
    purpose: null,
    shifts: { pattern: null, details: null, evidence: [] },
    vetting: { status: 'not-stated', levels: [], note: null, evidence: [] },
    driving: { requirement: 'not-stated', detail: null, evidence: [] },
    evidence: {},
    source: { file: 'posting', sha256: '0'.repeat(64) },
  });
}

/**
 * The roles the question names. A mention the catalogue resolves gives its role; an ambiguous one ("PCSO"
 * with a PCSO in two forces) gives every candidate, since a posting for any of them answers "any PCSO
 * postings?"; words that name a role we do not hold give none. Vacancy words ("posting", "team", "station")
 * may complete a role's name but never name one alone, as topic words do for the question reader.
 */
export function rolesNamed(question: string, naming: RoleNaming): RoleRef[] {
  const tokens = tokenize(question);
  const topicPositions = new Set(tokens.filter((token) => QUESTION_WORDS.has(token.text) || QUESTION_WORDS.has(singular(token.text))).map((token) => token.pos));
  const catalogues = naming.others.length > 0 ? [naming.catalogue, new Catalogue(naming.others)] : [naming.catalogue];
  const named = new Map<string, RoleRef>();
  for (const catalogue of catalogues) {
    if (catalogue === null) continue;
    for (const mention of resolveRoles(catalogue, tokens, { topicPositions })) {
      if (mention.unknown) continue;
      for (const profile of mention.role ? [mention.role] : mention.candidates) named.set(profile.id, roleRef(profile));
    }
  }
  return [...named.values()];
}
