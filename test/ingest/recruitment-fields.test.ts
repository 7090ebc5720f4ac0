/**
 * The fields staff ask about after requirements: pay, working arrangements, closing date, minimum service and
 * entry routes. Documents of our own in several plain-text layouts (labels, headings, pipe tables, a
 * run-on paragraph, prose); each fact is checked with the line it cites, and each field is checked absent
 * where the document does not state it.
 */
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/ingest/index.ts';
import { readDate } from '../../src/ingest/read-date.ts';
import { factsFound } from '../../src/store/profile-facts-found.ts';
import { RoleProfileSchema, type RoleProfile } from '../../src/profile/role-profile.ts';

function parse(text: string, file = 'case.txt'): RoleProfile {
  return parseDocument({ file, text, format: 'txt', sha256: 'b'.repeat(64) }).profile;
}

function lineOf(source: string, text: string): number {
  const at = source.split('\n').findIndex((line) => line.includes(text));
  if (at < 0) throw new Error(`no line holds ${text}`);
  return at + 1;
}

const LABELLED = [
  'Job Title: Custody Detention Officer',
  'Force: Northshire Police',
  'Grade: Scale 5',
  'Salary: £27,334 - £29,539 per annum plus £1,200 shift allowance',
  'Hours: 37 hours per week',
  'Closing date: Friday 15th January 2027 at midnight',
  '',
  'Working arrangements',
  'Job share considered. Part time 18.5 hours considered.',
  'Hybrid working is not available for this post.',
  '',
  'Eligibility',
  "Police officers applying must have completed their probation and have a minimum of 2 years' service.",
  'We welcome applications through the PCDA and DHEP routes, and from transferees.',
  'Experience of managing a budget of £50,000.',
].join('\n');

const HEADINGS = [
  'VEHICLE RECOVERY COORDINATOR',
  '',
  'Pay and benefits',
  '£12.85 per hour',
  'SE allowance payable.',
  '',
  'Closing Date',
  '03/02/2027',
  '',
  'Flexible working',
  'We support flexible working and will consider requests to work from home two days a week.',
  '',
  'Minimum service',
  'Tenure of 5 years in post applies to this role.',
].join('\n');

const TABLE = [
  'Role | Firearms Training Officer',
  'Organisation | Westvale Police',
  'Pay | PC pay scale',
  'Closing date | 28 February 2027',
  'Job share | No',
  'Part time | Yes',
  '',
  'Pay scale',
  'Point 4: £38,136',
  'Point 5: £41,865',
  '',
  'Entry routes',
  'Open to rejoiners and to officers who joined through the Degree Holder Entry Programme.',
].join('\n');

const RUN_ON =
  'A. POST DETAILS: Job Title: Missing Persons Coordinator Department: Public Protection Salary: £31,000 to £33,500 Closing Date: 12.03.27 Reports To: Detective Sergeant B. PURPOSE OF THE POST: To coordinate missing person investigations across the district and support families throughout.';

const PROSE = [
  'Job Title: Rural Crime Constable',
  'Force: Fenland Constabulary',
  '',
  'About the role',
  'The starting salary is £28,551, rising to £30,000 on completion of training. Applications must be received by 5 April 2027.',
  'Constables must have completed their probationary period before applying. Part time is not possible for this post.',
  'The unit manages an annual budget of £1.2 million and fuel costs of £40,000.',
].join('\n');

const SILENT = [
  'Job Title: Evidence Property Clerk',
  'Force: Northshire Police',
  'Grade: Band C',
  '',
  'Key responsibilities',
  '- Record and store property seized by officers.',
  '- Reconcile the property register and authorise disposal up to a value of £500.',
  '',
  'Essential criteria',
  '- Experience of managing part-time staff.',
  '- Able to work flexibly to meet the needs of the service.',
].join('\n');

