/**
 * The names a role can be called by: its title, its aliases, the title's initials ("Police Community
 * Support Officer" -> "pcso") and informal names from the vocabulary whose words the title contains.
 */
import type { RoleProfile } from '../profile/role-profile.ts';
import { ABBREVIATIONS, RANK_ABBREVIATIONS } from '../vocabulary/police-ranks.ts';
import { vettingLevel } from '../vocabulary/vetting-levels.ts';
import { STOP_WORDS, singular, words } from '../vocabulary/normalise-text.ts';
import { EVERYDAY_ROLE_WORDS, GENERIC_TITLE_WORDS, INFORMAL_NAMES, ORGANISATION_ALIASES, RANK_WORDS, WEAK_ORGANISATION_WORDS, WEAK_ROLE_WORDS } from '../vocabulary/role-words.ts';

/**
 * 'short': two-letter initials ("FI"), matched only when typed in capitals.
 * 'headed': initials of the leading words with the words after them ("DA investigator" for Domestic Abuse
 * Investigator, "CI response" for Critical Incident Response Officer), matched only whole: initials alone
 * ("SC", "CI", "DA") are too often a vetting code, a rank or another thing.
 * 'head': the phrase staff use for the role, its title without a trailing generic word or an inner "police"
 * ("marine unit", "student officer"), matched only whole; one shared with another role's title asks which.
 */
export type NameKind = 'title' | 'alias' | 'initials' | 'short' | 'informal' | 'headed' | 'head';

/** Kinds that name the role only when all their words are typed together, in order. */
export function isPhraseOnly(kind: NameKind): boolean {
  return kind === 'headed' || kind === 'head';
}

export interface RoleName {
  kind: NameKind;
  /** Normalised words of the name, in order. */
  words: string[];
  /** Words that can identify the role (not weak, not stop words). */
  keyWords: string[];
}

function roleName(kind: NameKind, text: string): RoleName | null {
  const nameWords = words(text).map(singularIfLong);
  if (nameWords.length === 0) return null;
  const keyWords = nameWords.filter((word) => !WEAK_ROLE_WORDS.has(word) && !STOP_WORDS.has(word));
  return { kind, words: nameWords, keyWords };
}

/** Names are matched on singular words so "handlers" finds "handler". Short words are left alone. */
export function singularIfLong(word: string): string {
  return word.length > 4 ? singular(word) : word;
}

/** Title without a trailing force or bracketed qualifier: "PCSO (Kent)" -> "PCSO". */
function titleCore(title: string): string {
  return title.replace(/\([^)]*\)/g, ' ').replace(/\s[-–—]\s.*$/, ' ').trim();
}

/**
 * Initials of `source` words, unless the letters already mean something else: a vetting level ("SC" is not
 * Special Constable), or a rank or police abbreviation standing for other words ("CI" is a Chief Inspector,
 * not a Custody Inspector). Initials that stand for these very words ("CSI", "NPT") are kept.
 */
function distinctiveInitials(source: readonly string[]): string | null {
  const letters = source.map((word) => word[0] ?? '').join('');
  const upper = letters.toUpperCase();
  if (vettingLevel(upper)) return null;
  const meaning = RANK_ABBREVIATIONS[upper] ?? ABBREVIATIONS[upper];
  if (meaning !== undefined && words(meaning).map(singularIfLong).join(' ') !== source.map(singularIfLong).join(' ')) return null;
  return letters;
}

/** "Police Community Support Officer" -> "pcso"; "Community Policing Team PC" -> "cptp" and "cpt". */
function initials(title: string): string[] {
  const titleWords = words(titleCore(title)).filter((word) => !STOP_WORDS.has(word) && !/^\d/.test(word));
  const found: string[] = [];
  const add = (source: readonly string[]) => {
    const letters = distinctiveInitials(source);
    if (letters) found.push(letters);
  };
  if (titleWords.length >= 3) add(titleWords);
  // A trailing rank is often left out: "Community Policing Team PC" is "the CPT PC".
  if (titleWords.length >= 4 && (titleWords.at(-1) ?? '') in RANK_WORDS) add(titleWords.slice(0, -1));
  return found;
}

/**
 * "Domestic Abuse Investigator" -> "da investigator"; "Critical Incident Response Officer" -> "ci response
 * officer" and "ci response". Only the first two words are shortened, as staff do ("CT", "DA", "CI"): longer
 * runs of letters become new words ("pcs") that would shadow plurals of real ones.
 */
