/**
 * Role documents made as real Word and PDF files by LibreOffice (sources and script in
 * test/fixtures/office/layout/), read through mammoth and unpdf and parsed, fact by fact. Each document
 * exercises a layout that used to be flattened: tick-column and E/D criteria tables with a method of
 * assessment, merged cells, skills and CVF tables with levels, a label/value table with a blank cell,
 * and (in the PDF) page headers, footers and words hyphenated at a line end.
 */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseDocument, readDocumentFile } from '../../../src/ingest/index.ts';
import type { RoleProfile } from '../../../src/profile/role-profile.ts';
import { misquoted } from '../support/evidence.ts';

const DIR = join(import.meta.dirname, '../../fixtures/office/layout');

interface CriterionFact {
  text: string;
  category?: string;
  assessment?: string;
}

interface Expected {
  document: string;
  title: string;
  grade?: string | null;
  rank?: string | null;
  roleCode?: string | null;
  reportsTo?: string;
  weeklyHours?: number;
  vetting?: string[];
  driving?: RoleProfile['driving']['requirement'];
  essential?: CriterionFact[];
  desirable?: CriterionFact[];
  skills?: [string, number | string | null][];
  behaviours?: [string, number | string | null][];
  values?: string[];
  responsibilities?: number;
  /** Text that must not appear anywhere in the profile's criteria, purpose or responsibilities. */
  absent?: string[];
  /** Checks known to fail on the PDF, with why: each runs as `it.fails`, so a fix makes it fail loudly. */
  pdfGaps?: Partial<Record<'criteria', string>>;
}

const DOCUMENTS: Expected[] = [
  {
    document: 'wessex-vale-contact-officer-tick-table',
    title: 'Contact Officer',
    grade: 'Band F',
    // "Post Number:" has a blank cell: the next row's "Grade: Band F" is not its value.
    roleCode: null,
    reportsTo: 'Contact Supervisor',
    weeklyHours: 37,
    vetting: ['MV'],
    driving: 'not-required',
    essential: [
      { text: 'Experience of handling telephone enquiries from the public in a busy environment', category: 'Knowledge and experience', assessment: 'Application, Interview' },
      // The assessment cell is merged down over this row and the one above.
      { text: 'Experience of recording information accurately on computer systems', category: 'Knowledge and experience', assessment: 'Application, Interview' },
      { text: 'Keyboard skills of at least 30 words per minute', category: 'Skills and abilities', assessment: 'Test' },
      { text: 'Able to stay calm and make decisions under pressure', category: 'Skills and abilities', assessment: 'Interview' },
    ],
    desirable: [
      { text: 'Experience of working in an emergency service control room', category: 'Knowledge and experience', assessment: 'Application' },
      { text: 'Able to speak a community language other than English', category: 'Skills and abilities', assessment: 'Application, Interview' },
    ],
    responsibilities: 3,
    absent: ['A = Application', '✓'],
  },
  {
    document: 'northmoor-digital-media-investigator-skills-cvf',
    title: 'Digital Media Investigator',
    rank: 'Detective Constable',
    roleCode: 'NM-DMI-0419',
    weeklyHours: 40,
    vetting: ['RV', 'NPPV3'],
    driving: 'essential',
    essential: [{ text: "Substantive Detective Constable, having passed the National Investigators' Examination" }, { text: 'PIP Level 2 accreditation' }],
    desirable: [{ text: 'Experience of communications data applications' }, { text: 'A qualification in computing or digital forensics' }],
    skills: [
      ['Open source research', 4],
      ['Mobile device triage', 3],
      ['Communications data analysis', 3],
    ],
    behaviours: [
      ['We analyse critically', 2],
      ['We take ownership', 2],
      ['We are innovative and open-minded', 1],
    ],
  },
  {
    document: 'riverford-neighbourhood-sergeant-multipage',
    title: 'Neighbourhood Sergeant',
    rank: 'Sergeant',
    roleCode: null,
    reportsTo: 'Neighbourhood Inspector',
    weeklyHours: 40,
    vetting: ['RV'],
    driving: 'essential',
    essential: [
      { text: "Substantive rank of Sergeant, or passed the Sergeants' promotion process and awaiting a posting." },
      { text: 'Experience of neighbourhood policing or partnership problem-solving.' },
      { text: 'Able to manage the performance and wellbeing of a team.' },
    ],
    desirable: [{ text: 'Experience of applying for anti-social behaviour closure orders.' }],
    behaviours: [
      ['We deliver, support and inspire', 2],
      ['We are collaborative', 2],
      ['We are emotionally aware', 2],
    ],
    responsibilities: 7,
    absent: ['OFFICIAL', 'Form HR/RP/2', 'Page 2 of'],
  },
  {
    document: 'fenbridge-fleet-coordinator-merged-cells',
    title: 'Fleet Coordinator',
    // Two label/value pairs on one row: "Staff type | Police staff | Grade | Scale 5".
    grade: 'Scale 5',
    reportsTo: 'Fleet Services Manager',
    weeklyHours: 37,
    vetting: ['NPPV2'],
    driving: 'essential',
    essential: [
      // "Experience" is merged down over three rows of the Area column.
      { text: 'Experience of scheduling work in a vehicle workshop or transport office', category: 'Experience', assessment: 'Application' },
      { text: 'Experience of using a fleet management database', category: 'Experience', assessment: 'Application / Interview' },
      { text: 'GCSE English and Maths at grade C / 4 or above', category: 'Qualifications', assessment: 'Application' },
      { text: 'Full UK driving licence, to move vehicles between sites', category: 'Other', assessment: 'Application' },
    ],
    desirable: [
      { text: 'Experience of managing supplier contracts', category: 'Experience', assessment: 'Interview' },
      { text: 'IMI Level 3 in vehicle maintenance', category: 'Qualifications', assessment: 'Application' },
    ],
    pdfGaps: {
      criteria:
        'a first-column cell merged down over rows is printed centred on its middle row; without the cell borders the PDF ' +
        'reader gives it to that row only, and two rows around a centred two-line cell read as one',
    },
  },
  {
    document: 'oakhurst-property-officer-header-rows',
    title: 'Property Officer',
    grade: 'Scale 4',
    reportsTo: 'Property Store Supervisor',
    weeklyHours: 37,
    vetting: ['RV'],
    // Every table's header row names its columns ("Behaviour | Description", "Skills | Level required",
    // "Values | What this means", "Criteria | Essential | Desirable"): none of them is an item of the table.
    essential: [{ text: 'Experience of keeping an accurate stock or asset record' }, { text: 'Able to lift and move boxes of up to 15 kg' }],
    desirable: [{ text: 'Knowledge of the rules on retaining seized property' }],
    skills: [
      ['Stock control', 3],
      ['Evidential continuity', 4],
    ],
    // A behaviours table with a description column and no level column.
    behaviours: [
      ['We take ownership', null],
      ['We are collaborative', null],
    ],
    values: ['Integrity'],
  },
];

