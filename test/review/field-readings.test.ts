/**
 * How each field was read, and the confidence that follows: documents of our own, one way of stating a
 * field each, so the method is what the test varies.
 */
import { describe, expect, it } from 'vitest';
import { CHECK_THRESHOLD, CONFIDENCE_BY_METHOD } from '../../src/profile/field-reading.ts';
import { RoleProfileSchema } from '../../src/profile/role-profile.ts';
import { checkTheseLine, fieldsToCheck } from '../../src/review/check-fields.ts';
import { parseText } from '../ingest/support/load-seed.ts';

const LABELLED = [
  'Job Title: Custody Detention Officer',
  'Grade: Scale 5',
  'Weekly Hours: 37',
  'Reports to: Custody Sergeant',
  'Vetting: NPPV2',
  'Shift pattern: four on, four off',
].join('\n');

describe('field readings', () => {
  it('fields under labels the vocabulary knows word for word are read from a label, high confidence', () => {
    const { profile } = parseText('custody-detention-officer.txt', LABELLED);
    for (const field of ['title', 'grade', 'weeklyHours', 'reportsTo', 'vetting', 'shifts']) {
      expect(profile.readings[field], field).toEqual({ method: 'label', confidence: CONFIDENCE_BY_METHOD.label });
    }
    expect(fieldsToCheck(profile)).toEqual([]);
    expect(checkTheseLine(profile)).toBeNull();
  });

  it('pay and a closing date under their labels are read from a label', () => {
    const { profile } = parseText('cdo.txt', [LABELLED, 'Salary: £27,334 - £29,539 per annum', 'Closing date: 15 March 2027'].join('\n'));
    expect(profile.readings.pay?.method).toBe('label');
    expect(profile.readings.closingDate?.method).toBe('label');
  });

  it('a heading recognised by its phrasing, not word for word, reads as a heading', () => {
    const text = ['Job Title: Custody Detention Officer', '', 'Who you will report to', 'The Custody Sergeant on duty'].join('\n');
    const { profile } = parseText('cdo.txt', text);
    expect(profile.reportsTo).toBeTruthy();
    expect(profile.readings.reportsTo?.method).toBe('heading');
    expect(profile.readings.reportsTo?.confidence).toBeGreaterThanOrEqual(CHECK_THRESHOLD);
  });

  it('a value found in running text, outside its own section, is below the threshold and listed to check', () => {
    const text = [
      'Job Title: Custody Detention Officer',
      'Main purpose of the role',
      'You will work 37 hours per week looking after detainees in the custody suite.',
    ].join('\n');
    const { profile } = parseText('cdo.txt', text);
    expect(profile.weeklyHours).toBe(37);
    expect(profile.readings.weeklyHours?.method).toBe('text');
    expect(fieldsToCheck(profile).map((f) => f.field.id)).toContain('weeklyHours');
    expect(checkTheseLine(profile)).toContain('weekly hours "37 hours a week" (found in running text, not under its own label, confidence 0.6)');
  });

  it('a title taken from the file name has the lowest confidence', () => {
    const { profile } = parseText('custody-detention-officer.txt', 'Weekly Hours: 37\nVetting: NPPV2');
    expect(profile.readings.title).toEqual({ method: 'file name', confidence: CONFIDENCE_BY_METHOD['file name'] });
    expect(checkTheseLine(profile)).toMatch(/^Check these: title "Custody Detention Officer" \(taken from the file name, confidence 0\.25\)/);
  });

  it('a field the document does not state has no reading (it is reported as missing instead)', () => {
    const { profile, missing } = parseText('cdo.txt', 'Job Title: Custody Detention Officer');
    expect(profile.readings.weeklyHours).toBeUndefined();
    expect(missing).toContain('weekly hours');
  });

  it('the confidence table orders the methods: HR above label above heading above text above fallbacks', () => {
    const order = ['hr', 'label', 'heading', 'text', 'inferred', 'file name'] as const;
    const values = order.map((method) => CONFIDENCE_BY_METHOD[method]);
    expect([...values].sort((a, b) => b - a)).toEqual(values);
    expect(CONFIDENCE_BY_METHOD.heading).toBeGreaterThanOrEqual(CHECK_THRESHOLD);
    expect(CONFIDENCE_BY_METHOD.text).toBeLessThan(CHECK_THRESHOLD);
  });

  it('a profile stored before readings loads, with none', () => {
    const { profile } = parseText('cdo.txt', LABELLED);
    const { readings: _dropped, ...old } = JSON.parse(JSON.stringify(profile)) as Record<string, unknown>;
    const loaded = RoleProfileSchema.parse(old);
    expect(loaded.readings).toEqual({});
  });
});
