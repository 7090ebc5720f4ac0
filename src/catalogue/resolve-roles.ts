/**
 * Role resolution: which roles a question names. Each question word is looked up in the catalogue's
 * name dictionary (exact, singular, then within a typo or two); each role reached through an identifying
 * word is scored on its best name; roles competing for the same words form one mention, resolved when one
 * is clearly best (the force's name can settle it) and ambiguous otherwise. A weak word alone ("police",
 * "officer") never resolves a role.
 */
import type { RoleProfile } from '../profile/role-profile.ts';
import type { Catalogue, CatalogueEntry } from './catalogue.ts';
import { STOP_WORDS, allowedTypos, type Token } from '../vocabulary/normalise-text.ts';
import { isGenericTitleWord, isPhraseOnly, namesOf, singularIfLong, type RoleName } from './role-names.ts';
import { FORCE_AREA_WORDS, RANK_WORDS, ROLE_HEAD_NOUNS, WEAK_ROLE_WORDS } from '../vocabulary/role-words.ts';

export interface RoleMention {
  /** Question token positions this mention covers. */
  positions: number[];
  /** The role, when one is clearly meant. */
  role: RoleProfile | null;
  /** When ambiguous: the competing roles, best first. Empty when the words name a role we do not hold. */
  candidates: RoleProfile[];
  /** When the words name a role we do not hold ("control room supervisor"): the words, and the nearest roles. */
  unknown?: { words: string; nearest: RoleProfile[] };
}

export interface ResolveOptions {
  /** Positions of words used as topic keywords: they may complete a role's name but never carry it alone. */
  topicPositions?: ReadonlySet<number>;
  /** Cap on candidates kept for a clarifying question. */
  maxCandidates?: number;
}

interface WordMatch {
  /** Dictionary terms this question word stands for, with the typo distance. */
  terms: Map<string, number>;
}

interface Scored {
  profile: RoleProfile;
  score: number;
  positions: number[];
  /** The name it scored on. */
  via: RoleName;
}

const CLEAR_MARGIN = 1;
/** A name found whole in the question scores at least this (phrase bonus plus full coverage). */
const PHRASE_SCORE = 7;

function lookupWords(catalogue: Catalogue, words: string[]): WordMatch[] {
  return words.map((word) => {
    const terms = new Map<string, number>();
    if (STOP_WORDS.has(word) && !catalogue.nameTerms.has(word)) return { terms };
    if (catalogue.nameTerms.has(word)) terms.set(word, 0);
    // Plural of a short name or acronym: "afos", "pcsos", "dcs".
    const unplural = word.length >= 3 && word.endsWith('s') ? word.slice(0, -1) : '';
    if (terms.size === 0 && unplural && catalogue.nameTerms.has(unplural)) terms.set(unplural, 0);
    const typos = allowedTypos(word);
    if (terms.size === 0 && typos > 0 && !WEAK_ROLE_WORDS.has(word)) {
      const fuzzy = catalogue.nameTerms.fuzzy(word, typos);
      const best = Math.min(typos + 1, ...fuzzy.values());
      for (const [term, distance] of fuzzy) if (distance === best) terms.set(term, distance);
    }
    return { terms };
  });
}

/** Where a name's words occur, contiguously and in order, in the question; null when they do not. */
function phrasePositions(name: RoleName, matches: WordMatch[]): number[] | null {
  const length = name.words.length;
  for (let start = 0; start + length <= matches.length; start += 1) {
    let ok = true;
    for (let k = 0; k < length && ok; k += 1) ok = matches[start + k]?.terms.has(name.words[k] ?? '') ?? false;
    if (ok) return Array.from({ length }, (_, k) => start + k);
  }
  return null;
}

function scoreNameDetailed(
  name: RoleName,
  matches: WordMatch[],
  topicPositions: ReadonlySet<number>,
  tokens: readonly Token[],
): { score: number; positions: number[] } | null {
  const phrase = phrasePositions(name, matches);
  // Two-letter initials ("FI") only when typed in capitals: "it", "do" and "hr" are everyday words.
  if (name.kind === 'short' && (!phrase || !phrase.every((pos) => tokens[pos]?.upper))) return null;
  if (isPhraseOnly(name.kind) && !phrase) return null;
  const keyPositions: number[] = [];
  let distinctive = false;
  let typos = 0;
  for (const key of name.keyWords) {
    const at = matches.findIndex((match) => match.terms.has(key));
    if (at < 0) continue;
    keyPositions.push(at);
    typos += matches[at]?.terms.get(key) ?? 0;
    if (!isGenericTitleWord(key) && !topicPositions.has(at)) distinctive = true;
  }
  const coverage = name.keyWords.length === 0 ? 0 : keyPositions.length / name.keyWords.length;
  const accepted = phrase !== null ? name.keyWords.length > 0 || name.words.length > 1 : distinctive && coverage >= 0.5;
  if (!accepted) return null;
  const positions = phrase ?? keyPositions;
  // A role's own title beats another role's nickname ("call handler": the Call Handler, not the Contact Handler).
  const kindBonus = name.kind === 'title' ? 1 : name.kind === 'alias' ? 0.75 : 0;
  const score = (phrase ? 3 : 0) + coverage * 4 + positions.length + kindBonus - typos * 0.5;
  return { score, positions };
}

