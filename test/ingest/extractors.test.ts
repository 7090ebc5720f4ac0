/**
 * One table per extractor, with the distractors each must not fall for ("four SC hubs", "Licensing",
 * "reports problems to line manager", shift times). Small documents go through the real parser.
 */
import { describe, expect, it } from 'vitest';
import { tickedText } from '../../src/ingest/checkboxes.ts';
import { expandAssessment, splitNumbered } from '../../src/ingest/extract-criteria.ts';
import { yesNoAnswer } from '../../src/ingest/extract-driving.ts';
import { hoursFromValue } from '../../src/ingest/extract-hours.ts';
import { tidyGrade } from '../../src/ingest/extract-rank-grade.ts';
import { lookupLabel } from '../../src/vocabulary/document-headings.ts';
import { findForces } from '../../src/vocabulary/police-forces.ts';
import { rankOf } from '../../src/vocabulary/police-ranks.ts';
import { makeAliases, makeRoleId } from '../../src/ingest/role-id.ts';
import { findVettingCodes, hasAlternatives } from '../../src/vocabulary/vetting-levels.ts';
import type { RoleProfile } from '../../src/profile/role-profile.ts';
import { misquoted } from './support/evidence.ts';
import { parseText } from './support/load-seed.ts';

/** Parse a small document (a title line is added when the case has none) and check its evidence. */
function parse(body: string): RoleProfile {
  const text = /job title|role title|post title/i.test(body) ? body : `Job title: Test Role\n${body}`;
  const { profile } = parseText('case.txt', text);
  expect(misquoted(profile, text)).toEqual([]);
  return profile;
}

describe('lexicon: labels and headings with synonyms', () => {
  it.each([
    ['Responsible to', 'reportsTo'],
    ['Reporting to:', 'reportsTo'],
    ['Supervision and control', 'reportsTo'],
    ['Accountable to', 'reportsTo'],
    ['Line manager', 'reportsTo'],
    ['Role Title', 'title'],
    ['Post title', 'title'],
    ['Position', 'title'],
    ['Hours per week', 'hours'],
    ['Working hours', 'hours'],
    ['Hours perweek', 'hours'],
    ['Security Check Level: (strikethrough checks NOT required)', 'vetting'],
    ['Security clearance', 'vetting'],
    ['Vetting requirement for this post', 'vetting'],
    ['Main purpose of the role', 'purpose'],
    ['Job purpose', 'purpose'],
    ['Key accountabilities', 'responsibilities'],
    ['Duties', 'responsibilities'],
    ['Personal Qualities (Behavioural Competencies)', 'behaviours'],
    ['CVF', 'behaviours'],
    ['BEHAVIOURS – COMPETENCY AND VALUES FRAMEWORK (Level 2)', 'behaviours'],
    ['Technical skills', 'skills'],
    ['National Occupational Standards', 'standards'],
    ['Health tests required', 'health'],
    ['IT Systems Required', 'itSystems'],
    ['Entry Requirements', 'entryRequirements'],
    ['SECTION D – WHAT YOU WILL NEED', 'essential'],
    ['It would be great if you also have:', 'desirable'],
    ['1.4  Essential criteria', 'essential'],
    ['Teitl y Swydd / Job Title', 'title'],
    ['Patrymau Gwaith / Working Patterns', 'shifts'],
    ['Car User', 'driving'],
  ])('%s -> %s', (label, key) => {
    expect(lookupLabel(label)).toBe(key);
  });

  it.each(['Reports problems to', 'Analyse Critically', 'Close liaison with supporting functions', 'April 2016'])('%s is not a label', (text) => {
    expect(lookupLabel(text)).toBeNull();
  });
});

describe('weekly hours: only when stated as weekly hours', () => {
  it.each([
    ['37', 37],
    ['37.5 hours per week', 37.5],
    ['Full time, 37 hours per week', 37],
    ['37 per week; part-time applications considered (minimum 22.5 hours)', 37],
    ['0800 - 0000', null],
    ['08:00 – 16:00', null],
    ['12 months', null],
  ])('label value %j -> %j', (value, hours) => {
    expect(hoursFromValue(value)).toBe(hours);
  });

  it.each([
    ['Weekly Hours: 37', 37],
    ['<b>Weekly Hours:</b>\t40', 40],
    ['Hours per week\n(pro rata for part-time posts)\n37', 37],
    ['The post is full time, 37.5 hours per week.', 37.5],
    ['You will work 4 on 4 off, which averages 40 hours a week.', 40],
    ['Required to work a six on, three off shift pattern covering the hours 0800 - 0000.', null],
    ['Working a 24 hours rotating shift pattern, 365 days a year', null],
    ['Shift times are 07:00 - 19:00 and 19:00 - 07:00.', null],
    ['Salary: £28,566 plus 12.5% shift allowance', null],
    ['Currently authorised, having received refresher training within the last 12 months.', null],
  ])('%j -> %j', (body, hours) => {
    expect(parse(body).weeklyHours).toBe(hours);
  });
});

