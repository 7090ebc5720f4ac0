/** Stable ids and aliases for a role. */
import { ABBREVIATIONS } from '../vocabulary/police-ranks.ts';
import { vettingLevel } from '../vocabulary/vetting-levels.ts';

function slug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * A URL-safe id from the title and, when known, the force, so two forces' same-titled roles do not collide:
 * ("Contact Handler", "Leicestershire Police") -> "contact-handler-leicestershire".
 */
export function makeRoleId(title: string, organisation: string | null): string {
  const base = slug(title) || 'role';
  if (!organisation) return base;
  const org = slug(organisation.replace(/\b(?:police(?: service)?|constabulary)\b/gi, ' ')) || slug(organisation);
  return org ? `${base}-${org}` : base;
}

const STOP = new Set(['and', 'of', 'the', 'for', 'to', 'in', '&', '-', '–']);

/** Abbreviations that name a rank or role, each with a pattern for it and for what it stands for. */
const ROLE_ABBREVIATIONS = Object.entries(ABBREVIATIONS)
  .filter(([abbr]) => /^(?:PC|DC|PS|DS|DI|DCI|PCSO|SPC|CSO)$/.test(abbr))
  .map(([abbr, full]) => ({ abbr, full, short: new RegExp(`\\b${abbr}\\b`), long: new RegExp(`\\b${full}\\b`, 'i') }));

/** A short form: two or more capitals, lower-case letters allowed between ("PolSA", "CTSA", "DMI"). */
export const ABBREVIATION = /^[A-Z][A-Za-z]{1,7}$/;

export function isAbbreviation(text: string): boolean {
  return ABBREVIATION.test(text) && (text.match(/[A-Z]/g) ?? []).length >= 2;
}

/**
 * Abbreviations in a title's brackets: "Police Search Adviser (PolSA)" -> PolSA, "Student Officer (PCDA)" ->
 * PCDA. A vetting level in brackets ("Analyst (SC)") states the clearance, not a name for the role.
 */
export function bracketedAbbreviations(title: string): string[] {
  const found: string[] = [];
  for (const m of title.matchAll(/\(\s*([A-Za-z]{2,8})\s*\)/g)) {
    const abbreviation = m[1] ?? '';
    if (isAbbreviation(abbreviation) && !vettingLevel(abbreviation.toUpperCase())) found.push(abbreviation);
  }
  return found;
}

/** "PCSO (PCSO)": what expanding or abbreviating both sides of "Police Community Support Officer (PCSO)" gives. */
function repeatsItself(alias: string): boolean {
  const m = /^(.+?)\s*\(\s*(.+?)\s*\)$/.exec(alias);
  return m !== null && m[1]?.toLowerCase() === m[2]?.toLowerCase();
}

/** Other names people use for a role: its acronym, bracketed acronyms, abbreviations expanded or applied. */
export function makeAliases(title: string): string[] {
  const out = new Set<string>();
  const words = title.split(/\s+/).filter((w) => w.length > 0);
  const significant = words.filter((w) => !STOP.has(w.toLowerCase()));
  // The acronym of a long title: "Police Community Support Officer" -> "PCSO".
  if (significant.length >= 3 && significant.every((w) => /^[A-Za-z]/.test(w) && w !== w.toUpperCase())) {
    out.add(significant.map((w) => w.charAt(0).toUpperCase()).join(''));
  }
  for (const abbreviation of bracketedAbbreviations(title)) out.add(abbreviation);
  const withoutBrackets = title.replace(/\s*\([^)]*\)/g, '').trim();
  if (withoutBrackets !== title && withoutBrackets.length > 0) out.add(withoutBrackets);
  // Abbreviations in the title expanded ("Community Policing Team PC" -> "... Police Constable") and back.
  let expanded = title;
  for (const { full, short } of ROLE_ABBREVIATIONS) if (short.test(expanded)) expanded = expanded.replace(short, full);
  if (expanded !== title) out.add(expanded);
  let abbreviated = title;
  for (const { abbr, long } of ROLE_ABBREVIATIONS) {
    if (abbr === 'SPC' || abbr === 'CSO') continue;
    if (long.test(abbreviated)) abbreviated = abbreviated.replace(long, abbr);
  }
  if (/\bConstable\b/.test(abbreviated) && !/\b(?:Police|Detective|Special|Chief) Constable\b/.test(abbreviated))
    abbreviated = abbreviated.replace(/\bConstable\b/, 'PC');
  if (abbreviated !== title) out.add(abbreviated);
  out.delete(title);
  return [...out].filter((alias) => alias.length >= 2 && !repeatsItself(alias));
}
