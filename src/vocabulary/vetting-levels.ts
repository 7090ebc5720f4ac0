/**
 * Vetting levels: one record per level, the one place both the parser (documents) and the question reader
 * know them. A bare acronym ("SC") only counts where the text is about vetting, so "four SC hubs" is not
 * Security Check; a question reads a code only as a whole word ("does it need sc vetting?").
 */
import { PhraseTable } from './phrase-match.ts';

export interface VettingLevel {
  /** The canonical value a profile stores in `vetting.levels`. */
  code: string;
  /** What it stands for, for answers and the glossary. */
  name: string;
  /** The ladder it sits on (alternatives: a post needs one rung of each ladder), or null. */
  ladder: 'police' | 'nppv' | 'national-security' | 'ev' | null;
  /** Spelt-out forms, unambiguous anywhere in a document. */
  phrases: readonly RegExp[];
  /** The bare acronym, ambiguous outside a vetting context; null when there is none. */
  bare: RegExp | null;
  /** Words a question may use for it, already normalised (lower case, single spaces). */
  questionWords: readonly string[];
}

const level = (record: VettingLevel): VettingLevel => record;

/** In ladder order within each ladder: lower rungs first. */
export const VETTING_LEVELS: readonly VettingLevel[] = [
  level({ code: 'RV', name: 'Recruitment Vetting', ladder: 'police', phrases: [/\brecruitment vetting\b/gi], bare: /\bRV\b/g, questionWords: ['rv', 'recruitment vetting'] }),
  level({ code: 'MV', name: 'Management Vetting', ladder: 'police', phrases: [/\bmanagement vetting\b/gi], bare: /\bMV\b/g, questionWords: ['mv', 'management vetting'] }),
  ...([1, 2, 3] as const).map((n) =>
    level({
      code: `NPPV${n}`,
      name: `Non-Police Personnel Vetting level ${n}`,
      ladder: 'nppv',
      phrases: [
        new RegExp(`\\bnon[- ]police personnel vetting\\s*(?:\\(NPPV\\)\\s*)?(?:level\\s*)?${n}\\b`, 'gi'),
        new RegExp(`\\bNPPV\\s*(?:level\\s*|lvl\\s*|-\\s*)?${n}\\b`, 'gi'),
      ],
      bare: null,
      questionWords: [`nppv${n}`, `nppv ${n}`, `nppv level ${n}`],
    }),
  ),
  level({ code: 'BPSS', name: 'Baseline Personnel Security Standard', ladder: null, phrases: [/\bBPSS\b/gi, /\bbaseline personnel security standard\b/gi], bare: null, questionWords: ['bpss', 'baseline personnel security standard', 'baseline check'] }),
  level({ code: 'CTC', name: 'Counter Terrorist Check', ladder: 'national-security', phrases: [/\bcounter[- ]terroris[mt]\s+check\b/gi], bare: /\bCTC\b/g, questionWords: ['ctc', 'counter terrorist check', 'counter terrorism check'] }),
  level({ code: 'eSC', name: 'Enhanced Security Check', ladder: 'national-security', phrases: [/\benhanced security check\b/gi, /\benhanced SC\b/gi, /\beSC\b/g], bare: /\bESC\b/g, questionWords: ['esc', 'enhanced sc', 'enhanced security check'] }),
  level({ code: 'SC', name: 'Security Check', ladder: 'national-security', phrases: [/\bsecurity check\b(?!\s*(?:level|required|requirements?)\b)/gi], bare: /\bSC\b/g, questionWords: ['sc vetting', 'sc clearance', 'sc check', 'sc level'] }),
  level({ code: 'eDV', name: 'Enhanced Developed Vetting', ladder: 'national-security', phrases: [/\benhanced developed vetting\b/gi, /\benhanced DV\b/gi, /\beDV\b/g], bare: /\bEDV\b/g, questionWords: ['edv', 'enhanced dv', 'enhanced developed vetting'] }),
  level({ code: 'DV', name: 'Developed Vetting', ladder: 'national-security', phrases: [/\bdeveloped vetting\b/gi], bare: /\bDV\b/g, questionWords: ['dv vetting', 'dv clearance', 'developed vetting'] }),
  ...([1, 2, 3] as const).map((n) =>
    level({ code: `EV${n}`, name: `Enhanced Vetting level ${n}`, ladder: 'ev', phrases: [], bare: new RegExp(`\\bEV\\s*${n}\\b`, 'g'), questionWords: [`ev${n}`, `ev ${n}`] }),
  ),
  level({ code: 'Enhanced DBS', name: 'Enhanced Disclosure and Barring Service check', ladder: null, phrases: [/\benhanced (?:DBS|disclosure)\b/gi], bare: null, questionWords: ['enhanced dbs', 'enhanced disclosure'] }),
];