describe('vetting', () => {
  it.each([
    ['four SC hubs', false, []],
    ['Calls are passed to officers working from our four SC hubs', false, []],
    ['must hold Security Check (SC) clearance', false, ['SC']],
    ['NPPV Level 2', true, ['NPPV2']],
    ['Non Police Personnel Vetting level 3', false, ['NPPV3']],
    ['Counter Terrorist Check and Recruitment Vetting', false, ['CTC', 'RV']],
    ['Management Vetting (MV)', false, ['MV']],
    ['CTC, RV,', true, ['CTC', 'RV']],
    ['RV, SC, EV1, DV, NPPV1, NPPV2, NPPV3', true, ['RV', 'SC', 'EV1', 'DV', 'NPPV1', 'NPPV2', 'NPPV3']],
    ['Developed Vetting', false, ['DV']],
    ['Security Check Level', false, []],
  ] as const)('%j (vetting value: %s) -> %j', (text, context, codes) => {
    expect(findVettingCodes(text, context)).toEqual(codes);
  });

  it.each([
    [['SC', 'DV'], true],
    [['NPPV1', 'NPPV3'], true],
    [['CTC', 'RV'], false],
    [['MV', 'SC'], false],
  ] as const)('alternatives on one ladder %j -> %s', (codes, alternatives) => {
    expect(hasAlternatives(codes)).toBe(alternatives);
  });

  it.each([
    ['Vetting level: NPPV3', 'stated', ['NPPV3'], null],
    ['VettingLevel:NPPV3', 'stated', ['NPPV3'], null],
    ['Vetting\nNPPV Level 3 must be passed before appointment.', 'stated', ['NPPV3'], null],
    ['Vetting level:\n\nNecessary experience:\nSome experience.', 'not-stated', [], /no level/],
    ['Security Check Level:\n(Strike through checks not applicable)\n\nRV, SC, EV1, DV, NPPV1, NPPV2, NPPV3', 'ambiguous', ['RV', 'SC', 'EV1', 'DV', 'NPPV1', 'NPPV2', 'NPPV3'], /strike-through/],
    ['The post holder will be required to\n- be vetted, as advised by the vetting unit.', 'not-stated', [], /does not state the level/],
    ['VETTING LEVEL REQUIRED (tick one)\n☐ Recruitment Vetting (RV)   ☒ Management Vetting (MV)   ☐ Security Check (SC)', 'stated', ['MV'], null],
    ['We work from four SC hubs across the county.', 'not-stated', [], null],
    ['Main duties\n1. Process RV, MV and Counter Terrorist Check (CTC) vetting applications.', 'not-stated', [], null],
  ] as const)('%j -> %s %j', (body, status, levels, note) => {
    const vetting = parse(body).vetting;
    expect(vetting.status).toBe(status);
    expect(vetting.levels).toEqual(levels);
    if (note) expect(vetting.note).toMatch(note);
  });
});

describe('driving', () => {
  it.each([
    ['Yes / No .NO', 'no'],
    ['Yes / NoY YES', 'yes'],
    ['Yes / No', null],
    ['No', 'no'],
    ['☒ Yes', 'yes'],
  ] as const)('car user value %j -> %s', (value, answer) => {
    expect(yesNoAnswer(tickedText(value) ?? value)).toBe(answer);
  });

  it.each([
    ['Car User:\t<div>Yes / No</div> <div>.NO</div>', 'not-required'],
    ['Car user: .NO', 'not-required'],
    ['Driving\nNot required for this role.', 'not-required'],
    ['Driving: This post does not require a driving licence.', 'not-required'],
    ['Entry Requirements\n- Full Clean Driving Licence', 'essential'],
    ['The post holder will travel, therefore a full UK driving licence is essential.', 'essential'],
    ['Essential\n- Good IT skills\nDesirable\n- A full UK driving licence', 'desirable'],
    ['A full driving licence is desirable.', 'desirable'],
    ['Close liaison with supporting functions including: Licensing, Crime Reduction and Media.', 'not-stated'],
    ['Deal with drink drivers and simple breach of bail.', 'not-stated'],
    ['Carry out roadside checks including tachograph, HGV licence and load checks.', 'not-stated'],
  ] as const)('%j -> %s', (body, requirement) => {
    expect(parse(body).driving.requirement).toBe(requirement);
  });
});

