/**
 * Retrieval: the lines of a role's own document that answer a question no profile field holds ("is a
 * job share considered?", "what's the salary?", "bank holidays?"). The index says which words of the
 * role's lines match each question word (typos, word endings); the vocabulary adds the words documents
 * use instead ("extra" -> "additional", "bank holidays" -> "365 days"); each line is then scored by how
 * much of the question it covers. Nothing is paraphrased: a hit is a line of the document, verbatim.
 */
import type { DocumentLine, RoleProfile } from '../profile/role-profile.ts';
import { singular, STOP_WORDS, words } from '../catalogue/index.ts';
import { isAskingWord, isFramingWord } from '../vocabulary/subject-words.ts';
import { LINE_SYNONYMS, QUERY_PHRASES, SENSE_TRAPS } from '../vocabulary/search-synonyms.ts';
import type { RoleIndex } from './role-index.ts';
import { searchableLines } from './searchable-lines.ts';

/**
 * A line is quoted when it covers at least this share of the question's subject, and more than half of its
 * strong words (words naming the subject, not framing it like "test" or "minimum"). How it was chosen
 * (test/search/retrieval-threshold.test.ts re-runs it over the seeds and the held-out corpus, 29 documents):
 * - two words found only on one line: that line, coverage 1.00 every time (335 of 335);
 * - one such word and a framing word the line lacks ("<word> minimum"): median 0.62, 5th percentile 0.59,
 *   lowest 0.46 (2 of 335 under 0.5, both a word whose variants fill other lines);
 * - one such word and a subject word the document never uses ("pilot licence" where only "licence" is
 *   there): highest 0.46, 95th percentile 0.46 (0 of 332 at 0.5 or more);
 * - a subject word the document never uses, alone: nothing found (typos are forgiven one letter in five,
 *   two from eight letters, so "occasional" no longer reaches "operational").
 * 0.5 sits between the last two groups, and reads as "more than half of what was asked is on this line".
 * Since then a line must also hold more than half of the strong words, which rejects the third group
 * outright; the threshold still decides between a subject word and framing words.
 */
export const RETRIEVAL_THRESHOLD = 0.5;
/** Words that frame a subject rather than name it: they count, but for less. */
const WEAK_WEIGHT = 0.5;
/** One subject of a question: all of `all` in a line, or any one of `any` (words documents use instead). */
export interface Concept {
  label: string;
  /** Typed in capitals (an acronym such as "HOLMES"): matched as written, never as a typo. */
  exact: boolean;
  all: string[];
  any: string[];
  weight: number;
}

export interface LineHit extends DocumentLine {
  /** Share of the question's subject the line covers, 0..1. */
  coverage: number;
}

/**
 * The subjects of a question's words (role names and asking words already left out by the caller, or
 * here): phrases of the vocabulary first, longest first, then single words with their synonyms.
 */
export function readConcepts(questionWords: readonly string[], acronyms: ReadonlySet<string> = new Set()): Concept[] {
  const kept = questionWords.map((word) => word.toLowerCase()).filter((word) => word.length > 0 && !STOP_WORDS.has(word) && !isAskingWord(word));
  const concepts: Concept[] = [];
  for (let at = 0; at < kept.length; at += 1) {
    const two = `${kept[at] ?? ''} ${kept[at + 1] ?? ''}`;
    const phrase = QUERY_PHRASES[two] ?? QUERY_PHRASES[`${singular(kept[at] ?? '')} ${singular(kept[at + 1] ?? '')}`];
    if (phrase && at + 1 < kept.length) {
      const parts = two.split(' ');
      concepts.push({ label: two, exact: false, all: parts, any: phrase.filter((word) => !parts.includes(word)), weight: 1 });
      at += 1;
      continue;
    }
    const word = kept[at] ?? '';
    if (concepts.some((concept) => concept.all.length === 1 && concept.all[0] === word)) continue;
    const synonyms = (LINE_SYNONYMS[word] ?? LINE_SYNONYMS[singular(word)] ?? []).filter((other) => other !== word);
    concepts.push({ label: word, exact: acronyms.has(word), all: [word], any: synonyms, weight: isFramingWord(word) ? WEAK_WEIGHT : 1 });
  }
  return concepts;
}

