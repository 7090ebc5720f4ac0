/**
 * Ways of working a post (part time, job share, flexible, hybrid): the words a document states each in,
 * and the words that say it is not available. Part time and job share share their words with the
 * working-pattern features (features.ts), so "can I job share?" and "which roles can be a job share?" read
 * the same words. The parser is src/ingest/extract-working-arrangements.ts.
 */
import type { ArrangementKind } from '../profile/role-profile.ts';
import { FEATURES } from './features.ts';

export interface ArrangementRecord {
  kind: ArrangementKind;
  /** How an answer names it: "Job share". */
  label: string;
  /** How a yes or no names it in a sentence: "a job share" is possible. */
  noun: string;
  /** A sentence that mentions it. */
  stated: RegExp;
  /** A sentence that mentions it without offering or refusing it ("experience of part-time staff"). */
  aside: RegExp | null;
  /** Words a question uses for it, normalised. */
  questionWords: readonly string[];
}

/** A sentence that says an arrangement is not available for the post. */
export const REFUSED =
  /\bno\s+(?:part[- ]?time|job[- ]?shar\w*|flexible|hybrid|agile|home)\b|\bnot\s+(?:be\s+)?(?:available|possible|considered|suitable|open|offered|an option)\b|\b(?:unable|not able) to (?:offer|consider|accommodate)\b|\bcannot be (?:offered|considered|accommodated|worked)\b|\bonly (?:on a )?full[- ]time\b|\bfull[- ]time only\b|:\s*no\.?\s*$/i;

/** The candidate's experience or a duty, not an arrangement of the post: "experience of managing part-time staff". */
const CANDIDATE_ASIDE = /\b(?:experience|knowledge|understanding) of\b|\bmanag(?:e|ing) (?:a )?(?:team|staff)\b|\bpolicy on\b/i;

export const ARRANGEMENTS: Readonly<Record<ArrangementKind, ArrangementRecord>> = {
  'part-time': {
    kind: 'part-time',
    noun: 'part-time working',
    label: 'Part time',
    stated: FEATURES['part-time'].stated,
    aside: CANDIDATE_ASIDE,
    questionWords: FEATURES['part-time'].questionWords,
  },
  'job-share': {
    kind: 'job-share',
    noun: 'a job share',
    label: 'Job share',
    stated: FEATURES['job-share'].stated,
    aside: CANDIDATE_ASIDE,
    questionWords: FEATURES['job-share'].questionWords,
  },
  flexible: {
    kind: 'flexible',
    noun: 'flexible working',
    label: 'Flexible working',
    // "flexible working" as an arrangement; "must be flexible to work extra hours" is a demand, not one.
    stated: /\bflexible working\b|\bflexi[- ]?time\b|\bflexible (?:hours|working (?:hours|arrangements|patterns?)|start and finish times)\b|\bcompressed hours\b/i,
    aside: /\b(?:must|required to|need to|prepared to|willing(?:ness)? to|expected to|will be required|able to|ability to)\b[^.]{0,40}\bflexib|\b(?:experience|knowledge|understanding) of\b/i,
    questionWords: ['flexible working', 'flexible hours', 'flexi time', 'flexitime', 'flexible', 'flexibly', 'compressed hours'],
  },
  hybrid: {
    kind: 'hybrid',
    noun: 'hybrid or agile working',
    label: 'Hybrid or agile working',
    stated: /\bhybrid (?:working|worker|role|basis)\b|\bagile (?:working|worker|basis)\b|\bhome[- ]?working\b|\bwork(?:ing)? from home\b|\bremote(?:ly)? work(?:ing)?\b|\bwork(?:ing)? remotely\b/i,
    aside: /\b(?:experience|knowledge|understanding) of\b/i,
    questionWords: ['hybrid', 'hybrid working', 'agile working', 'agile', 'work from home', 'working from home', 'wfh', 'home working', 'remote', 'remotely', 'remote working'],
  },
};

/** The arrangements a question's normalised words name ("job share", "part time", "work from home"). */
export function arrangementsAsked(words: readonly string[]): ArrangementKind[] {
  const text = ` ${words.join(' ')} `;
  return (Object.keys(ARRANGEMENTS) as ArrangementKind[]).filter((kind) => ARRANGEMENTS[kind].questionWords.some((phrase) => text.includes(` ${phrase} `)));
}
