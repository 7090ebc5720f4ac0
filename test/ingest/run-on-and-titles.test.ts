/**
 * Layout failures written for these tests in documents of our own: a page pasted with no line breaks, two
 * labels on one form row, a title repeated at the top of each page, and titles that must never come from a
 * rank the text only mentions (a reporting chain, a sign-off, "the Chief Constable's policy").
 */
import { describe, expect, it } from 'vitest';
import { splitAtLabels } from '../../src/ingest/split-at-labels.ts';
import { titleFromFileName } from '../../src/ingest/extract-title.ts';
import type { RoleProfile } from '../../src/profile/role-profile.ts';
import { titleSourceNote } from '../../src/profile/title-source.ts';
import { misquoted } from './support/evidence.ts';
import { parseText } from './support/load-seed.ts';

function parse(text: string, file = 'case.txt'): RoleProfile {
  const { profile } = parseText(file, text);
  expect(misquoted(profile, text)).toEqual([]);
  return profile;
}

/** One paragraph for the whole form, as pasted from a PDF viewer: sections lettered, labels run together. */
const PASTED_FORM = [
  'ROLE PROFILE - POLICE STAFF OFFICIAL Please complete every part of this form before it is sent to the Workforce Planning team.',
  'A. ROLE DETAILS: Job Title: Custody Liaison Practitioner Grade: Scale 5 Department: Criminal Justice Reports To: Custody Health Lead',
  'Hours: 37 per week Vetting Level: NPPV2 Post Number: CJ-CLP-31',
  'B. PURPOSE OF THE ROLE: To assess detained people for health and welfare needs and refer them to the right service before release.',
  'C. SHIFT PATTERN: Earlies and lates on a rota of four days on and four days off.',
].join(' ');

const TWO_LABEL_ROWS = [
  'WEST DALBY CONSTABULARY',
  'Role Profile',
  'Role Title: Collision Records Clerk Section: Roads Policing Support',
  'Grade: Band B   Post Ref: RP/CRC/7',
  'Line Manager: Collision Records Supervisor Hours: 30 per week',
  '',
  'Main purpose',
  'Keep accurate records of road traffic collisions for the force and its partners.',
].join('\n');

describe('pasted text with no line breaks', () => {
  it('cuts a run-on line before each known label and lettered section heading', () => {
    const pieces = splitAtLabels(PASTED_FORM);
    expect(pieces).toContain('Job Title: Custody Liaison Practitioner');
    expect(pieces).toContain('Reports To: Custody Health Lead');
    expect(pieces).toContain('Post Number: CJ-CLP-31');
    expect(pieces.some((p) => p.startsWith('B. PURPOSE OF THE ROLE:'))).toBe(true);
  });

  it('reads every field of the pasted form', () => {
    const p = parse(PASTED_FORM);
    expect([p.title, p.titleSource, p.grade, p.department, p.reportsTo, p.weeklyHours, p.roleCode]).toEqual([
      'Custody Liaison Practitioner', 'label', 'Scale 5', 'Criminal Justice', 'Custody Health Lead', 37, 'CJ-CLP-31',
    ]);
    expect(p.vetting).toMatchObject({ status: 'stated', levels: ['NPPV2'] });
    expect(p.purpose).toMatch(/^To assess detained people/);
  });

  it('leaves an ordinary sentence with a colon whole', () => {
    expect(splitAtLabels('Please note: the post holder will work at any station in the force area.')).toHaveLength(1);
    expect(splitAtLabels('Shift times: 07:00 to 15:00 and 14:00 to 22:00')).toHaveLength(1);
  });
});

describe('two labels on one line', () => {
  it('splits a value from the label that follows it', () => {
    expect(splitAtLabels('Post Title: Police Community Support Officer Department: Local Policing')).toEqual([
      'Post Title: Police Community Support Officer',
      'Department: Local Policing',
    ]);
  });

  it('reads both fields of each row', () => {
    const p = parse(TWO_LABEL_ROWS);
    expect([p.title, p.department, p.reportsTo, p.weeklyHours, p.grade]).toEqual([
      'Collision Records Clerk', 'Roads Policing Support', 'Collision Records Supervisor', 30, 'Band B',
    ]);
  });

  it('splits a space-aligned cell that holds a value and the next label', () => {
    const p = parse(['Post Title:    Evidence Store Assistant Department:     Property Services', 'Grade:    Band 2'].join('\n'));
    expect([p.title, p.department]).toEqual(['Evidence Store Assistant', 'Property Services']);
  });
});

describe('titles', () => {
  it('keeps a title label repeated at the top of each page', () => {
    const text = [
      'Job Title: Safeguarding Referral Officer', 'Grade: Scale 4', 'Reports To: Detective Inspector, Public Protection',
      'Main purpose', 'Review referrals and share information with partners.',
      'Job Title: Safeguarding Referral Officer', 'Essential criteria', '- Experience of case work.',
    ].join('\n');
    expect(parse(text).title).toBe('Safeguarding Referral Officer');
  });

  it('reads a Welsh title label', () => {
    expect(parse('Teitl y Swydd: Swyddog Cofnodion\nGrade: Scale 3\n').title).toBe('Swyddog Cofnodion');
  });

  it('never takes a rank mentioned in passing for the title', () => {
    const text = [
      'LEAFIELD POLICE',
      '',
      'Purpose',
      'You will visit schools and community groups to explain the Chief Constable\'s policy on hate crime.',
      'You will report to a Neighbourhood Inspector and work beside the local Sergeant.',
      'Approved by the Chief Constable, March 2025.',
    ].join('\n');
    const p = parse(text, 'community-engagement-officer.txt');
    expect(p.title).not.toMatch(/chief constable|inspector|sergeant/i);
  });

  it('composes a title from the team the purpose names and the document\'s own rank', () => {
    const p = parse(['Rank: Constable', '', 'Purpose', 'Work in the respective ROCU team to disrupt organised crime; ROCU officers share intelligence daily.'].join('\n'), 'x_00123.txt');
    expect([p.title, p.titleInferred, p.titleSource]).toEqual(['ROCU Constable', true, 'content']);
  });

  it('flags a title read from a heading, and says so', () => {
    const p = parse(['Fleet Driver Trainer', '', 'Grade: Scale 6', 'Purpose', 'Train police drivers.'].join('\n'));
    expect([p.title, p.titleInferred, p.titleSource]).toEqual(['Fleet Driver Trainer', false, 'heading']);
    expect(titleSourceNote(p)).toMatch(/heading/);
  });

  it('takes the file name last, and only when it reads as words', () => {
    expect(titleFromFileName('neighbourhood-sergeant_JD_v2.docx')).toBe('Neighbourhood Sergeant');
    expect(titleFromFileName('PCSO-job-description.pdf')).toBe('PCSO');
    expect(titleFromFileName('scan_00123.pdf')).toBeNull();
    expect(titleFromFileName('JD 2024 final.docx')).toBeNull();
    const p = parse('Grade: Scale 3\n\nPurpose\nKeep the stores tidy.\n', 'stores-assistant.txt');
    expect([p.title, p.titleSource, p.titleInferred]).toEqual(['Stores Assistant', 'file name', true]);
  });
});