describe('reporting line', () => {
  it.each([
    ['Reports to: Detective Sergeant', 'Detective Sergeant'],
    ['<b>Responsible to:</b>\tPatrol and Resolution Sergeant', 'Patrol and Resolution Sergeant'],
    ['Supervision and control – Control Room Supervisor', 'Control Room Supervisor'],
    ['Line manager\nCustody Sergeant', 'Custody Sergeant'],
    ['You will report to the ARV Sergeant on your team, who in turn reports to the Inspector.', 'ARV Sergeant'],
    ['Aware of hazards and reports problems identified to line manager.', null],
    ['Reports problems with cell doors to the line manager and the facilities helpdesk.', null],
    ['Reporting to: N/A', null],
  ])('%j -> %j', (body, reportsTo) => {
    expect(parse(body).reportsTo).toBe(reportsTo);
  });
});

describe('shifts', () => {
  it.each([
    ['Required to work a six on, three off shift pattern covering the hours 0800 - 0000.', 'six on, three off'],
    ['You will work a 4-on-4-off shift pattern of 10-hour shifts.', '4-on-4-off'],
    ['Role:\t<ol><li>2. Working a 24 hours rotating shift pattern, 365 days a year</li></ol>', '24 hours rotating shift pattern, 365 days a year'],
    ['Shift pattern\n12-hour shifts on a rota of two days, two nights, then four rest days', '12-hour shifts on a rota of two days, two nights, then four rest days'],
    ['The post holder will be required to\n- work shifts.', 'work shifts'],
    ['Demonstrate a flexible attitude to working hours and an understanding of working shifts.', null],
  ])('%j -> %j', (body, pattern) => {
    expect(parse(body).shifts.pattern).toBe(pattern);
  });
});

describe('title', () => {
  it.each([
    ['Job title: Contact Handler', 'Contact Handler', false],
    ['Role Title:\tPolice Community Support Officer', 'Police Community Support Officer', false],
    ['Post title\nCustody Detention Officer', 'Custody Detention Officer', false],
    ['# Crime Analyst – Job Advert\n\nAbout the role\nYou will analyse crime.', 'Crime Analyst', false],
    ['We are recruiting a Detective Constable to join our team. The post is in the city.', 'Detective Constable', true],
    ['Grade: Constable\nManage offenders in the respective ABCD team.\nABCD work in small teams.\nThe ABCD team visits homes.', 'ABCD Constable', true],
  ])('%j -> %j (inferred %s)', (text, title, inferred) => {
    const { profile, warnings } = parseText('case.txt', text);
    expect([profile.title, profile.titleInferred]).toEqual([title, inferred]);
    if (inferred) expect(warnings.join(' ')).toMatch(/inferred/);
  });
});

describe('organisation: force names, tolerant of case and truncation', () => {
  it.each([
    ['HERTFORDS CONSTABUL', ['Hertfordshire Constabulary']],
    ['Demonstrates the skills contained within the Kent Police PEACE course.', ['Kent Police']],
    ['LEICESTERSHIRE POLICE RISK ASSESSMENT FORM', ['Leicestershire Police']],
    ['Avon & Somerset Constabulary', ['Avon and Somerset Constabulary']],
    ['Police Service of Northern Ireland (PSNI)', ['Police Service of Northern Ireland']],
    ['Heddlu De Cymru / South Wales Police', ['South Wales Police']],
    ['Close liaison with Licensing, Crime Reduction, Media and Essex Watch.', []],
    ['complementing the work of Police Officers', []],
  ])('%j -> %j', (text, forces) => {
    expect(findForces(text).map((m) => m.force)).toEqual(forces);
  });

  it('a county without a force name is a warning, not an organisation', () => {
    const { profile, warnings } = parseText('case.txt', 'Job title: PC\nClose liaison with Essex Watch.');
    expect(profile.organisation).toBeNull();
    expect(warnings.join(' ')).toMatch(/mentions "Essex"/);
  });
});

