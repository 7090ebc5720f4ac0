/**
 * The catalogue: every known profile with its names, kept in term dictionaries (minisearch's
 * SearchableMap, a radix tree with fuzzy lookup) so resolving a role costs a few lookups per question
 * rather than a pass over every profile. Adding, replacing or removing a profile updates them in place.
 */
import SearchableMap from 'minisearch/SearchableMap';
import type { RoleProfile } from '../profile/role-profile.ts';
import { roleRef, type RoleRef } from './role-ref.ts';
import { namesOf, organisationWords, singularIfLong, type RoleName } from './role-names.ts';
import { words } from './normalise-text.ts';

export interface CatalogueEntry {
  profile: RoleProfile;
  names: RoleName[];
  organisationWords: string[];
}

function addTo(map: SearchableMap<Set<string>>, term: string, id: string): void {
  const ids = map.get(term);
  if (ids) ids.add(id);
  else map.set(term, new Set([id]));
}

function removeFrom(map: SearchableMap<Set<string>>, term: string, id: string): void {
  const ids = map.get(term);
  if (!ids) return;
  ids.delete(id);
  if (ids.size === 0) map.delete(term);
}

export class Catalogue {
  private readonly entries = new Map<string, CatalogueEntry>();
  /** Every word of every name -> ids of the roles with a name holding it. */
  readonly nameTerms = new SearchableMap<Set<string>>();
  /** Identifying words of force names -> role ids. */
  readonly organisationTerms = new SearchableMap<Set<string>>();
  /** Words of the rank field ("constable") -> role ids, for "which PC?" clarifications. */
  readonly rankTerms = new Map<string, Set<string>>();
  private sorted: RoleRef[] | null = null;

  constructor(profiles: readonly RoleProfile[] = []) {
    for (const profile of profiles) this.upsert(profile);
  }

  get size(): number {
    return this.entries.size;
  }

  get(id: string): RoleProfile | undefined {
    return this.entries.get(id)?.profile;
  }

  entry(id: string): CatalogueEntry | undefined {
    return this.entries.get(id);
  }

  *profiles(): Generator<RoleProfile> {
    for (const entry of this.entries.values()) yield entry.profile;
  }

  /** Every role sorted by title, then force. Cached until the catalogue changes. */
  roles(): RoleRef[] {
    this.sorted ??= [...this.entries.values()]
      .map((entry) => roleRef(entry.profile))
      .sort((a, b) => a.title.localeCompare(b.title) || (a.organisation ?? '').localeCompare(b.organisation ?? ''));
    return this.sorted;
  }

  upsert(profile: RoleProfile): void {
    this.remove(profile.id);
    const entry: CatalogueEntry = {
      profile,
      names: namesOf(profile),
      organisationWords: organisationWords(profile.organisation),
    };
    this.entries.set(profile.id, entry);
    for (const name of entry.names) for (const word of name.words) addTo(this.nameTerms, word, profile.id);
    for (const word of entry.organisationWords) addTo(this.organisationTerms, word, profile.id);
    for (const word of rankWords(profile)) {
      const ids = this.rankTerms.get(word) ?? new Set<string>();
      ids.add(profile.id);
      this.rankTerms.set(word, ids);
    }
    this.sorted = null;
  }

  remove(id: string): boolean {
    const entry = this.entries.get(id);
    if (!entry) return false;
    for (const name of entry.names) for (const word of name.words) removeFrom(this.nameTerms, word, id);
    for (const word of entry.organisationWords) removeFrom(this.organisationTerms, word, id);
    for (const word of rankWords(entry.profile)) this.rankTerms.get(word)?.delete(id);
    this.entries.delete(id);
    this.sorted = null;
    return true;
  }
}

function rankWords(profile: RoleProfile): string[] {
  return [...new Set([...words(profile.rank ?? ''), ...words(profile.title)].map(singularIfLong))];
}
