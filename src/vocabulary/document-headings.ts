/**
 * Looking up the headings and labels a role document uses. The words themselves are in the concept records
 * (concepts.ts); every extractor reads sections by key, never by position, so a new force's wording is
 * supported by adding a heading to its concept.
 */
import { CONCEPTS, STRUCTURE_HEADINGS, type ConceptId, type StructureId } from './concepts.ts';

/** A section of a document: a concept's, or one that structures the document (title, force, ...). */
export type SectionKey = ConceptId | StructureId;

/**
 * The order labels are looked up in: where two sections list the same heading, the first one here wins.
 * Every concept and structure heading is in it (the parity test checks).
 */
export const SECTION_ORDER: readonly SectionKey[] = [
  'title', 'reportsTo', 'responsibleFor', 'hours', 'shifts', 'vetting', 'driving', 'grade', 'rank', 'rankGrade',
  'roleCode', 'department', 'location', 'organisation', 'contractType', 'status', 'purpose', 'responsibilities',
  'criteria', 'essential', 'desirable', 'entryRequirements', 'experience', 'behaviours', 'values', 'skills',
  'standards', 'training', 'health', 'itSystems', 'conditions', 'contacts', 'dress', 'travel', 'salary',
  'workingArrangements', 'closingDate', 'minimumService', 'entryRoutes', 'documentPart', 'other',
];

function headingsOf(key: SectionKey): readonly string[] {
  return key in CONCEPTS ? CONCEPTS[key as ConceptId].headings : STRUCTURE_HEADINGS[key as StructureId];
}

/** Headings and labels by section, from the concept records (src/vocabulary/concepts.ts). */
export const LEXICON: Readonly<Record<SectionKey, readonly string[]>> = Object.fromEntries(
  SECTION_ORDER.map((key) => [key, headingsOf(key)]),
) as Record<SectionKey, readonly string[]>;

