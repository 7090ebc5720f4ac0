/**
 * Which roles a vacancy question names: "any PCSO postings?", "when does the DC posting close?". A role is
 * named by its title, an alias, or the initials of its title ("Detective Constable" -> DC); failing those,
 * by a distinctive word of its title ("detective"). Kept small and general: no role is special-cased.
 */
import type { RoleRef } from '../answer/types.ts';

/** Words too common in role titles to name one on their own. */
const GENERIC_TITLE_WORDS = new Set(
  'police officer officers staff team member role roles job jobs the of and for to a an in on senior assistant'.split(' '),
);

export function normalise(text: string): string {
  return ` ${text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/'s\b/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()} `;
}

function singular(word: string): string {
  if (word.length > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.length > 3 && word.endsWith('s') && !word.endsWith('ss')) return word.slice(0, -1);
  return word;
}

/** "Police Community Support Officer" -> "pcso"; null when the title is a single word. */
export function initialsOf(title: string): string | null {
  const words = normalise(title).trim().split(' ').filter((w) => w && !['of', 'and', 'the', 'for'].includes(w));
  return words.length >= 2 ? words.map((w) => w[0]).join('') : null;
}

export interface RoleNames {
  role: RoleRef;
  /** Whole phrases that name the role: title, aliases, initials. */
  phrases: string[];
  /** Distinctive single words of the title. */
  words: string[];
}

export function namesOf(role: RoleRef, aliases: readonly string[] = []): RoleNames {
  const phrases = new Set<string>();
  for (const name of [role.title, ...aliases]) {
    const phrase = normalise(name).trim();
    if (phrase) phrases.add(phrase);
    const initials = initialsOf(name);
    if (initials && initials.length >= 2) phrases.add(initials);
  }
  const words = normalise(role.title)
    .trim()
    .split(' ')
    .filter((w) => w.length >= 3 && !GENERIC_TITLE_WORDS.has(w));
  return { role, phrases: [...phrases], words: [...new Set(words)] };
}

export interface NamedRoles {
  roles: RoleRef[];
  /** "phrase": a title, alias or initials; "word": only a distinctive word of a title ("detective"). */
  strength: 'phrase' | 'word' | 'none';
}

/** The roles a question names, strongest evidence first: phrase matches beat single-word matches. */
export function rolesNamedIn(question: string, candidates: readonly RoleNames[]): NamedRoles {
  const text = normalise(question);
  const singularText = ` ${text.trim().split(' ').map(singular).join(' ')} `;
  const has = (phrase: string): boolean =>
    text.includes(` ${phrase} `) || singularText.includes(` ${phrase.split(' ').map(singular).join(' ')} `);
  const strong = candidates.filter((c) => c.phrases.some(has));
  if (strong.length > 0) return { roles: strong.map((c) => c.role), strength: 'phrase' };
  const weak = candidates.filter((c) => c.words.some(has));
  return weak.length > 0 ? { roles: weak.map((c) => c.role), strength: 'word' } : { roles: [], strength: 'none' };
}

/** The words of a question left once vacancy words, question words and role names are taken out. */
export function leftoverWords(question: string, ignore: ReadonlySet<string>): string[] {
  return normalise(question)
    .trim()
    .split(' ')
    .filter((w) => w.length > 1 && !ignore.has(w) && !ignore.has(singular(w)) && !/^\d+$/.test(w));
}