/** Matching terms of one role's lines for each word of the concepts (from the index). */
type TermsOf = (word: string) => ReadonlyMap<string, number> | undefined;

function conceptValue(concept: Concept, lineWords: ReadonlySet<string>, lineText: string, termsOf: TermsOf): number {
  const weightIn = (word: string): number => {
    if (SENSE_TRAPS[word]?.test(lineText)) return 0;
    let best = 0;
    for (const [term, weight] of termsOf(word) ?? []) if (weight > best && lineWords.has(term)) best = weight;
    return best;
  };
  let value = Math.min(...concept.all.map(weightIn));
  for (const other of concept.any) value = Math.max(value, weightIn(other));
  return value;
}

/**
 * A quick test of a line's text that passes every line holding one of the matching words, so only those
 * are split into words (splitting every line of hundreds of documents was most of the time of "which roles
 * mention ...?"). An index word is the singular of a word of the lower-cased line ("duty" of "duties",
 * "hour" of "hours"), and in a plain ASCII line every word stands between characters that are not letters
 * or digits: the test looks for the word in each of the forms it may have had, standing so, in any case
 * (lower-casing every line first cost as much as the test). Other lines (accents, ligatures, which
 * normalising may turn into letters) and the made-up "24x7" are always read.
 */
function linesWorthReading(concepts: readonly Concept[], termsOf: TermsOf): (text: string) => boolean {
  const forms = new Set<string>();
  for (const concept of concepts) {
    for (const word of [...concept.all, ...concept.any]) {
      for (const term of termsOf(word)?.keys() ?? []) {
        if (term.includes('24x7') || !/^[a-z0-9]+$/.test(term)) return () => true;
        forms.add(term.endsWith('y') ? `${term.slice(0, -1)}(?:y|ys|ies)` : `${term}s?`);
      }
    }
  }
  if (forms.size === 0) return () => false;
  const standing = new RegExp(`(?:^|[^a-z0-9])(?:${[...forms].join('|')})(?![a-z0-9])`, 'i');
  const plain = /^[\x00-\x7f]*$/;
  return (text) => standing.test(text) || !plain.test(text);
}

/**
 * Lines of `lines` covering the concepts at or above the threshold, best first, at most `limit`. A concept
 * counts more the fewer lines of this document hold it (a word on every line says little); one no line
 * holds counts the most, so a question whose main subject the document never mentions stays below.
 * `mayHold` is the quick test of lines (linesWorthReading); a caller reading many roles for one question
 * passes one made from the words matching in any of them.
 */
/**
 * How scoreLines reads lines when one question reads many roles (rolesWithLines): with one `termsOf` for
 * all of them (the words matching in any role), a line's values depend on its text alone, so a text met
 * again (a force's standard paragraphs, a document reused for another role) is read once.
 */
export interface LineReading {
  /** The quick test of lines (linesWorthReading), made once from the same words. */
  mayHold: (text: string) => boolean;
  /** Each line text read so far for this question: its value for each concept, or null for none. */
  rows: Map<string, readonly number[] | null>;
}

/**
 * The index words of a line: lower case, singular, as words() splits it. A plain ASCII line with no "24",
 * apostrophe or backquote (which normaliseText rewrites) is split on what is not a letter or digit
 * directly, which is what normaliseText does to such a line, without its other passes.
 */
