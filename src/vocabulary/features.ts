/**
 * Working-pattern features list filters need: one record per feature, with the words a document states it
 * in and the words a question asks for it with. The parser reads them once (src/ingest/extract-features.ts)
 * and stores them with evidence; "does X work nights?" and "which roles work nights?" both read that.
 */
import { FEATURE_IDS, type FeatureId } from '../profile/role-profile.ts';
import { PhraseTable, type PhraseHit } from './phrase-match.ts';
import { ROUND_THE_CLOCK_TEXT } from './shift-work.ts';

export interface FeatureRecord {
  id: FeatureId;
  /** How a list names the roles that have it: "Roles that work nights". */
  label: string;
  /** Where a document states it: in its working-pattern text, or anywhere (part time, job share). */
  scope: 'pattern' | 'document';
  /** A sentence that states the feature. */
  stated: RegExp;
  /** A sentence that says the feature does not apply ("no night work"); it does not state it. */
  denied: RegExp | null;
  /** Words a question uses for it, normalised (lower case, single spaces, "/" kept). */
  questionWords: readonly string[];
}

// The words live in shift-work.ts, where "is it shift work?" reads them too.
const ROUND_THE_CLOCK = ROUND_THE_CLOCK_TEXT;

export const FEATURES: Readonly<Record<FeatureId, FeatureRecord>> = {
  nights: {
    id: 'nights',
    label: 'work nights',
    scope: 'pattern',
    stated: new RegExp(String.raw`\bnights?\b|\bovernight\b|\bnight[- ]?time\b|${ROUND_THE_CLOCK}`, 'i'),
    denied: /\b(?:no|not|never|nor|without|excluding)\b(?:\s+[\w-]+){0,3}?\s+(?:nights?|overnight|night[- ]?time)\b/i,
    questionWords: ['nights', 'night', 'night shifts', 'night shift', 'nightshift', 'nightshifts', 'overnight', 'night work', 'lates and nights'],
  },
  weekends: {
    id: 'weekends',
    label: 'work weekends',
    scope: 'pattern',
    stated: new RegExp(String.raw`\bweekends?\b|\bsaturdays?\b|\bsundays?\b|\bseven days\b|\b7 days\b|\bmonday to sunday\b|${ROUND_THE_CLOCK}`, 'i'),
    denied: /\b(?:no|not|never|nor|without|excluding)\b(?:\s+[\w-]+){0,3}?\s+weekends?\b/i,
    questionWords: ['weekends', 'weekend', 'saturdays', 'saturday', 'sundays', 'sunday', 'weekend work'],
  },
  '24-7': {
    id: '24-7',
    label: 'work 24/7',
    scope: 'pattern',
    stated: new RegExp(ROUND_THE_CLOCK, 'i'),
    denied: null,
    questionWords: ['24x7', '24 7', '24 hours', 'round the clock', 'around the clock'],
  },
  'twelve-hour-shifts': {
    id: 'twelve-hour-shifts',
    label: 'work 12-hour shifts',
    scope: 'pattern',
    stated: /\b(?:12|twelve)[- ]?(?:hour|hr)s?(?: long)?\s+(?:shifts?|days?|nights?)\b|\bshifts? of (?:12|twelve) hours\b/i,
    denied: null,
    questionWords: ['12 hour shifts', '12 hour shift', '12 hour', '12hr shifts', '12 hr shifts', 'twelve hour shifts', 'twelve hour', 'long shifts'],
  },
  'weekday-daytime': {
    id: 'weekday-daytime',
    label: 'work weekday daytime',
    scope: 'pattern',
    stated: /\bmonday\s*(?:to|-|–)\s*(?:friday|thursday|wednesday)\b|\bmon[- ]fri\b|\boffice hours\b|\bweekdays\b|\b9(?:am)?\s*(?:to|-|–)\s*5(?:pm)?\b|\bnine to five\b|\bdays only\b/i,
    denied: null,
    questionWords: ['weekday', 'weekdays', 'monday to friday', 'mon fri', 'office hours', '9 to 5', '9 5', 'nine to five', 'days only', 'daytime', 'day time'],
  },
  'on-call': {
    id: 'on-call',
    label: 'have on-call duties',
    scope: 'pattern',
    stated: /\bon[- ]call\b|\bcall[- ]outs?\b|\bstandby\b/i,
    denied: /\bno on[- ]call\b|\bnot (?:be )?on[- ]call\b/i,
    questionWords: ['on call', 'oncall', 'call out', 'call outs', 'callout', 'standby'],
  },
  'part-time': {
    id: 'part-time',
    label: 'can be worked part time',
    scope: 'document',
    stated: /\bpart[- ]?time\b/i,
    denied: /\bno part[- ]?time\b|\bnot (?:suitable|available|open|possible) (?:for |as )?(?:a )?part[- ]?time\b|\bpart[- ]?time\b[^.]{0,40}\bnot (?:available|possible|considered|suitable)\b|\b(?:experience|knowledge) of\b[^.]{0,40}\bpart[- ]?time\b/i,
    questionWords: ['part time', 'parttime', 'part timer', 'part timers', 'reduced hours', 'fewer hours'],
  },
  'job-share': {
    id: 'job-share',
    label: 'can be a job share',
    scope: 'document',
    stated: /\bjob[- ]?shar(?:e|es|ing)\b/i,
    denied: /\bno job[- ]?shar|\bjob[- ]?shar(?:e|ing)\b[^.]{0,40}\bnot (?:available|possible|considered|suitable)\b|\bnot (?:suitable|available|open) (?:for |as )?(?:a )?job[- ]?shar/i,
    questionWords: ['job share', 'job shares', 'job sharing', 'jobshare', 'share the job'],
  },
};

/** Whether a sentence of a document states a feature (and does not deny it). */
export function statesFeature(id: FeatureId, sentence: string): boolean {
  const record = FEATURES[id];
  return record.stated.test(sentence) && !(record.denied?.test(sentence) ?? false);
}

const QUESTION_WORDS = new PhraseTable<FeatureId>(FEATURE_IDS.flatMap((id) => FEATURES[id].questionWords.map((words) => [words, id] as const)));

/** Where a question names each feature, by the one phrase policy. */
export function featureHits(words: readonly string[]): PhraseHit<FeatureId>[] {
  return QUESTION_WORDS.find(words);
}

/** Features a question names, from its normalised words ("12 hour nights": twelve-hour shifts and nights). */
export function featuresAsked(words: readonly string[]): FeatureId[] {
  return [...new Set(featureHits(words).map((hit) => hit.value))];
}
