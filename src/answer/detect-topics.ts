/**
 * Topic detection: which of the topics a question asks about, from the lexicon's phrases (longest first),
 * then single words through their singular and within one typo. Positions of the words used are returned
 * so role resolution does not mistake "training" for part of a role's name.
 */
import { STOP_WORDS, allowedTypos, editDistance, singular, type Token } from '../catalogue/index.ts';
import type { TopicKey } from './topics/fact-builders.ts';
import { FALLBACK_TOPIC_WORDS, SUMMARY_PHRASES, TOPIC_LEXICON } from '../vocabulary/question-words.ts';

export interface DetectedTopics {
  topics: TopicKey[];
  /** Token positions used by topic phrases. */
  positions: Set<number>;
  /** The question asks for the whole role ("tell me about ..."). */
  summary: boolean;
}

interface Phrase {
  words: string[];
  topics: TopicKey[];
}

const PHRASES: Phrase[] = TOPIC_LEXICON.map(([text, topics]) => ({ words: text.split(' '), topics })).sort(
  (a, b) => b.words.length - a.words.length,
);
const SINGLE_WORDS = new Map(PHRASES.filter((phrase) => phrase.words.length === 1).map((phrase) => [phrase.words[0] ?? '', phrase.topics]));
const LICENCE_WORDS = new Set(['licence', 'license', 'licences', 'licenses', 'certificate']);
const NON_DRIVING_LICENCES = new Set(['firearms', 'firearm', 'gun', 'shotgun', 'pilot', 'pilots', 'personal', 'premises', 'alcohol', 'tv', 'sia', 'door', 'drone', 'fishing']);
const SUMMARY = SUMMARY_PHRASES.map((text) => text.split(' '));

function phraseAt(words: string[], start: number, phrase: string[]): boolean {
  return phrase.every((word, k) => words[start + k] === word);
}

/** A single word's topics: exact, singular, or one typo away from a lexicon word of five letters or more. */
function wordTopics(word: string, avoid: ReadonlySet<string>): TopicKey[] | undefined {
  const exact = SINGLE_WORDS.get(word) ?? SINGLE_WORDS.get(singular(word));
  if (exact) return exact;
  if (allowedTypos(word) === 0 || avoid.has(word) || STOP_WORDS.has(word)) return undefined;
  for (const [known, topics] of SINGLE_WORDS) {
    if (known.length >= 5 && editDistance(word, known, 1) <= 1) return topics;
  }
  return undefined;
}

/**
 * @param avoid words never read as a typo of a topic word (names of roles, known terms), so a role's
 * name such as "handler" is not taken for a misspelt topic.
 */
export function detectTopics(
  tokens: readonly Token[],
  avoid: ReadonlySet<string> = new Set(),
  /** Positions taken by a role's name ("police staff investigator"): not read as topics. */
  taken: ReadonlySet<number> = new Set(),
): DetectedTopics {
  const words = tokens.map((token) => token.text);
  const topics: TopicKey[] = [];
  const positions = new Set<number>();
  // "firearms licence" is no driving licence: the words stay as the question's subject.
  const otherLicences = new Set<number>();
  words.forEach((word, pos) => {
    if (LICENCE_WORDS.has(word) && NON_DRIVING_LICENCES.has(words[pos - 1] ?? '')) otherLicences.add(pos);
  });
  const blocked = (pos: number): boolean => positions.has(pos) || taken.has(pos) || otherLicences.has(pos);
  const add = (keys: readonly TopicKey[]): void => {
    for (const key of keys) if (!topics.includes(key)) topics.push(key);
  };

  for (const phrase of PHRASES) {
    if (phrase.words.length < 2) continue;
    for (let start = 0; start + phrase.words.length <= words.length; start += 1) {
      if (phrase.words.some((_, k) => blocked(start + k))) continue;
      if (!phraseAt(words, start, phrase.words)) continue;
      add(phrase.topics);
      phrase.words.forEach((_, k) => positions.add(start + k));
    }
  }
  words.forEach((word, pos) => {
    if (blocked(pos)) return;
    const found = wordTopics(word, avoid);
    if (found) {
      add(found);
      positions.add(pos);
    }
  });
  // "what does a PCSO do?": the duties.
  if (topics.length === 0 && words.at(-1) === 'do' && words[0] === 'what') add(['responsibilities']);
  if (topics.length === 0) {
    // One fallback topic at most, the first in the fallback list's order ("level" before "need").
    for (const [known, key] of FALLBACK_TOPIC_WORDS) {
      const pos = words.indexOf(known);
      if (pos < 0 || taken.has(pos)) continue;
      add([key]);
      positions.add(pos);
      break;
    }
  }
  // "hours" alone asks about working time; with "weekly" or "a week" only the weekly hours.
  if (topics.includes('hours') && topics.includes('shifts') && words.some((word) => word === 'week' || word === 'weekly')) {
    topics.splice(topics.indexOf('shifts'), 1);
  }
  // "requirements" covers essential and desirable; asking for one of them narrows it.
  if (topics.includes('requirements') && (topics.includes('essential') || topics.includes('desirable'))) {
    topics.splice(topics.indexOf('requirements'), 1);
  }
  // "what about the PCSO?" / "how about ..." follow on from the last question; they do not ask for a summary.
  const summary = SUMMARY.some((phrase) =>
    words.some((_, start) => phraseAt(words, start, phrase) && !(phrase.length === 1 && phrase[0] === 'about' && ['what', 'how'].includes(words[start - 1] ?? ''))),
  );
  return { topics, positions, summary };
}

/** Whether a word names a topic by itself ("licence", "shifts"): too general to pick out one item. */
export function isTopicWord(word: string): boolean {
  return SINGLE_WORDS.has(word) || SINGLE_WORDS.has(singular(word));
}
