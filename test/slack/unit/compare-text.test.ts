import { describe, expect, it } from 'vitest';
import { parseCompareText } from '../../../src/slack/compare-text.ts';

const known = ['pcso', 'police constable', 'patrol and resolution officer', 'contact handler', 'detective constable'];
/** A lenient resolver, like a real one: a query naming a known title anywhere resolves to it. */
const resolves = (query: string): string | null => {
  const lower = query.toLowerCase();
  if (known.includes(lower)) return lower;
  return known.find((title) => lower.includes(title)) ?? (lower === 'patrol' || lower === 'resolution officer' ? 'patrol and resolution officer' : null);
};

describe('parseCompareText', () => {
  it.each([
    ['PCSO vs Police Constable', ['PCSO', 'Police Constable']],
    ['PCSO versus Police Constable v. Contact Handler', ['PCSO', 'Police Constable', 'Contact Handler']],
    ['PCSO VS Contact Handler', ['PCSO', 'Contact Handler']],
    ['PCSO, Contact Handler', ['PCSO', 'Contact Handler']],
    ['PCSO, Contact Handler and Police Constable', ['PCSO', 'Contact Handler', 'Police Constable']],
    ['PCSO, Contact Handler, and Police Constable', ['PCSO', 'Contact Handler', 'Police Constable']],
    ['PCSO and Contact Handler', ['PCSO', 'Contact Handler']],
    ['Patrol and Resolution Officer and PCSO', ['Patrol and Resolution Officer', 'PCSO']],
    ['PCSO and Patrol and Resolution Officer', ['PCSO', 'Patrol and Resolution Officer']],
    ['Patrol and Resolution Officer vs Contact Handler', ['Patrol and Resolution Officer', 'Contact Handler']],
    ['PCSO', ['PCSO']],
    ['', []],
  ])('%j', (text, expected) => {
    expect(parseCompareText(text, resolves)).toEqual(expected);
  });
});

describe('parseCompareText is bounded whatever the mix of commas and "and"s', () => {
  /** Counts resolver calls: a deterministic measure of the search (the old one made 2^n of them). */
  function counting(): { resolve: (query: string) => string | null; calls: () => number } {
    let calls = 0;
    return {
      resolve: (query) => {
        calls += 1;
        return resolves(query);
      },
      calls: () => calls,
    };
  }

  it.each([4, 8, 11, 16, 40])('a comma then %i "and"s resolves each stretch at most once', (ands) => {
    const probe = counting();
    const text = `pcso, contact handler${' and pcso'.repeat(ands)}`;
    parseCompareText(text, probe.resolve);
    const pieces = ands + 1;
    // One call per stretch of pieces (n(n+1)/2) at most, whatever the number of splits.
    expect(probe.calls()).toBeLessThanOrEqual((pieces * (pieces + 1)) / 2);
  });

  it.each([4, 8, 11, 16, 40])('%i "and"s and no comma resolves each stretch at most once', (ands) => {
    const probe = counting();
    parseCompareText(`contact handler${' and police constable'.repeat(ands)}`, probe.resolve);
    expect(probe.calls()).toBeLessThanOrEqual(((ands + 1) * (ands + 2)) / 2);
  });

  it('a long list of roles joined by "and" is more than three parts (the command then shows its usage)', () => {
    expect(parseCompareText('PCSO and Contact Handler and Police Constable and Detective Constable', resolves)).toEqual([
      'PCSO',
      'Contact Handler',
      'Police Constable',
      'Detective Constable',
    ]);
    expect(parseCompareText(`PCSO, Contact Handler${' and PCSO'.repeat(16)}`, resolves).length).toBeGreaterThan(3);
  });

  it('still finds a title with "and" inside among several "and"s', () => {
    expect(parseCompareText('Contact Handler and Patrol and Resolution Officer and PCSO', resolves)).toEqual([
      'Contact Handler',
      'Patrol and Resolution Officer',
      'PCSO',
    ]);
  });
});