function organisationBonus(entry: CatalogueEntry, words: string[], near: number[]): number {
  if (entry.organisationWords.length === 0) return 0;
  const first = Math.min(...near);
  const last = Math.max(...near);
  let bonus = 0;
  words.forEach((word, pos) => {
    if (pos >= first - 4 && pos <= last + 4 && entry.organisationWords.includes(word)) bonus += 2;
  });
  return bonus;
}

/** The roles a question names, in the order it names them. */
export function resolveRoles(catalogue: Catalogue, tokens: readonly Token[], options: ResolveOptions = {}): RoleMention[] {
  const topicPositions = options.topicPositions ?? new Set<number>();
  const maxCandidates = options.maxCandidates ?? 25;
  const rawWords = tokens.map((token) => token.text);
  const words = rawWords.map(singularIfLong);
  const matches = lookupWords(catalogue, words);

  const candidates = pruneCandidates(catalogue, matches);
  for (const entry of weakPhraseEntries(catalogue, words)) candidates.add(entry);

  const scored: Scored[] = [];
  // Roles sharing a title share one names array (see namesOf): score each distinct array once.
  const bestByNames = new Map<readonly RoleName[], { score: number; positions: number[]; via: RoleName } | null>();
  for (const entry of candidates) {
    let best = bestByNames.get(entry.names);
    if (best === undefined) {
      best = null;
      for (const name of entry.names) {
        const result = scoreNameDetailed(name, matches, topicPositions, tokens);
        if (result && (!best || result.score > best.score)) best = { ...result, via: name };
      }
      bestByNames.set(entry.names, best);
    }
    if (!best) continue;
    const score = best.score + organisationBonus(entry, rawWords, best.positions);
    scored.push({ profile: entry.profile, score, positions: best.positions, via: best.via });
  }
  return groupMentions(scored, maxCandidates, tokens).map((mention) =>
    checkModifier(catalogue, checkHeadNoun(mention, tokens, topicPositions), tokens, topicPositions),
  );
}

/** Words before a role's head noun that say which one, not that it is another role ("new", "senior"). */
const PLAIN_MODIFIERS = new Set([
  'new', 'old', 'good', 'best', 'senior', 'junior', 'trainee', 'student', 'lead', 'main', 'local', 'current', 'existing',
  'full', 'part', 'time', 'temporary', 'permanent', 'acting', 'deputy', 'my', 'your', 'our', 'their', 'this', 'that',
]);

/**
 * "dog handler": a mention on a head noun alone ("handler", shared by the call and contact handlers) right
 * after a word no role's name, force or topic uses names a role we do not hold, not those roles.
 */
function checkModifier(catalogue: Catalogue, mention: RoleMention, tokens: readonly Token[], topicPositions: ReadonlySet<number>): RoleMention {
  if (mention.unknown || mention.positions.length !== 1) return mention;
  const pos = mention.positions[0] ?? 0;
  const head = tokens[pos];
  const before = tokens[pos - 1];
  if (!head || !before || !ROLE_HEAD_NOUNS.has(singularIfLong(head.text))) return mention;
  const word = before.text;
  if (STOP_WORDS.has(word) || PLAIN_MODIFIERS.has(word) || topicPositions.has(before.pos) || word.length < 3 || /\d/.test(word)) return mention;
  if (catalogue.nameTerms.has(word) || catalogue.nameTerms.has(singularIfLong(word)) || catalogue.organisationTerms.has(word) || FORCE_AREA_WORDS.has(word)) return mention;
  const nearest = mention.role ? [mention.role] : mention.candidates.slice(0, 3);
  return { positions: [before.pos, pos], role: null, candidates: [], unknown: { words: `${word} ${head.text}`, nearest } };
}

/** A listed head noun, or a word shaped like one ("researcher", "technologist"); never a weak word. */
function looksLikeHeadNoun(word: string): boolean {
  const base = singularIfLong(word);
  if (WEAK_ROLE_WORDS.has(base) || STOP_WORDS.has(base)) return false;
  return ROLE_HEAD_NOUNS.has(base) || (base.length >= 7 && /(?:er|or|ist|ian)$/.test(base));
}

