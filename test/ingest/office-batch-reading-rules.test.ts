/**
 * Reading rules found with batch office-2026-12c, each checked on documents of our own in other layouts and
 * wordings: a short line between bullets names a group, "desirable but not essential" grades a licence, an
 * empty value ("N/A") states nothing, a breadcrumb is navigation, a "ways to join" heading governs the routes
 * listed under it, shifts are named by the times they cover, and a heading naming an arrangement offers
 * nothing by itself.
 */
import { describe, expect, it } from 'vitest';
import { docxHtmlToText } from '../../src/ingest/extract-docx.ts';
import { parseDocument } from '../../src/ingest/index.ts';
import { isBreadcrumb } from '../../src/ingest/extract-title.ts';
import { isEmptyValue } from '../../src/vocabulary/empty-values.ts';
import type { RoleProfile } from '../../src/profile/role-profile.ts';

function parse(text: string): RoleProfile {
  return parseDocument({ file: 'case.txt', text, format: 'txt', sha256: 'd'.repeat(64) }).profile;
}

function parseHtml(html: string): RoleProfile {
  const { text, tables } = docxHtmlToText(html);
  return parseDocument({ file: 'case.docx', text, tables, format: 'docx', sha256: 'd'.repeat(64) }).profile;
}

describe('a short line between bulleted criteria names the group below it', () => {
  it('is a category, not a criterion, and the (E)/(D) marks still decide each kind', () => {
    const profile = parse(
      [
        'Job title: Stores Assistant',
        '',
        'Person specification',
        'Knowledge',
        '- Knowledge of stock control (E)',
        '- Knowledge of the force procurement rules (D)',
        'Practical skills and abilities',
        '- Able to use a pallet truck (E)',
        '- Able to drive a van (D)',
      ].join('\n'),
    );
    expect(profile.essentialCriteria.map((c) => [c.text, c.category])).toEqual([
      ['Knowledge of stock control', 'Knowledge'],
      ['Able to use a pallet truck', 'Practical skills and abilities'],
    ]);
    expect(profile.desirableCriteria.map((c) => c.text)).toEqual(['Knowledge of the force procurement rules', 'Able to drive a van']);
  });

  it('a sentence between bullets names no group', () => {
    const profile = parse(['Job title: Stores Assistant', '', 'Essential', '- Good attendance', 'Able to work alone.', '- Tidy'].join('\n'));
    expect(profile.essentialCriteria.map((c) => c.category)).not.toContain('Able to work alone.');
  });
});

describe('"desirable but not essential" grades a driving licence, it does not refuse one', () => {
  it.each([
    ['a sentence', 'Holding a current driving licence would be an advantage but is not essential.'],
    ['a label', 'Driving licence: Desirable, not essential'],
  ])('in %s', (_kind, line) => {
    expect(parse(['Job title: Community Engagement Officer', '', line].join('\n')).driving.requirement).toBe('desirable');
  });

  it('"not required" alone still says no licence is needed', () => {
    expect(parse('Job title: Community Engagement Officer\nDriving licence: Not required').driving.requirement).toBe('not-required');
  });
});

describe('an empty value states nothing', () => {
  it.each(['N/A', 'n/a', 'Not applicable', 'None', 'TBC', '-'])('"%s" is empty', (value) => expect(isEmptyValue(value)).toBe(true));
  it.each(['Nights', 'Not on weekends', 'NA12 3BC'])('"%s" is a value', (value) => expect(isEmptyValue(value)).toBe(false));

  it('"Shift pattern: n/a" is no shift pattern; the hours say when the post is worked', () => {
    const profile = parse(['Job title: Payroll Officer', 'Hours: 36 per week, Monday to Friday', 'Shift pattern: n/a'].join('\n'));
    expect(profile.shifts.pattern).not.toMatch(/n\/a/i);
    expect(profile.shifts.pattern).toMatch(/Monday to Friday/);
  });
});

describe('a breadcrumb is navigation', () => {
  it.each(['Home › Jobs › Police staff', 'Join us / Volunteering / Police Support Volunteer', 'Careers > Staff > Analyst'])('"%s" is a breadcrumb', (text) =>
    expect(isBreadcrumb(text)).toBe(true),
  );
  it.each(['Specialist Operations | Full time | Closing date 1 May', 'Detective Sergeant – Economic Crime', 'Analyst/Researcher'])('"%s" is not', (text) =>
    expect(isBreadcrumb(text)).toBe(false),
  );

  it('a real heading below it gives the title', () => {
    const profile = parseHtml('<p>Home › Careers › Police staff officer</p><h1>Custody Detention Officer</h1><p>Salary: £30,000 a year</p>');
    expect(profile.title).toBe("Custody Detention Officer");
  });

  it('with no heading below, its last step names the page', () => {
    const profile = parse(['Home / Join us / Volunteering / Police Support Volunteer', '', 'Give your time | Help your community', '', 'Volunteers help at front counters.'].join('\n'));
    expect(profile.title).toBe('Police Support Volunteer');
  });
});

describe('routes listed under a "ways to join" heading', () => {
  it('are entry routes even when the items never say "apply" or "join"', () => {
    const profile = parse(
      [
        'Job title: Police Constable',
        '',
        'How to join',
        '- Degree Holder Entry Programme (DHEP): two years, for graduates.',
        '- Police Constable Degree Apprenticeship (PCDA): you finish with a degree in professional policing practice.',
      ].join('\n'),
    );
    expect(profile.entryRoutes.map((route) => route.id)).toEqual(['pcda', 'dhep']);
  });

  it('a pre-join degree in Professional Policing is still one', () => {
    const profile = parse('Job title: Police Constable\n\nYou can apply with a degree in Professional Policing.');
    expect(profile.entryRoutes.map((route) => route.id)).toEqual(['pre-join-degree']);
  });
});

describe('shifts named by the times they cover', () => {
  it('"on shifts, including nights and weekends" in an hours value is the shift pattern', () => {
    const profile = parse('Job title: Response Officer\nHours: 40 a week worked on shifts, including evenings and weekends');
    expect(`${profile.shifts.pattern}`).toMatch(/shifts, including evenings and weekends/);
  });
});

describe('a heading naming an arrangement', () => {
  it('offers nothing itself: only what the lines under it state', () => {
    const profile = parse(['Job title: Finance Officer', '', 'Flexible working', '', 'Job share will be considered for this post.'].join('\n'));
    expect(profile.workingArrangements.map((a) => [a.kind, a.offered])).toEqual([['job-share', true]]);
  });

  it('a label with a value still states it', () => {
    const profile = parse(['Job title: Finance Officer', 'Flexible working: available'].join('\n'));
    expect(profile.workingArrangements.map((a) => [a.kind, a.offered])).toEqual([['flexible', true]]);
  });
});