const criterionFacts = (list: RoleProfile['essentialCriteria'], expected: CriterionFact[]): CriterionFact[] =>
  list.map((c, i) => {
    const want = expected[i];
    const fact: CriterionFact = { text: c.text };
    if (want?.category !== undefined) fact.category = c.category ?? '(none)';
    if (want?.assessment !== undefined) fact.assessment = c.assessment ?? '(none)';
    return fact;
  });

for (const format of ['docx', 'pdf'] as const) {
  describe.each(DOCUMENTS)(`${format}: $document`, (expected) => {
    let profile: RoleProfile;
    let text: string;
    beforeAll(async () => {
      const doc = await readDocumentFile(join(DIR, `${expected.document}.${format}`));
      text = doc.text;
      profile = parseDocument(doc).profile;
    });

    it('title, grade, rank and role code', () => {
      expect(profile.title).toBe(expected.title);
      if (expected.grade !== undefined) expect(profile.grade).toBe(expected.grade);
      if (expected.rank !== undefined) expect(profile.rank).toBe(expected.rank);
      if (expected.roleCode !== undefined) expect(profile.roleCode).toBe(expected.roleCode);
    });

    it('reporting line, hours, vetting and driving', () => {
      if (expected.reportsTo !== undefined) expect(profile.reportsTo).toBe(expected.reportsTo);
      if (expected.weeklyHours !== undefined) expect(profile.weeklyHours).toBe(expected.weeklyHours);
      if (expected.vetting !== undefined) expect(profile.vetting.levels).toEqual(expected.vetting);
      if (expected.driving !== undefined) expect(profile.driving.requirement).toBe(expected.driving);
    });

    const criteriaGap = format === 'pdf' ? expected.pdfGaps?.criteria : undefined;
    (criteriaGap ? it.fails : it)(`essential and desirable criteria, with their categories and assessment${criteriaGap ? ` (known gap: ${criteriaGap})` : ''}`, () => {
      if (expected.essential) expect(criterionFacts(profile.essentialCriteria, expected.essential)).toEqual(expected.essential);
      if (expected.desirable) expect(criterionFacts(profile.desirableCriteria, expected.desirable)).toEqual(expected.desirable);
    });

    it('skills and behaviours with their levels', () => {
      if (expected.skills) expect(profile.skills.map((s) => [s.name, s.level])).toEqual(expected.skills);
      if (expected.behaviours) expect(profile.behaviours.map((b) => [b.name, b.level])).toEqual(expected.behaviours);
      if (expected.values) expect(profile.values.map((v) => v.name)).toEqual(expected.values);
    });

    it('responsibilities, and nothing read from page furniture or table keys', () => {
      if (expected.responsibilities !== undefined) expect(profile.responsibilities).toHaveLength(expected.responsibilities);
      const read = [
        profile.purpose ?? '',
        ...profile.responsibilities.map((r) => r.text),
        ...profile.essentialCriteria.map((c) => c.text),
        ...profile.desirableCriteria.map((c) => c.text),
      ].join('\n');
      for (const phrase of expected.absent ?? []) expect(read).not.toContain(phrase);
    });

    it('every citation quotes its line of the extracted text', () => {
      expect(misquoted(profile, text)).toEqual([]);
    });
  });
}
