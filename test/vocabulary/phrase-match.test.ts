import { describe, expect, it } from 'vitest';
import { MATCH_CONFIDENCE, PhraseTable } from '../../src/vocabulary/phrase-match.ts';

const words = (text: string): string[] => text.split(' ');

describe('the one phrase matcher', () => {
  const table = new PhraseTable<string>(
    [
      ['reports to', 'reporting'],
      ['line manager', 'reporting'],
      ['sc', 'SC'],
      ['enhanced sc', 'eSC'],
      ['enhanced sc clearance', 'eSC'],
      ['shift pattern', 'shifts'],
      ['hours', 'hours'],
    ],
    { typos: true },
  );

  it('takes the longest phrase where phrases overlap, and uses a word once', () => {
    const hits = table.find(words('is enhanced sc clearance needed'));
    expect(hits.map((hit) => [hit.value, hit.start, hit.length])).toEqual([['eSC', 1, 3]]);
  });

  it('matches plurals and one typo in a word of five letters or more, with the confidence that says so', () => {
    const [plural] = table.find(words('what shift patterns'));
    expect(plural).toMatchObject({ value: 'shifts', match: 'plural', confidence: MATCH_CONFIDENCE.plural });
    const [typo] = table.find(words('who does she reprots to'));
    expect(typo).toMatchObject({ value: 'reporting', start: 3, length: 2, match: 'typo', confidence: MATCH_CONFIDENCE.typo });
    const [second] = table.find(words('her line manger'));
    expect(second).toMatchObject({ value: 'reporting', match: 'typo' });
  });

  it('forgives no typo in short words, stop words, words the caller avoids, or tables that allow none', () => {
    expect(table.find(words('four a week'))).toEqual([]);
    expect(table.find(words('reprots to'), { avoid: new Set(['reprots']) })).toEqual([]);
    const strict = new PhraseTable<string>([['reports to', 'reporting']]);
    expect(strict.find(words('reprots to'))).toEqual([]);
    expect(strict.find(words('reports to'))).toHaveLength(1);
  });

  it('never uses a word another reading has taken', () => {
    expect(table.find(words('line manager hours'), { taken: new Set([1]) }).map((hit) => hit.value)).toEqual(['hours']);
  });

  it('prefers an exact phrase to a typo reading of the same length', () => {
    const close = new PhraseTable<string>([['nights', 'nights'], ['lights', 'lights']], { typos: true });
    expect(close.find(words('lights')).map((hit) => hit.value)).toEqual(['lights']);
  });

  it('matches only the forms listed in a table whose singulars mean something else', () => {
    const asWritten = new PhraseTable<string>([['earlies', 'shifts'], ['shift', 'shifts']], { plurals: false });
    expect(asWritten.find(words('earlies and lates')).map((hit) => hit.match)).toEqual(['exact']);
    expect(asWritten.find(words('an early start'))).toEqual([]);
    expect(asWritten.find(words('shifts'))).toEqual([]);
    expect(new PhraseTable<string>([['shift', 'shifts']]).find(words('shifts'))).toHaveLength(1);
  });
});