describe('staff type, rank and grade', () => {
  it.each([
    ['Job title: Contact Handler\n**POLICE – STAFF**\nScale: 4', 'staff'],
    ['Job title: Community Policing Team PC\nGrade: Constable\nStatus: Police', 'officer'],
    ['Role Title: Police Community Support Officer\nRank/Grade: A3', 'staff'],
    ['Role: Neighbourhood Sergeant\nOfficer or staff post:   ☒ Police Officer   ☐ Police Staff', 'officer'],
    ['Job title: Custody Nurse Practitioner', 'unknown'],
  ])('%j -> %s', (text, staffType) => {
    expect(parseText('case.txt', text).profile.staffType).toBe(staffType);
  });

  it.each([
    ['Constable', 'Constable'],
    ['Police Sergeant', 'Police Sergeant'],
    ['PC', 'Police Constable'],
    // A rank abbreviation, not the Dedicated Source Unit of the same letters.
    ['DSU', 'Detective Superintendent'],
    ['Ch Supt', 'Chief Superintendent'],
    ['DCI', 'Detective Chief Inspector'],
    ['CID', null],
    ['PCSO', null],
    ['A3 (non supervisory)', null],
    ['Scale 4', null],
  ])('rank of %j -> %j', (value, rank) => {
    expect(rankOf(value)).toBe(rank);
  });

  it.each([
    ['A3 (non supervisory)', 'Rank/Grade', 'A3'],
    ['4 (+ appropriate allowances)', 'Scale', 'Scale 4'],
    ['Band 4 (spinal points 17 - 21)', 'Grade', 'Band 4'],
    ['SO1', 'Grade', 'SO1'],
  ])('grade %j under %s -> %j', (value, label, grade) => {
    expect(tidyGrade(value, label)).toBe(grade);
  });
});

describe('criteria', () => {
  it.each([
    ['1. To be qualified to GCSE Grade C.', [[1, 'To be qualified to GCSE Grade C.']]],
    ['2. Demonstrate experience.  3. Demonstrate by example.', [[2, 'Demonstrate experience.'], [3, 'Demonstrate by example.']]],
    ['Knowledge of PACE 1984.', [[null, 'Knowledge of PACE 1984.']]],
  ])('split numbered %j', (item, parts) => {
    expect(splitNumbered(item).map((p) => [p.number, p.text])).toEqual(parts);
  });

  it.each([
    ['A/I', new Map([['A', 'Application form'], ['I', 'Interview']]), 'Application form, Interview'],
    ['T', new Map([['T', 'Typing test']]), 'Typing test'],
    ['Interview', new Map([['I', 'Interview']]), 'Interview'],
    ['A, I', new Map<string, string>(), 'A, I'],
  ])('assessment %j expanded with the key', (raw, key, expanded) => {
    expect(expandAssessment(raw, key)).toBe(expanded);
  });

  it.each([
    ['Essential:\n- Experience of X.\n- Knowledge of Y.\nDesirable:\n- A degree.', ['Experience of X.', 'Knowledge of Y.'], ['A degree.']],
    ['Person specification\nExperience of the public (E)\nA first aid certificate (D)', ['Experience of the public'], ['A first aid certificate']],
    ['Criteria\tEssential\tDesirable\nEducation:\t1. GCSE English.\t2. A levels.', ['GCSE English.'], ['A levels.']],
    ['5.1  Able to type at 30 words per minute ........ E  T\n5.2  Knowledge of STORM ........ D  A', ['Able to type at 30 words per minute'], ['Knowledge of STORM']],
    ['What you will need\nYou must hold a licence to practise. Experience of custody work would be an advantage.', ['You must hold a licence to practise.'], ['Experience of custody work would be an advantage.']],
  ])('%j', (body, essential, desirable) => {
    const p = parse(body);
    expect(p.essentialCriteria.map((c) => c.text)).toEqual(essential);
    expect(p.desirableCriteria.map((c) => c.text)).toEqual(desirable);
  });

  it('a criteria table with a method-of-assessment column fills `assessment`', () => {
    const p = parse('Criteria\tEssential/Desirable\tAssessed by\nDegree in criminology\tEssential\tApplication form\nWelsh speaker\tDesirable\tInterview');
    expect(p.essentialCriteria.map((c) => [c.text, c.assessment])).toEqual([['Degree in criminology', 'Application form']]);
    expect(p.desirableCriteria.map((c) => [c.text, c.assessment])).toEqual([['Welsh speaker', 'Interview']]);
  });
});

