/**
 * Topic detection: which of the topics a question asks about, from the lexicon's phrases by the shared
 * phrase policy (src/vocabulary/phrase-match.ts: longest first, plurals, one typo in a longer word).
 * Positions of the words used are returned so role resolution does not mistake "training" for part of a
 * role's name.
 */
import { singular, type Token } from '../catalogue/index.ts';
import { annotate } from '../vocabulary/annotate.ts';
import { TOPIC_KEYS } from '../vocabulary/topic-keys.ts';
import type { TopicKey } from './topics/fact-builders.ts';
import { FALLBACK_TOPIC_WORDS, LICENCE_WORDS, NON_DRIVING_LICENCES, SUMMARY_PHRASES, TOPIC_LEXICON } from '../vocabulary/question-words.ts';

export interface DetectedTopics {
  topics: TopicKey[];
  /** Token positions used by topic phrases. */
  positions: Set<number>;
  /** The question asks for the whole role ("tell me about ..."). */
  summary: boolean;
}

const SINGLE_WORDS = new Map(TOPIC_LEXICON.filter(([text]) => !text.includes(' ')).map(([text, topics]) => [text, topics]));
const SUMMARY = SUMMARY_PHRASES.map((text) => text.split(' '));

function phraseAt(words: string[], start: number, phrase: string[]): boolean {
  return phrase.every((word, k) => words[start + k] === word);
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
  const add = (keys: readonly TopicKey[]): void => {
    for (const key of keys) if (!topics.includes(key)) topics.push(key);
  };
  const blocked = new Set([...taken, ...otherLicences]);
  // Every way of asking for a topic, read by the shared annotator (longest first, plurals, one typo).
  for (const span of annotate(words, { kinds: ['concept'], taken: blocked, avoid })) {
    const key = TOPIC_KEYS.find((known) => known === span.value);
    if (key) add([key]);
    for (let k = 0; k < span.length; k += 1) positions.add(span.start + k);
  }
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
