/**
 * Documents in layouts the seeds do not use, written for these tests: a PDF-style export with space-aligned
 * and run-together labels, page headers and E1/D1 criteria; a markdown advert in prose with distractors;
 * labels on one line and values on the next with a tick-mark criteria table and an assessment column.
 */
import { describe, expect, it } from 'vitest';
import type { RoleProfile } from '../../src/profile/role-profile.ts';
import { misquoted } from './support/evidence.ts';
import { cachedLoader, FIXTURES_DIR } from './support/load-seed.ts';

const FILES = {
  pdf: 'space-aligned-pdf-export.txt',
  advert: 'prose-advert.md',
  table: 'assessment-table-next-line-labels.txt',
  ownWords: 'headings-in-own-words.txt',
  twoLevels: 'two-vetting-levels.txt',
  tabPqf: 'tab-labels-pqf-letter-levels.txt',
  hoursDays: 'hours-label-names-days.txt',
  shiftTimes: 'shift-times-in-prose.txt',
  wrappedColumns: 'space-aligned-wrapped-criteria.txt',
  volunteerPage: 'volunteer-web-page-breadcrumbs.txt',
  numberedCells: 'tab-table-numbered-cells.txt',
  wrappedLabels: 'space-aligned-wrapped-labels.txt',
  namedTeam: 'prose-reporting-line-named-team.txt',
} as const;
type Doc = keyof typeof FILES;

const load = cachedLoader(FIXTURES_DIR, FILES);
const profile = (doc: Doc): RoleProfile => load(doc).result.profile;
const texts = (items: readonly { text: string }[]): string[] => items.map((i) => i.text);

