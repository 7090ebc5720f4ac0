import { describe, expect, it } from 'vitest';
import { words } from '../../src/vocabulary/normalise-text.ts';
import { HEALTH_SUBJECTS, healthSubjectAsked, mentionsHealthSubject } from '../../src/vocabulary/health-subjects.ts';

const asked = (question: string): string | null => healthSubjectAsked(words(question))?.label ?? null;
const subject = (label: string) => {
  const found = HEALTH_SUBJECTS.find((candidate) => candidate.label === label);
  if (!found) throw new Error(`no subject ${label}`);
  return found;
};

describe('health subjects a question names', () => {
  it.each([
    ['I wear contact lenses, is that a problem?', 'eyesight'],
    ['what about my eyes', 'eyesight'],
    ['I am partially deaf in one ear', 'hearing'],
    ['do my ears get tested', 'hearing'],
    ['is there a bleep test', 'a fitness test'],
    ['do I have to pass a medical?', 'a medical'],
    ['how many medicals are there', 'a medical'],
    ['do I work weekends', null],
  ])('"%s" asks about %s', (question, expected) => {
    expect(asked(question)).toBe(expected);
  });

  it('answers on the first subject in the table when a question names two', () => {
    expect(asked('is there a medical and an eyesight check')).toBe('eyesight');
  });

  it('forgives no typo: "night" is one letter from "sight", "bearing" from "hearing"', () => {
    expect(asked('does the fitness assessment include nights')).toBe('a fitness test');
    expect(asked('does it have any bearing on nights')).toBeNull();
  });
});

describe('health lines that state a subject', () => {
  it.each([
    ['eyesight', 'Candidates must meet the colour vision standard', true],
    ['eyesight', 'Spectacles or contact lenses may be worn', true],
    ['eyesight', 'Experience of supervision is essential', false],
    ['hearing', 'A hearing test forms part of the medical', true],
    ['a fitness test', 'You must be physically able to restrain a detainee', true],
    ['a fitness test', 'Pass the job-related fitness test (JRFT) at 5.4', true],
    ['a fitness test', 'Benefits include a cycle-to-work scheme', false],
    ['a medical', 'Offers are subject to occupational health clearance', true],
    ['a medical', 'You must be medically fit', true],
  ])('%s in "%s": %s', (label, line, expected) => {
    expect(mentionsHealthSubject(subject(label), line)).toBe(expected);
  });
});
