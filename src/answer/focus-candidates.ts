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

/** The keys a text is filed under: w:word, s:stem (four letters or more), p:first five (five or more). */
function keysOfText(text: string): string[] {
  const keys = new Set<string>();
  for (const word of itemWords(text)) {
    keys.add(`w:${word}`);
    keys.add(`s:${stem(word)}`);
    if (word.length >= 5) keys.add(`p:${word.slice(0, 5)}`);
  }
  return [...keys];
}

/**
 * Remembered texts at the most: forces' documents repeat whole sentences (values, standard conditions,
 * competency frameworks), so a library of thousands of roles holds far fewer distinct texts than texts.
 */
const TEXT_MEMO_LIMIT = 50_000;

/**
 * A profile's keys as the index's word numbers: keysOfText over each of its strings, but each distinct text
 * read once, and keys deduplicated by number rather than through a set of strings. At 10,000 roles of 2,400
 * words each, splitting, stemming and hashing every word took seconds, all paid by the first "which roles
 * mention ...?" after start-up.
 */
class ProfileKeys {
  /** Text -> the index numbers of its keys. */
  private readonly memo = new Map<string, Uint32Array>();
  /** Key number -> the last profile that listed it, so a profile lists a key once without a set. */
  private lastProfile = new Uint32Array(1024);
  private profile = 0;

  constructor(private readonly index: LineWords) {}

  numbersOf(profile: RoleProfile): number[] {
    const strings: string[] = [];
    profileStrings(profile, strings);
    this.profile += 1;
    const out: number[] = [];
    for (const text of strings) {
      const numbers = this.textNumbers(text);
      for (let i = 0; i < numbers.length; i += 1) {
        const number = numbers[i] as number;
        if (this.lastProfile[number] === this.profile) continue;
        this.lastProfile[number] = this.profile;
        out.push(number);
      }
    }
    return out;
  }

  private textNumbers(text: string): Uint32Array {
    const known = this.memo.get(text);
    if (known) return known;
    const numbers = Uint32Array.from(keysOfText(text), (key) => this.index.termNumber(key));
    const highest = numbers.reduce((max, number) => Math.max(max, number), 0);
    if (highest >= this.lastProfile.length) {
      const grown = new Uint32Array(Math.max(highest + 1, this.lastProfile.length * 2));
      grown.set(this.lastProfile);
      this.lastProfile = grown;
    }
    if (this.memo.size >= TEXT_MEMO_LIMIT) this.memo.clear();
    this.memo.set(text, numbers);
    return numbers;
  }
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
  private readonly profileKeys = new ProfileKeys(this.index);

  constructor(profiles: Iterable<RoleProfile> = []) {
    for (const profile of profiles) this.upsert(profile);
  }

  upsert(profile: RoleProfile): void {
    this.index.setNumbers(profile.id, this.profileKeys.numbersOf(profile));
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

/**
 * A FocusCandidates filled a slice at a time from the profiles as they were when it began, so a transport can
 * build it while idle after start-up instead of the first "which roles mention ...?" paying for all of it.
 * Profiles replaced or removed since it began are skipped here: the owner passes those changes to `index`
 * as they happen (upsert, remove), so the index ends as if built at once from the profiles of that moment.
 */
export class FocusCandidatesBuild {
  readonly index = new FocusCandidates();
  private next = 0;

  constructor(
    private readonly profiles: readonly RoleProfile[],
    /** The profile held now under an id (undefined once removed). */
    private readonly current: (id: string) => RoleProfile | undefined,
  ) {}

  /** Files up to `count` more profiles; true once every profile is filed. */
  step(count: number): boolean {
    const end = Math.min(this.profiles.length, this.next + count);
    for (; this.next < end; this.next += 1) {
      const profile = this.profiles[this.next];
      if (profile && this.current(profile.id) === profile) this.index.upsert(profile);
    }
    return this.next >= this.profiles.length;
  }
}
