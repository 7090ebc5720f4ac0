/**
 * The focus-word index (src/answer/focus-candidates.ts) against reading every role: over the seeds and the
 * corpus, lists asked by words taken from the profiles' own list items ("which roles mention <words>?",
 * "which roles need <word> training?") come out the same whether the listing reads the roles the index
 * passes or all of them, and the index passes fewer roles than all for most of them.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { Catalogue } from '../../src/catalogue/index.ts';
import { crossRoleListing } from '../../src/answer/cross-role.ts';
import { readFilters } from '../../src/answer/query.ts';
import { FocusCandidates } from '../../src/answer/focus-candidates.ts';
import { readQuestion } from '../../src/answer/question.ts';
import type { RoleProfile } from '../../src/profile/role-profile.ts';
import { buildProfile } from './support/build-profile.ts';
import { corpusProfiles } from '../corpus/load-assistant.ts';

/** Words of the profiles' list items, a spread of them, as people would type them. */
function itemWords(profiles: readonly RoleProfile[]): string[] {
  const texts = profiles.flatMap((p) => [
    ...p.skills.map((s) => s.name),
    ...p.training.map((t) => t.text),
    ...p.itSystems.map((s) => s.name),
    ...p.essentialCriteria.map((c) => c.text),
    ...p.health.map((h) => h.text),
    ...p.responsibilities.map((r) => r.text),
  ]);
  const all = [...new Set(texts.flatMap((text) => text.toLowerCase().split(/[^a-z0-9]+/)).filter((word) => word.length >= 4))].sort();
  return all.filter((_, i) => i % Math.max(1, Math.floor(all.length / 60)) === 0);
}

describe('focus candidates', () => {
  let profiles: RoleProfile[] = [];
  beforeAll(async () => {
    profiles = (await corpusProfiles()).profiles;
  });

  it('give the same lists as reading every role, reading fewer', () => {
    const catalogue = new Catalogue(profiles);
    const focus = new FocusCandidates(profiles);
    const sorted = catalogue.sortedProfiles();
    const words = itemWords(profiles);
    expect(words.length).toBeGreaterThan(40);
    const questions = words.flatMap((word, i) => [
      `which roles mention ${word}?`,
      `which roles mention ${word} ${words[(i * 7 + 3) % words.length] ?? ''}?`,
      `which roles need ${word} training?`,
      `which roles use ${word}`,
    ]);
    let narrowed = 0;
    let asked = 0;
    for (const text of questions) {
      const read = readQuestion(text, catalogue);
      const question = { ...read, filters: readFilters(read.words) };
      let passed: number | null = null;
      const withIndex = crossRoleListing(() => sorted, question, (f) => {
        const ids = focus.roleIds(f);
        passed = ids?.size ?? null;
        return ids;
      });
      const readingAll = crossRoleListing(() => sorted, question);
      expect(withIndex, text).toEqual(readingAll);
      asked += 1;
      if (passed !== null && (passed as number) < profiles.length) narrowed += 1;
    }
    expect(asked).toBe(questions.length);
    expect(narrowed).toBeGreaterThan(questions.length / 2);
  });

  it('follow a role replaced and removed', () => {
    const radio = buildProfile({ id: 'radio-operator', title: 'Radio Operator', itSystems: [{ name: 'Airwave radio' }] });
    const focus = new FocusCandidates([radio]);
    expect(focus.roleIds({ words: ['airwave'] })).toEqual(new Set(['radio-operator']));
    // Matched as matchesFocus matches: stem ("radios"), first five letters ("airwaves").
    expect(focus.roleIds({ words: ['radios'] })).toEqual(new Set(['radio-operator']));
    expect(focus.roleIds({ words: ['airwaves', 'radio'] })).toEqual(new Set(['radio-operator']));
    expect(focus.roleIds({ words: ['airwave', 'telephony'] })).toEqual(new Set());
    focus.upsert({ ...radio, itSystems: [], title: 'Dispatcher' });
    expect(focus.roleIds({ words: ['airwave'] })).toEqual(new Set());
    focus.upsert(radio);
    focus.remove('radio-operator');
    expect(focus.roleIds({ words: ['airwave'] })).toEqual(new Set());
    // Nothing to narrow by: every role is read.
    expect(focus.roleIds({ words: [] })).toBeNull();
    expect(focus.roleIds({ words: ['pip2'] })).toBeNull();
  });
});