describe('pay', () => {
  it('reads a labelled range, its period and an allowance as written, citing the line', () => {
    const pay = parse(LABELLED).pay;
    expect(pay).toMatchObject({ text: '£27,334 - £29,539 per annum', min: 27334, max: 29539, period: 'year' });
    expect(pay?.allowances.map((item) => item.text)).toEqual(['plus £1,200 shift allowance']);
    expect(pay?.evidence[0]?.line).toBe(lineOf(LABELLED, 'Salary:'));
  });

  it('reads an hourly rate under a heading, and an allowance with no sum', () => {
    const pay = parse(HEADINGS).pay;
    expect(pay).toMatchObject({ text: '£12.85 per hour', min: 12.85, max: 12.85, period: 'hour' });
    expect(pay?.allowances.map((item) => item.text)).toEqual(['SE allowance payable']);
  });

  it('reads grade-to-pay lines of a scale', () => {
    const pay = parse(TABLE).pay;
    expect(pay?.scale.map((item) => item.text)).toEqual(['Point 4: £38,136', 'Point 5: £41,865']);
    expect(pay?.scale[1]?.evidence[0]?.line).toBe(lineOf(TABLE, 'Point 5'));
  });

  it('reads pay from a run-on paragraph and from prose, leaving the period unset when none is stated', () => {
    expect(parse(RUN_ON).pay).toMatchObject({ min: 31000, max: 33500, period: null });
    expect(parse(PROSE).pay).toMatchObject({ min: 28551, max: 30000 });
  });

  it('never reads a budget, a cost or a spending limit as pay', () => {
    expect(parse(SILENT).pay).toBeNull();
    expect(parse(PROSE).pay?.text).not.toMatch(/budget|million|fuel/);
    expect(parse(LABELLED).pay?.text).not.toMatch(/50,000/);
  });
});

describe('working arrangements', () => {
  it('reads job share, part time with its hours, and a refusal, each citing its line', () => {
    const items = parse(LABELLED).workingArrangements;
    expect(items.map(({ kind, offered, hours }) => ({ kind, offered, hours }))).toEqual([
      { kind: 'part-time', offered: true, hours: 18.5 },
      { kind: 'job-share', offered: true, hours: null },
      { kind: 'hybrid', offered: false, hours: null },
    ]);
    expect(items[2]?.evidence[0]?.line).toBe(lineOf(LABELLED, 'Hybrid working'));
  });

  it('reads flexible and home working under a heading, and Yes/No table rows', () => {
    expect(parse(HEADINGS).workingArrangements.map((item) => [item.kind, item.offered])).toEqual([
      ['flexible', true],
      ['hybrid', true],
    ]);
    expect(parse(TABLE).workingArrangements.map((item) => [item.kind, item.offered])).toEqual([
      ['part-time', true],
      ['job-share', false],
    ]);
  });

  it('reads "not possible" as refused and says nothing about what the document does not mention', () => {
    expect(parse(PROSE).workingArrangements.map((item) => [item.kind, item.offered])).toEqual([['part-time', false]]);
  });

  it('does not read the candidate\'s experience or a demand to be flexible as an arrangement', () => {
    expect(parse(SILENT).workingArrangements).toEqual([]);
  });
});

describe('closing date', () => {
  it.each([
    ['a label with a weekday and ordinal', LABELLED, 'Friday 15th January 2027 at midnight', '2027-01-15'],
    ['a heading and a numeric date in UK order', HEADINGS, '03/02/2027', '2027-02-03'],
    ['a table row', TABLE, '28 February 2027', '2027-02-28'],
    ['a run-on paragraph with a two-digit year', RUN_ON, '12.03.27', '2027-03-12'],
    ['a prose sentence', PROSE, '5 April 2027', '2027-04-05'],
  ])('%s', (_name, text, written, iso) => {
    expect(parse(text).closingDate).toMatchObject({ text: written, iso });
  });

  it('is null when the document states none', () => {
    expect(parse(SILENT).closingDate).toBeNull();
  });
});