const FACTS: [Doc, string, (p: RoleProfile) => void][] = [
  // RV at the top, MV in the special conditions: two rungs of one ladder, so which applies is unclear
  ['twoLevels', 'two different levels of one kind of vetting are ambiguous, both cited, with a note saying so', (p) => {
    expect(p.vetting).toMatchObject({ status: 'ambiguous', levels: ['RV', 'MV'] });
    expect(p.vetting.evidence.map((e) => e.line)).toEqual([6, 12]);
    expect(p.vetting.note).toMatch(/RV \(line 6\) and MV \(line 12\)/);
  }],
  // Tab-separated labels; PQF qualities and skills written "Name – C" / "Name - 3", each with its description
  ['tabPqf', 'the role code from a tab-separated label, without the issue after it; a reference that is no code is passed over', (p) => {
    expect(p.roleCode).toBe('OPS-FCI-07');
    expect(p.evidence.roleCode).toEqual([{ line: 7, quote: 'OPS-FCI-07' }]);
  }],
  ['tabPqf', 'PQF letter levels after a dash, under a personal-qualities heading', (p) =>
    expect(p.behaviours.map((b) => [b.name, b.level, b.framework, b.description])).toEqual([
      ['Serving the Public', 'B', 'PPF', 'Puts bereaved families first and keeps them informed.'],
      ['Professionalism', 'C', 'PPF', 'Keeps accurate records.'],
      ['Decision Making', 'A', 'PPF', 'Decides quickly at scenes where evidence will be lost.'],
    ])],
  ['tabPqf', 'skills with a bare number after a dash beside one with "Level N"', (p) =>
    expect(p.skills.map((k) => [k.name, k.level]).sort()).toEqual([['Collision reconstruction', 3], ['Scene photography', 2]])],
  ['tabPqf', 'a dashed value outside a behaviours or skills heading is no item ("Team – B Relief")', (p) => {
    expect([...p.behaviours, ...p.skills].map((item) => item.name)).not.toContain('Team');
    expect(p.department).toMatch(/^B Relief/);
  }],
  // Shifts named in a label's value, or in prose with each shift's times in brackets
  ['hoursDays', 'an hours label that names the days and times worked is the working pattern, cited on its line', (p) => {
    expect(p.weeklyHours).toBe(18.5);
    expect(p.shifts).toMatchObject({ pattern: '18.5 hours per week (Thursday and Friday, 09:00-17:30)', evidence: [{ line: 5 }] });
  }],
  ['shiftTimes', 'earlies, lates and nights each with its times in brackets are the pattern', (p) => {
    expect(p.shifts.pattern).toBe('earlies (06:00-16:00), lates (14:00-00:00) and nights (22:00-08:00)');
    expect(p.shifts.evidence[0]).toMatchObject({ line: 5 });
    expect(p.features.map((entry) => entry.id)).toContain('nights');
  }],
  // Space-aligned Essential and Desirable columns whose numbered criteria wrap over lines
  ['wrappedColumns', 'each E/D criterion joined from its lines within its column, numbered, under its area, cited on each line', (p) => {
    expect(p.essentialCriteria.map((c) => [c.number, c.category, c.text, c.evidence.map((e) => e.line)])).toEqual([
      [1, 'Experience', 'Experience of reviewing case papers against a deadline.', [16, 17, 18]],
      [2, 'Experience', 'Experience of handling sensitive personal data.', [19, 20]],
      [3, 'Skills', 'Clear written English, able to explain decisions to officers and lawyers.', [21, 22, 23]],
      [4, 'Skills', 'Accurate typing.', [24]],
    ]);
    expect(p.desirableCriteria.map((c) => [c.number, c.text])).toEqual([
      [1, 'Experience of working with the Crown Prosecution Service on unused material.'],
      [2, 'Use of Niche RMS.'],
    ]);
  }],
  ['wrappedColumns', 'the labels after the table are read as labels, not criteria', (p) => expect(p.vetting).toMatchObject({ status: 'stated', levels: ['RV'] })],
  // Headings in words nobody listed, alone on their lines: read by phrase (plurals, one typo) and cue words
  ['ownWords', '"Line management arrangements" names whom the post reports to', (p) => expect(p.reportsTo).toBe('Custody Inspector')],
  ['ownWords', '"Clearance needed" is the vetting', (p) => expect(p.vetting).toMatchObject({ status: 'stated', levels: ['RV'] })],
  ['ownWords', '"Weekly working time" then "37 hours": weekly hours, and "37 hours" is a value, not section 37', (p) => expect(p.weeklyHours).toBe(37)],
  ['ownWords', '"Tasks you will carry out" are the responsibilities', (p) =>
    expect(texts(p.responsibilities)).toEqual(['Escort detained persons between custody suites and courts.', 'Complete risk assessments before every journey.'])],
  ['ownWords', '"... you must have" is essential and "... you could have" desirable', (p) => {
    expect(texts(p.essentialCriteria)).toEqual(['GCSE English and Maths at grade C or above.', 'Experience of working with vulnerable people.']);
    expect(texts(p.desirableCriteria)).toEqual(['First aid certificate.']);
  }],
  ['ownWords', '"Fitnes and medical standards" (a typo) is health; "Learning you will receive" training', (p) => {
    expect(texts(p.health)).toEqual(['Job related fitness test at level 5.4.']);
    expect(texts(p.training)).toEqual(['Two week escort course.']);
  }],
  // PDF-style export
  ['pdf', 'title from a run-together "JobTitle:" label', (p) => expect([p.title, p.titleInferred]).toEqual(['Evidence Review Officer', false])],
  ['pdf', 'weekly hours from "WeeklyHours:37" beside the grade', (p) => expect([p.weeklyHours, p.grade]).toEqual([37, 'Level 3'])],
  ['pdf', 'vetting from "VettingLevel:NPPV3"', (p) => expect(p.vetting).toMatchObject({ status: 'stated', levels: ['NPPV3'] })],
  ['pdf', 'reports to (line manager label)', (p) => expect(p.reportsTo).toBe('Evidence Review Supervisor')],
  ['pdf', 'force from the page header', (p) => expect(p.organisation).toBe('Northamptonshire Police')],
  ['pdf', 'police staff from the header', (p) => expect(p.staffType).toBe('staff')],
  ['pdf', 'wrapped duties joined, page header not a duty', (p) => {
    expect(texts(p.responsibilities)).toEqual([
      'Review case files against the National File Standard and record what is missing.',
      'Redact sensitive material before files are shared.',
      'Liaise with officers in the case to obtain outstanding evidence.',
      'Report problems with the case management system to the line manager.',
    ]);
  }],
  ['pdf', 'E1..E3 essential, D1..D2 desirable', (p) => {
    expect(p.essentialCriteria.map((c) => c.number)).toEqual([1, 2, 3]);
    expect(p.desirableCriteria.map((c) => c.number)).toEqual([1, 2]);
  }],
  ['pdf', 'driving desirable (only among the desirable criteria)', (p) => expect(p.driving).toMatchObject({ requirement: 'desirable', detail: 'A full UK driving licence.' })],
  ['pdf', 'shift times are not weekly hours; shifts stated', (p) => expect(p.shifts.details).toMatch(/one late shift \(12:00 - 20:00\)/)],
  ['pdf', 'training lines', (p) => expect(texts(p.training)).toEqual(['Disclosure training (two days) in the first month.', 'Redaction software course.'])],
  ['pdf', '"reports problems ... to the line manager" is not the reporting line', (p) => expect(p.reportsTo).not.toMatch(/problems/)],
  // Prose advert
  ['advert', 'title from the heading', (p) => expect(p.title).toBe('Neighbourhood Support Officer')],
  ['advert', 'force from the heading', (p) => expect(p.organisation).toBe('Northumbria Police')],
  ['advert', 'reports to, from prose', (p) => expect(p.reportsTo).toBe('Neighbourhood Inspector')],
  ['advert', '37.5 hours per week', (p) => expect(p.weeklyHours).toBe(37.5)],
  ['advert', 'shift pattern from prose', (p) => expect(p.shifts.pattern).toMatch(/^rotating shift pattern of earlies and lates/)],
  ['advert', '"four SC hubs" is not Security Check: RV only', (p) => expect(p.vetting).toMatchObject({ status: 'stated', levels: ['RV'] })],
  ['advert', 'driving desirable; "licensing law" is not a licence', (p) => expect(p.driving).toMatchObject({ requirement: 'desirable', detail: 'A full driving licence is desirable, as the team covers a large area.' })],
  ['advert', 'essential and desirable sentences', (p) => {
    expect(texts(p.essentialCriteria)).toEqual([
      'You must have experience of working with the public in a customer-facing role.',
      'Good written English and basic IT skills are essential.',
    ]);
    expect(texts(p.desirableCriteria)).toEqual(['Knowledge of licensing law would be an advantage.', 'A full driving licence is desirable, as the team covers a large area.']);
  }],
  ['advert', 'medical and eyesight test', (p) => expect(texts(p.health)).toEqual(['You will need to pass a medical and an eyesight test.'])],
  ['advert', 'induction course', (p) => expect(texts(p.training)).toEqual(['You will attend a three-week induction course at force headquarters.'])],
  // Labels on the next line, tick-mark table with an assessment column
  ['table', 'title on the line after its label', (p) => expect(p.title).toBe('Custody Nurse Practitioner')],
  ['table', 'organisation label', (p) => expect(p.organisation).toBe('Devon and Cornwall Police')],
  ['table', 'reports to, past a note line', (p) => expect(p.reportsTo).toBe('Healthcare Lead, Custody')],
  ['table', 'contracted hours', (p) => expect(p.weeklyHours).toBe(37)],
  ['table', 'ticked criteria with their assessment', (p) => {
    expect(p.essentialCriteria.map((c) => [c.text, c.assessment])).toEqual([
      ['Registered nurse (NMC) or paramedic (HCPC)', 'Application form'],
      ['Experience in emergency or custody healthcare', 'Interview'],
      ['Ability to make sound clinical decisions under pressure', 'Interview and scenario'],
    ]);
    expect(p.desirableCriteria.map((c) => [c.text, c.assessment])).toEqual([['Non-medical prescriber qualification', 'Application form']]);
  }],
  ['table', 'NPPV2 from "Non Police Personnel Vetting level 2"', (p) => expect(p.vetting).toMatchObject({ status: 'stated', levels: ['NPPV2'] })],
  ['table', 'car user: No -> not required', (p) => expect(p.driving.requirement).toBe('not-required')],
  ['table', 'no staff/officer signal -> unknown', (p) => expect(p.staffType).toBe('unknown')],
  ['table', 'shifts not stated', (p) => expect(p.shifts).toMatchObject({ pattern: null, details: null })],
  // A careers web page: breadcrumbs, the title written twice, questions as headings, answers in prose
  ['volunteerPage', 'the title is the page name, not the breadcrumb trail nor a role the page mentions', (p) => {
    expect(p.title).toBe('Front Counter Volunteer');
    expect(p.titleSource).toBe('heading');
  }],
  ['volunteerPage', '"your line manager will be the X" names the reporting line, not the role X answers to', (p) =>
    expect(p.reportsTo).toBe('Volunteer Coordinator')],
  ['volunteerPage', '"there is no fixed shift pattern" keeps its "no", with the hours a month stated before it', (p) => {
    expect(p.shifts.pattern).toBe('no fixed shift pattern');
    expect(p.shifts.details).toMatch(/^We ask volunteers to give at least 8 hours a month\./);
  }],
  ['volunteerPage', 'a criterion saying a licence is not needed is not-required; a later driving course is no requirement', (p) =>
    expect(p.driving).toMatchObject({ requirement: 'not-required', detail: 'A driving licence is not needed for this role.' })],
  ['volunteerPage', 'a clearance the applicant may already hold ("if you already have MV ...") is not the level asked for', (p) =>
    expect(p.vetting).toMatchObject({ status: 'stated', levels: ['NPPV2'] })],
  // Tab-separated label table and a criteria table with a category cell and a number cell before each criterion
  ['numberedCells', 'a rank abbreviation with its role ("DC PIP2") is the rank as written: an officer post', (p) => {
    expect(p.rank).toBe('DC PIP2');
    expect(p.staffType).toBe('officer');
  }],
  ['numberedCells', 'a vetting code run into the next word ("MVReviewed") is read', (p) => expect(p.vetting.levels).toEqual(['MV'])],
  ['numberedCells', 'a cell holding only a list number numbers the criterion beside it, and is no criterion itself', (p) =>
    expect(p.essentialCriteria.map((c) => c.number).sort()).toEqual([1, 2, 3, 4])],
  ['numberedCells', 'a bulleted list ends with its bullets: the note after it is no criterion', (p) =>
    expect(texts(p.desirableCriteria)).toEqual(['Experience of using tracking data from stolen vehicles.', 'A pass in the Serious Collision Investigation course.'])],
  ['numberedCells', 'a table header row ("Behaviour | What it looks like") names columns, and the rows are the behaviours', (p) =>
    expect(p.behaviours.map((b) => [b.name, b.description])).toEqual([
      ['We are collaborative', 'Works with partner agencies and rural watch schemes.'],
      ['We take ownership', 'Sees each investigation through to a result.'],
    ])],
  // A space-aligned label column whose labels wrap onto a line of their own below the value ("RESPONSIBLE" / "TO:")
  ['wrappedLabels', 'a label finished on a later line ("RESPONSIBLE ... TO:") gives its value, cited on the first line', (p) => {
    expect(p.reportsTo).toBe('Estates Manager');
    expect(p.evidence.reportsTo).toEqual([{ line: 9, quote: 'Estates Manager' }]);
    expect(p.weeklyHours).toBe(37);
  }],
  // A vacancy page in prose: the manager's named team after "report to the X"
  ['namedTeam', '"report to the X in the Y Unit" keeps the named team with the manager', (p) =>
    expect(p.reportsTo).toBe('Laboratory Manager (Fingerprint Enhancement Unit)')],
];

describe('documents in other layouts', () => {
  it.each(FACTS)('%s: %s', (doc, _fact, check) => {
    check(profile(doc));
  });

  it.each(Object.keys(FILES) as Doc[])('%s: every evidence quote is on its cited line', (doc) => {
    const l = load(doc);
    expect(misquoted(l.result.profile, l.text)).toEqual([]);
  });

  it.each(Object.keys(FILES) as Doc[])('%s: missing lists what the document does not state', (doc) => {
    const { result } = load(doc);
    if (result.profile.weeklyHours === null) expect(result.missing).toContain('weekly hours');
    if (result.profile.shifts.pattern === null) expect(result.missing).toContain('shift pattern');
    expect(result.missing).not.toContain('job title (inferred)');
  });
});
