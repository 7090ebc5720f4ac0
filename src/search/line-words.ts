/**
 * Which words each role's document lines use: the index retrieval asks "which words of this role's lines
 * match this question word?" (retrieve-lines.ts). Retrieval only needs to know whether a document uses a
 * word, never how often or where, so this keeps one entry per distinct word (with minisearch's radix tree,
 * for typo and longer-form lookups over the words alone) and, for each word, the sorted list of the roles
 * that use it as a Uint32Array.
 *
 * Minisearch indexed the same thing as a document field, with a map of per-document frequencies under every
 * word: at 10,000 roles that took 14.6 s to build and most of the memory. Here building is a tokenising pass
 * and an append per (role, word), and the whole index saves to a few compact strings for the start-up
 * snapshot.
 *
 * Roles get an ordinal in the order they are added; a removed or replaced role's ordinal is retired (its
 * entries stay in the lists and are skipped) and the lists are compacted once retired entries outnumber
 * live roles, so HR's edits cost a few appends, not a rebuild.
 */
import { Buffer } from 'node:buffer';
import SearchableMap from 'minisearch/SearchableMap';
import type { DocumentLine } from '../profile/role-profile.ts';
import { singular, words } from '../catalogue/index.ts';

/** How a question word is turned into an index word (and how a document word is): lower case, singular. */
export function lineWord(term: string): string | null {
  const word = singular(term.toLowerCase());
  return word.length === 0 ? null : word;
}

/** The index words of one line. */
function wordsOfLine(text: string): string[] {
  const out: string[] = [];
  for (const word of words(text)) {
    const term = lineWord(word);
    if (term) out.push(term);
  }
  return out;
}

/**
 * The distinct index words of a role's lines. `seen` carries the words of lines already read in the same
 * pass: a force's documents repeat whole paragraphs (values, competency frameworks, standard conditions),
 * and reading such a line once is what makes a first build of thousands of roles quick.
 */
export function lineWordsOf(lines: readonly DocumentLine[], seen?: Map<string, string[]>): Set<string> {
  const out = new Set<string>();
  for (const line of lines) {
    let terms = seen?.get(line.text);
    if (!terms) {
      terms = wordsOfLine(line.text);
      seen?.set(line.text, terms);
    }
    for (const term of terms) out.add(term);
  }
  return out;
}

/** A growable list of role ordinals, ascending (ordinals only ever grow, so appends keep it sorted). */
interface Postings {
  ids: Uint32Array;
  length: number;
}

/** What LineWords.toJSON gives: words, and each word's ordinals as delta varints in one base64 string. */
export interface LineWordsJson {
  roles: string[];
  words: string[];
  postings: string;
}

/** Roles as ordinals (LineWords.ordinalsUsingAny): each once in the order first met, and a mask by ordinal. */
export interface RoleOrdinals {
  order: readonly number[];
  has: Uint8Array;
}

export interface LineWordsLookup {
  /** Typos forgiven for a word (an edit distance), or false for none. */
  typos: (word: string) => number | false;
  /** Whether longer forms of the word match ("swim" -> "swimming"). */
  prefix: (word: string) => boolean;
}

export class LineWords {
  /** word -> its position in `postings`; the radix tree holds the same, for typo and longer-form lookups. */
  private readonly termIds = new Map<string, number>();
  private readonly tree = new SearchableMap<number>();
  private readonly postings: Postings[] = [];
  /** ordinal -> role id; undefined once retired. */
  private roleIds: (string | undefined)[] = [];
  private readonly ordinals = new Map<string, number>();

  get size(): number {
    return this.ordinals.size;
  }

  has(roleId: string): boolean {
    return this.ordinals.has(roleId);
  }

  /** Index a role's words (a role already indexed is replaced). */
  set(roleId: string, terms: Iterable<string>): void {
    const ordinal = this.newOrdinal(roleId);
    for (const term of terms) append(this.postings[this.termNumber(term)] as Postings, ordinal);
  }

  /**
   * The number of an index word, the word added (with no roles yet) when new. A word keeps its number for the
   * index's life, so a caller filing the same words for many roles can look each up once (see setNumbers).
   */
  termNumber(term: string): number {
    let id = this.termIds.get(term);
    if (id === undefined) {
      id = this.postings.push({ ids: new Uint32Array(4), length: 0 }) - 1;
      this.termIds.set(term, id);
      this.tree.set(term, id);
    }
    return id;
  }

  /** Index a role's words by their numbers (termNumber), each at most once (a role already indexed is replaced). */
  setNumbers(roleId: string, numbers: Iterable<number>): void {
    const ordinal = this.newOrdinal(roleId);
    for (const id of numbers) {
      const list = this.postings[id];
      if (!list) throw new RangeError(`no index word numbered ${id}`);
      append(list, ordinal);
    }
  }

