/**
 * Text normalisation shared by role resolution, the index and topic detection: lower case, accents and
 * punctuation removed, "24/7" kept as one token. Tokens remember their position so a match can be traced
 * back to the words a person typed.
 */

export interface Token {
  text: string;
  /** 0-based position among the question's tokens. */
  pos: number;
  /** Which comma- or semicolon-separated part of the text the token is in ("a, b and c": a=0, b=1). */
  segment: number;
  /** Typed in capitals ("FI", "CDO"): a short abbreviation, not an ordinary word. */
  upper: boolean;
}

/** Words that never name a role or a topic on their own. */
export const STOP_WORDS = new Set(
  (
    'a an the and or of for to in on at by with from is are was were be been being do does did doing ' +
    'what whats which who whom whose when where why how can could would should will shall may might must ' +
    'i me my we our you your they them their it its this that these those there here as if so than then ' +
    'about any some all please tell show give know need needs needed require requires required want ' +
    'have has had get got also too just like into up out over under s d ll re ve t im u pls plz hi hello hey ' +
    'thanks thank cheers ok okay whether not no yes role roles job jobs post posts position'
  ).split(' '),
);

export function normaliseText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’‘`]/g, "'")
    .replace(/\b24\s*\/\s*7\b/g, ' 24x7 ')
    .replace(/\b24\s*-\s*7\b/g, ' 24x7 ')
    .replace(/'s\b/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  text.split(/[,;|]+/).forEach((part, segment) => {
    const normal = normaliseText(part);
    if (normal === '') return;
    const capitals = new Set(part.match(/\b[A-Z]{2,}\b/g)?.map((word) => word.toLowerCase()) ?? []);
    for (const word of normal.split(' ')) tokens.push({ text: word, pos: tokens.length, segment, upper: capitals.has(word) });
  });
  return tokens;
}

/** Plain words of a text (no positions), for building name lists and indexes. */
export function words(text: string): string[] {
  const normal = normaliseText(text);
  return normal === '' ? [] : normal.split(' ');
}

/** A crude singular: "handlers" -> "handler", "duties" -> "duty"; enough for matching names and topics. */
export function singular(word: string): string {
  if (word.length > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.length > 3 && word.endsWith('s') && !word.endsWith('ss') && !word.endsWith('us')) return word.slice(0, -1);
  return word;
}

/** Levenshtein distance, stopping early once it exceeds `max`. */
export function editDistance(a: string, b: string, max = 2): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  // Optimal string alignment: two letters swapped ("anaylst") is one typo, as people make it.
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, (before[j - 2] ?? 0) + 1);
      current.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > max) return max + 1;
    before = previous;
    previous = current;
  }
  return previous[b.length] ?? max + 1;
}

/** How many typing mistakes a word of this length may carry and still match. */
export function allowedTypos(word: string): number {
  if (word.length >= 8) return 2;
  if (word.length >= 5) return 1;
  return 0;
}
