/**
 * The five seed role documents, fact by fact. Counts were made by hand from the sources:
 * Contact Handler: essential 1-9, desirable 10-16; Patrol and Resolution Officer: essential 1-9,
 * desirable 1-4 (pre-requisites) + 5 (work experience); MOSOVO: 19 technical skills, 6 behaviours, 4 values.
 */
import { describe, expect, it } from 'vitest';
import type { RoleProfile } from '../../src/profile/role-profile.ts';
import { misquoted } from './support/evidence.ts';
import { cachedLoader, SOURCES_DIR } from './support/load-seed.ts';

const SEEDS = {
  contact: 'leicestershire-contact-handler-person-spec.txt',
  patrol: 'leicestershire-patrol-and-resolution-officer-person-spec.txt',
  cpt: 'essex-community-policing-team-pc-job-description.txt',
  mosovo: 'kent-mosovo-constable-job-description.txt',
  pcso: 'hertfordshire-pcso-role-profile.txt',
} as const;
type Seed = keyof typeof SEEDS;

const loadSeed = cachedLoader(SOURCES_DIR, SEEDS);
function seed(name: Seed): RoleProfile {
  return loadSeed(name).result.profile;
}
const texts = (items: readonly { text: string }[]): string => items.map((i) => i.text).join('\n');
const skill = (p: RoleProfile, name: string) => p.skills.find((s) => s.name === name);

interface Fact {
  seed: Seed;
  fact: string;
  check: (p: RoleProfile) => void;
}