/** "control room supervisor": a head noun right after the name, not part of it, names another role. */
function checkHeadNoun(mention: RoleMention, tokens: readonly Token[], topicPositions: ReadonlySet<number>): RoleMention {
  const last = Math.max(...mention.positions);
  const next = tokens[last + 1];
  if (!next || topicPositions.has(next.pos) || !looksLikeHeadNoun(next.text)) return mention;
  const top = mention.role ?? mention.candidates[0];
  if (!top) return mention;
  const nameWords = new Set(namesOf(top).flatMap((name) => name.words));
  if (nameWords.has(singularIfLong(next.text))) return mention;
  const first = Math.min(...mention.positions);
  const words = tokens.slice(first, last + 2).map((token) => token.text).join(' ');
  const nearest = mention.role ? [mention.role] : mention.candidates.slice(0, 3);
  return { positions: [...mention.positions, next.pos], role: null, candidates: [], unknown: { words, nearest } };
}

/**
 * Roles with a name made only of generic words ("student officer"), which pruneCandidates never reaches:
 * found by looking up the question's runs of two to four words.
 */
function weakPhraseEntries(catalogue: Catalogue, words: readonly string[]): CatalogueEntry[] {
  if (catalogue.weakPhrases.size === 0) return [];
  const found: CatalogueEntry[] = [];
  for (let start = 0; start + 1 < words.length; start += 1) {
    let phrase = words[start] ?? '';
    for (let end = start + 1; end < Math.min(words.length, start + 4); end += 1) {
      phrase += ` ${words[end] ?? ''}`;
      const entries = catalogue.weakPhrases.get(phrase);
      if (entries) found.push(...entries);
    }
  }
  return found;
}

/**
 * Roles reached through identifying words, keeping at each word only the roles that match the most of
 * the question's words: with 10,000 roles, "neighbourhood contact handler" scores the few dozen roles
 * with all three words, not the thousands with "contact".
 */
function pruneCandidates(catalogue: Catalogue, matches: WordMatch[]): Set<CatalogueEntry> {
  const entriesAt: (ReadonlySet<CatalogueEntry> | null)[] = matches.map((match) => {
    const sets: ReadonlySet<CatalogueEntry>[] = [];
    for (const term of match.terms.keys()) {
      if (WEAK_ROLE_WORDS.has(term) || STOP_WORDS.has(term)) continue;
      const entries = catalogue.nameTerms.get(term);
      if (entries) sets.push(entries);
    }
    if (sets.length === 0) return null;
    if (sets.length === 1) return sets[0] ?? null;
    const union = new Set<CatalogueEntry>();
    for (const entries of sets) for (const entry of entries) union.add(entry);
    return union;
  });
  const present = entriesAt.filter((entries): entries is ReadonlySet<CatalogueEntry> => entries !== null);
  if (present.length === 0) return new Set();
  if (present.length === 1) return new Set(present[0]);
  // Count on the entries themselves (a mark per resolution): no hashing of thousands of ids.
  const mark = catalogue.nextMark();
  const touched: CatalogueEntry[] = [];
  for (const entries of present) {
    for (const entry of entries) {
      if (entry.mark !== mark) {
        entry.mark = mark;
        entry.hits = 0;
        touched.push(entry);
      }
      entry.hits += 1;
    }
  }
  // Weak words count too for roles already reached ("community pc": the "pc" tells the PC from the PCSO).
  const weak = matches.flatMap((match, pos) => (entriesAt[pos] ? [] : [...match.terms.keys()].filter((term) => WEAK_ROLE_WORDS.has(term))));
  if (weak.length > 0) for (const entry of touched) for (const term of weak) if (entry.nameWords.has(term)) entry.hits += 1;
  const kept = new Set<CatalogueEntry>();
  for (const entries of present) {
    let best = 0;
    for (const entry of entries) if (entry.hits > best) best = entry.hits;
    for (const entry of entries) if (entry.hits >= best) kept.add(entry);
  }
  return kept;
}

/** Best first; equal scores by title (plain comparison: localeCompare is too slow over thousands of ties). */
function byScoreThenTitle(a: Scored, b: Scored): number {
  if (a.score !== b.score) return b.score - a.score;
  return a.profile.title < b.profile.title ? -1 : a.profile.title > b.profile.title ? 1 : 0;
}

