/**
 * The other names a document gives its role: those the title implies (makeAliases: bracketed abbreviations,
 * acronyms, PC and Police Constable), and the short forms the body defines for the title itself: "the
 * Counter Terrorism Security Adviser (CTSA) will ...", "Police Search Advisers (PolSAs)", "the Digital Media
 * Investigator (the 'DMI')", "the Police Search Adviser, known as the PolSA". Only a definition that follows
 * the title's own words counts: "a Senior Police Search Adviser (SPolSA)" names another post, and "join as
 * a Student Officer (PCDA)" names an entry route, not the role (its letters are not the title's).
 */
import { STOP_WORDS } from '../vocabulary/normalise-text.ts';
import { textLines, type ExtractContext } from './extract-context.ts';
import { isAbbreviation, makeAliases } from './role-id.ts';

/** Words that may stand before the title without making it part of a longer name. */
const LEADING_WORDS = new Set(['the', 'a', 'an', 'our', 'your', 'this', 'each', 'every', 'as', 'any', 'all']);

/** Longest alias taken from "known as ...", in words: longer runs are a description, not a name. */
const MAX_KNOWN_AS_WORDS = 4;

const OPEN_QUOTE = `["'‘“]`;
const CLOSE_QUOTE = `["'’”]`;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The title without bracketed parts, a trailing " – qualifier" or stray punctuation: what the body repeats. */
function titleCore(title: string): string {
  return title
    .replace(/\([^)]*\)/g, ' ')
    .replace(/\s[-–—]\s.*$/, ' ')
    .replace(/^[^A-Za-z0-9]+|[^A-Za-z0-9]+$/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** "PolSA" fits "Police Search Adviser": its capitals are the initials of the title's words, in order. */
function fitsTitle(abbreviation: string, coreWords: readonly string[]): boolean {
  const initials = coreWords.filter((word) => !STOP_WORDS.has(word.toLowerCase())).map((word) => word.charAt(0).toUpperCase());
  const capitals = abbreviation.replace(/[^A-Z]/g, '');
  let at = 0;
  for (const letter of capitals) {
    while (at < initials.length && initials[at] !== letter) at += 1;
    if (at >= initials.length) return false;
    at += 1;
  }
  return capitals.charAt(0) === initials[0];
}

/** "PolSAs" -> "PolSA": a plural short form after a plural title. */
function unplural(abbreviation: string): string {
  return /[A-Z]s$/.test(abbreviation) ? abbreviation.slice(0, -1) : abbreviation;
}

/** Short forms the body defines right after the title's own words. */
export function definedAliases(lines: readonly string[], title: string): string[] {
  const core = titleCore(title);
  const coreWords = core.split(' ').filter((word) => word.length > 0);
  // A one-word title ("Analyst") is too common a word to anchor a definition on.
  if (coreWords.length < 2) return [];
  const name = coreWords.map(escapeRegExp).join('\\s+');
  const pattern = new RegExp(
    `\\b${name}s?` +
      `(?:\\s*\\(\\s*(?:the\\s+)?(${OPEN_QUOTE})?([A-Za-z]{2,9})${CLOSE_QUOTE}?\\s*\\)` +
      `|,?\\s*\\(?(?:also\\s+|more\\s+)?(?:commonly\\s+|often\\s+|usually\\s+)?(?:known|referred\\s+to)\\s+as\\s+(?:an?\\s+|the\\s+)?` +
      `(?:${OPEN_QUOTE}([^"'’”]{2,40})${CLOSE_QUOTE}|([A-Za-z]{2,9})\\b))`,
    'gi',
  );
  const found: string[] = [];
  for (const line of lines) {
    for (const m of line.matchAll(pattern)) {
      const before = /([A-Za-z]+)\s+$/.exec(line.slice(0, m.index))?.[1];
      // "Senior Police Search Adviser (SPolSA)": a capitalised word before the title makes it another post.
      if (before && /^[A-Z]/.test(before) && !LEADING_WORDS.has(before.toLowerCase())) continue;
      const [, quoted, bracketed, knownQuoted, knownBare] = m;
      if (bracketed) {
        const abbreviation = unplural(bracketed);
        if (isAbbreviation(abbreviation) && (quoted !== undefined || fitsTitle(abbreviation, coreWords))) found.push(abbreviation);
      } else if (knownQuoted) {
        const alias = knownQuoted.trim();
        if (alias.split(/\s+/).length <= MAX_KNOWN_AS_WORDS) found.push(alias);
      } else if (knownBare) {
        const abbreviation = unplural(knownBare);
        if (isAbbreviation(abbreviation)) found.push(abbreviation);
      }
    }
  }
  return found;
}

/** Every alias of the role: the title's own, then the body's definitions, each once (ignoring case). */
export function extractAliases(ctx: ExtractContext, title: string): string[] {
  const lines = textLines(ctx.model).map(({ line }) => line.text);
  const aliases: string[] = [];
  const seen = new Set([title.toLowerCase()]);
  for (const alias of [...makeAliases(title), ...definedAliases(lines, title)]) {
    const key = alias.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    aliases.push(alias);
  }
  return aliases;
}
