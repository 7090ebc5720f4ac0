/**
 * Full-text index over profiles and their facts (minisearch): titles and names weigh most, then force,
 * then the facts. Fuzzy and prefix matching catch typos and part words; the police vocabulary expands
 * queries. Profiles are added, replaced and discarded in place: no rebuild when HR posts a new role.
 *
 * The same index holds each role's document lines (the `lines` field, one document per role, each word
 * once): retrieval (retrieve-lines.ts) asks it which words of a role's lines match a question's words,
 * with the same typo and word-ending rules, then reads the role's own lines to quote them.
 */
import MiniSearch, { type Options } from 'minisearch';
import type { RoleProfile } from '../profile/role-profile.ts';
import { namesOf, singular, STOP_WORDS, words } from '../catalogue/index.ts';
import { expandQueryWords } from '../vocabulary/search-synonyms.ts';
import { searchableLines } from './searchable-lines.ts';

interface IndexedRole {
  id: string;
  title: string;
  names: string;
  organisation: string;
  facts: string;
  lines: string;
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
    lines: searchableLines(profile)
      .map((line) => line.text)
      .join('\n'),
  };
}

/** The fields role searches read; `lines` is read only by lineTerms. */
const ROLE_FIELDS = ['title', 'names', 'organisation', 'facts'];

/**
 * A line field is indexed as the set of its words: whether a role's document uses a word is what
 * retrieval asks, and indexing each word once keeps 10,000 documents' worth of lines small and quick.
 */
function tokenizeField(text: string, fieldName?: string): string[] {
  return fieldName === 'lines' ? [...new Set(words(text))] : words(text);
}

function processTerm(term: string): string | null {
  const word = singular(term.toLowerCase());
  return word.length === 0 ? null : word;
}

/** A longer form of a word ("swim" -> "swimming") counts nearly as the word; a typo match less. */
const LONGER_WEIGHT = 0.95;
const TYPO_WEIGHT = 0.8;

/**
 * Typos forgiven in a word of a document line: one from five letters, two from eight. Stricter than the
 * role search's share of the length, which lets a ten-letter word ("occasional") reach another
 * ("operational") and quote a line about something else.
 */
function lineTypos(term: string): number | false {
  return term.length >= 8 ? 2 : term.length >= 5 ? 1 : false;
}

const INDEX_OPTIONS: Options<IndexedRole> = {
  fields: [...ROLE_FIELDS, 'lines'],
    storeFields: [],
    tokenize: tokenizeField,
    processTerm,
    searchOptions: {
      fields: ROLE_FIELDS,
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

  /**
   * The words of roles' document lines that match one query word: the word itself, a longer form ("swim"
   * -> "swimming") or a typo of it ("spent" -> "spend"), by role id. Only that role's when `roleId` is
   * given (its document is the only one scored). Each term with its weight: 1 for the word itself, less
   * for a longer form, less again for a typo. An acronym the person typed in capitals ("HOLMES") is no
   * typo: then only it and its longer forms match. A word some document uses as written may still be
   * another's typo or form ("spent" where another says "spend"): typos stay allowed for it.
   */
  lineTerms(word: string, roleId?: string, options: { typos?: boolean } = {}): Map<string, Map<string, number>> {
    const exact = processTerm(word);
    const byRole = new Map<string, Map<string, number>>();
    if (!exact) return byRole;
    const typos = options.typos !== false;
    const results = this.search_.search(exact, {
      fields: ['lines'],
      fuzzy: typos ? lineTypos : false,
      ...(roleId === undefined ? {} : { boostDocument: (id: unknown) => (id === roleId ? 1 : 0) }),
    });
    for (const result of results) {
      const terms = new Map<string, number>();
      for (const term of Object.keys(result.match)) terms.set(term, term === exact ? 1 : term.startsWith(exact) ? LONGER_WEIGHT : TYPO_WEIGHT);
      byRole.set(String(result.id), terms);
    }
    return byRole;
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
