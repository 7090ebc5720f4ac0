/**
 * Vetting levels: the words documents use, normalised to codes. A bare code ("SC") only counts where the
 * text is about vetting, so "four SC hubs" is not Security Check.
 */

interface CodePattern {
  code: string | ((m: RegExpExecArray) => string);
  pattern: RegExp;
  /** A bare acronym: ambiguous outside a vetting context. */
  bare: boolean;
}

const PATTERNS: readonly CodePattern[] = [
  { code: (m) => `NPPV${m[1] ?? ''}`, pattern: /\bnon[- ]police personnel vetting\s*(?:\(NPPV\)\s*)?(?:level\s*)?([1-3])\b/gi, bare: false },
  { code: (m) => `NPPV${m[1] ?? ''}`, pattern: /\bNPPV\s*(?:level\s*|lvl\s*|-\s*)?([1-3])\b/gi, bare: false },
  { code: 'RV', pattern: /\brecruitment vetting\b/gi, bare: false },
  { code: 'MV', pattern: /\bmanagement vetting\b/gi, bare: false },
  { code: 'CTC', pattern: /\bcounter[- ]terroris[mt]\s+check\b/gi, bare: false },
  { code: 'SC', pattern: /\bsecurity check\b(?!\s*(?:level|required|requirements?)\b)/gi, bare: false },
  { code: 'DV', pattern: /\b(?:enhanced\s+)?developed vetting\b/gi, bare: false },
  { code: (m) => `EV${m[1] ?? ''}`, pattern: /\bEV\s*([1-3])\b/g, bare: true },
  { code: 'RV', pattern: /\bRV\b/g, bare: true },
  { code: 'MV', pattern: /\bMV\b/g, bare: true },
  { code: 'CTC', pattern: /\bCTC\b/g, bare: true },
  { code: 'SC', pattern: /\bSC\b/g, bare: true },
  { code: 'DV', pattern: /\be?DV\b/g, bare: true },
  { code: 'BPSS', pattern: /\bBPSS\b|\bbaseline personnel security standard\b/gi, bare: false },
  { code: 'Enhanced DBS', pattern: /\benhanced (?:DBS|disclosure)\b/gi, bare: false },
];

export const VETTING_WORDS = /\b(?:vetting|vetted|security clearance|clearance|security check|NPPV|counter[- ]terroris[mt])\b/i;

export interface CodeHit {
  code: string;
  index: number;
}

/**
 * Codes in a text. `vettingContext` says the whole text is a vetting value (a label's value); otherwise a bare
 * acronym must sit within a few words of a vetting word.
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
      hits.push({ code: typeof p.code === 'string' ? p.code : p.code(m), index: start });
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

/** Codes that are alternatives on one ladder: a post needs one of each ladder, not several. */
const LADDERS: readonly (readonly string[])[] = [
  ['RV', 'MV'],
  ['NPPV1', 'NPPV2', 'NPPV3'],
  ['CTC', 'SC', 'DV'],
  ['EV1', 'EV2', 'EV3'],
];

/** True when the codes include two or more alternatives from one ladder (e.g. SC and DV). */
export function hasAlternatives(codes: readonly string[]): boolean {
  return LADDERS.some((ladder) => ladder.filter((code) => codes.includes(code)).length >= 2);
}