/** Families a question may ask for as a whole: "nppv" is any NPPV level. */
export const VETTING_FAMILIES: Readonly<Record<string, (code: string) => boolean>> = {
  nppv: (code) => code.startsWith('NPPV'),
  ev: (code) => /^EV\d$/.test(code),
};

export const VETTING_WORDS = /\b(?:vetting|vetted|security clearance|clearance|security check|NPPV|counter[- ]terroris[mt])\b/i;

export interface CodeHit {
  code: string;
  index: number;
}

interface Pattern {
  code: string;
  pattern: RegExp;
  bare: boolean;
}

/** Spelt-out phrases before bare acronyms, longest record first, so "enhanced SC" is eSC, never SC. */
const PATTERNS: readonly Pattern[] = [
  ...VETTING_LEVELS.flatMap((record) => record.phrases.map((pattern) => ({ code: record.code, pattern, bare: false }))),
  ...VETTING_LEVELS.flatMap((record) => (record.bare ? [{ code: record.code, pattern: record.bare, bare: true }] : [])),
];

/**
 * Codes in a text. `vettingContext` says the whole text is a vetting value (a label's value); otherwise a bare
 * acronym must sit within a few words of a vetting word. Overlaps: the first pattern to claim characters
 * keeps them (phrases before acronyms).
 */
export function findVettingCodes(text: string, vettingContext: boolean): string[] {
  const hits: CodeHit[] = [];
  const taken: [number, number][] = [];
  for (const p of PATTERNS) {
    p.pattern.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = p.pattern.exec(text)) !== null) {
      const start = m.index;
      const end = start + m[0].length;
      if (taken.some(([a, b]) => start < b && end > a)) continue;
      if (p.bare && !vettingContext && !nearVettingWord(text, start, end)) continue;
      taken.push([start, end]);
      hits.push({ code: p.code, index: start });
    }
  }
  hits.sort((a, b) => a.index - b.index);
  return [...new Set(hits.map((hit) => hit.code))];
}

function nearVettingWord(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 40), start);
  const after = text.slice(end, end + 30);
  if (/^\s*(?:hubs?|teams?|units?|offices?|sites?|stations?|areas?|departments?)\b/i.test(after)) return false;
  return VETTING_WORDS.test(before) || /^\s*\)?\s*(?:vetting|clearance|level|check|vetted)\b/i.test(after) || /\(\s*$/.test(before) && VETTING_WORDS.test(text.slice(Math.max(0, start - 80), start));
}

/** True when the codes include two or more alternatives from one ladder (e.g. SC and DV). */
export function hasAlternatives(codes: readonly string[]): boolean {
  const ladders = codes.map((code) => VETTING_LEVELS.find((record) => record.code === code)?.ladder ?? null).filter((ladder) => ladder !== null);
  return ladders.some((ladder, i) => ladders.indexOf(ladder) !== i);
}

/** The record of a stored code, or undefined. */
export function vettingLevel(code: string): VettingLevel | undefined {
  return VETTING_LEVELS.find((record) => record.code === code);
}

