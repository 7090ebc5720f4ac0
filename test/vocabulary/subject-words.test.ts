import { describe, expect, it } from 'vitest';
import { readConcepts } from '../../src/search/retrieve-lines.ts';
import { words } from '../../src/vocabulary/normalise-text.ts';
import { isAskingWord, isFramingWord, withoutTopicNames } from '../../src/vocabulary/subject-words.ts';

describe('words that only name a topic', () => {
  it.each([
    ['which roles need vetting', ['which', 'roles']],
    ['which roles need a fitness test', ['which', 'roles', 'a', 'fitness']],
    ['roles needing a clean uk manual licence for vans', ['roles', 'needing', 'a', 'for', 'vans']],
    ['competencies and behaviours for custody', ['and', 'for', 'custody']],
    ['shift patterns and rotas', ['and']],
  ])('"%s" keeps %j', (text, kept) => {
    expect(withoutTopicNames(words(text))).toEqual(kept);
  });

  it('forgives no typo: "diving" is a subject, not "driving"', () => {
    expect(withoutTopicNames(['diving', 'driving'])).toEqual(['diving']);
  });
});

describe('framing and asking words', () => {
  it('frames through the singular ("tests", "days") and never by a typo', () => {
    expect(['test', 'tests', 'minimum', 'days', 'wearing'].every(isFramingWord)).toBe(true);
    expect(['swim', 'welsh', 'tesst', 'lights'].some(isFramingWord)).toBe(false);
  });

  it('asks through the singular ("mentions", "documents") and never by a typo', () => {
    expect(['say', 'says', 'mentions', 'documents', 'profile'].every(isAskingWord)).toBe(true);
    expect(['salary', 'sat', 'profle'].some(isAskingWord)).toBe(false);
  });

  it('leaves the subject of a retrieval question, framing words weighed for less', () => {
    const concepts = readConcepts(words('what does the document mention about a minimum posting period'));
    expect(concepts.map((concept) => [concept.label, concept.weight])).toEqual([
      ['minimum', 0.5],
      ['posting', 1],
      ['period', 0.5],
    ]);
  });
});
