/**
 * The one phrase matcher: every table of words (a concept's question words, its headings, vetting levels,
 * working-pattern features) finds its phrases in normalised words the same way, for documents and questions.
 *
 * The policy, in one place:
 * - the longest phrase wins wherever phrases overlap; at equal length the earlier one; words a phrase used
 *   are not read again ("enhanced sc clearance" is eSC, not SC);
 * - each word of a phrase matches as written, through its singular ("working patterns") unless the table
 *   says its words' singulars mean something else (shift-work.ts: "earlies" is not "early"), or, when the table
 *   allows typos, within one typing mistake for words of five letters or more ("reprots to", "anaylst"),
 *   never for stop words or words the caller says are something else (a role's own name);
 * - a span says how it matched, and its confidence follows from that (MATCH_CONFIDENCE), never from the
 *   order of the code.
 */
import { STOP_WORDS, editDistance, singular } from './normalise-text.ts';

/** How a span's words matched its phrase: the weakest word decides. */
export type MatchKind = 'exact' | 'plural' | 'typo';

/** Confidence of a span by how it matched: a table, so the precedence is data. */
export const MATCH_CONFIDENCE: Readonly<Record<MatchKind, number>> = { exact: 1, plural: 0.95, typo: 0.8 };

/** Shortest word a typo is forgiven in: shorter words are too easily another word ("hour" / "four"). */
const MIN_TYPO_LENGTH = 5;

export interface PhraseHit<T> {
  value: T;
  /** Index of the first word matched, and how many words. */
  start: number;
  length: number;
  match: MatchKind;
  confidence: number;
}

export interface FindOptions {
  /** Word positions already used by something else (a role's name): no phrase may use them. */
  taken?: ReadonlySet<number>;
  /** Words never read as a typo of a table word (role names, glossary terms). */
  avoid?: ReadonlySet<string>;
}

export interface TableOptions {
  /** Forgive one typing mistake in words of five letters or more (question words; never document words). */
  typos?: boolean;
  /**
   * Match a word through its singular (default true). A table whose words' singulars mean something else
   * ("earlies" is not "early", "lates" not "late") lists each form it means and turns this off.
   */
  plurals?: boolean;
}

interface Entry<T> {
  words: string[];
  value: T;
}

/** Distinct words whose near first words are kept; past this the memo starts again (bounded memory). */
const NEAR_CACHE_LIMIT = 20_000;

const RANK: Readonly<Record<MatchKind, number>> = { exact: 0, plural: 1, typo: 2 };

function weaker(a: MatchKind, b: MatchKind): MatchKind {
  return RANK[a] >= RANK[b] ? a : b;
}

export class PhraseTable<T> {
  private readonly byFirst = new Map<string, Entry<T>[]>();
  /** First words of five letters or more: the only ones a typo is looked for in. */
  private readonly typoFirsts: string[] = [];
  private readonly nearCache = new Map<string, string[]>();

  constructor(
    entries: Iterable<readonly [string, T]>,
    private readonly options: TableOptions = {},
  ) {
    for (const [phrase, value] of entries) {
      const words = phrase.split(' ').filter((word) => word.length > 0);
      const first = words[0];
      if (first === undefined) continue;
      const list = this.byFirst.get(first) ?? [];
      if (list.length === 0 && first.length >= MIN_TYPO_LENGTH) this.typoFirsts.push(first);
      list.push({ words, value });
      this.byFirst.set(first, list);
    }
  }

  /** How `typed` matches the table's `known` word, or null when it does not. */
  private wordMatch(typed: string, known: string, avoid: ReadonlySet<string> | undefined): MatchKind | null {
    if (typed === known) return 'exact';
    if (this.options.plurals === false) return null;
    if (singular(typed) === known || singular(known) === typed || singular(typed) === singular(known)) return 'plural';
    if (!this.options.typos || known.length < MIN_TYPO_LENGTH || typed.length < MIN_TYPO_LENGTH) return null;
    if (STOP_WORDS.has(typed) || avoid?.has(typed)) return null;
    return editDistance(typed, known, 1) <= 1 || editDistance(singular(typed), singular(known), 1) <= 1 ? 'typo' : null;
  }

  /** The entries whose first word `typed` may be: as written, its singular, or one typo away. */
  private entriesFor(typed: string, avoid: ReadonlySet<string> | undefined): Entry<T>[] {
    const exact = [...(this.byFirst.get(typed) ?? []), ...(this.options.plurals !== false && singular(typed) !== typed ? (this.byFirst.get(singular(typed)) ?? []) : [])];
    if (!this.options.typos || typed.length < MIN_TYPO_LENGTH || STOP_WORDS.has(typed) || avoid?.has(typed)) return exact;
    const near = this.nearFirsts(typed);
    return near.length === 0 ? exact : [...exact, ...near.flatMap((first) => this.byFirst.get(first) ?? [])];
  }

  /**
   * First words one typo from `typed` (or from its singular). Scanning every first word is the matcher's cost
   * on long documents, and the same words recur line after line, so the answer is kept per word.
   */
  private nearFirsts(typed: string): string[] {
    const known = this.nearCache.get(typed);
    if (known) return known;
    const near = this.typoFirsts.filter((first) => first !== typed && first !== singular(typed) && (editDistance(typed, first, 1) <= 1 || editDistance(singular(typed), singular(first), 1) <= 1));
    if (this.nearCache.size >= NEAR_CACHE_LIMIT) this.nearCache.clear();
    this.nearCache.set(typed, near);
    return near;
  }

  /** Every phrase of the table in `words`, by the policy above, in the order they appear. */
  find(words: readonly string[], options: FindOptions = {}): PhraseHit<T>[] {
    const candidates: PhraseHit<T>[] = [];
    for (let start = 0; start < words.length; start += 1) {
      if (options.taken?.has(start)) continue;
      for (const entry of this.entriesFor(words[start] ?? '', options.avoid)) {
        if (start + entry.words.length > words.length) continue;
        let match: MatchKind | null = 'exact';
        for (let k = 0; k < entry.words.length && match !== null; k += 1) {
          if (options.taken?.has(start + k)) match = null;
          else {
            const word = this.wordMatch(words[start + k] ?? '', entry.words[k] ?? '', options.avoid);
            match = word === null ? null : weaker(match, word);
          }
        }
        if (match !== null) candidates.push({ value: entry.value, start, length: entry.words.length, match, confidence: MATCH_CONFIDENCE[match] });
      }
    }
    // Longest first, then the better match, then the earlier one; a word is used once.
    candidates.sort((a, b) => b.length - a.length || RANK[a.match] - RANK[b.match] || a.start - b.start);
    const used = new Set<number>();
    const hits: PhraseHit<T>[] = [];
    for (const hit of candidates) {
      let free = true;
      for (let k = 0; k < hit.length && free; k += 1) free = !used.has(hit.start + k);
      if (!free) continue;
      for (let k = 0; k < hit.length; k += 1) used.add(hit.start + k);
      hits.push(hit);
    }
    return hits.sort((a, b) => a.start - b.start);
  }
}