/**
 * Whether a stored level satisfies what a question asked for: a code (exact) or a family ("nppv").
 * Stored values may carry a qualifier ("NPPV2 (abbreviated)"), so the code is compared as a prefix word.
 */
export function levelMatches(asked: string, stored: string): boolean {
  const family = VETTING_FAMILIES[asked.toLowerCase()];
  if (family) return family(stored);
  return stored === asked || stored.startsWith(`${asked} `) || stored.startsWith(`${asked}(`);
}

const QUESTION_WORDS = new PhraseTable<string>(VETTING_LEVELS.flatMap((record) => record.questionWords.map((words) => [words, record.code] as const)));

/** A vetting code a question names, where it is named and how surely (the matcher's confidence). */
export interface VettingSpan {
  code: string;
  start: number;
  length: number;
  confidence: number;
}

/** Confidence of a bare "sc"/"dv" beside a vetting word, or a family ("nppv") with no level. */
const CONTEXT_CONFIDENCE = 0.9;

/**
 * Vetting codes a question names, from its normalised words ("does it need nppv 3 or bpss?" -> NPPV3,
 * BPSS), with their places. A bare "sc" or "dv" counts only beside a vetting word, as in documents; "nppv"
 * or "ev" with no level asks for the family.
 */
export function vettingSpans(words: readonly string[]): VettingSpan[] {
  const found: VettingSpan[] = [];
  const has = (code: string): boolean => found.some((span) => span.code === code);
  const used = new Set<number>();
  for (const hit of QUESTION_WORDS.find(words)) {
    if (!has(hit.value)) found.push({ code: hit.value, start: hit.start, length: hit.length, confidence: hit.confidence });
    for (let k = 0; k < hit.length; k += 1) used.add(hit.start + k);
  }
  const context = words.some((word) => /^(?:vetting|vetted|clearance|check|cleared|level)$/.test(word));
  words.forEach((word, pos) => {
    if (used.has(pos)) return;
    const bare = context && (word === 'sc' || word === 'dv') ? word.toUpperCase() : null;
    const family = word in VETTING_FAMILIES ? word.toUpperCase() : null;
    if (bare && !has(bare)) found.push({ code: bare, start: pos, length: 1, confidence: CONTEXT_CONFIDENCE });
    if (family && found.every((span) => !VETTING_FAMILIES[word]?.(span.code)) && !has(family)) {
      found.push({ code: family, start: pos, length: 1, confidence: CONTEXT_CONFIDENCE });
    }
  });
  return found;
}

/** The codes alone, in the order named. */
export function vettingCodesAsked(words: readonly string[]): string[] {
  return vettingSpans(words).map((span) => span.code);
}

/**
 * Rungs within a ladder, for "does one level cover another?" (a move between roles): a higher rung covers a
 * lower one on the same ladder only (MV covers RV; NPPV3 covers NPPV2; DV covers SC covers CTC). The
 * enhanced national-security checks sit just above their base check. Levels on different ladders (RV and
 * NPPV2, MV and SC) are not comparable; BPSS and Enhanced DBS are on no ladder and only match themselves.
 */
const VETTING_RUNGS: Readonly<Record<string, number>> = {
  RV: 1,
  MV: 2,
  NPPV1: 1,
  NPPV2: 2,
  NPPV3: 3,
  CTC: 1,
  SC: 2,
  eSC: 2.5,
  DV: 3,
  eDV: 3.5,
  EV1: 1,
  EV2: 2,
  EV3: 3,
};

export interface VettingRung {
  code: string;
  ladder: VettingLevel['ladder'];
  /** Null for a level on no ladder. */
  rung: number | null;
}

/** The ladder and rung of a stored level ("NPPV2 (abbreviated)" is NPPV2), or undefined for an unknown code. */
export function vettingRung(stored: string): VettingRung | undefined {
  const record = VETTING_LEVELS.find((candidate) => levelMatches(candidate.code, stored));
  if (!record) return undefined;
  return { code: record.code, ladder: record.ladder, rung: VETTING_RUNGS[record.code] ?? null };
}
