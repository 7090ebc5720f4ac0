import { describe, expect, it } from 'vitest';
import { classifyHeading } from '../../src/vocabulary/document-headings.ts';

describe('classifying headings nobody listed', () => {
  it.each([
    ['Weekly hours', 'hours', 'label'],
    ['Reprots to', 'reportsTo', 'phrase'],
    ['Working Paterns', 'shifts', 'phrase'],
    ['Line management arrangements', 'reportsTo', 'phrase'],
    ['Clearance needed', 'vetting', 'phrase'],
    ['Qualifications and experience you must have', 'essential', 'phrase'],
    ['Qualifications you could have', 'desirable', 'phrase'],
    ['Weekly working time', 'hours', 'cue'],
    ['Tasks you will carry out', 'responsibilities', 'cue'],
    ['Learning you will receive', 'training', 'cue'],
  ])('"%s" is %s (%s)', (text, key, how) => {
    expect(classifyHeading(text)).toEqual({ key, how });
  });

  it.each([
    ['Band D', 'a value: a lone letter says something'],
    ['37 hours', 'a value with a figure, not section 37'],
    ['FULL DRIVING LICENCE - Yes', 'a label with its value'],
    ['How do I apply?', 'a question: only the question patterns classify those'],
    ['PCSO Supervisor', 'a role: most of it is no cue'],
    ['Apply now', 'an invitation'],
    ['Marine Unit Constable', 'a title with one cue word'],
    ['authorities', 'one word alone is a fragment'],
    ['Eastmoor Police', 'a force'],
  ])('"%s" is no heading (%s)', (text) => {
    expect(classifyHeading(text)).toBeNull();
  });
});
