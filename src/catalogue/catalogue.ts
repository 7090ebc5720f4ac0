/**
 * The catalogue: every known profile with its names, kept in term dictionaries (minisearch's
 * SearchableMap, a radix tree with fuzzy lookup) so resolving a role costs a few lookups per question
 * rather than a pass over every profile. Adding, replacing or removing a profile updates them in place.
 */
import SearchableMap from 'minisearch/SearchableMap';
import type { RoleProfile } from '../profile/role-profile.ts';
import { roleRef, type RoleRef } from './role-ref.ts';
import { isPhraseOnly, namesOf, organisationWords, singularIfLong, type RoleName } from './role-names.ts';
import { editDistance, STOP_WORDS, words } from '../vocabulary/normalise-text.ts';
import { EVERYDAY_ROLE_WORDS } from '../vocabulary/role-words.ts';

export interface CatalogueEntry {
  profile: RoleProfile;
  names: RoleName[];
  organisationWords: string[];
  /** Every word of every name, for counting weak words ("pc") a name also holds. */
  nameWords: ReadonlySet<string>;
  /** Scratch space for one resolution at a time: which question last counted this entry, and how often. */
  mark: number;
  hits: number;
}

/**
 * Term -> role ids in a plain Map (fast exact lookups and updates), with the distinct terms also kept in a
 * radix tree for typo-tolerant lookups. Distinct name words are few even at 10,000 roles, so the tree
 * stays small and is touched only when a word is new or gone.
 */
export class TermDictionary<T> {
  private readonly ids = new Map<string, Set<T>>();
  private readonly vocabulary = new SearchableMap<true>();

  add(term: string, id: T): void {
    const ids = this.ids.get(term);
    if (ids) {
      ids.add(id);
      return;
    }
    this.ids.set(term, new Set([id]));
    this.vocabulary.set(term, true);
  }

  delete(term: string, id: T): void {
    const ids = this.ids.get(term);
    if (!ids) return;
    ids.delete(id);
    if (ids.size > 0) return;
    this.ids.delete(term);
    this.vocabulary.delete(term);
  }

  get(term: string): ReadonlySet<T> | undefined {
    return this.ids.get(term);
  }

  has(term: string): boolean {
    return this.ids.has(term);
  }

  /** Known terms within `maxDistance` edits of `term`, with their distance. */
  fuzzy(term: string, maxDistance: number): Map<string, number> {
    const found = new Map<string, number>();
    for (const [key, [, distance]] of this.vocabulary.fuzzyGet(term, maxDistance)) found.set(key, distance);
    if (found.size > 0) return found;
    // Two letters swapped ("anaylst") are two edits to the radix tree but one typo to a person.
    for (const [key] of this.vocabulary.fuzzyGet(term, maxDistance + 1)) {
      const swapped = editDistance(term, key, maxDistance);
      if (swapped <= maxDistance) found.set(key, swapped);
    }
    return found;
  }
}

export class Catalogue {
  private readonly entries = new Map<string, CatalogueEntry>();
  /** Every word of every name -> the entries of the roles with a name holding it. */
  readonly nameTerms = new TermDictionary<CatalogueEntry>();
  /**
   * Names of two or more words none of which identifies a role alone ("student officer"), joined by spaces
   * -> the entries holding them: looked up whole, since their words alone never pick a role.
   */
  readonly weakPhrases = new Map<string, Set<CatalogueEntry>>();
  /** Identifying words of force names -> role ids. */
  readonly organisationTerms = new TermDictionary<string>();
  /** Counter for CatalogueEntry.mark: one value per resolution. */
  private serial = 0;
  /** Words of the rank field ("constable") -> role ids, for "which PC?" clarifications. */
  readonly rankTerms = new Map<string, Set<string>>();
  private sorted: RoleRef[] | null = null;
  private sortedProfilesCache: RoleProfile[] | null = null;

  constructor(profiles: readonly RoleProfile[] = []) {
    for (const profile of profiles) this.upsert(profile);
  }

  get size(): number {
    return this.entries.size;
  }

  /** A fresh mark for counting entries during one resolution (see CatalogueEntry.mark). */
  nextMark(): number {
    this.serial += 1;
    return this.serial;
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
    this.sorted ??= this.sortedProfiles().map(roleRef);
    return this.sorted;
  }

  /** Every profile sorted by title, then force (cached), so lists can stop after their first items. */
  sortedProfiles(): readonly RoleProfile[] {
    // Plain comparison of lower-cased keys: localeCompare is too slow for 10,000 roles.
    this.sortedProfilesCache ??= [...this.entries.values()]
      .map((entry) => ({ profile: entry.profile, key: `${entry.profile.title}\u0000${entry.profile.organisation ?? ''}`.toLowerCase() }))
      .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
      .map((item) => item.profile);
    return this.sortedProfilesCache;
  }

  upsert(profile: RoleProfile): void {
    if (this.entries.has(profile.id)) this.remove(profile.id);
    const names = namesOf(profile);
    const entry: CatalogueEntry = {
      profile,
      names,
      organisationWords: organisationWords(profile.organisation),
      nameWords: nameWordsOf(names),
      mark: 0,
      hits: 0,
    };
    this.entries.set(profile.id, entry);
    for (const name of entry.names) for (const word of name.words) this.nameTerms.add(word, entry);
    for (const phrase of weakPhrasesOf(entry.names)) {
      const entries = this.weakPhrases.get(phrase) ?? new Set<CatalogueEntry>();
      entries.add(entry);
      this.weakPhrases.set(phrase, entries);
    }
    for (const word of entry.organisationWords) this.organisationTerms.add(word, profile.id);
    for (const word of rankWords(profile)) {
      const ids = this.rankTerms.get(word) ?? new Set<string>();
      ids.add(profile.id);
      this.rankTerms.set(word, ids);
    }
    this.sorted = null;
    this.sortedProfilesCache = null;
  }

  remove(id: string): boolean {
    const entry = this.entries.get(id);
    if (!entry) return false;
    for (const name of entry.names) for (const word of name.words) this.nameTerms.delete(word, entry);
    for (const phrase of weakPhrasesOf(entry.names)) {
      const entries = this.weakPhrases.get(phrase);
      entries?.delete(entry);
      if (entries?.size === 0) this.weakPhrases.delete(phrase);
    }
    for (const word of entry.organisationWords) this.organisationTerms.delete(word, id);
    for (const word of rankWords(entry.profile)) this.rankTerms.get(word)?.delete(id);
    this.entries.delete(id);
    this.sorted = null;
    this.sortedProfilesCache = null;
    return true;
  }
}

/** One word set per names array (shared by roles of the same title). */
const nameWordSets = new WeakMap<readonly RoleName[], ReadonlySet<string>>();
function nameWordsOf(names: readonly RoleName[]): ReadonlySet<string> {
  let set = nameWordSets.get(names);
  if (!set) {
    // Phrase-only names match whole or not at all: their words do not count one by one.
    set = new Set(names.filter((name) => !isPhraseOnly(name.kind)).flatMap((name) => name.words));
    nameWordSets.set(names, set);
  }
  return set;
}

function weakPhrasesOf(names: readonly RoleName[]): string[] {
  return names
    .filter((name) => name.keyWords.length === 0 && name.words.length >= 2 && name.words.length <= 4)
    .filter((name) => name.words.some((word) => !EVERYDAY_ROLE_WORDS.has(word) && !STOP_WORDS.has(word)))
    .map((name) => name.words.join(' '));
}

function rankWords(profile: RoleProfile): string[] {
  return [...new Set([...words(profile.rank ?? ''), ...words(profile.title)].map(singularIfLong))];
}