function headedInitials(title: string): string[] {
  const titleWords = words(titleCore(title)).filter((word) => !STOP_WORDS.has(word) && !/^\d/.test(word));
  const [first, second, ...rest] = titleWords;
  if (!first || !second || rest.length === 0) return [];
  const letters = `${first[0] ?? ''}${second[0] ?? ''}`;
  // Leading words that are all generic ("Police Staff ...") or letters that are already a word ("pc", "it").
  if ((WEAK_ROLE_WORDS.has(first) && WEAK_ROLE_WORDS.has(second)) || STOP_WORDS.has(letters) || WEAK_ROLE_WORDS.has(letters) || letters in RANK_WORDS) {
    return [];
  }
  const found = [`${letters} ${rest.join(' ')}`];
  // "CI response": the trailing "officer" is often left out.
  if (rest.length >= 2 && WEAK_ROLE_WORDS.has(rest.at(-1) ?? '')) found.push(`${letters} ${rest.slice(0, -1).join(' ')}`);
  return found;
}

/**
 * "Marine Unit Constable" -> "marine unit" (a trailing generic word left out); "Student Police Officer" ->
 * "student officer" (an inner "police" left out). At least two words, never the title itself.
 */
function headPhrases(title: string): string[] {
  const titleWords = words(titleCore(title)).filter((word) => !/^\d/.test(word));
  const found: string[] = [];
  const trimmed = [...titleWords];
  while (trimmed.length > 2 && WEAK_ROLE_WORDS.has(trimmed.at(-1) ?? '')) trimmed.pop();
  const identifying = (phrase: string[]) => phrase.some((word) => !STOP_WORDS.has(word) && !WEAK_ROLE_WORDS.has(word));
  if (trimmed.length < titleWords.length && identifying(trimmed)) found.push(trimmed.join(' '));
  const withoutPolice = titleWords.filter((word) => word !== 'police');
  const specific = withoutPolice.some((word) => !EVERYDAY_ROLE_WORDS.has(word) && !STOP_WORDS.has(word));
  if (withoutPolice.length >= 2 && withoutPolice.length < titleWords.length && specific) found.push(withoutPolice.join(' '));
  return found;
}

/** Names depend only on title and aliases, which many forces share: computed once per distinct pair. */
const namesCache = new Map<string, RoleName[]>();
const NAMES_CACHE_LIMIT = 50_000;

export function namesOf(profile: Pick<RoleProfile, 'title' | 'aliases'>): RoleName[] {
  const key = `${profile.title}\u0000${profile.aliases.join('\u0000')}`;
  const cached = namesCache.get(key);
  if (cached) return cached;
  const names = computeNames(profile);
  if (namesCache.size >= NAMES_CACHE_LIMIT) namesCache.clear();
  namesCache.set(key, names);
  return names;
}

function computeNames(profile: Pick<RoleProfile, 'title' | 'aliases'>): RoleName[] {
  const titleWords = new Set(words(profile.title).map(singularIfLong));
  const texts: [NameKind, string][] = [['title', profile.title]];
  const core = titleCore(profile.title);
  if (core !== profile.title && core !== '') texts.push(['title', core]);
  for (const alias of profile.aliases) texts.push(['alias', alias]);
  // A bracketed short form of mixed case ("Police Search Adviser (PolSA)") is a name people use, as "(PSI)" is.
  for (const match of profile.title.matchAll(/\(([A-Z][A-Za-z]{1,7})\)/g)) {
    const short = match[1] ?? '';
    if ((short.match(/[A-Z]/g) ?? []).length >= 2) texts.push(['alias', short]);
  }
  for (const abbreviation of initials(profile.title)) texts.push(['initials', abbreviation]);
  for (const informal of INFORMAL_NAMES) {
    if (informal.whenTitleHas.every((group) => group.some((word) => titleWords.has(singularIfLong(word))))) {
      texts.push(['informal', informal.name]);
    }
  }
  // After the informal names, so a phrase that is also an informal name keeps matching in part.
  for (const headed of headedInitials(profile.title)) texts.push(['headed', headed]);
  for (const head of headPhrases(profile.title)) texts.push(['head', head]);
  // Last, so an informal name of the same letters ("dc") wins over the capitals-only short form.
  const coreWords = words(core).filter((word) => !STOP_WORDS.has(word) && !/^\d/.test(word));
  const short = coreWords.length === 2 && !coreWords.every((word) => WEAK_ROLE_WORDS.has(word)) ? distinctiveInitials(coreWords) : null;
  if (short) texts.push(['short', short]);
  const seen = new Set<string>();
  const names: RoleName[] = [];
  for (const [kind, text] of texts) {
    const name = roleName(kind, text);
    if (!name) continue;
    const key = name.words.join(' ');
    if (seen.has(key)) continue;
    seen.add(key);
    names.push(name);
  }
  return names;
}

/** Words of the force's name that identify it, with common short forms ("herts"). */
export function organisationWords(organisation: string | null): string[] {
  if (!organisation) return [];
  const orgWords = words(organisation).filter((word) => !WEAK_ORGANISATION_WORDS.has(word));
  const found = new Set(orgWords);
  for (const [short, long] of Object.entries(ORGANISATION_ALIASES)) {
    if (long.every((word) => found.has(word))) found.add(short);
  }
  return [...found];
}

export function isGenericTitleWord(word: string): boolean {
  return GENERIC_TITLE_WORDS.has(word);
}
