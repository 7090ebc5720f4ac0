/**
 * The other names a document gives its role, in documents written for these tests: an abbreviation in the
 * title's brackets (of any case: PolSA, CTSA, PCDA), and one the body defines right after the title's own
 * words ("(CTSA)", "(the 'DMI')", "known as a PolSA"). A short form defined for another post, an entry
 * route, or a vetting level in brackets is not an alias.
 */
import { describe, expect, it } from 'vitest';
import { definedAliases } from '../../src/ingest/extract-aliases.ts';
import { bracketedAbbreviations } from '../../src/ingest/role-id.ts';
import type { RoleProfile } from '../../src/profile/role-profile.ts';
import { misquoted } from './support/evidence.ts';
import { parseText } from './support/load-seed.ts';

function parse(text: string, file = 'case.txt'): RoleProfile {
  const { profile } = parseText(file, text);
  expect(misquoted(profile, text)).toEqual([]);
  return profile;
}

function roleDocument(titleLine: string, ...body: string[]): string {
  return [
    'KILBRIDE CONSTABULARY',
    'Role Profile',
    titleLine,
    'Grade: Scale 6',
    'Reports to: Operations Inspector',
    '',
    'Purpose of the role',
    ...body,
    '',
    'Vetting: Recruitment Vetting (RV)',
  ].join('\n');
}

describe('abbreviations in the title', () => {
  it.each([
    ['Police Search Adviser (PolSA)', ['PolSA']],
    ['Counter Terrorism Security Adviser (CTSA)', ['CTSA']],
    ['Student Officer (PCDA)', ['PCDA']],
    ['Digital Media Investigator ( DMI )', ['DMI']],
    ['Intelligence Researcher (SC)', []],
    ['Call Handler (Kent)', []],
    ['Detective Constable (Local CID)', []],
  ])('%s -> %j', (title, expected) => {
    expect(bracketedAbbreviations(title)).toEqual(expected);
  });

  it('keeps a mixed-case bracketed abbreviation in the parsed profile', () => {
    const profile = parse(roleDocument('Job Title: Police Search Adviser (PolSA)', 'To plan and advise on searches for people, property and evidence.'));
    expect(profile.title).toBe('Police Search Adviser (PolSA)');
    expect(profile.aliases).toEqual(expect.arrayContaining(['PolSA', 'Police Search Adviser']));
  });

  it('keeps an entry route written in the title as a name of the role', () => {
    const profile = parse(roleDocument('Job Title: Student Officer (PCDA)', 'To learn the office of constable while studying for a degree.'));
    expect(profile.aliases).toContain('PCDA');
  });
});

describe('short forms the body defines for the title', () => {
  it.each([
    ['The Counter Terrorism Security Adviser (CTSA) advises businesses on protective security.', ['CTSA']],
    ["The Digital Media Investigator (the 'DMI') gives advice on devices at scenes.", ['DMI']],
    ['The Digital Media Investigator (the “Media Lead”) gives advice on devices at scenes.', []],
    ['Police Search Advisers (PolSAs) plan searches for missing people.', ['PolSA']],
    ['The Police Search Adviser, known as the PolSA, plans searches.', ['PolSA']],
    ["The Police Search Adviser, also known as the 'search lead', plans searches.", ['search lead']],
  ])('%s -> %j', (line, expected) => {
    const title = /Counter Terrorism/.test(line) ? 'Counter Terrorism Security Adviser' : /Digital Media/.test(line) ? 'Digital Media Investigator' : 'Police Search Adviser';
    // A quoted bracketed form must still look like an abbreviation; "Media Lead" is two words.
    expect(definedAliases([line], title)).toEqual(expected);
  });

  it.each([
    ['a Senior Police Search Adviser (SPolSA) is on call at weekends', 'Police Search Adviser'],
    ['you may join as a Student Officer (PCDA) or through the DHEP route', 'Student Officer'],
    ['the Police Search Adviser (PSA Manual, 2019) sets the standard', 'Police Search Adviser'],
    ['an Analyst (AN) supports the team', 'Analyst'],
    ['the Police Search Adviser, known as being approachable, plans searches', 'Police Search Adviser'],
  ])('not an alias: %s', (line, title) => {
    expect(definedAliases([line], title)).toEqual([]);
  });

  it('reads the definition from a document whose title has no brackets', () => {
    const profile = parse(
      roleDocument(
        'Job Title: Counter Terrorism Security Adviser',
        'The Counter Terrorism Security Adviser (CTSA) works with crowded places and hazardous sites to reduce their vulnerability.',
        'Each CTSA reports to the Protect and Prepare Inspector.',
      ),
    );
    expect(profile.title).toBe('Counter Terrorism Security Adviser');
    expect(profile.aliases).toContain('CTSA');
  });

  it('gives each alias once, whatever its case', () => {
    const profile = parse(
      roleDocument('Job Title: Police Search Adviser (PolSA)', 'The Police Search Adviser (PolSA) plans searches.', 'Police Search Advisers (POLSAs) lead search teams.'),
    );
    expect(profile.aliases.filter((alias) => alias.toLowerCase() === 'polsa')).toEqual(['PolSA']);
  });
});