export function lineWordSet(text: string): Set<string> {
  const out = new Set<string>();
  if (/^[\x00-\x7f]*$/.test(text) && !/24|['`]/.test(text)) {
    for (const word of text.toLowerCase().split(/[^a-z0-9]+/)) if (word !== '') out.add(singular(word));
    return out;
  }
  for (const word of words(text)) out.add(singular(word));
  return out;
}

export function scoreLines(
  lines: readonly DocumentLine[],
  concepts: readonly Concept[],
  termsOf: TermsOf,
  limit: number,
  threshold = RETRIEVAL_THRESHOLD,
  reading?: LineReading,
): LineHit[] {
  if (concepts.length === 0 || lines.length === 0) return [];
  const mayHold = reading?.mayHold ?? linesWorthReading(concepts, termsOf);
  /** A line's value for each concept, or null when it holds none (the quick test rejects most such lines). */
  const rowOf = (text: string): readonly number[] | null => {
    if (!mayHold(text)) return null;
    const lineWords = lineWordSet(text);
    const lower = text.toLowerCase();
    const row = concepts.map((concept) => conceptValue(concept, lineWords, lower, termsOf));
    return row.some((value) => value > 0) ? row : null;
  };
  const rows: (readonly number[] | null)[] = [];
  const holding = concepts.map(() => 0);
  for (const line of lines) {
    let row = reading?.rows.get(line.text);
    if (row === undefined) {
      row = rowOf(line.text);
      reading?.rows.set(line.text, row);
    }
    rows.push(row);
    row?.forEach((value, c) => {
      if (value > 0) holding[c] = (holding[c] ?? 0) + 1;
    });
  }
  const weights = concepts.map((concept, c) => concept.weight * Math.log(1 + lines.length / (1 + (holding[c] ?? 0))));
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  const strongCount = concepts.filter((concept) => concept.weight === 1).length;
  const hits: LineHit[] = [];
  const seen = new Set<string>();
  lines.forEach((line, l) => {
    const row = rows[l];
    // A line holding none of the concepts covers nothing (coverage 0 is never quoted).
    if (!row) return;
    let covered = 0;
    let strong = 0;
    concepts.forEach((concept, c) => {
      const value = row[c] ?? 0;
      covered += value * (weights[c] ?? 0);
      if (value > 0 && concept.weight === 1) strong += 1;
    });
    const coverage = covered / total;
    // Most of the naming words on one line: "criminal" on one line and "record" on another answer no
    // question about a criminal record.
    const mostStrong = strongCount === 0 || strong * 2 > strongCount;
    if (coverage < threshold || coverage === 0 || !mostStrong || seen.has(line.text)) return;
    seen.add(line.text);
    hits.push({ ...line, coverage });
  });
  return hits.sort((a, b) => b.coverage - a.coverage || a.line - b.line).slice(0, limit);
}

/** Each word to look up, and whether typos of it may match. */
function conceptWords(concepts: readonly Concept[]): Map<string, boolean> {
  const out = new Map<string, boolean>();
  for (const concept of concepts) for (const word of [...concept.all, ...concept.any]) out.set(word, (out.get(word) ?? true) && !concept.exact);
  return out;
}

/** The question's words, and those typed in capitals (acronyms), lower-cased. */
export interface QuestionSubject {
  words: readonly string[];
  acronyms?: ReadonlySet<string>;
}

/** The lines of one role's document that answer the question's words, best first (none: nothing found). */
/** `threshold` is for measuring how scores fall (test/search/retrieval-threshold.test.ts); answers use the default. */
export function retrieveLines(index: RoleIndex, profile: RoleProfile, subject: QuestionSubject | readonly string[], limit = 3, threshold = RETRIEVAL_THRESHOLD): LineHit[] {
  const { words: questionWords, acronyms } = 'words' in subject ? subject : { words: subject, acronyms: undefined };
  const concepts = readConcepts(questionWords, acronyms);
  if (concepts.length === 0) return [];
  const terms = new Map<string, ReadonlyMap<string, number> | undefined>();
  for (const [word, typos] of conceptWords(concepts)) terms.set(word, index.lineTerms(word, profile.id, { typos }).get(profile.id));
  // No word of the question is in this document at all: nothing to read line by line.
  if ([...terms.values()].every((found) => found === undefined)) return [];
  return scoreLines(searchableLines(profile), concepts, (word) => terms.get(word), limit, threshold);
}

export interface RoleLines {
  profile: RoleProfile;
  hits: LineHit[];
}

/**
 * Roles whose documents have a line answering the question's words ("which roles mention the Welsh
 * language?"), each with its best line; at most `limit` roles are read line by line, those whose documents
 * cover most of the question first. `total` counts the roles whose documents hold the words at all.
 */
export function rolesWithLines(
  index: RoleIndex,
  profileOf: (id: string) => RoleProfile | undefined,
  subject: QuestionSubject,
  limit = 200,
): { found: RoleLines[]; checked: number; candidates: number } {
  const concepts = readConcepts(subject.words, subject.acronyms);
  if (concepts.length === 0) return { found: [], checked: 0, candidates: 0 };
  const byWord = new Map<string, ReturnType<RoleIndex['lineRoles']>>();
  for (const [word, typos] of conceptWords(concepts)) byWord.set(word, index.lineRoles(word, { typos }));
  // A document-level bound: the share of the question a role's document holds anywhere, unweighted. A role
  // under the threshold cannot have a line over it: a concept its document lacks weighs the most there.
  // Roles are ordinals into flat arrays here (thousands of roles may hold a common word); `firstMet` keeps
  // the order roles were first met in, which breaks ties between equal shares.
  const total = concepts.reduce((sum, concept) => sum + concept.weight, 0);
  const count = index.lineOrdinalCount;
  const share = new Float64Array(count);
  const firstMet = new Int32Array(count).fill(-1);
  let met = 0;
  for (const concept of concepts) {
    const inConcept = new Uint8Array(count);
    const add = (ordinal: number): void => {
      if (inConcept[ordinal] === 1) return;
      inConcept[ordinal] = 1;
      if (firstMet[ordinal] === -1) firstMet[ordinal] = met++;
      share[ordinal] = (share[ordinal] ?? 0) + concept.weight / total;
    };
    const [first, ...rest] = concept.all.map((word) => byWord.get(word)?.roles);
    if (first && rest.every((roles) => roles !== undefined)) {
      for (const ordinal of first.order) if (rest.every((roles) => roles?.has[ordinal] === 1)) add(ordinal);
    }
    for (const other of concept.any) for (const ordinal of byWord.get(other)?.roles.order ?? []) add(ordinal);
  }
  const candidates: number[] = [];
  for (let ordinal = 0; ordinal < count; ordinal += 1) if (firstMet[ordinal] !== -1 && (share[ordinal] ?? 0) >= RETRIEVAL_THRESHOLD) candidates.push(ordinal);
  candidates.sort((a, b) => (share[b] ?? 0) - (share[a] ?? 0) || (firstMet[a] ?? 0) - (firstMet[b] ?? 0));
  // Every role is read with the words matching in any role: a line of a role can only hold words its role
  // uses, so those give each line the same values as the role's own matching words would (the index is
  // built from the same lines, split the same way), and then a line's values depend on its text alone.
  const termsOf: TermsOf = (word) => byWord.get(word)?.terms;
  const reading: LineReading = { mayHold: linesWorthReading(concepts, termsOf), rows: new Map() };
  const found: RoleLines[] = [];
  // A role the caller leaves out (outside a list's scope: "which kent roles ...") is neither read nor counted,
  // so it never uses up the roles read.
  let checked = 0;
  let wanted = 0;
  for (const ordinal of candidates) {
    const id = index.lineRoleAt(ordinal);
    const profile = id === undefined ? undefined : profileOf(id);
    if (!profile) continue;
    wanted += 1;
    if (checked >= limit) continue;
    checked += 1;
    const hits = scoreLines(searchableLines(profile), concepts, termsOf, 1, RETRIEVAL_THRESHOLD, reading);
    if (hits.length > 0) found.push({ profile, hits });
  }
  return { found, checked, candidates: wanted };
}