/** Lower-case, "&" as "and", brackets and trailing punctuation removed, whitespace collapsed. */
export function normaliseLabel(text: string): string {
  return text
    .toLowerCase()
    .replace(/\([^)]*\)/g, ' ')
    .replace(/\{[^}]*\}/g, ' ')
    .replace(/&/g, ' and ')
    .replace(/[’‘`]/g, "'")
    .replace(/^\s*(?:\d{1,2}(?:\.\d{1,2})*[.)]?|[a-z][.)])\s+/, '')
    .replace(/^section\s+[a-z0-9]{1,3}\s*[–—:.-]\s*/, '')
    .replace(/\s*\/\s*/g, '/')
    .replace(/[\s:;.,*#_–—-]+$/g, '')
    .replace(/^[\s:;.,*#_–—-]+/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

const LOOKUP: ReadonlyMap<string, SectionKey> = (() => {
  const map = new Map<string, SectionKey>();
  for (const key of SECTION_ORDER) {
    for (const synonym of LEXICON[key]) {
      const norm = normaliseLabel(synonym);
      if (!map.has(norm)) map.set(norm, key);
    }
  }
  return map;
})();

/**
 * The section key of a label written exactly as the lexicon has it (after normalising, and without a
 * qualifier such as "Current"): no phrase rules, so "Criminal Justice Reports To" is not a label, while
 * "Reports To" is. For finding where a label starts inside running text.
 */
export function lookupExactLabel(text: string): SectionKey | null {
  const norm = normaliseLabel(text);
  return LOOKUP.get(norm) ?? LOOKUP.get(norm.replace(QUALIFIER, '')) ?? null;
}

const QUALIFIER = /^(?:current|present|substantive|proposed|required) /;

/** The section key a label or heading names, or null when the lexicon does not know it. */
export function lookupLabel(text: string): SectionKey | null {
  // Labels are short; long lines are prose (and normalising every prose line is the parser's hot spot).
  if (text.length > 120) return null;
  const cached = CACHE.get(text);
  if (cached !== undefined) return cached;
  const key = lookupNormalised(normaliseLabel(text));
  if (CACHE.size > 20_000) CACHE.clear();
  CACHE.set(text, key);
  return key;
}

const CACHE = new Map<string, SectionKey | null>();

const QUESTIONS: readonly [RegExp, SectionKey][] = [
  [/^what is the (?:role|job|post|position)(?: title| called)?\?$|^what is the (?:job|role) title\?$/, 'title'],
  [/\bwho (?:will|would|do|does) (?:i|you|the post holder) (?:answer|report|work) (?:to|for)\b|\bwho is my (?:line )?manager\b/, 'reportsTo'],
  [/\bhow many hours\b|\bwhat hours\b/, 'hours'],
  [/\bdriving licen[cs]e\b|\bneed (?:a|to) (?:car|drive)\b/, 'driving'],
  [/\bwhat (?:vetting|checks|security)\b/, 'vetting'],
  [/\bwhat training\b|\btraining will\b/, 'training'],
  [/\bwho can apply\b|\bwhat do i need\b|\bam i eligible\b/, 'entryRequirements'],
  [/\bwhat (?:will|would) i (?:do|be doing)\b/, 'responsibilities'],
  [/\bwhat shifts\b|\bwhen will i work\b/, 'shifts'],
];

/** A label that ends by naming whom the post holder answers to. */
const REPORTS_PHRASE = /\b(?:report(?:s|ing)?(?: in)?(?: directly)? to|work(?:ing)? for|(?:line )?managed by|accountable to|responsible to|supervised by)$/;
/** A heading that introduces what is only a plus. */
const DESIRABLE_PHRASE = /^(?:it would be (?:great|nice|good|useful|helpful|an advantage|a bonus)|ideally|bonus points|you may also have)\b/;

function lookupNormalised(norm: string): SectionKey | null {
  if (norm.length === 0 || norm.length > 80) return null;
  const direct = LOOKUP.get(norm) ?? LOOKUP.get(norm.replace(/^(?:the|our|your) /, ''));
  if (direct) return direct;
  // "Current Rank/Grade", "Substantive grade": a qualifier before a field's own label.
  const unqualified = LOOKUP.get(norm.replace(QUALIFIER, ''));
  if (unqualified) return unqualified;
  // PDF text loses spaces ("Hours perweek", "Vettinglevel"): compare without them.
  const squashed = SQUASHED.get(norm.replace(/[\s'’-]+/g, ''));
  if (squashed) return squashed;
  // Questions in an FAQ-style document: "What is the role?", "Who will I answer to?".
  if (norm.endsWith('?')) {
    for (const [pattern, key] of QUESTIONS) if (pattern.test(norm)) return key;
    return null;
  }
  // Headings written as phrases: "Who you will report to", "It would be great if you also have".
  if (REPORTS_PHRASE.test(norm)) return 'reportsTo';
  if (DESIRABLE_PHRASE.test(norm)) return 'desirable';
  // Plurals: "Working Patterns".
  if (norm.endsWith('s')) {
    const singular = LOOKUP.get(norm.slice(0, -1));
    if (singular) return singular;
  }
  // "Vetting requirement for this post", "Skills required for the role".
  const trimmed = norm.replace(/\s+(?:for|of|in) (?:this|the) (?:post|role|job|position|vacancy)$/, '');
  if (trimmed !== norm) return lookupNormalised(trimmed);
  // "BEHAVIOURS – COMPETENCY AND VALUES FRAMEWORK": the part before a dash names the section.
  const dash = /^(.{3,40}?)\s+[–—-]\s+/.exec(norm);
  if (dash?.[1]) return LOOKUP.get(dash[1]) ?? null;
  // Bilingual labels "Teitl y Swydd / Job Title": any part the lexicon knows (the English one).
  if (norm.includes('/')) {
    for (const part of norm.split('/').reverse()) {
      const key = part.trim().length > 2 ? lookupNormalised(part.trim()) : null;
      if (key) return key;
    }
  }
  return null;
}

const SQUASHED: ReadonlyMap<string, SectionKey> = (() => {
  const map = new Map<string, SectionKey>();
  for (const [norm, key] of LOOKUP) {
    const squashed = norm.replace(/[\s'’-]+/g, '');
    if (squashed.length >= 6 && !map.has(squashed)) map.set(squashed, key);
  }
  return map;
})();

/** Every word used by a lexicon label: lets the normaliser split PDF run-together words ("WeeklyHours"). */
export const LEXICON_WORDS: ReadonlySet<string> = (() => {
  const words = new Set<string>();
  for (const synonyms of Object.values(LEXICON)) {
    for (const synonym of synonyms) for (const word of synonym.split(/[^a-z]+/)) if (word.length > 1) words.add(word);
  }
  return words;
})();
