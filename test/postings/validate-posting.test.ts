import { describe, expect, it } from 'vitest';
import { checkHowToApply, validateVacancyDetails } from '../../src/postings/validate-posting.ts';

// 23 November 2026, 10:00 in London.
const now = new Date('2026-11-23T10:00:00Z');
const good = {
  locationOrTeam: 'Northgate Response Team',
  numberOfPosts: '3',
  closingDate: '2026-12-18',
  howToApply: 'https://jobs.wessexvale.example/vac/991',
  note: '',
};

describe('validateVacancyDetails', () => {
  it('accepts good details and normalises them', () => {
    const result = validateVacancyDetails({ ...good, locationOrTeam: '  Northgate   Response Team ' }, { now });
    expect(result).toEqual({
      ok: true,
      details: {
        locationOrTeam: 'Northgate Response Team',
        numberOfPosts: 3,
        closingDate: '2026-12-18',
        howToApply: 'https://jobs.wessexvale.example/vac/991',
        note: null,
      },
    });
  });

  it.each([
    ['locationOrTeam', { locationOrTeam: '   ' }, /where the posts are/],
    ['locationOrTeam', { locationOrTeam: 'x'.repeat(151) }, /150 characters/],
    ['numberOfPosts', { numberOfPosts: '0' }, /whole number, 1 or more/],
    ['numberOfPosts', { numberOfPosts: '-2' }, /whole number/],
    ['numberOfPosts', { numberOfPosts: '2.5' }, /whole number/],
    ['numberOfPosts', { numberOfPosts: 'two' }, /whole number/],
    ['numberOfPosts', { numberOfPosts: '' }, /whole number/],
    ['numberOfPosts', { numberOfPosts: '5000' }, /at most 999/],
    ['closingDate', { closingDate: '' }, /Pick a closing date/],
    ['closingDate', { closingDate: '2026-11-23' }, /must be in the future.*today/],
    ['closingDate', { closingDate: '2026-01-05' }, /must be in the future.*in the past/],
    ['closingDate', { closingDate: '2027-02-30' }, /not a date/],
    ['closingDate', { closingDate: '31/12/2026' }, /not a date/],
    ['howToApply', { howToApply: '' }, /Say how to apply/],
    ['howToApply', { howToApply: 'https://' }, /not a working link/],
    ['howToApply', { howToApply: 'http://localhost' }, /not a working link/],
    ['howToApply', { howToApply: 'javascript:alert(1)' }, /must start with https/],
    ['howToApply', { howToApply: 'ftp://files.example.org/x' }, /must start with https/],
    ['howToApply', { howToApply: 'www.jobs.example.org' }, /starting with https/],
    ['howToApply', { howToApply: 'recruitment@' }, /not a complete email/],
    ['howToApply', { howToApply: 'mailto:hr@nowhere' }, /not a complete email/],
    ['howToApply', { howToApply: '1234' }, /named contact/],
    ['note', { note: 'n'.repeat(1001) }, /1000 characters/],
  ])('rejects a bad %s (%j)', (field, patch, message) => {
    const result = validateVacancyDetails({ ...good, ...patch }, { now });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(Object.keys(result.errors)).toEqual([field]);
    expect(result.errors[field as keyof typeof result.errors]).toMatch(message);
  });

  it('reports every bad field at once', () => {
    const result = validateVacancyDetails({}, { now });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(Object.keys(result.errors).sort()).toEqual(['closingDate', 'howToApply', 'locationOrTeam', 'numberOfPosts']);
  });

  it('counts the closing date in the force time zone', () => {
    // 23:30 UTC on 30 June is already 1 July in London (BST): 1 July is then today, not the future.
    const lateEvening = new Date('2027-06-30T23:30:00Z');
    const result = validateVacancyDetails({ ...good, closingDate: '2027-07-01' }, { now: lateEvening });
    expect(result.ok).toBe(false);
    expect(validateVacancyDetails({ ...good, closingDate: '2027-07-01' }, { now: lateEvening, timeZone: 'UTC' }).ok).toBe(true);
  });

  it.each([
    'https://jobs.wessexvale.example/vac/991',
    'http://intranet.wessexvale.example/jobs',
    'recruitment@wessexvale.example',
    'mailto:recruitment@wessexvale.example',
    'Sam Patel, Resourcing, ext 4417',
    'Tel: 01632 960123 (Resourcing team)',
  ])('accepts "%s" as how to apply', (value) => {
    expect(checkHowToApply(value)).toBeNull();
  });
});
