/**
 * Looking up the headings and labels a role document uses. The words themselves are in the concept records
 * (concepts.ts); every extractor reads sections by key, never by position, so a new force's wording is
 * supported by adding a heading to its concept.
 */
import { CONCEPTS, STRUCTURE_HEADINGS, type ConceptId, type StructureId } from './concepts.ts';
import { STOP_WORDS, normaliseText, singular } from './normalise-text.ts';
import { PhraseTable } from './phrase-match.ts';
import { HEADING_STRENGTH_WORDS } from './requirement-strength.ts';

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
    // A section number ("3.", "2.1)", "A.", or a bare "4 " before a capital): "37 hours" is a value, not
    // section 37 "hours".
    .replace(/^\s*(?:\d{1,2}(?:\.\d{1,2})*[.)]|[A-Za-z][.)])\s+/, '')
    .replace(/^\s*\d{1,2}(?:\.\d{1,2})*\s+(?=[A-Z])/, '')
    .toLowerCase()
    .replace(/\([^)]*\)/g, ' ')
    .replace(/\{[^}]*\}/g, ' ')
    .replace(/&/g, ' and ')
    .replace(/[’‘`]/g, "'")
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

/** Words in headings of every kind ("details", "information", "the post"): no cue to any one section. */
const CUE_NEUTRAL: ReadonlySet<string> = new Set(['details', 'detail', 'information', 'info', 'general', 'key', 'main', 'additional', 'other', 'further', 'person', 'candidate', 'applicant', 'holder', 'postholder', 'section', 'part', 'summary', 'overview', 'current', 'required', 'requirement', 'requirements', 'police', 'staff', 'officer', 'officers', 'force', 'constabulary', 'service', 'description', 'profile', 'specification',
  // The phrasing around a heading's subject: "Tasks you will carry out", "Reporting structure".
  'arrangements', 'arrangement', 'structure', 'expected', 'carry', 'receive', 'need', 'needed', 'must', 'could', 'provided', 'offered', 'look', 'looking', 'apply', 'could',
]);

/** How a heading was recognised: word for word (with the label rules above), through the phrase policy, or by cues. */
export type HeadingMatch = 'label' | 'phrase' | 'cue';

/** How surely a heading names its section, by how it was recognised: a table, so precedence is data. */
export const CONCEPT_CONFIDENCE_BY_HEADING: Readonly<Record<HeadingMatch, number>> = { label: 1, phrase: 0.9, cue: 0.6 };

export interface HeadingReading {
  key: SectionKey;
  how: HeadingMatch;
}

/** Sections a heading is never classified into by cue words alone: they name no field. */
const NO_CUE_SECTIONS: ReadonlySet<SectionKey> = new Set<SectionKey>(['documentPart', 'other', 'title', 'organisation']);

/** Every heading phrase of every section, for the shared phrase policy (plurals, one typo in a long word). */
const HEADING_PHRASES = new PhraseTable<SectionKey>(
  SECTION_ORDER.flatMap((key) => LEXICON[key].map((heading): [string, SectionKey] => [normaliseText(heading), key])),
  { typos: true },
);

/**
 * Cue words: each word the headings of a section use, weighted by how few sections use it ("vetting" names one
 * section, "requirements" several). Taken from the headings themselves, so a heading taught to a concept also
 * teaches its words as cues.
 */
const CUE_WEIGHTS: ReadonlyMap<string, ReadonlyMap<SectionKey, number>> = (() => {
  const sectionsOf = new Map<string, Set<SectionKey>>();
  for (const key of SECTION_ORDER) {
    if (NO_CUE_SECTIONS.has(key)) continue;
    for (const heading of LEXICON[key]) {
      for (const word of normaliseText(heading).split(' ')) {
        if (word.length < 3 || STOP_WORDS.has(word) || CUE_NEUTRAL.has(word)) continue;
        const cue = singular(word);
        const set = sectionsOf.get(cue) ?? new Set<SectionKey>();
        set.add(key);
        sectionsOf.set(cue, set);
      }
    }
  }
  const weights = new Map<string, Map<SectionKey, number>>();
  for (const [word, keys] of sectionsOf) weights.set(word, new Map([...keys].map((key) => [key, 1 / keys.size])));
  return weights;
})();

/** Sections that hold criteria: a heading naming one of them and a strength is essential or desirable. */
const CRITERIA_SECTIONS: ReadonlySet<SectionKey> = new Set<SectionKey>(['criteria', 'essential', 'desirable', 'experience', 'entryRequirements', 'skills']);

const STRENGTH_TABLE = new PhraseTable<'essential' | 'desirable'>(
  (['essential', 'desirable'] as const).flatMap((strength) => HEADING_STRENGTH_WORDS[strength].map((words): [string, 'essential' | 'desirable'] => [words, strength])),
);

/** The one strength a heading's words state, or null when none or both ("essential and desirable"). */
function strengthOf(words: readonly string[]): 'essential' | 'desirable' | null {
  const found = new Set(STRENGTH_TABLE.find(words).map((hit) => hit.value));
  return found.size === 1 ? ([...found][0] ?? null) : null;
}

/** Score a heading's cues must reach: one word only one section uses, or two shared ones. */
const MIN_CUE_SCORE = 1;
/** Headings longer than this are sentences, not headings. */
const MAX_CUE_HEADING_WORDS = 7;

/**
 * The section a heading line names, for headings no label rule knows: first through the shared phrase policy
 * (every word of the heading a heading phrase of one section, allowing plurals and one typo: "Reprots to",
 * "Working Paterns"), then by cue words ("Your security clearance" -> vetting). Null when no section clearly
 * wins. For lines already laid out as headings: a label inside running text is never guessed this way.
 */
export function classifyHeading(text: string): HeadingReading | null {
  // The parser asks of a line once to see whether it is a heading and again for its section: read it once.
  const cached = HEADING_CACHE.get(text);
  if (cached !== undefined) return cached;
  const reading = readHeading(text);
  if (HEADING_CACHE.size > 20_000) HEADING_CACHE.clear();
  HEADING_CACHE.set(text, reading);
  return reading;
}

const HEADING_CACHE = new Map<string, HeadingReading | null>();

function readHeading(text: string): HeadingReading | null {
  const known = lookupLabel(text);
  if (known !== null) return { key: known, how: 'label' };
  const words = normaliseText(normaliseLabel(text)).split(' ').filter((word) => word.length > 0);
  // A heading names a subject; a line with a figure in it ("37 hours") is a value.
  if (words.length === 0 || words.length > MAX_CUE_HEADING_WORDS || words.some((word) => /\d/.test(word))) return null;
  // A question is classified by the label rules' own question patterns, never by cues ("How do I apply?"),
  // and a line holding a value after a separator ("FULL DRIVING LICENCE - Yes") is a label's, not a heading.
  if (/\?\s*$/.test(text) || /\S\s+[-–—]\s+\S|:\s*\S|\t/.test(text)) return null;
  // The words that say something: a lone letter is a value ("Band D"), not a stop word.
  const content = words
    .map((word, pos) => ({ word, pos }))
    .filter(({ word }) => (/^[b-hj-z]$/.test(word) || !STOP_WORDS.has(word)) && !CUE_NEUTRAL.has(word));
  const strength = strengthOf(words);
  const hits = HEADING_PHRASES.find(words);
  // "Qualifications you could have": a criteria heading with a word of strength is that kind of criteria.
  if (strength !== null && hits.some((hit) => CRITERIA_SECTIONS.has(hit.value))) return { key: strength, how: 'phrase' };
  const covered = new Set(hits.flatMap((hit) => Array.from({ length: hit.length }, (_, k) => hit.start + k)));
  const keys = new Set(hits.map((hit) => hit.value));
  const [only] = keys;
  if (only !== undefined && keys.size === 1 && content.length > 0 && content.every(({ pos }) => covered.has(pos))) return { key: only, how: 'phrase' };
  const scores = new Map<SectionKey, number>();
  for (const { word } of content) {
    for (const [key, weight] of CUE_WEIGHTS.get(singular(word)) ?? []) scores.set(key, (scores.get(key) ?? 0) + weight);
  }
  const ranked = [...scores].sort((a, b) => b[1] - a[1]);
  const [best, second] = ranked;
  // One word alone is a fragment of something ("authorities" under a split "Driving"), not a heading; a
  // heading by cues says at least two things ("Tasks you will carry out"), where a value may say one.
  if (words.filter((word) => !STOP_WORDS.has(word)).length < 2) return null;
  if (!best || best[1] < MIN_CUE_SCORE || (second !== undefined && second[1] >= best[1])) return null;
  // Most of what the heading says must be the winner's cues: "PCSO Supervisor" names a role, "Apply now" asks.
  const cued = content.filter(({ word }) => CUE_WEIGHTS.get(singular(word))?.has(best[0])).length;
  if (cued * 2 <= content.length) return null;
  return { key: best[0], how: 'cue' };
}
