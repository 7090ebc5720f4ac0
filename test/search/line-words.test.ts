/**
 * The line-word index (src/search/line-words.ts) against the plain structure it replaced: a minisearch field
 * holding every role's lines. Over the seeds and the corpus, every question word (each document word, a
 * longer and a shorter form, a typo) must match the same words of the same roles, with and without typos,
 * for one role and for all; and it must stay so through replace, removal, compaction and a save and reload.
 */
import { Buffer } from 'node:buffer';
import MiniSearch from 'minisearch';
import { beforeAll, describe, expect, it } from 'vitest';
import { singular, words } from '../../src/catalogue/index.ts';
import type { RoleProfile } from '../../src/profile/role-profile.ts';
import { LineWords, LineWordsError, lineWordsOf } from '../../src/search/line-words.ts';
import { RoleIndex } from '../../src/search/role-index.ts';
import { searchableLines } from '../../src/search/searchable-lines.ts';
import { corpusProfiles } from '../corpus/load-assistant.ts';

/** The old way: one minisearch document per role, its lines as one field, queried as lineTerms did. */
function plainLineTerms(profiles: readonly RoleProfile[]) {
  const search = new MiniSearch<{ id: string; lines: string }>({
    fields: ['lines'],
    tokenize: (text) => words(text),
    processTerm: (term) => singular(term.toLowerCase()) || null,
  });
  search.addAll(profiles.map((p) => ({ id: p.id, lines: searchableLines(p).map((line) => line.text).join('\n') })));
  return (word: string, roleId: string | undefined, typos: boolean): Map<string, Set<string>> => {
    const out = new Map<string, Set<string>>();
    const results = search.search(word, {
      fuzzy: typos ? (term) => (term.length >= 8 ? 2 : term.length >= 5 ? 1 : false) : false,
      prefix: (term) => term.length >= 4,
      ...(roleId === undefined ? {} : { boostDocument: (id: unknown) => (id === roleId ? 1 : 0) }),
    });
    for (const result of results) out.set(String(result.id), new Set(Object.keys(result.match)));
    return out;
  };
}

function termsOf(found: Map<string, Map<string, number>>): Map<string, Set<string>> {
  return new Map([...found].map(([id, terms]) => [id, new Set(terms.keys())]));
}

/** Question words from the documents themselves, with the forms retrieval meets: longer, shorter, a typo. */
function questionWords(profiles: readonly RoleProfile[], count: number): string[] {
  const all = [...new Set(profiles.flatMap((p) => searchableLines(p).flatMap((line) => words(line.text))))].sort();
  const out: string[] = [];
  for (let i = 0; out.length < count && i < all.length; i += 7) {
    const word = all[(i * 31) % all.length] ?? '';
    out.push(word);
    if (word.length >= 6) out.push(word.slice(0, -2), `${word}s`, `${word.slice(0, 2)}${word.slice(3)}`);
  }
  return out;
}

describe('line words', () => {
  let profiles: RoleProfile[] = [];
  beforeAll(async () => {
    profiles = (await corpusProfiles()).profiles;
  });

  it('match the same words of the same roles as a minisearch field over the lines', () => {
    expect(profiles.length).toBeGreaterThan(20);
    const index = new RoleIndex(profiles);
    const plain = plainLineTerms(profiles);
    const asked = questionWords(profiles, 300);
    expect(asked.length).toBeGreaterThanOrEqual(300);
    let compared = 0;
    for (const word of asked) {
      for (const typos of [true, false]) {
        expect(termsOf(index.lineTerms(word, undefined, { typos })), `${word} (typos ${typos})`).toEqual(plain(word, undefined, typos));
        const role = profiles[compared % profiles.length]?.id ?? '';
        expect(termsOf(index.lineTerms(word, role, { typos })), `${word} in ${role}`).toEqual(plain(word, role, typos));
        compared += 1;
      }
    }
  });

  it('match a word, its longer forms and, only when allowed, its typos', () => {
    const index = new LineWords();
    index.set('a', ['swimming', 'swim', 'spend']);
    const found = index.matches('swim', { typos: () => false, prefix: (term) => term.length >= 4 });
    expect([...(found.get('a') ?? [])].sort()).toEqual(['swim', 'swimming']);
    expect(index.matches('spent', { typos: () => 1, prefix: () => false }).get('a')).toEqual(new Set(['spend']));
    expect(index.matches('spent', { typos: () => false, prefix: () => false }).size).toBe(0);
  });

  it('stay consistent through replace, removal and compaction, and read back what they saved', () => {
    const index = new LineWords();
    const fresh = new LineWords();
    const lookup = { typos: () => 1 as const, prefix: () => true };
    const wordsFor = (p: RoleProfile) => lineWordsOf(searchableLines(p));
    for (const p of profiles) index.set(p.id, wordsFor(p));
    // Replace every role with another's words, many times over (retired ordinals pile up, then compact),
    // then put each back and remove every third.
    for (let round = 0; round < 4; round += 1) {
      profiles.forEach((p, i) => index.set(p.id, wordsFor(profiles[(i + round + 1) % profiles.length] ?? p)));
    }
    profiles.forEach((p, i) => {
      index.set(p.id, wordsFor(p));
      if (i % 3 === 0) expect(index.remove(p.id)).toBe(true);
      else fresh.set(p.id, wordsFor(p));
    });
    expect(index.remove(profiles[0]?.id ?? '')).toBe(false);
    expect(index.size).toBe(fresh.size);
    const reloaded = LineWords.fromJSON(JSON.parse(JSON.stringify(index.toJSON())));
    for (const word of questionWords(profiles, 120)) {
      const expected = fresh.matches(word, lookup);
      expect(index.matches(word, lookup), word).toEqual(expected);
      expect(reloaded.matches(word, lookup), word).toEqual(expected);
      const role = profiles[1]?.id ?? '';
      expect(reloaded.matches(word, lookup, role)).toEqual(fresh.matches(word, lookup, role));
    }
  });

  it.each([
    ['postings cut short', (json: { postings: string }) => ({ ...json, postings: json.postings.slice(0, 8) })],
    ['a role listed twice', (json: { roles: string[] }) => ({ ...json, roles: [...json.roles, json.roles[0] ?? ''] })],
    ['extra bytes', (json: { postings: string }) => ({ ...json, postings: Buffer.concat([Buffer.from(json.postings, 'base64'), Buffer.from([0])]).toString('base64') })],
  ])('refuse a saved index with %s', (_, spoil) => {
    const index = new LineWords();
    index.set('a', ['alpha', 'beta']);
    index.set('b', ['beta', 'gamma']);
    const json = index.toJSON();
    expect(() => LineWords.fromJSON(spoil(json as never) as never)).toThrow(LineWordsError);
  });
});
