/**
 * Full-text index over profiles and their facts (minisearch): titles and names weigh most, then force,
 * then the facts. Fuzzy and prefix matching catch typos and part words; the police vocabulary expands
 * queries. Profiles are added, replaced and discarded in place: no rebuild when HR posts a new role.
 */
import MiniSearch, { type Options } from 'minisearch';
import type { RoleProfile } from '../profile/role-profile.ts';
import { namesOf, singular, STOP_WORDS, words } from '../catalogue/index.ts';
import { expandQueryWords } from '../vocabulary/search-synonyms.ts';

interface IndexedRole {
  id: string;
  title: string;
  names: string;
  organisation: string;
  facts: string;
}

export interface SearchHit {
  id: string;
  score: number;
}

/**
 * The facts worth searching, kept short so 10,000 profiles index in a few seconds: names of skills,
 * behaviours, systems and tests, vetting codes, shift pattern, driving, rank and grade. Long prose
 * (responsibilities, criteria) is read by the topics, not searched.
 */
function factText(profile: RoleProfile): string {
  const parts: string[] = [
    profile.rank ?? '',
    profile.grade ?? '',
    profile.department ?? '',
    profile.reportsTo ?? '',
    profile.shifts.pattern ?? '',
    profile.vetting.levels.join(' '),
    profile.vetting.status === 'stated' ? 'vetting' : '',
    profile.driving.requirement === 'essential' || profile.driving.requirement === 'desirable' ? 'driving licence' : '',
    ...profile.skills.map((skill) => skill.name),
    ...profile.behaviours.map((item) => item.name),
    ...profile.itSystems.map((item) => item.name),
    ...profile.health.map((item) => item.text.slice(0, 80)),
    ...profile.training.map((item) => item.text.slice(0, 80)),
  ];
  return parts.join(' \n ');
}

function toDocument(profile: RoleProfile): IndexedRole {
  return {
    id: profile.id,
    title: profile.title,
    names: namesOf(profile)
      .filter((name) => name.kind !== 'title')
      .map((name) => name.words.join(' '))
      .join(' \n '),
    organisation: profile.organisation ?? '',
    facts: factText(profile),
  };
}

function processTerm(term: string): string | null {
  const word = singular(term.toLowerCase());
  return word.length === 0 ? null : word;
}

const INDEX_OPTIONS: Options<IndexedRole> = {
    fields: ['title', 'names', 'organisation', 'facts'],
    storeFields: [],
    tokenize: (text) => words(text),
    processTerm,
    searchOptions: {
      boost: { title: 4, names: 3, organisation: 2, facts: 0.5 },
      fuzzy: (term) => (term.length >= 8 ? 0.25 : term.length >= 5 ? 0.2 : 0),
      prefix: (term) => term.length >= 4,
      combineWith: 'OR',
    },
};

/** What RoleIndex.toJSON gives and fromJSON takes: minisearch's own plain-object form. */
export type RoleIndexJson = ReturnType<MiniSearch<IndexedRole>['toJSON']>;

export class RoleIndex {
  private readonly search_: MiniSearch<IndexedRole>;

  /** @param loaded an index read back by fromJSON (the start-up snapshot); otherwise built from the profiles. */
  constructor(profiles: Iterable<RoleProfile> = [], loaded?: MiniSearch<IndexedRole>) {
    this.search_ = loaded ?? new MiniSearch<IndexedRole>(INDEX_OPTIONS);
    if (!loaded) this.search_.addAll([...profiles].map(toDocument));
  }

  /** The index as a plain object for JSON (the start-up snapshot). */
  toJSON(): RoleIndexJson {
    return this.search_.toJSON();
  }

  /** An index from toJSON's output, without re-indexing. Throws on anything else (minisearch's own error). */
  static fromJSON(json: unknown): RoleIndex {
    return new RoleIndex([], MiniSearch.loadJS<IndexedRole>(json as RoleIndexJson, INDEX_OPTIONS));
  }

  get size(): number {
    return this.search_.documentCount;
  }

  /** Add a profile, or replace the one with the same id, in place. */
  upsert(profile: RoleProfile): void {
    const document = toDocument(profile);
    if (this.search_.has(profile.id)) this.search_.replace(document);
    else this.search_.add(document);
  }

  remove(id: string): boolean {
    if (!this.search_.has(id)) return false;
    this.search_.discard(id);
    return true;
  }

  /** Roles best matching free text, best first. Stop words are dropped; vocabulary expands the rest. */
  search(text: string, limit = 5): SearchHit[] {
    const queryWords = expandQueryWords(words(text).filter((word) => !STOP_WORDS.has(word)));
    if (queryWords.length === 0) return [];
    return this.search_
      .search(queryWords.join(' '))
      .slice(0, limit)
      .map((result) => ({ id: String(result.id), score: result.score }));
  }

  /** Roles whose titles or names look like the text: the nearest roles for an unknown one. */
  nearestTitles(text: string, limit = 3): SearchHit[] {
    const queryWords = expandQueryWords(words(text).filter((word) => !STOP_WORDS.has(word)));
    if (queryWords.length === 0) return [];
    return this.search_
      .search(queryWords.join(' '), { fields: ['title', 'names', 'organisation'] })
      .slice(0, limit)
      .map((result) => ({ id: String(result.id), score: result.score }));
  }
}
