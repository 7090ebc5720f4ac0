/**
 * annotate: the one reading of words against the vocabulary. A document line and a question are both
 * read here, into spans: what each run of words names (a concept, a value, a feature, a level, a force, a
 * figure of hours, a negation, an intent cue, or, for a whole line, a heading), where, and how surely.
 *
 * The policy, in one place:
 * - words are normalised once, by the caller's tokenizer or by normaliseText here;
 * - each kind's table is matched by the one phrase matcher (phrase-match.ts): longest phrase first,
 *   plurals, one typo in a word of five letters or more where the kind allows typos;
 * - overlaps: within a kind a word carries one reading (the longest phrase); across kinds a word may carry
 *   several ("which" is both a list cue and an "across" cue; "nppv3" is a vetting value and the vetting
 *   concept). Which reading wins is the consumer's precedence table (src/answer/query.ts), never the order
 *   spans come out in;
 * - a bare acronym that is also a common word or another code ("sc", "dv") is a value only beside a word of
 *   its kind (vetting-levels.ts);
 * - a heading no table lists is classified by cue words, with a lower confidence, and says so.
 */
import { CONCEPT_CONFIDENCE_BY_HEADING, classifyHeading } from './document-headings.ts';
import { featureHits } from './features.ts';
import { INTENT_CUES, type CueKind } from './intent-cues.ts';
import { normaliseText } from './normalise-text.ts';
import { PhraseTable } from './phrase-match.ts';
import { TOPIC_LEXICON } from './question-words.ts';
import { FORCE_AREA_WORDS } from './role-words.ts';
import type { TopicKey } from './topic-keys.ts';
import { vettingSpans } from './vetting-levels.ts';

export type SpanKind = 'heading' | 'concept' | 'value' | 'feature' | 'level' | 'hours' | 'force' | 'negation' | 'cue';

export interface Span {
  kind: SpanKind;
  /**
   * What the words name: a topic key (concept), a section key (heading), a vetting code (value), a feature
   * id, a level's number, a force word, or a cue kind.
   */
  value: string;
  /** The first word and how many words (word offsets into the words read). */
  start: number;
  length: number;
  confidence: number;
}

export interface AnnotateOptions {
  /** Only these kinds (all when absent): a caller that needs one kind pays for one. */
  kinds?: readonly SpanKind[];
  /** Word positions already used by something else (a role's name): no concept may use them. */
  taken?: ReadonlySet<number>;
  /** Words never read as a typo of a vocabulary word (role names, force names). */
  avoid?: ReadonlySet<string>;
}

/** Every way of asking for a topic, matched with typos forgiven ("reprots to", "vettting"). */
const CONCEPT_PHRASES = new PhraseTable<TopicKey[]>(TOPIC_LEXICON, { typos: true });

/** One table a cue kind: a word may be a cue of two kinds ("which": list and across). */
const CUE_TABLES = (Object.entries(INTENT_CUES) as [CueKind, readonly string[]][]).map(
  ([kind, phrases]) => [kind, new PhraseTable<CueKind>(phrases.map((phrase) => [phrase, kind] as const))] as const,
);

/** "level 3", "lvl 4": a level asked or stated. */
const LEVEL_WORDS = new Set(['level', 'lvl', 'levels']);
/** "37 hours", "18.5 hrs" (normalised "18 5 hrs"): a figure of hours. */
const HOUR_WORDS = new Set(['hours', 'hour', 'hrs', 'hr', 'h']);

function wordsOf(input: string | readonly string[]): readonly string[] {
  return typeof input === 'string' ? normaliseText(input).split(' ').filter((word) => word.length > 0) : input;
}

/**
 * The spans of `input` (a text, or words already normalised by the caller's tokenizer), in word order.
 * A heading span is read only from a text: it needs the line's own punctuation.
 */
export function annotate(input: string | readonly string[], options: AnnotateOptions = {}): Span[] {
  const words = wordsOf(input);
  const wants = (kind: SpanKind): boolean => options.kinds === undefined || options.kinds.includes(kind);
  const spans: Span[] = [];
  if (wants('heading') && typeof input === 'string') {
    const heading = classifyHeading(input);
    if (heading) spans.push({ kind: 'heading', value: heading.key, start: 0, length: words.length, confidence: CONCEPT_CONFIDENCE_BY_HEADING[heading.how] });
  }
  if (wants('concept')) {
    for (const hit of CONCEPT_PHRASES.find(words, { ...(options.taken ? { taken: options.taken } : {}), ...(options.avoid ? { avoid: options.avoid } : {}) })) {
      for (const topic of hit.value) spans.push({ kind: 'concept', value: topic, start: hit.start, length: hit.length, confidence: hit.confidence });
    }
  }
  if (wants('value')) {
    for (const span of vettingSpans(words)) spans.push({ kind: 'value', value: span.code, start: span.start, length: span.length, confidence: span.confidence });
  }
  if (wants('feature')) {
    for (const hit of featureHits(words)) spans.push({ kind: 'feature', value: hit.value, start: hit.start, length: hit.length, confidence: hit.confidence });
  }
  if (wants('level')) {
    words.forEach((word, pos) => {
      const next = words[pos + 1] ?? '';
      if (LEVEL_WORDS.has(word) && /^\d$/.test(next)) spans.push({ kind: 'level', value: next, start: pos, length: 2, confidence: 1 });
    });
  }
  if (wants('hours')) {
    words.forEach((word, pos) => {
      if (!/^\d{1,2}$/.test(word)) return;
      // "18 5 hours" is 18.5 once punctuation is gone.
      const half = /^\d$/.test(words[pos + 1] ?? '') && HOUR_WORDS.has(words[pos + 2] ?? '') && !/^\d$/.test(words[pos - 1] ?? '');
      if (half) spans.push({ kind: 'hours', value: `${word}.${words[pos + 1] ?? ''}`, start: pos, length: 3, confidence: 1 });
      else if (HOUR_WORDS.has(words[pos + 1] ?? '') && !/^\d$/.test(words[pos - 1] ?? '')) spans.push({ kind: 'hours', value: word, start: pos, length: 2, confidence: 1 });
    });
  }
  if (wants('force')) {
    words.forEach((word, pos) => {
      if (FORCE_AREA_WORDS.has(word)) spans.push({ kind: 'force', value: word, start: pos, length: 1, confidence: 1 });
    });
  }
  if (wants('cue') || wants('negation')) {
    for (const [kind, table] of CUE_TABLES) {
      const asKind: SpanKind = kind === 'negation' ? 'negation' : 'cue';
      if (!wants(asKind)) continue;
      for (const hit of table.find(words)) spans.push({ kind: asKind, value: kind, start: hit.start, length: hit.length, confidence: hit.confidence });
    }
  }
  return spans.sort((a, b) => a.start - b.start);
}

/** The positions a span covers. */
export function spanPositions(span: Pick<Span, 'start' | 'length'>): number[] {
  return Array.from({ length: span.length }, (_, k) => span.start + k);
}
