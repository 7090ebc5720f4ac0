/**
 * Shifts: `pattern` is a one-line summary ("six on, three off"; "24 hours rotating shift pattern, 365 days a
 * year"); `details` is what the document says around it (the hours, days, notice of changes), verbatim.
 * A shift label's section wins; otherwise the best sentence anywhere that states a pattern.
 */
import { ARRANGEMENT_KINDS, type Evidence, type Shifts } from '../profile/role-profile.ts';
import { mentionsWorkingPattern, namedShiftPattern, namesWorkingTimes, ON_OFF } from '../vocabulary/shift-work.ts';
import { isEmptyValue } from '../vocabulary/empty-values.ts';
import { ARRANGEMENTS } from '../vocabulary/working-arrangements.ts';
import type { ExtractContext } from './extract-context.ts';
import { proseSentences, type Sentence } from './prose.ts';
import { quoteAll, sectionsFor, valueLine } from './sections.ts';

const HOURS_PATTERN = /\b(?:\d{1,2}\s*hours?|24\/7|24-hour)\s+(?:rotating|rotational|rolling|continental|fixed)?\s*shift(?:\s+pattern|s)?(?:,?\s*\d{3}\s+days\s+a\s+year)?/i;
/** Sentences that mention shifts without stating a pattern of the post ("an understanding of working shifts"). */
const NOT_A_PATTERN = /\b(?:understanding of|experience of|knowledge of|attitude to|willing(?:ness)? to)\b[^.]{0,40}\b(?:shifts?|rota)\b|\bshift changes?\b(?![^.]*pattern)/i;

interface Candidate {
  score: number;
  pattern: string;
  sentence: Sentence;
}

function patternOf(text: string): { score: number; pattern: string } | null {
  const onOff = ON_OFF.exec(text);
  if (onOff) return { score: 3, pattern: onOff[0].replace(/\s+/g, ' ') };
  const hours = HOURS_PATTERN.exec(text);
  if (hours) return { score: 3, pattern: hours[0].trim() };
  if (NOT_A_PATTERN.test(text)) return null;
  const named = namedShiftPattern(text);
  if (named) {
    // "rotating shift pattern of two earlies, two lates and two nights, ...": keep the clause that says what it is.
    const rest = text.slice(named.index + named.text.length);
    const tail = /^\s+(?:of|on|covering|between|with|including)\b[^.;]{0,120}/.exec(rest)?.[0] ?? '';
    // "There is no fixed shift pattern": the pattern is that there is none, so the "no" stays with it.
    const none = /\bno\s+$/i.test(text.slice(0, named.index)) ? 'no ' : '';
    return { score: 2, pattern: `${none}${named.text}${tail}`.trim() };
  }
  return null;
}

function tidy(pattern: string): string {
  const trimmed = pattern.replace(/[.,;:]+$/, '').replace(/\s+/g, ' ');
  const stripped = trimmed.replace(/^(?:required to work|working|work)\s+(?:an?\s+)?/i, '');
  return stripped.includes(' ') ? stripped : trimmed;
}

/** A sentence that states part time, job share, flexible or hybrid working and nothing of a shift pattern. */
function statesArrangementOnly(text: string): boolean {
  return ARRANGEMENT_KINDS.some((kind) => ARRANGEMENTS[kind].stated.test(text)) && !mentionsWorkingPattern(text) && patternOf(text) === null;
}

export function extractShifts(ctx: ExtractContext): Shifts {
  const { model } = ctx;
  const sentences = proseSentences(model);

  // 1. A shifts heading or label: its value and body are the details.
  const labelled: Sentence[] = [];
  const inlineEvidence: Evidence[] = [];
  const inlineTexts: string[] = [];
  for (const section of sectionsFor(model, 'shifts')) {
    const anchor = valueLine(model, section);
    const value = section.entry?.value.trim();
    // "Working arrangements" may head a shift pattern or only say "job share considered": the latter is no pattern.
    if (anchor && value && !isEmptyValue(value) && !statesArrangementOnly(value)) {
      inlineTexts.push(value);
      inlineEvidence.push(...quoteAll(anchor, value));
    }
    for (const sentence of sentences) {
      const first = sentence.indices[0] ?? -1;
      if (first > section.index && first < section.bodyEnd && !ctx.descriptive.has(first) && !statesArrangementOnly(sentence.text)) labelled.push(sentence);
    }
  }
  const labelledTexts = [...inlineTexts, ...labelled.map((s) => s.text)];
  if (labelledTexts.length > 0) {
    const best = labelledTexts.map((t) => patternOf(t)).find((p) => p !== null);
    const details = labelledTexts.join(' ').slice(0, 800);
    const pattern = best?.pattern ?? (labelledTexts[0]?.split(/(?<=[.;])\s/)[0] ?? '');
    return { pattern: tidy(pattern), details, evidence: [...inlineEvidence, ...labelled.flatMap((s) => s.evidence)] };
  }

  // 2. The best sentence anywhere that states a pattern.
  const candidates: Candidate[] = [];
  for (const sentence of sentences) {
    const first = sentence.indices[0] ?? -1;
    if (ctx.descriptive.has(first) || !mentionsWorkingPattern(sentence.text)) continue;
    const p = patternOf(sentence.text);
    if (p) candidates.push({ ...p, sentence });
  }
  if (candidates.length === 0) return workingTimesOfHours(ctx) ?? { pattern: null, details: null, evidence: [] };
  const best = candidates.reduce((a, b) => (b.score > a.score ? b : a));
  // Details: the pattern's sentence and its neighbours in the same paragraph that speak of shifts or hours.
  const at = sentences.indexOf(best.sentence);
  const related = [best.sentence];
  // The sentence before it in the paragraph may state the hours the pattern fills ("a minimum of 16 hours a
  // month. There is no fixed shift pattern ...").
  const before = sentences[at - 1];
  if (before && (before.indices.at(-1) ?? -2) + 1 >= (best.sentence.indices[0] ?? 0) && /\b\d+(?:\.\d+)?\s+hours?\s+(?:a|per|each|every)\s+(?:week|month|year)\b/i.test(before.text))
    related.unshift(before);
  for (let i = at + 1; i < sentences.length && i <= at + 3; i += 1) {
    const next = sentences[i];
    const prevLast = related[related.length - 1]?.indices.at(-1) ?? -1;
    if (!next || (next.indices[0] ?? -1) > prevLast + 1) break;
    if (/\bshifts?\b|\bhours\b|\b\d{4}\s*[-–]\s*\d{4}\b|\b\d{1,2}:\d{2}\b|\bnotice\b|\brota\b/i.test(next.text)) related.push(next);
  }
  return {
    pattern: tidy(best.pattern),
    details: related.map((s) => s.text.replace(/^\(?\d{1,2}[.)]\s+/, '')).join(' '),
    evidence: related.flatMap((s) => s.evidence),
  };
}

/**
 * No shift label and no sentence with a pattern: an hours label whose value names the days and times worked
 * ("Hours: Part-time, 22.5 hours per week (Monday, Tuesday and Wednesday, 08:30-16:30)") gives the pattern.
 */
function workingTimesOfHours(ctx: ExtractContext): Shifts | null {
  for (const section of sectionsFor(ctx.model, 'hours')) {
    const anchor = valueLine(ctx.model, section);
    const value = section.entry?.value.trim();
    if (!anchor || !value || !namesWorkingTimes(value)) continue;
    return { pattern: tidy(value), details: value, evidence: quoteAll(anchor, value) };
  }
  return null;
}
