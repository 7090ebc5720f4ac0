/**
 * Is a question about vacancies, and which part of a posting does it ask for? Patterns and the words a
 * vacancy question is made of (so what is left over names what the person is looking for).
 */
import { normaliseText, singular } from '../vocabulary/normalise-text.ts';

export type Topic = 'list' | 'closingDate' | 'howToApply' | 'location' | 'numberOfPosts';

const VACANCY_PATTERNS = [
  /\bvacanc(?:y|ies)\b/,
  /\bpostings?\b/,
  /\b(?:jobs?|roles?|posts?|positions?|openings?|opportunit(?:y|ies))\s+(?:going|open|available|advertised|vacant|on offer|out there)\b/,
  /\bany\s+(?:new\s+)?(?:jobs?|openings?|positions?|opportunit(?:y|ies))\b/,
  /\bjob\s+(?:ads?|adverts?|openings?)\b/,
  // "is anyone recruiting?", "are you hiring at the moment"; not "what does the recruiting process involve".
  /\b(?:is|are)\b[^?]*\b(?:recruiting|hiring)\b(?!\s+process)|\b(?:recruiting|hiring)\s+(?:for|now|at the moment|currently)\b/,
  /\bclosing date\b/,
  /\b(?:advertised|being advertised)\b/,
];

const TOPIC_PATTERNS: Array<[Exclude<Topic, 'list'>, RegExp]> = [
  ['closingDate', /\b(?:clos(?:e|es|ing|ed)|deadline|last day|until when|how long)\b/],
  ['howToApply', /\b(?:how (?:do|can|would|should|to) (?:i |we |you |one )?apply|apply|application|applications)\b/],
  ['numberOfPosts', /\bhow many\b/],
  ['location', /\b(?:where|location|based|which (?:team|area|station))\b/],
];

/** Topic questions that name no vacancy word but, in a posting's thread, are about that posting. */
export const CONTEXT_TOPIC = /\b(?:when (?:does|do|will) (?:it|this|that|the (?:post|posting|vacancy|advert)) close|closing date|deadline|how (?:do|can) i apply)\b/;

/** Words a vacancy question is made of; what is left over names what the person is looking for. */
export const QUESTION_WORDS = new Set(
  (
    'a an the and or of for to in on at by with is are was were be do does did what whats which who when where why how ' +
    'any anything there here some all new current currently now at moment right today this week month open opened opening ' +
    'openings vacancy vacancies posting postings post posts job jobs role roles position positions going available ' +
    'advertised vacant offer out we you i me my our us anyone someone force recruiting hiring close closes closing closed ' +
    'date deadline last day until long apply application applications can could would should will please tell show list ' +
    'see get got have has it its that they them their still being ad ads advert adverts opportunity opportunities many ' +
    'location based team area station know let like want looking see s up'
  ).split(' '),
);

/**
 * A question (or a posting's place) as the vacancy patterns read it: the vocabulary's normalised text with a
 * space at each end, so a pattern or word can be looked for whole (" northgate ").
 */
export function vacancyText(text: string): string {
  return ` ${normaliseText(text)} `;
}

/** The words of a question left once vacancy words and question words are taken out. */
export function leftoverWords(question: string): string[] {
  return normaliseText(question)
    .split(' ')
    .filter((w) => w.length > 1 && !QUESTION_WORDS.has(w) && !QUESTION_WORDS.has(singular(w)) && !/^\d+$/.test(w));
}

export function isVacancyQuestion(question: string): boolean {
  const text = vacancyText(question);
  return VACANCY_PATTERNS.some((pattern) => pattern.test(text));
}

export function topicOf(text: string): Topic {
  for (const [topic, pattern] of TOPIC_PATTERNS) if (pattern.test(text)) return topic;
  return 'list';
}
