/**
 * A question read once: its tokens, the topics it asks, the roles it names, and the words left over
 * (the focus: "crime investigation" in "what level of crime investigation does a DC need?").
 */
import { FORCE_AREA_WORDS, STOP_WORDS, resolveRoles, tokenize, type Catalogue, type RoleMention, type Token } from '../catalogue/index.ts';
import { detectTopics } from './detect-topics.ts';
import { asksYesNo } from './direct-answer.ts';
import type { Focus, TopicKey } from './topics/fact-builders.ts';
import { AGE_PHRASES, CHAT_SPELLINGS, QUESTION_FILLER, STAFF_KIND_PHRASES, STAFF_TYPE_OPENERS } from '../vocabulary/intent-cues.ts';
import { PhraseTable } from '../vocabulary/phrase-match.ts';

export interface ReadQuestion {
  text: string;
  tokens: Token[];
  words: string[];
  topics: TopicKey[];
  topicPositions: Set<number>;
  wantsSummary: boolean;
  mentions: RoleMention[];
  focus: Focus;
  /** Words naming a force's area ("kent", "herts"). */
  forceWords: Token[];
  /** The words that asked for the topics ("fitness test"). */
  topicWords: string[];
}

/**
 * "the cpt pc": the short name took "cpt", and "pc" beside it is a word of the same role's own name, not a
 * subject to search for. Words next to a resolved mention that its role's names hold join the mention.
 */
function absorbOwnNameWords(mentions: RoleMention[], tokens: readonly Token[], catalogue: Catalogue, topicPositions: ReadonlySet<number>): void {
  const taken = new Set(mentions.flatMap((mention) => mention.positions));
  for (const mention of mentions) {
    const nameWords = mention.role ? catalogue.entry(mention.role.id)?.nameWords : undefined;
    if (!nameWords || mention.positions.length === 0) continue;
    const joins = (pos: number): boolean => {
      const token = tokens[pos];
      return token !== undefined && !taken.has(pos) && !topicPositions.has(pos) && !STOP_WORDS.has(token.text) && nameWords.has(token.text);
    };
    for (let next = Math.max(...mention.positions) + 1; joins(next); next += 1) {
      mention.positions.push(next);
      taken.add(next);
    }
    for (let previous = Math.min(...mention.positions) - 1; joins(previous); previous -= 1) {
      mention.positions.unshift(previous);
      taken.add(previous);
    }
  }
}

const STAFF_KINDS = new PhraseTable(STAFF_KIND_PHRASES.map((phrase) => [phrase, phrase] as const));

/** "is the contact handler a police officer?": a yes/no naming a kind of staff asks officer or staff. */
function asksStaffType(words: readonly string[]): boolean {
  return STAFF_TYPE_OPENERS.includes(words[0] ?? '') && STAFF_KINDS.find(words).length > 0;
}

/** The question's tokens with chat spellings read as the words they stand for ("wot" is "what"). */
function questionTokens(text: string): Token[] {
  const tokens: Token[] = [];
  for (const token of tokenize(text)) {
    for (const word of (CHAT_SPELLINGS[token.text] ?? token.text).split(' ')) tokens.push({ ...token, text: word, pos: tokens.length });
  }
  return tokens;
}

export function readQuestion(text: string, catalogue: Catalogue, options: { topics?: boolean } = {}): ReadQuestion {
  const tokens = questionTokens(text);
  const words = tokens.map((token) => token.text);
  // Names of roles and forces are never read as a misspelt topic word ("wales" is not "wages").
  const avoid = new Set(words.filter((word) => catalogue.nameTerms.has(word) || FORCE_AREA_WORDS.has(word)));
  let detected = options.topics === false ? { topics: [], positions: new Set<number>(), summary: false } : detectTopics(tokens, avoid);
  const mentions = resolveRoles(catalogue, tokens, { topicPositions: detected.positions });
  absorbOwnNameWords(mentions, tokens, catalogue, detected.positions);
  // A topic phrase inside a role's name ("police staff" in "police staff investigator") is the name.
  const named = new Set(mentions.flatMap((mention) => mention.positions));
  if (options.topics !== false && [...detected.positions].some((pos) => named.has(pos))) {
    const outsideNames = detectTopics(tokens, avoid, named);
    // "is the intelligence researcher (part time) part time?": a yes/no about words of the title still asks them.
    if (outsideNames.topics.length > 0 || !asksYesNo(text)) detected = outsideNames;
  }
  const used = new Set<number>(detected.positions);
  for (const mention of mentions) for (const pos of mention.positions) used.add(pos);
  const focusWords = tokens
    .filter((token) => !used.has(token.pos))
    .map((token) => token.text)
    .filter((word) => !STOP_WORDS.has(word) && !QUESTION_FILLER.has(word) && !catalogue.organisationTerms.has(word) && !FORCE_AREA_WORDS.has(word));
  // "how old do I have to be?" asks about an age the criteria may or may not state.
  const joined = ` ${words.join(' ')} `;
  if (AGE_PHRASES.some((phrase) => joined.includes(` ${phrase} `)) && !focusWords.includes('age')) focusWords.push('age');
  // "is the contact handler a police officer?": the yes/no asks officer or staff.
  if (options.topics !== false && asksStaffType(words) && !detected.topics.includes('staff-type')) {
    detected.topics.unshift('staff-type');
  }
  const forceWords = tokens.filter((token) => FORCE_AREA_WORDS.has(token.text) || catalogue.organisationTerms.has(token.text));
  return {
    text,
    tokens,
    words,
    topics: detected.topics,
    topicPositions: detected.positions,
    wantsSummary: detected.summary,
    mentions,
    focus: { words: focusWords },
    forceWords,
    topicWords: tokens.filter((token) => detected.positions.has(token.pos)).map((token) => token.text),
  };
}
