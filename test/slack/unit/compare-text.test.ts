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