/** Roles that share question words compete for them; each group is one mention. */
function groupMentions(scored: Scored[], maxCandidates: number, tokens: readonly Token[]): RoleMention[] {
  scored.sort(byScoreThenTitle);
  const groups: { positions: Set<number>; members: Scored[] }[] = [];
  for (const item of scored) {
    const overlapping = groups.filter((group) => item.positions.some((pos) => group.positions.has(pos)));
    if (overlapping.length === 0) {
      groups.push({ positions: new Set(item.positions), members: [item] });
      continue;
    }
    const [target, ...rest] = overlapping;
    if (!target) continue;
    for (const pos of item.positions) target.positions.add(pos);
    target.members.push(item);
    for (const other of rest) {
      for (const pos of other.positions) target.positions.add(pos);
      target.members.push(...other.members);
      groups.splice(groups.indexOf(other), 1);
    }
  }
  mergeAdjacent(groups, tokens);
  const mentions: RoleMention[] = [];
  const seen = new Set<string>();
  for (const group of groups) {
    group.members.sort(byScoreThenTitle);
    const [top, second] = group.members;
    if (!top) continue;
    const positions = [...group.positions].sort((a, b) => a - b);
    const shared = group.members.filter((member) => member !== top && sharesHeadPhrase(top, member));
    if ((!second || top.score - second.score >= CLEAR_MARGIN) && shared.length === 0) {
      if (seen.has(top.profile.id)) continue;
      seen.add(top.profile.id);
      mentions.push({ positions, role: top.profile, candidates: [top.profile] });
    } else {
      const close = group.members.filter((member) => top.score - member.score < CLEAR_MARGIN || shared.includes(member));
      mentions.push({ positions, role: null, candidates: close.slice(0, maxCandidates).map((member) => member.profile) });
    }
  }
  return mentions.sort((a, b) => (a.positions[0] ?? 0) - (b.positions[0] ?? 0));
}

/**
 * "marine unit" names Marine Unit Constable by its head phrase, but Marine Unit Sergeant's title holds the
 * same words: the question does not say which, so neither wins on that phrase alone.
 */
function sharesHeadPhrase(top: Scored, member: Scored): boolean {
  const within = (inner: Scored, outer: Scored) => inner.positions.every((pos) => outer.positions.includes(pos));
  if (top.via.kind === 'head') {
    const phrase = top.via.words;
    return within(member, top) && namesOf(member.profile).some((name) => name.kind === 'title' && containsRun(name.words, phrase));
  }
  // "student officer": one role's title, another's head phrase.
  return member.via.kind === 'head' && within(top, member) && top.via.words.join(' ') === member.via.words.join(' ');
}

function containsRun(haystack: readonly string[], run: readonly string[]): boolean {
  for (let start = 0; start + run.length <= haystack.length; start += 1) {
    if (run.every((word, k) => haystack[start + k] === word)) return true;
  }
  return false;
}

/**
 * Groups on touching words are one noun phrase ("neighbourhood sgt"): merged, so the role whose name
 * covers both words wins over a role matched by one of them.
 */
function mergeAdjacent(groups: { positions: Set<number>; members: Scored[] }[], tokens: readonly Token[]): void {
  groups.sort((a, b) => Math.min(...a.positions) - Math.min(...b.positions));
  const best = (group: { members: Scored[] }): number => Math.max(...group.members.map((member) => member.score));
  for (let i = 0; i + 1 < groups.length; ) {
    const current = groups[i];
    const next = groups[i + 1];
    if (!current || !next) break;
    const end = Math.max(...current.positions);
    const start = Math.min(...next.positions);
    const touching = start === end + 1 && tokens[start]?.segment === tokens[end]?.segment;
    // Only a weak (partial) match is absorbed by a whole name beside it; two whole names stay two roles.
    const oneWeak = Math.min(best(current), best(next)) < PHRASE_SCORE && Math.max(best(current), best(next)) >= PHRASE_SCORE;
    if (touching && oneWeak) {
      for (const pos of next.positions) current.positions.add(pos);
      const known = new Set(current.members.map((member) => member.profile.id));
      for (const member of next.members) {
        const existing = current.members.find((m) => m.profile.id === member.profile.id);
        if (existing) existing.score = Math.max(existing.score, member.score);
        else if (!known.has(member.profile.id)) current.members.push(member);
      }
      groups.splice(i + 1, 1);
    } else {
      i += 1;
    }
  }
}

/** "what hours does a pc work?": no role named, but a rank word: the roles of that rank, to choose from. */
export function rankCandidates(catalogue: Catalogue, tokens: readonly Token[], max = 25): RoleProfile[] {
  for (const token of tokens) {
    const rank = RANK_WORDS[token.text];
    if (!rank) continue;
    const ids = catalogue.rankTerms.get(rank);
    if (!ids || ids.size === 0) continue;
    const profiles: RoleProfile[] = [];
    for (const id of ids) {
      const profile = catalogue.get(id);
      if (profile) profiles.push(profile);
      if (profiles.length >= max) break;
    }
    return profiles.sort((a, b) => a.title.localeCompare(b.title));
  }
  return [];
}