describe('reading a date', () => {
  it.each([
    ['15 March 2027', '2027-03-15'],
    ['Wednesday, 1st of December 2027', '2027-12-01'],
    ['March 15, 2027', '2027-03-15'],
    ['15/03/2027', '2027-03-15'],
    ['03/04/2027', '2027-04-03'],
    ['31/02/2027', null],
    ['14 January', null],
  ])('%s -> %s', (text, iso) => {
    expect(readDate(text)?.iso).toBe(iso);
  });

  it('finds no date in text without one', () => {
    expect(readDate('as soon as possible')).toBeNull();
  });
});

describe('minimum service', () => {
  it('reads probation and years of service, with the years', () => {
    const items = parse(LABELLED).minimumService;
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ years: 2 });
    expect(items[0]?.text).toMatch(/completed their probation/);
  });

  it('reads a tenure under a heading and a probation in prose', () => {
    expect(parse(HEADINGS).minimumService.map((item) => [item.text, item.years])).toEqual([['Tenure of 5 years in post applies to this role.', 5]]);
    expect(parse(PROSE).minimumService[0]?.text).toMatch(/completed their probationary period/);
  });

  it('is empty when the document states none', () => {
    expect(parse(SILENT).minimumService).toEqual([]);
    expect(parse(TABLE).minimumService).toEqual([]);
  });
});

describe('entry routes', () => {
  it('names each route as the document does, citing its line', () => {
    const routes = parse(LABELLED).entryRoutes;
    expect(routes.map((route) => [route.id, route.name])).toEqual([
      ['pcda', 'PCDA'],
      ['dhep', 'DHEP'],
      ['transferee', 'transferees'],
    ]);
    expect(routes[0]?.evidence[0]?.line).toBe(lineOf(LABELLED, 'PCDA'));
    expect(parse(TABLE).entryRoutes.map((route) => route.id)).toEqual(['dhep', 'rejoiner']);
  });

  it('is empty when the document names none', () => {
    expect(parse(SILENT).entryRoutes).toEqual([]);
    expect(parse(PROSE).entryRoutes).toEqual([]);
  });
});

describe('stored profiles', () => {
  it('a profile stored before these fields existed still loads, with them empty', () => {
    const { pay, workingArrangements, closingDate, minimumService, entryRoutes, ...older } = parse(LABELLED);
    const loaded = RoleProfileSchema.parse(older);
    expect([pay !== null, workingArrangements.length, closingDate !== null, minimumService.length, entryRoutes.length]).toEqual([true, 3, true, 1, 3]);
    expect(loaded).toMatchObject({ pay: null, workingArrangements: [], closingDate: null, minimumService: [], entryRoutes: [] });
  });
});

describe('what `rolecall parse` and `ingest` say they found', () => {
  it('lists each new field the document states, and none it does not', () => {
    expect(factsFound(parse(LABELLED))).toEqual(
      expect.arrayContaining([
        'pay "£27,334 - £29,539 per annum; plus £1,200 shift allowance"',
        'working arrangements part-time, job-share, hybrid (not available)',
        'closing date 2027-01-15',
        '1 minimum service statement',
        'entry routes pcda, dhep, transferee',
      ]),
    );
    expect(factsFound(parse(SILENT)).join(' ')).not.toMatch(/pay|working arrangements|closing date|minimum service|entry routes/);
  });
});

describe('mentions that are not the field', () => {
  const DUTIES = [
    'Job Title: Response Sergeant',
    'Force: Fenland Constabulary',
    '',
    'Key responsibilities',
    '- Support student officers on the PCDA and DHEP, signing off their portfolios.',
    '',
    'Working pattern',
    'Part-time or compressed hours can be requested once you have completed your 12 month probation.',
    'Starting salary £44,000, rising by annual increments to £47,000.',
  ].join('\n');

  it('a route named in a duty is no entry route, and a probation still to come is no minimum service', () => {
    const profile = parse(DUTIES);
    expect(profile.entryRoutes).toEqual([]);
    expect(profile.minimumService).toEqual([]);
  });

  it('"rising by annual increments to" joins a range', () => {
    expect(parse(DUTIES).pay).toMatchObject({ min: 44000, max: 47000 });
  });
});