  private newOrdinal(roleId: string): number {
    this.remove(roleId);
    const ordinal = this.roleIds.push(roleId) - 1;
    this.ordinals.set(roleId, ordinal);
    return ordinal;
  }

  remove(roleId: string): boolean {
    const ordinal = this.ordinals.get(roleId);
    if (ordinal === undefined) return false;
    this.ordinals.delete(roleId);
    this.roleIds[ordinal] = undefined;
    if (this.roleIds.length - this.ordinals.size > Math.max(64, this.ordinals.size)) this.compact();
    return true;
  }

  /**
   * The index words matching `word` (itself, longer forms, typos within `lookup.typos`), each with the
   * live roles using it: by role id, the set of matching words. Only `roleId`'s entry when given.
   */
  matches(word: string, lookup: LineWordsLookup, roleId?: string): Map<string, Set<string>> {
    const byRole = new Map<string, Set<string>>();
    const only = roleId === undefined ? undefined : this.ordinals.get(roleId);
    if (roleId !== undefined && only === undefined) return byRole;
    for (const [term, id] of this.matchingTerms(word, lookup)) {
      const list = this.postings[id];
      if (!list) continue;
      if (only !== undefined) {
        if (contains(list, only)) addTo(byRole, roleId as string, term);
        continue;
      }
      for (let i = 0; i < list.length; i += 1) {
        const role = this.roleIds[list.ids[i] as number];
        if (role !== undefined) addTo(byRole, role, term);
      }
    }
    return byRole;
  }

  /** The index words matching `word` (itself, longer forms, typos within `lookup.typos`). */
  matchingWords(word: string, lookup: LineWordsLookup): string[] {
    return [...this.matchingTerms(word, lookup).keys()];
  }

  /**
   * How many ordinals are in use, live or retired: the length of an array indexed by ordinal. Ordinals
   * stay as they are until a role is removed (compaction renumbers them), so they are for one question's
   * work, never kept.
   */
  get ordinalCount(): number {
    return this.roleIds.length;
  }

  /** The role an ordinal stands for; undefined once retired. */
  roleAt(ordinal: number): string | undefined {
    return this.roleIds[ordinal];
  }

  /**
   * The live roles using any of `terms` (index words, as matchingWords gives them), as ordinals: `order`
   * lists each once, in the order first met (term by term, each term's roles ascending), and `has` marks
   * them by ordinal. Retrieval across thousands of roles works on these rather than on sets of role ids,
   * which cost more to build than the search that reads them.
   */
  ordinalsUsingAny(terms: Iterable<string>): RoleOrdinals {
    const has = new Uint8Array(this.roleIds.length);
    const order: number[] = [];
    for (const term of terms) {
      const id = this.termIds.get(term);
      const list = id === undefined ? undefined : this.postings[id];
      if (!list) continue;
      for (let i = 0; i < list.length; i += 1) {
        const ordinal = list.ids[i] as number;
        if (has[ordinal] === 1 || this.roleIds[ordinal] === undefined) continue;
        has[ordinal] = 1;
        order.push(ordinal);
      }
    }
    return { order, has };
  }

  /** The live roles whose words include exactly `term`. */
  rolesWith(term: string): string[] {
    const id = this.termIds.get(term);
    const list = id === undefined ? undefined : this.postings[id];
    const out: string[] = [];
    if (!list) return out;
    for (let i = 0; i < list.length; i += 1) {
      const role = this.roleIds[list.ids[i] as number];
      if (role !== undefined) out.push(role);
    }
    return out;
  }

  /** Terms matching a word as minisearch would: the word, longer forms when `prefix`, typos within `typos`. */
  private matchingTerms(word: string, lookup: LineWordsLookup): Map<string, number> {
    const out = new Map<string, number>();
    const exact = this.termIds.get(word);
    if (exact !== undefined) out.set(word, exact);
    if (lookup.prefix(word)) for (const [term, id] of this.tree.atPrefix(word)) out.set(term, id);
    const distance = lookup.typos(word);
    if (distance) for (const [term, [id]] of this.tree.fuzzyGet(word, distance)) out.set(term, id);
    return out;
  }

