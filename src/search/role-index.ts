/**
 * Full-text index over profiles and their facts (minisearch): titles and names weigh most, then force,
 * then the facts. Fuzzy and prefix matching catch typos and part words; the police vocabulary expands
 * queries. Profiles are added, replaced and discarded in place: no rebuild when HR posts a new role.
 *
 * Beside it, the words of each role's document lines (line-words.ts): retrieval (retrieve-lines.ts) asks
 * which words of a role's lines match a question's words, with typo and word-ending rules, then reads the
 * role's own lines to quote them. Those words are kept out of minisearch: a per-document frequency map
 * under every word of every document was most of the index's build time and memory.
 */
import MiniSearch, { type Options } from 'minisearch';
import type { RoleProfile } from '../profile/role-profile.ts';
import { namesOf, singular, STOP_WORDS, words } from '../catalogue/index.ts';
import { expandQueryWords } from '../vocabulary/search-synonyms.ts';
import { LineWords, lineWord, lineWordsOf, type LineWordsJson, type RoleOrdinals } from './line-words.ts';
import { searchableLines } from './searchable-lines.ts';

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

const ROLE_FIELDS = ['title', 'names', 'organisation', 'facts'];

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

/** Longer forms of a word match from four letters ("swim" -> "swimming"), in role searches and lines alike. */
const prefixFrom = (term: string): boolean => term.length >= 4;

const INDEX_OPTIONS: Options<IndexedRole> = {
  fields: ROLE_FIELDS,
    storeFields: [],
    tokenize: (text) => words(text),
    processTerm,
    searchOptions: {
      fields: ROLE_FIELDS,
      boost: { title: 4, names: 3, organisation: 2, facts: 0.5 },
      fuzzy: (term) => (term.length >= 8 ? 0.25 : term.length >= 5 ? 0.2 : 0),
      prefix: prefixFrom,
      combineWith: 'OR',
    },
};

/** What RoleIndex.toJSON gives and fromJSON takes: minisearch's own plain-object form, and the line words. */
export interface RoleIndexJson {
  search: ReturnType<MiniSearch<IndexedRole>['toJSON']>;
  lines: LineWordsJson;
}

/** The roles whose lines use a word matching a question word (RoleIndex.lineRoles). */
export interface LineRoles {
  roles: RoleOrdinals;
  /** Every index word matching the question word, in any role, with its weight. */
  terms: ReadonlyMap<string, number>;
}

export class RoleIndex {
  private readonly search_: MiniSearch<IndexedRole>;
  private readonly lines_: LineWords;

  /** @param loaded an index read back by fromJSON (the start-up snapshot); otherwise built from the profiles. */
  constructor(profiles: Iterable<RoleProfile> = [], loaded?: { search: MiniSearch<IndexedRole>; lines: LineWords }) {
    this.search_ = loaded?.search ?? new MiniSearch<IndexedRole>(INDEX_OPTIONS);
    this.lines_ = loaded?.lines ?? new LineWords();
    if (!loaded) {
      const all = [...profiles];
      this.search_.addAll(all.map(toDocument));
      const seen = new Map<string, string[]>();
      for (const profile of all) this.lines_.set(profile.id, lineWordsOf(searchableLines(profile), seen));
    }
  }

  /** The index as a plain object for JSON (the start-up snapshot). */
  toJSON(): RoleIndexJson {
    return { search: this.search_.toJSON(), lines: this.lines_.toJSON() };
  }

  /**
   * An index from toJSON's output, without re-indexing. Throws on anything else (minisearch's own error, or
   * a LineWordsError), and when the two halves do not hold the same number of roles.
   */
  static fromJSON(json: unknown): RoleIndex {
    const parts = json as RoleIndexJson;
    const search = MiniSearch.loadJS<IndexedRole>(parts.search, INDEX_OPTIONS);
    const lines = LineWords.fromJSON(parts.lines);
    if (search.documentCount !== lines.size) throw new Error(`RoleIndex: ${search.documentCount} roles searched but ${lines.size} with line words`);
    return new RoleIndex([], { search, lines });
  }

  get size(): number {
    return this.search_.documentCount;
  }

  /** Add a profile, or replace the one with the same id, in place. */
  upsert(profile: RoleProfile): void {
    const document = toDocument(profile);
    if (this.search_.has(profile.id)) this.search_.replace(document);
    else this.search_.add(document);
    this.lines_.set(profile.id, lineWordsOf(searchableLines(profile)));
  }

  remove(id: string): boolean {
    if (!this.search_.has(id)) return false;
    this.search_.discard(id);
    this.lines_.remove(id);
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
    const lookup = { typos: options.typos === false ? () => false as const : lineTypos, prefix: prefixFrom };
    // The word read as a query is: "covid-19" is two words, either of which may match.
    for (const queryWord of words(exact)) {
      const term = lineWord(queryWord);
      if (!term) continue;
      for (const [role, matched] of this.lines_.matches(term, lookup, roleId)) {
        let terms = byRole.get(role);
        if (!terms) byRole.set(role, (terms = new Map()));
        for (const found of matched) terms.set(found, found === exact ? 1 : found.startsWith(exact) ? LONGER_WEIGHT : TYPO_WEIGHT);
      }
    }
    return byRole;
  }

  /**
   * lineTerms for every role at once, without a map per role: the roles whose lines use a word matching
   * `word`, as ordinals (see lineRoleAt), and the matching words with their weights (a role's own are
   * those of them its lines use).
   */
  lineRoles(word: string, options: { typos?: boolean } = {}): LineRoles {
    const exact = processTerm(word);
    if (!exact) return { roles: { order: [], has: new Uint8Array(this.lines_.ordinalCount) }, terms: new Map() };
    const lookup = { typos: options.typos === false ? () => false as const : lineTypos, prefix: prefixFrom };
    const weighted = new Map<string, number>();
    for (const queryWord of words(exact)) {
      const term = lineWord(queryWord);
      if (!term) continue;
      for (const found of this.lines_.matchingWords(term, lookup)) weighted.set(found, found === exact ? 1 : found.startsWith(exact) ? LONGER_WEIGHT : TYPO_WEIGHT);
    }
    return {
      roles: this.lines_.ordinalsUsingAny(weighted.keys()),
      terms: weighted,
    };
  }

  /** How many role ordinals lineRoles may give: the length of an array indexed by them. */
  get lineOrdinalCount(): number {
    return this.lines_.ordinalCount;
  }

  /** The role id of an ordinal lineRoles gave (undefined for a role removed since). */
  lineRoleAt(ordinal: number): string | undefined {
    return this.lines_.roleAt(ordinal);
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
