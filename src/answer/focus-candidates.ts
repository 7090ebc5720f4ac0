/**
 * Which roles could hold a list item matching a question's focus words ("which roles mention the Welsh
 * language?", "which roles use STORM?"): the cross-role listing reads every list of every role it is given
 * through matchesFocus, which at 10,000 roles took seconds a question. This index keeps, for every role,
 * the forms of its words that matchesFocus compares (the word, its rough stem, its first five letters), so
 * the listing reads only roles whose profile holds enough of the focus words in one of those forms.
 *
 * It errs one way only: a role it passes may still hold no matching item (the listing then finds none),
 * and a role it drops holds none, because every item text a topic lists is made of the profile's own
 * strings. Codes such as "pip2" that matchesFocus reads across words ("PIP level 2") are not prefiltered.
 */
import type { RoleProfile } from '../profile/role-profile.ts';
import { LineWords } from '../search/line-words.ts';
import { stem, type Focus } from './topics/fact-builders.ts';

/** Split as matchesFocus splits an item's text. */
function itemWords(text: string): string[] {
  return text.toLowerCase().split(/[^a-z0-9]+/).filter((word) => word.length > 1);
}

/** Every string and number in the profile, except the document lines (no list item is read from them). */
function profileStrings(value: unknown, out: string[]): void {
  if (typeof value === 'string') out.push(value);
  else if (typeof value === 'number') out.push(String(value));
  else if (Array.isArray(value)) for (const entry of value) profileStrings(entry, out);
  else if (typeof value === 'object' && value !== null) {
    for (const [key, entry] of Object.entries(value)) if (key !== 'lines') profileStrings(entry, out);
  }
}

/** The keys a profile is filed under: w:word, s:stem (four letters or more), p:first five (five or more). */
function keysOf(profile: RoleProfile): Set<string> {
  const strings: string[] = [];
  profileStrings(profile, strings);
  const keys = new Set<string>();
  for (const text of strings) {
    for (const word of itemWords(text)) {
      keys.add(`w:${word}`);
      keys.add(`s:${stem(word)}`);
      if (word.length >= 5) keys.add(`p:${word.slice(0, 5)}`);
    }
  }
  return keys;
}

/** The keys under which a focus word would be found, as matchesFocus matches it; null: cannot prefilter. */
function keysFor(word: string): string[] | null {
  if (/^[a-z]+\d$/.test(word)) return null;
  const keys = [`w:${word}`];
  if (word.length >= 4) keys.push(`s:${stem(word)}`);
  if (word.length >= 5) keys.push(`p:${word.slice(0, 5)}`);
  return keys;
}

export class FocusCandidates {
  private readonly index = new LineWords();

  constructor(profiles: Iterable<RoleProfile> = []) {
    for (const profile of profiles) this.upsert(profile);
  }

  upsert(profile: RoleProfile): void {
    this.index.set(profile.id, keysOf(profile));
  }

  remove(id: string): void {
    this.index.remove(id);
  }

  /**
   * The ids of roles holding at least as many focus words as matchesFocus asks (two, or the only one), or
   * null when the focus cannot be prefiltered (no words, or a code read across words): read every role.
   */
  roleIds(focus: Focus): Set<string> | null {
    if (focus.words.length === 0) return null;
    const needed = Math.min(2, focus.words.length);
    const hits = new Map<string, number>();
    let free = 0;
    for (const word of new Set(focus.words)) {
      const keys = keysFor(word);
      if (!keys) {
        free += 1;
        continue;
      }
      const roles = new Set<string>();
      for (const key of keys) for (const id of this.index.rolesWith(key)) roles.add(id);
      for (const id of roles) hits.set(id, (hits.get(id) ?? 0) + 1);
    }
    if (free >= needed) return null;
    // A repeated focus word counts once per occurrence in matchesFocus: count the repeats again here.
    const repeats = focus.words.length - new Set(focus.words).size;
    const out = new Set<string>();
    for (const [id, count] of hits) if (count + free + repeats >= needed) out.add(id);
    return out;
  }
}