  /** Drops retired ordinals: live roles are numbered again from 0, in the same order. */
  private compact(): void {
    const renumber = new Int32Array(this.roleIds.length).fill(-1);
    const live: string[] = [];
    this.roleIds.forEach((role, ordinal) => {
      if (role === undefined) return;
      renumber[ordinal] = live.push(role) - 1;
    });
    for (const list of this.postings) {
      let kept = 0;
      for (let i = 0; i < list.length; i += 1) {
        const next = renumber[list.ids[i] as number] ?? -1;
        if (next >= 0) list.ids[kept++] = next;
      }
      list.length = kept;
    }
    this.roleIds = live;
    this.ordinals.clear();
    live.forEach((role, ordinal) => this.ordinals.set(role, ordinal));
  }

  toJSON(): LineWordsJson {
    this.compact();
    const terms: string[] = [];
    const bytes = new ByteWriter();
    for (const [term, id] of this.termIds) {
      const list = this.postings[id];
      if (!list || list.length === 0) continue;
      terms.push(term);
      bytes.varint(list.length);
      let previous = 0;
      for (let i = 0; i < list.length; i += 1) {
        const ordinal = list.ids[i] as number;
        bytes.varint(ordinal - previous);
        previous = ordinal;
      }
    }
    return { roles: this.roleIds.filter((role): role is string => role !== undefined), words: terms, postings: Buffer.from(bytes.bytes()).toString('base64') };
  }

  /** Reads toJSON's output back. Throws LineWordsError on anything inconsistent (the snapshot is then rebuilt). */
  static fromJSON(json: LineWordsJson): LineWords {
    const index = new LineWords();
    json.roles.forEach((role, ordinal) => {
      if (index.ordinals.has(role)) throw new LineWordsError(`role "${role}" is listed twice`);
      index.roleIds.push(role);
      index.ordinals.set(role, ordinal);
    });
    const bytes = Buffer.from(json.postings, 'base64');
    const reader = { at: 0 };
    for (const term of json.words) {
      const length = readVarint(bytes, reader);
      const ids = new Uint32Array(Math.max(1, length));
      let ordinal = 0;
      for (let i = 0; i < length; i += 1) {
        ordinal += readVarint(bytes, reader);
        if (ordinal >= json.roles.length || (i > 0 && ordinal <= (ids[i - 1] as number))) throw new LineWordsError(`word "${term}" lists role ${ordinal}, out of order or range`);
        ids[i] = ordinal;
      }
      if (index.termIds.has(term)) throw new LineWordsError(`word "${term}" is listed twice`);
      const id = index.postings.push({ ids, length }) - 1;
      index.termIds.set(term, id);
      index.tree.set(term, id);
    }
    if (reader.at !== bytes.length) throw new LineWordsError('postings longer than their words');
    return index;
  }
}

/** A saved index that does not read back: the caller treats it as corrupt. */
export class LineWordsError extends Error {}

function append(list: Postings, ordinal: number): void {
  if (list.length === list.ids.length) {
    const grown = new Uint32Array(list.ids.length * 2);
    grown.set(list.ids);
    list.ids = grown;
  }
  list.ids[list.length++] = ordinal;
}

function contains(list: Postings, ordinal: number): boolean {
  let low = 0;
  let high = list.length - 1;
  while (low <= high) {
    const mid = (low + high) >>> 1;
    const value = list.ids[mid] as number;
    if (value === ordinal) return true;
    if (value < ordinal) low = mid + 1;
    else high = mid - 1;
  }
  return false;
}

function addTo(byRole: Map<string, Set<string>>, role: string, term: string): void {
  const terms = byRole.get(role);
  if (terms) terms.add(term);
  else byRole.set(role, new Set([term]));
}

/** Unsigned varints (7 bits a byte, low bits first) into a growing buffer. */
class ByteWriter {
  private buffer = new Uint8Array(1 << 16);
  private length = 0;

  varint(value: number): void {
    let rest = value;
    while (rest >= 0x80) {
      this.byte((rest & 0x7f) | 0x80);
      rest >>>= 7;
    }
    this.byte(rest);
  }

  private byte(value: number): void {
    if (this.length === this.buffer.length) {
      const grown = new Uint8Array(this.buffer.length * 2);
      grown.set(this.buffer);
      this.buffer = grown;
    }
    this.buffer[this.length++] = value;
  }

  bytes(): Uint8Array {
    return this.buffer.subarray(0, this.length);
  }
}

function readVarint(bytes: Uint8Array, reader: { at: number }): number {
  let value = 0;
  let shift = 0;
  for (;;) {
    if (reader.at >= bytes.length) throw new LineWordsError('postings end in the middle of a number');
    const byte = bytes[reader.at++] as number;
    value += (byte & 0x7f) * 2 ** shift;
    if (byte < 0x80) return value;
    shift += 7;
    if (shift > 35) throw new LineWordsError('a number in the postings is too long');
  }
}
