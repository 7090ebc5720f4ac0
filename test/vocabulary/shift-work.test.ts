/**
 * The one shift-work vocabulary: the parser finds a working pattern with it and the answer says "shift work"
 * or "a rota" with it, so a document's pattern and the answer about it read the same words.
 */
import { describe, expect, it } from 'vitest';
import { createAssistant } from '../../src/answer/assistant.ts';
import { parseDocument } from '../../src/ingest/index.ts';
import type { RoleProfile } from '../../src/profile/role-profile.ts';
import { statesFeature } from '../../src/vocabulary/features.ts';
import { mentionsWorkingPattern, namedShiftPattern, namesWorkingTimes, ON_OFF, ROUND_THE_CLOCK_TERMS, SHIFT_TERMS, shiftSignals, shiftWorkStated } from '../../src/vocabulary/shift-work.ts';

function parse(title: string, pattern: string): RoleProfile {
  const text = [`Job Title: ${title}`, 'Force: Midshire Police', `Working pattern: ${pattern}`, 'Main purpose: Keep the custody suite running.'].join('\n');
  return parseDocument({ file: 'own.txt', text, format: 'txt', sha256: '0'.repeat(64) }).profile;
}

describe('shift-work terms', () => {
  it.each([
    ['a rotating pattern of earlies, lates and nights', 'shifts'],
    ['we cover the county 24/7', 'shifts'],
    ['Cover is provided round the clock, 365 days a year', 'shifts'],
    ['five on, four off', 'shifts'],
    ['4on4off', 'shifts'],
    ['worked to a rostered pattern', 'shifts'],
    ['a weekday rota', 'rota'],
    ['on the roster for the front counter', 'rota'],
    ['Monday - Friday, 9 to 5', null],
    ['early finish on Fridays, late start on Mondays', null],
    ['a full and clean driving licence', null],
  ])('"%s" says %s', (text, expected) => {
    expect(shiftWorkStated(text)).toBe(expected);
  });

  it('matches each term as written: the singular of "earlies" and "lates" is another word', () => {
    expect(shiftSignals('earlies and lates').has('shifts')).toBe(true);
    expect(shiftSignals('an early start').size).toBe(0);
    expect(shiftSignals('staying late').size).toBe(0);
    // Forms a term means are listed, not inferred: "rosters" is in the table, "shift" and "shifts" both are.
    const listed = new Set(SHIFT_TERMS.map(([phrase]) => phrase));
    for (const form of ['shift', 'shifts', 'night', 'nights', 'roster', 'rosters']) expect(listed.has(form)).toBe(true);
  });

  it('forgives no typo in a document word', () => {
    expect(mentionsWorkingPattern('a sheft pattern')).toBe(false);
    expect(mentionsWorkingPattern('a shift pattern')).toBe(true);
  });

  it('knows a described pattern that is no shift: on call, Monday to Friday, days a year', () => {
    for (const text of ['on-call one week in six', 'Monday – Friday', 'open 250 days a year']) {
      expect(mentionsWorkingPattern(text)).toBe(true);
      expect(shiftWorkStated(text)).toBeNull();
    }
  });

  it('counts days on and off written with words, digits, dashes or nothing between', () => {
    for (const text of ['six on, three off', '4 days on 4 days off', '2-on-2-off', '3on3off']) expect(ON_OFF.test(text)).toBe(true);
    expect(ON_OFF.test('one on one coaching, time off in lieu')).toBe(false);
  });

  it('names a pattern outright, as written in the document', () => {
    expect(namedShiftPattern('Staff work Continental shifts across the week')?.text).toBe('Continental shifts');
    expect(namedShiftPattern('Flexible rostered shift pattern applies')?.text).toBe('Flexible rostered shift pattern');
    expect(namedShiftPattern('earlies, lates and nights')?.text).toBe('earlies, lates and nights');
    expect(namedShiftPattern('good understanding of the area')).toBeNull();
    expect(namedShiftPattern('a rota of earlies (7am-3pm) and lates (3pm-11pm)')?.text).toBe('earlies (7am-3pm) and lates (3pm-11pm)');
  });

  it('knows a value that says when the work is done: two days, or a day with its times', () => {
    expect(namesWorkingTimes('Tuesdays and Thursdays')).toBe(true);
    expect(namesWorkingTimes('Saturday 0800-1600')).toBe(true);
    expect(namesWorkingTimes('37 hours, weekdays 8.30 to 4.30')).toBe(true);
    expect(namesWorkingTimes('applications close on Friday')).toBe(false);
    expect(namesWorkingTimes('37 hours per week')).toBe(false);
  });
});

describe('parser and answer read one vocabulary', () => {
  const profiles = [
    parse('Detention Officer', 'Continental shifts, 2 days, 2 nights, 4 off.'),
    parse('Records Clerk', 'Weekday rota between 8am and 6pm.'),
    parse('Payroll Officer', 'Monday to Friday, office hours.'),
  ];
  const assistant = createAssistant(profiles);
  const first = (question: string): string => assistant.ask(question).answer.text;

  it('the pattern the parser read is the one the answer calls shift work, a rota, or weekday daytime', () => {
    expect(profiles[0]?.shifts.pattern).toMatch(/Continental shifts/);
    expect(first('is the detention officer shift work?')).toMatch(/^Yes — the Detention Officer is shift work/);
    expect(first('is the records clerk shift work?')).toMatch(/^Yes — the Records Clerk works a rota/);
    expect(first('is the payroll officer shift work?')).toMatch(/^Mainly weekday daytime, not a shift pattern/);
  });
});

describe('round-the-clock words, one list for shift work and the features', () => {
  // How documents write each term: "24/7" for 24x7, hyphens or spaces between words.
  const written: Record<string, string> = {
    '24x7': 'Cover is 24/7.',
    '24 hour': 'A 24-hour service.',
    '24 hours': 'Open 24 hours.',
    '365 days': 'The desk is staffed 365 days.',
    'round the clock': 'Staffed round-the-clock.',
    'around the clock': 'Officers work around the clock.',
  };
  it.each(ROUND_THE_CLOCK_TERMS.map((term) => [term] as const))('%s is shift work and states nights, weekends and 24/7', (term) => {
    const sentence = written[term] ?? '';
    expect(shiftWorkStated(sentence)).toBe('shifts');
    for (const id of ['nights', 'weekends', '24-7'] as const) expect(statesFeature(id, sentence), `${id}: ${sentence}`).toBe(true);
  });
  it('a number that only starts with 24 is none of them', () => {
    expect(statesFeature('24-7', 'Around 124 hours of overtime.')).toBe(false);
  });
});