describe('behaviours, values and skills', () => {
  it.each([
    ['Behaviours:\nAnalyse Critically (Level 1)\nI think critically.\nTake Ownership (Level 2)\nI own it.', 'behaviours', [['Analyse Critically', 1], ['Take Ownership', 2]]],
    ['Values:\nIntegrity (Accredited)\nI act with integrity.', 'values', [['Integrity', 'Accredited']]],
    ['Behavioural competencies (Policing Professional Framework):\nDecision Making – Level B\nProfessionalism – Level C', 'behaviours', [['Decision Making', 'B'], ['Professionalism', 'C']]],
    ['BEHAVIOURS – COMPETENCY AND VALUES FRAMEWORK (Level 2)\nTake Ownership; Collaborative; Deliver, Support and Inspire', 'behaviours', [['Take Ownership', 2], ['Collaborative', 2], ['Deliver, Support and Inspire', 2]]],
    ['Behaviours\nAnalyse Critically (Level 2) Collaborative (Level 1)', 'behaviours', [['Analyse Critically', 2], ['Collaborative', 1]]],
    ['Technical skills:\nCrime Investigation (Level 3)\nAble to identify offences.\nTraining (Level 3)\nAble to present ideas.', 'skills', [['Crime Investigation', 3], ['Training', 3]]],
    ['VALUES:\n  Integrity, Impartiality, Public Service, Transparency', 'values', [['Integrity', null], ['Impartiality', null], ['Public Service', null], ['Transparency', null]]],
  ] as const)('%j', (body, kind, items) => {
    const p = parse(body);
    expect(p[kind].map((c) => [c.name, c.level])).toEqual(items);
  });

  it('a skill description is not a fact of the post ("reports problems to line manager", "PEACE course")', () => {
    const p = parse('Technical skills:\nHealth & Safety (Level 3)\nAware of hazards and reports problems identified to line manager.\nInterviewing (Level 3)\nDemonstrates the skills of the Kent Police PEACE course.');
    expect(p.reportsTo).toBeNull();
    expect(p.training).toEqual([]);
    expect(p.health).toEqual([]);
  });
});

describe('health, training, IT systems, standards', () => {
  it.each([
    ['Health tests required:\tApplicants must meet the required standard of hearing and eyesight', ['Applicants must meet the required standard of hearing and eyesight']],
    ['This role is subject to medical assessment and fitness test.', ['This role is subject to medical assessment and fitness test.']],
    ['- to comply with health and safety requirements.', []],
    ['Give first aid and summon medical help at once.', []],
  ])('health %j', (body, health) => {
    expect(parse(body).health.map((h) => h.text)).toEqual(health);
  });

  it.each([
    ['Training Requirements:\tInitial training course, pass/fail.', ['Initial training course, pass/fail.']],
    ['TRAINING\nInitial course within 12 months\nTier 2 interviewing', ['Initial course within 12 months', 'Tier 2 interviewing']],
    ['For an informal chat, contact the Firearms Training Unit.', []],
    ['Initiate the appropriate course of action.', []],
  ])('training %j', (body, training) => {
    expect(parse(body).training.map((t) => t.text)).toEqual(training);
  });

  it.each([
    ['IT Systems Required:\tCIS/GENIE, STORM, Outlook', ['CIS/GENIE', 'STORM', 'Outlook']],
    ['Systems\nSTORM command and control; Niche RMS; Police National Computer (PNC)', ['STORM command and control', 'Niche RMS', 'Police National Computer (PNC)']],
    ['Audit and record activity on ViSOR or other relevant police systems.', ['ViSOR']],
    ['A storm of calls.', []],
  ])('IT systems %j', (body, systems) => {
    expect(parse(body).itSystems.map((s) => s.name)).toEqual(systems);
  });

  it('national occupational standards: code and title', () => {
    const p = parse('National Occupational Standards\n\nBA18 Identify, monitor and respond to community issues\n\nBB3 - 2007 Identify individuals at risk');
    expect(p.nationalOccupationalStandards.map((s) => [s.code, s.title])).toEqual([
      ['BA18', 'Identify, monitor and respond to community issues'],
      ['BB3', 'Identify individuals at risk'],
    ]);
  });
});

describe('ids and aliases', () => {
  it.each([
    ['Contact Handler', 'Leicestershire Police', 'contact-handler-leicestershire'],
    ['Contact Handler', 'Essex Police', 'contact-handler-essex'],
    ['Contact Handler', null, 'contact-handler'],
    ['Police Community Support Officer', 'Hertfordshire Constabulary', 'police-community-support-officer-hertfordshire'],
    ['Call Handler (Force Control Room)', 'Police Scotland', 'call-handler-force-control-room-scotland'],
    ['Détective & Analyst', null, 'detective-and-analyst'],
  ])('makeRoleId(%j, %j) = %s', (title, organisation, id) => {
    expect(makeRoleId(title, organisation)).toBe(id);
  });

  it.each([
    ['Police Community Support Officer', ['PCSO']],
    ['Community Policing Team PC', ['Community Policing Team Police Constable']],
    ['Detective Constable (CID)', ['CID', 'Detective Constable']],
    ['MOSOVO Constable', ['MOSOVO PC']],
  ])('aliases of %j include %j', (title, aliases) => {
    expect(makeAliases(title)).toEqual(expect.arrayContaining(aliases));
  });
});
