/**
 * annotate(): one reading of words against the vocabulary, for document lines and questions alike. Spans say
 * what the words name, where, and how surely; the overlap policy is within a kind one reading a word, across
 * kinds several.
 */
import { describe, expect, it } from 'vitest';
import { annotate, type Span } from '../../src/vocabulary/annotate.ts';

function of(spans: Span[], kind: Span['kind']): string[] {
  return spans.filter((span) => span.kind === kind).map((span) => span.value);
}

describe('annotate', () => {
  it('reads a question into concepts, values, features, levels, forces, negations and cues, with their places', () => {
    const spans = annotate("which kent roles don't need NPPV 3 or work nights at level 2?");
    expect(of(spans, 'force')).toEqual(['kent']);
    expect(of(spans, 'value')).toEqual(['NPPV3']);
    expect(of(spans, 'feature')).toEqual(['nights']);
    expect(of(spans, 'level')).toEqual(['2']);
    expect(of(spans, 'negation')).toEqual(['negation']);
    expect(of(spans, 'concept')).toEqual(expect.arrayContaining(['vetting', 'shifts']));
    expect(of(spans, 'cue')).toEqual(expect.arrayContaining(['list', 'role-noun', 'across']));
    const value = spans.find((span) => span.kind === 'value');
    expect(value).toMatchObject({ start: 6, length: 2, confidence: 1 });
  });

  it('lets one word carry readings of several kinds, but one reading within a kind (longest first)', () => {
    const spans = annotate('which roles mention the welsh language');
    // "which" is a list cue and an "across" cue; "roles" a role noun; "mention" a document cue.
    const at0 = spans.filter((span) => span.start === 0).map((span) => span.value);
    expect(at0).toEqual(expect.arrayContaining(['list', 'across']));
    // "what about" is one follow-up cue, not "what" and "about" read twice as follow-ups.
    const follow = annotate('what about the sergeant').filter((span) => span.value === 'follow-up');
    expect(follow).toEqual([expect.objectContaining({ start: 0, length: 2 })]);
  });

  it('forgives a plural and one typo in a longer word, phrases included, at a lower confidence', () => {
    const typo = annotate('who does the pcso reprots to', { kinds: ['concept'] });
    expect(typo).toEqual([expect.objectContaining({ value: 'reporting', confidence: expect.any(Number) })]);
    expect(typo[0]?.confidence).toBeLessThan(1);
    const exact = annotate('who does the pcso report to', { kinds: ['concept'] });
    expect(exact[0]?.confidence).toBe(1);
  });

  it('counts a bare acronym that is also another word only beside a word of its kind', () => {
    expect(of(annotate('is sc needed for the analyst'), 'value')).toEqual([]);
    expect(of(annotate('is sc clearance needed for the analyst'), 'value')).toEqual(['SC']);
    expect(of(annotate('does the dc need dv vetting'), 'value')).toEqual(['DV']);
  });

  it('reads a whole line as a heading: a listed label surely, a heading nobody listed by its cue words, less surely', () => {
    const [label] = annotate('Reports to', { kinds: ['heading'] });
    expect(label).toMatchObject({ kind: 'heading', value: 'reportsTo', confidence: 1 });
    const [cued] = annotate('Tasks you will carry out', { kinds: ['heading'] });
    expect(cued?.kind).toBe('heading');
    expect(cued?.value).toBe('responsibilities');
    expect(cued?.confidence).toBeLessThan(1);
    // A sentence is no heading, and words already normalised carry no line to read as one.
    expect(annotate('You will carry out enquiries into crime in the area, working with partners.', { kinds: ['heading'] })).toEqual([]);
    expect(annotate(['reports', 'to'], { kinds: ['heading'] })).toEqual([]);
  });

  it('keeps words a caller has taken (a role name) from being read as a concept', () => {
    const words = ['police', 'staff', 'investigator', 'vetting'];
    const free = annotate(words, { kinds: ['concept'] }).map((span) => span.value);
    const taken = annotate(words, { kinds: ['concept'], taken: new Set([0, 1, 2]) }).map((span) => span.value);
    expect(free).toContain('staff-type');
    expect(taken).toEqual(['vetting']);
  });
});