const FACTS: Fact[] = [
  // Contact Handler
  { seed: 'contact', fact: 'title', check: (p) => expect(p.title).toBe('Contact Handler') },
  { seed: 'contact', fact: 'weekly hours 37', check: (p) => expect(p.weeklyHours).toBe(37) },
  { seed: 'contact', fact: 'vetting CTC and RV stated', check: (p) => expect(p.vetting).toMatchObject({ status: 'stated', levels: ['CTC', 'RV'] }) },
  { seed: 'contact', fact: 'hearing and eyesight tests', check: (p) => expect(texts(p.health)).toMatch(/hearing and eyesight/) },
  { seed: 'contact', fact: '6 week initial course', check: (p) => expect(texts(p.training)).toMatch(/6 week initial training course/) },
  { seed: 'contact', fact: '25 wpm typing (essential 9)', check: (p) => expect(p.essentialCriteria.find((c) => c.number === 9)?.text).toMatch(/25 words per minute/) },
  { seed: 'contact', fact: '9 essential criteria numbered 1-9', check: (p) => expect(p.essentialCriteria.map((c) => c.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]) },
  { seed: 'contact', fact: '7 desirable criteria numbered 10-16', check: (p) => expect(p.desirableCriteria.map((c) => c.number)).toEqual([10, 11, 12, 13, 14, 15, 16]) },
  { seed: 'contact', fact: 'criteria categories', check: (p) => expect(p.essentialCriteria.map((c) => c.category)).toEqual(['Education', 'Work Experience', 'Work Experience', ...Array<string>(5).fill('Personal / Interpersonal Skills, Aptitudes'), 'Special Skills']) },
  { seed: 'contact', fact: 'reports to', check: (p) => expect(p.reportsTo).toBe('Contact Management Centre – Team Leader and Inspector') },
  { seed: 'contact', fact: 'driving not required (Car User: NO)', check: (p) => expect(p.driving.requirement).toBe('not-required') },
  { seed: 'contact', fact: 'shift pattern', check: (p) => expect(p.shifts.pattern).toBe('24 hours rotating shift pattern, 365 days a year') },
  { seed: 'contact', fact: 'police staff', check: (p) => expect(p.staffType).toBe('staff') },
  { seed: 'contact', fact: 'grade Scale 4, post B053', check: (p) => expect([p.grade, p.roleCode]).toEqual(['Scale 4', 'B053']) },
  { seed: 'contact', fact: 'organisation from the risk assessment form header', check: (p) => expect(p.organisation).toBe('Leicestershire Police') },
  { seed: 'contact', fact: 'IT systems', check: (p) => expect(p.itSystems.map((s) => s.name)).toEqual(['CIS/GENIE', 'STORM', 'Outlook', 'MICROSOFT OFFICE', 'XC MAPPING']) },
  // Patrol and Resolution Officer
  { seed: 'patrol', fact: 'weekly hours 40', check: (p) => expect(p.weeklyHours).toBe(40) },
  { seed: 'patrol', fact: 'reports to', check: (p) => expect(p.reportsTo).toBe('Patrol and Resolution Sergeant') },
  { seed: 'patrol', fact: 'vetting ambiguous with a note', check: (p) => {
    expect(p.vetting.status).toBe('ambiguous');
    expect(p.vetting.levels).toEqual(['RV', 'SC', 'EV1', 'DV', 'NPPV1', 'NPPV2', 'NPPV3']);
    expect(p.vetting.note).toMatch(/strike[- ]?through/i);
  } },
  { seed: 'patrol', fact: 'driving essential (standard driving authority)', check: (p) => expect(p.driving).toMatchObject({ requirement: 'essential', detail: 'Hold a standard driving authority, unless a student officer.' }) },
  { seed: 'patrol', fact: '9 essential criteria', check: (p) => expect(p.essentialCriteria.map((c) => c.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]) },
  { seed: 'patrol', fact: '5 desirable criteria', check: (p) => expect(p.desirableCriteria.map((c) => c.number)).toEqual([1, 2, 3, 4, 5]) },
  { seed: 'patrol', fact: 'officer, rank Constable', check: (p) => expect([p.staffType, p.rank]).toEqual(['officer', 'Constable']) },
  { seed: 'patrol', fact: 'weekly hours not read from anything else', check: (p) => expect(p.shifts.pattern).toBeNull() },
  // Community Policing Team PC
  { seed: 'cpt', fact: 'title', check: (p) => expect(p.title).toBe('Community Policing Team PC') },
  { seed: 'cpt', fact: 'six on, three off', check: (p) => expect(p.shifts.pattern).toBe('six on, three off') },
  { seed: 'cpt', fact: 'shift hours in details', check: (p) => {
    expect(p.shifts.details).toMatch(/0800 - 0000 \(Sunday to Thursday\)/);
    expect(p.shifts.details).toMatch(/0800 - 0400 \(Friday and Saturday\)/);
  } },
  { seed: 'cpt', fact: 'weekly hours not stated (shift times are not weekly hours)', check: (p) => expect(p.weeklyHours).toBeNull() },
  { seed: 'cpt', fact: 'reporting line not stated', check: (p) => expect(p.reportsTo).toBeNull() },
  { seed: 'cpt', fact: 'driving not stated ("Licensing" is not a licence)', check: (p) => expect(p.driving.requirement).toBe('not-stated') },
  { seed: 'cpt', fact: 'vetting not stated', check: (p) => expect(p.vetting.status).toBe('not-stated') },
  { seed: 'cpt', fact: '6 CVF behaviours at level 1, 4 values', check: (p) => {
    expect(p.behaviours.map((b) => [b.level, b.framework])).toEqual(Array(6).fill([1, 'CVF']));
    expect(p.values.map((v) => v.name)).toEqual(['Impartiality', 'Integrity', 'Public Service', 'Transparency']);
  } },
  { seed: 'cpt', fact: '22 technical skills', check: (p) => {
    expect(p.skills).toHaveLength(22);
    expect(skill(p, 'Crime Reduction/Prevention')?.level).toBe(4);
    expect(skill(p, 'Licen & Reg - Liquor, Entertnmnt etc')?.level).toBe(3);
  } },
  { seed: 'cpt', fact: '7 national occupational standards', check: (p) => {
    expect(p.nationalOccupationalStandards.map((s) => s.code)).toEqual(['BA16', 'BA18', 'BA2', 'BA20', 'BB3', 'EC1', 'HG1']);
    expect(p.nationalOccupationalStandards[1]?.title).toBe('Identify, monitor and respond to community issues');
  } },
  { seed: 'cpt', fact: 'officer, rank Constable (from "Grade: Constable")', check: (p) => expect([p.staffType, p.rank, p.grade]).toEqual(['officer', 'Constable', null]) },
  { seed: 'cpt', fact: 'organisation not stated ("Essex Watch" names no force), with a warning', check: (p) => {
    expect(p.organisation).toBeNull();
    expect(p.warnings.join(' ')).toMatch(/Essex/);
  } },
  // MOSOVO constable
  { seed: 'mosovo', fact: 'title inferred', check: (p) => expect([p.title, p.titleInferred]).toEqual(['MOSOVO Constable', true]) },
  { seed: 'mosovo', fact: 'inferred title warned about', check: (p) => expect(p.warnings.join(' ')).toMatch(/inferred/) },
  { seed: 'mosovo', fact: 'vetting not stated (empty label)', check: (p) => expect(p.vetting).toMatchObject({ status: 'not-stated', levels: [] }) },
  { seed: 'mosovo', fact: '19 technical skills', check: (p) => expect(p.skills).toHaveLength(19) },
  { seed: 'mosovo', fact: 'skill levels', check: (p) => {
    expect(skill(p, 'Crime Investigation')?.level).toBe(3);
    expect(skill(p, 'Information Gathering & Analysis')?.level).toBe(4);
    expect(skill(p, 'Mgmt of Police Information (MOPI)')?.level).toBe(4);
    expect(skill(p, 'Training')?.level).toBe(3);
    expect(skill(p, 'Vulnerable Victims')?.level).toBe(3);
    expect(skill(p, 'Victim Support')?.level).toBe(4);
  } },
  { seed: 'mosovo', fact: 'skills have descriptions', check: (p) => expect(skill(p, 'ECYPM')?.description).toMatch(/^Understands what is meant by safeguarding/) },
  { seed: 'mosovo', fact: '6 CVF behaviours at level 1', check: (p) => {
    expect(p.behaviours.map((b) => b.name)).toEqual(['Analyse Critically', 'Collaborative', 'Deliver, Support and Inspire', 'Emotionally Aware', 'Innovative and Open-minded', 'Take Ownership']);
    expect(p.behaviours.every((b) => b.level === 1 && b.framework === 'CVF')).toBe(true);
  } },
  { seed: 'mosovo', fact: '4 values (Accredited)', check: (p) => {
    expect(p.values.map((v) => v.name)).toEqual(['Impartiality', 'Integrity', 'Public Service', 'Transparency']);
    expect(p.values.every((v) => v.level === 'Accredited')).toBe(true);
  } },
  { seed: 'mosovo', fact: 'driving essential (full UK driving licence)', check: (p) => expect(p.driving.requirement).toBe('essential') },
  { seed: 'mosovo', fact: 'reporting line not stated ("reports problems ... to line manager" is a skill)', check: (p) => expect(p.reportsTo).toBeNull() },
  { seed: 'mosovo', fact: 'organisation from "Kent Police PEACE course"', check: (p) => expect(p.organisation).toBe('Kent Police') },
  { seed: 'mosovo', fact: 'role code, officer', check: (p) => expect([p.roleCode, p.staffType, p.rank]).toEqual(['EPPPU406a', 'officer', 'Constable']) },
  { seed: 'mosovo', fact: 'training', check: (p) => expect(texts(p.training)).toMatch(/PIP level 2/) },
  { seed: 'mosovo', fact: 'weekly hours not stated', check: (p) => expect(p.weeklyHours).toBeNull() },
  // PCSO
  { seed: 'pcso', fact: 'title and alias', check: (p) => {
    expect(p.title).toBe('Police Community Support Officer');
    expect(p.aliases).toContain('PCSO');
  } },
  { seed: 'pcso', fact: 'grade A3', check: (p) => expect(p.grade).toBe('A3') },
  { seed: 'pcso', fact: 'reports to Neighbourhood Sergeant', check: (p) => expect(p.reportsTo).toBe('Neighbourhood Sergeant') },
  { seed: 'pcso', fact: 'full clean driving licence, essential', check: (p) => expect(p.driving).toMatchObject({ requirement: 'essential', detail: 'Full Clean Driving Licence' }) },
  { seed: 'pcso', fact: 'medical and fitness test', check: (p) => expect(texts(p.health)).toMatch(/medical assessment and fitness test/) },
  { seed: 'pcso', fact: 'weekly hours not stated', check: (p) => expect(p.weeklyHours).toBeNull() },
  { seed: 'pcso', fact: 'vetting not stated, with a note', check: (p) => {
    expect(p.vetting.status).toBe('not-stated');
    expect(p.vetting.note).toMatch(/vetted/);
  } },
  { seed: 'pcso', fact: 'police staff', check: (p) => expect(p.staffType).toBe('staff') },
  { seed: 'pcso', fact: 'organisation from "HERTFORDS CONSTABUL"', check: (p) => expect(p.organisation).toBe('Hertfordshire Constabulary') },
  { seed: 'pcso', fact: '4 entry requirements as essential criteria', check: (p) => {
    expect(p.essentialCriteria.map((c) => c.text)).toEqual(['Experience of working in a public facing role', 'Proficient in IT Technology (databases, word, excel)', 'Excellent communication and engagement skills', 'Full Clean Driving Licence']);
    expect(p.essentialCriteria.every((c) => c.category === 'Entry Requirements')).toBe(true);
  } },
  { seed: 'pcso', fact: 'purpose across the split "Main purpose of the / role:" label', check: (p) => expect(p.purpose).toMatch(/^To be a visible foot patrolling .* achieving the policing objectives\.$/) },
  { seed: 'pcso', fact: '6 behaviours written as headings', check: (p) => expect(p.behaviours.map((b) => b.name)).toEqual(['Serving the public', 'Openness to change', 'Service delivery', 'Professionalism', 'Decision making', 'Working with others']) },
  { seed: 'pcso', fact: 'works shifts', check: (p) => expect(p.shifts.details).toMatch(/work shifts/) },
  { seed: 'pcso', fact: '10 key responsibilities', check: (p) => expect(p.responsibilities).toHaveLength(10) },
];

describe('seed documents', () => {
  it.each(FACTS.map((f) => [f.seed, f.fact, f] as const))('%s: %s', (_seed, _fact, f) => {
    f.check(seed(f.seed));
  });

  it.each(Object.keys(SEEDS) as Seed[])('%s: every evidence quote is on its cited line', (name) => {
    const { text, result } = loadSeed(name);
    expect(misquoted(result.profile, text)).toEqual([]);
  });

  it.each(Object.keys(SEEDS) as Seed[])('%s: ids are distinct slugs and the source is recorded', (name) => {
    const profile = seed(name);
    expect(profile.id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
    expect(profile.source.file).toBe(SEEDS[name]);
  });

  it('every reporting line, and not-stated where the document gives none', () => {
    expect(Object.fromEntries((Object.keys(SEEDS) as Seed[]).map((name) => [name, seed(name).reportsTo]))).toEqual({
      contact: 'Contact Management Centre – Team Leader and Inspector',
      patrol: 'Patrol and Resolution Sergeant',
      cpt: null,
      mosovo: null,
      pcso: 'Neighbourhood Sergeant',
    });
  });
});
