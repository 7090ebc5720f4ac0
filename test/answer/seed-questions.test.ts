/**
 * Questions about the five seed roles, typed the way staff type them, answered over profiles parsed from
 * the real seed documents by the real parser. Each row asserts the fact in the text, in the structured
 * facts, and the line it is cited from.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Assistant } from '../../src/answer/assistant-api.ts';
import type { ConversationContext } from '../../src/answer/types.ts';
import { expectAnswer, type Expectation } from './support/expect-answer.ts';
import { seedAssistant } from './support/seed-assistant.ts';

const CH = 'contact-handler-leicestershire';
const PR = 'patrol-and-resolution-officer-leicestershire';
const PCSO = 'police-community-support-officer-hertfordshire';
const MOS = 'mosovo-constable-kent';
const CPT = 'community-policing-team-pc';

const ROLE_QUESTIONS: [string, Expectation][] = [
  // Contact Handler
  ['what vetting does a contact handler need', { kind: 'answer', roles: [CH], has: ['CTC, RV'], facts: [{ topic: 'vetting', status: 'stated', value: 'CTC, RV' }], cites: [[CH, 66]] }],
  ['contct handler vetting', { kind: 'answer', roles: [CH], has: ['CTC, RV'], cites: [[CH, 66]] }],
  ['call handler security clearance?', { kind: 'answer', roles: [CH], has: ['CTC, RV'], cites: [[CH, 66]] }],
  ['how many hours a week does a call handler work', { kind: 'answer', roles: [CH], has: ['37 hours a week'], not: ['24 hours rotating'], facts: [{ topic: 'hours', status: 'stated', value: '37' }], cites: [[CH, 7]] }],
  ['call handler hours', { kind: 'answer', roles: [CH], has: ['37 hours a week', '24 hours rotating shift pattern, 365 days a year'], cites: [[CH, 7], [CH, 35]] }],
  ['what shifts do contact handlers work', { kind: 'answer', roles: [CH], has: ['24 hours rotating shift pattern'], facts: [{ topic: 'shifts', status: 'stated', value: '365 days a year' }], cites: [[CH, 35]] }],
  ['contact handler rota', { kind: 'answer', roles: [CH], facts: [{ topic: 'shifts', status: 'stated', value: '24 hours' }] }],
  ['does a contact handler need to drive', { kind: 'answer', roles: [CH], has: ['not required'], not: ['essential'], facts: [{ topic: 'driving', status: 'stated', value: 'not required' }], cites: [[CH, 56]] }],
  ['contact handler it systems', { kind: 'answer', roles: [CH], has: ['STORM', 'CIS/GENIE'], facts: [{ topic: 'it-systems', status: 'stated', value: 'STORM' }], cites: [[CH, 61]] }],
  ['contact handler health tests', { kind: 'answer', roles: [CH], has: ['hearing and eyesight'], cites: [[CH, 63]] }],
  ['do call handlers need an eyesight test', { kind: 'answer', roles: [CH], has: ['hearing and eyesight'], cites: [[CH, 63]] }],
  ['contact handler training course', { kind: 'answer', roles: [CH], has: ['6 week initial training course'], cites: [[CH, 67]] }],
  ['does the contact handler need typing', { kind: 'answer', roles: [CH], has: ['25 words per minute'], not: ['GCSE'], cites: [[CH, 25]] }],
  ['essential criteria contact handler', { kind: 'answer', roles: [CH], has: ['GCSE Grade C', '25 words per minute'], facts: [{ topic: 'essential', status: 'stated', value: 'GCSE' }], cites: [[CH, 16]] }],
  ['what are the desirables for a call handler', { kind: 'answer', roles: [CH], has: ['National Vocational Qualification Level 3', 'MOPI'], not: ['GCSE'], cites: [[CH, 16]] }],
  ['contact handler grade', { kind: 'answer', roles: [CH], has: ['4'], facts: [{ topic: 'grade', label: 'Grade', status: 'stated', value: '4' }], cites: [[CH, 8]] }],
  ['is the contact handler police staff?', { kind: 'answer', roles: [CH], has: ['police staff'], facts: [{ topic: 'staff-type', status: 'stated', value: 'staff' }] }],
  ['who is the call handler responsible to', { kind: 'answer', roles: [CH], has: ['Contact Management Centre', 'Team Leader and Inspector'], cites: [[CH, 32]] }],
  ['contact handler skills', { kind: 'answer', roles: [CH], has: ['not stated in the Contact Handler profile'], facts: [{ topic: 'skills', status: 'not-stated' }] }],
  // PCSO
  ['hours and vetting for a pcso?', { kind: 'answer', roles: [PCSO], has: ['weekly hours: not stated', 'vetting: not stated'], not: ['37', '40'], facts: [{ topic: 'hours', status: 'not-stated' }, { topic: 'vetting', status: 'not-stated' }] }],
  ['pcso weekly hours', { kind: 'answer', roles: [PCSO], has: ['not stated in the Police Community Support Officer profile'], not: ['37', '40', '24 hours'], facts: [{ topic: 'hours', status: 'not-stated' }] }],
  ['how many hrs a week is a pcso', { kind: 'answer', roles: [PCSO], facts: [{ topic: 'hours', status: 'not-stated' }], not: ['37', '40'] }],
  ['does a pcso need a driving licence', { kind: 'answer', roles: [PCSO], has: ['Full Clean Driving Licence'], facts: [{ topic: 'driving', status: 'stated', value: 'essential' }], cites: [[PCSO, 34]] }],
  ['who does the pcso report to', { kind: 'answer', roles: [PCSO], has: ['Neighbourhood Sergeant'], facts: [{ topic: 'reporting', status: 'stated', value: 'Neighbourhood Sergeant' }], cites: [[PCSO, 8]] }],
  ['pcso grade', { kind: 'answer', roles: [PCSO], has: ['A3'], cites: [[PCSO, 6]] }],
  ['police community support officer fitness test', { kind: 'answer', roles: [PCSO], has: ['medical assessment and fitness test'], cites: [[PCSO, 53]] }],
  ['pcso medical', { kind: 'answer', roles: [PCSO], has: ['medical assessment'], cites: [[PCSO, 53]] }],
  ['pcso behaviours', { kind: 'answer', roles: [PCSO], has: ['Serving the public', 'Working with others'], cites: [[PCSO, 62]] }],
  ['what training does a pcso get', { kind: 'answer', roles: [PCSO], has: ['Emergency First Aid course'], cites: [[PCSO, 49]] }],
  ['pcso first aid', { kind: 'answer', roles: [PCSO], has: ['Emergency First Aid course'], cites: [[PCSO, 49]] }],
  ['pcso entry requirements', { kind: 'answer', roles: [PCSO], has: ['public facing role', 'Full Clean Driving Licence'], cites: [[PCSO, 31]] }],
  ['pcsos vetting', { kind: 'answer', roles: [PCSO], has: ['not stated'], not: ['CTC', 'RV', 'NPPV'], facts: [{ topic: 'vetting', status: 'not-stated' }] }],
  ['is a pcso a police officer or staff', { kind: 'answer', roles: [PCSO], has: ['police staff'] }],
  ['tell me about the pcso', { kind: 'summary', roles: [PCSO], has: ['Neighbourhood Sergeant', 'A3', 'Full Clean Driving Licence', 'weekly hours: not stated'], cites: [[PCSO, 8], [PCSO, 34]] }],
  // MOSOVO
  ['mosovo vetting', { kind: 'answer', roles: [MOS], has: ['not stated in the MOSOVO Constable profile'], not: ['CTC', 'RV', 'MV', 'NPPV', ' SC', 'DV'], facts: [{ topic: 'vetting', status: 'not-stated' }] }],
  ['what vetting does the mosovo constable need', { kind: 'answer', roles: [MOS], facts: [{ topic: 'vetting', status: 'not-stated' }], not: ['CTC', 'NPPV'] }],
  ['does the mosovo pc need to drive', { kind: 'answer', roles: [MOS], has: ['full UK driving licence is essential'], facts: [{ topic: 'driving', status: 'stated', value: 'essential' }], cites: [[MOS, 46]] }],
  ['what level of crime investigation does mosovo need', { kind: 'answer', roles: [MOS], has: ['Crime Investigation (Level 3)'], not: ['ECYPM', 'Level 4'], facts: [{ topic: 'skills', status: 'stated', value: 'Crime Investigation' }], cites: [[MOS, 108]] }],
  ['mosovo ecypm level', { kind: 'answer', roles: [MOS], has: ['ECYPM (Level 3)'], not: ['Level 4'], cites: [[MOS, 112]] }],
  ['mosovo skills', { kind: 'answer', roles: [MOS], has: ['Vulnerable Victims (Level 3)', 'Victim Support (Level 4)', 'Public Order (Level 3)'] }],
  ['mosovo behaviours', { kind: 'answer', roles: [MOS], has: ['Analyse Critically (Level 1', 'Take Ownership (Level 1', 'Integrity'] }],
  ['mosovo values', { kind: 'answer', roles: [MOS], has: ['Impartiality', 'Integrity', 'Public Service', 'Transparency'] }],
  ['mosovo training', { kind: 'answer', roles: [MOS], has: ['ARMS', 'IIOC'], cites: [[MOS, 44]] }],
  // The parser files line 42 ("must be NIE and PIP level 2 accredited") under essential criteria, not training.
  ['does the mosovo constable need pip2', { kind: 'answer', roles: [MOS], has: ['NIE and PIP level 2'], not: ['IIOC'], cites: [[MOS, 42]] }],
  ['mosovo role code', { kind: 'answer', roles: [MOS], has: ['EPPPU406a'], cites: [[MOS, 2]] }],
  ['mosovo shifts', { kind: 'answer', roles: [MOS], facts: [{ topic: 'shifts', status: 'not-stated' }], not: ['six on', '24 hours'] }],
  // The parser leaves dress empty; the line sits among the essential criteria, and the answer finds it there.
  ['is the mosovo role plain clothes', { kind: 'answer', roles: [MOS], has: ['not stated', 'mentioned elsewhere', 'Casual plain clothes'], cites: [[MOS, 60]] }],
  ['what systems does a mosovo officer use', { kind: 'answer', roles: [MOS], has: ['ViSOR'] }],
  ['what does a mosovo officer do', { kind: 'answer', roles: [MOS], has: ['Registered Sex Offenders'], cites: [[MOS, 8]] }],
  ['mosovo', { kind: 'summary', roles: [MOS], has: ['was inferred', 'EPPPU406a', 'vetting: not stated'] }],
  // Patrol and Resolution Officer
  ['patrol and resolution officer vetting', { kind: 'answer', roles: [PR], has: ['unclear', 'strike through'], facts: [{ topic: 'vetting', status: 'ambiguous' }], cites: [[PR, 54]] }],
  ['response officer vetting level', { kind: 'answer', roles: [PR], has: ['unclear'], facts: [{ topic: 'vetting', status: 'ambiguous' }], cites: [[PR, 54]] }],
  ['how many hours does a response officer work', { kind: 'answer', roles: [PR], has: ['40 hours a week'], not: ['37'], cites: [[PR, 7]] }],
  ['patrol officer weekly hrs', { kind: 'answer', roles: [PR], has: ['40'], cites: [[PR, 7]] }],
  ['what are the essential criteria for the patrol and resolution officer', { kind: 'answer', roles: [PR], has: ['standard driving authority', 'National Decision Making Model'], cites: [[PR, 14], [PR, 18]] }],
  ['desirable criteria patrol officer', { kind: 'answer', roles: [PR], has: ['advanced driving authority', 'PSU Trained'], not: ['standard driving authority'], cites: [[PR, 14]] }],
  ['who does the pro report to', { kind: 'answer', roles: [PR], has: ['Patrol and Resolution Sergeant'], cites: [[PR, 26]] }],
  ['patrol & resolution officer driving', { kind: 'answer', roles: [PR], has: ['standard driving authority, unless a student officer'], cites: [[PR, 14]] }],
  ['patrol and resolution officer rank', { kind: 'answer', roles: [PR], has: ['Constable'], cites: [[PR, 8]] }],
  ['does the response officer need psu training', { kind: 'answer', roles: [PR], has: ['PSU Trained'], cites: [[PR, 14]] }],
  // Community Policing Team PC
  ['community pc shifts', { kind: 'answer', roles: [CPT], has: ['six on, three off', '0800 - 0400'], cites: [[CPT, 31]] }],
  ['what shift pattern does the community policing team pc work', { kind: 'answer', roles: [CPT], has: ['six on, three off'], cites: [[CPT, 31]] }],
  ['community policing team pc nights?', { kind: 'answer', roles: [CPT], has: ['0800 - 0000'] }],
  ['community pc skills', { kind: 'answer', roles: [CPT], has: ['Community Partnerships (Level 3)', 'Staff Safety (Level 4)'], cites: [[CPT, 78]] }],
  ['community pc vetting', { kind: 'answer', roles: [CPT], facts: [{ topic: 'vetting', status: 'not-stated' }], not: ['CTC', 'RV', 'NPPV'] }],
  ['cpt pc hours per week', { kind: 'answer', roles: [CPT], facts: [{ topic: 'hours', status: 'not-stated' }], not: ['37', '40'] }],
  ['community pc first aid level', { kind: 'answer', roles: [CPT], has: ['First Aid (Level 3)'], cites: [[CPT, 103]] }],
  ['community policing team pc role code', { kind: 'answer', roles: [CPT], has: ['EPGE2010'], cites: [[CPT, 3]] }],
  ['what does the community pc do', { kind: 'answer', roles: [CPT], has: ['NTE'], cites: [[CPT, 10]] }],
  ['comunity policing pc reporting line', { kind: 'answer', roles: [CPT], facts: [{ topic: 'reporting', status: 'not-stated' }] }],
];

const OTHER_QUESTIONS: [string, Expectation][] = [
  // cross-role
  ['which roles need a driving licence', { kind: 'list', roles: [MOS, PR, PCSO], not: ['Contact Handler'], cites: [[PCSO, 34], [MOS, 46], [PR, 14]] }],
  ['which roles need CTC', { kind: 'list', roles: [CH], cites: [[CH, 66]] }],
  ['which roles need MV vetting?', { kind: 'list', roles: [], has: ['None of the role profiles I hold state this'] }],
  ['which roles need NPPV3', { kind: 'list', roles: [], has: ['unclear', 'Patrol and Resolution Officer'] }],
  ['which roles need crime investigation at level 3', { kind: 'list', roles: [CPT, MOS], cites: [[CPT, 82], [MOS, 108]] }],
  ['which roles have victim support at level 4', { kind: 'list', roles: [MOS], cites: [[MOS, 176]] }],
  ['which roles work 24/7', { kind: 'list', roles: [CH], cites: [[CH, 35]] }],
  ['which roles are police staff', { kind: 'list', roles: [CH, PCSO] }],
  ['what roles are there?', { kind: 'list', roles: [CPT, CH, MOS, PR, PCSO] }],
  ['which roles need a fitness test', { kind: 'list', roles: [PCSO], cites: [[PCSO, 53]] }],
  ['which roles need psu training', { kind: 'list', roles: [PR], cites: [[PR, 14]] }],
  // glossary
  ['what does NPPV3 mean', { kind: 'answer', roles: [], has: ['Non-Police Personnel Vetting level 3', 'not a requirement of any role'] }],
  ["what's ctc", { kind: 'answer', roles: [], has: ['Counter Terrorist Check'] }],
  ['what does ECYPM stand for', { kind: 'answer', roles: [], has: ['Every Child and Young Person Matters'] }],
  ['define pip 2', { kind: 'answer', roles: [], has: ['PIP level 2'] }],
  ['what does XYZQ mean', { kind: 'not-found', has: ['not in my glossary'] }],
  // unknown, ambiguous, out of scope
  ['what vetting does a traffic warden need', { kind: 'not-found', has: ['traffic warden'], not: ['CTC', 'RV'] }],
  ['the kent pcso hours', { kind: 'not-found', has: ['Police Community Support Officer (Hertfordshire Constabulary)'] }],
  ['dc vetting', { kind: 'not-found', not: ['CTC'] }],
  ['what hours does a pc work', { kind: 'clarify', has: ['Community Policing Team PC', 'MOSOVO Constable', 'Patrol and Resolution Officer'], not: ['Contact Handler'] }],
  ['neighbourhood officer shifts', { kind: 'clarify', has: ['Community Policing Team PC', 'Police Community Support Officer'] }],
  ['police vetting', { kind: 'not-found', not: ['CTC, RV'] }],
  ["what's the weather?", { kind: 'help', has: ['Try:', 'Which roles need a driving licence?'] }],
  ['hello', { kind: 'help' }],
  ['does the pcso get a pension', { kind: 'answer', roles: [PCSO], has: ['does not mention "pension"'], facts: [{ topic: 'other', status: 'not-stated' }] }],
  ['pcso job description', { kind: 'summary', roles: [PCSO] }],
];

describe('seed questions', () => {
  let assistant: Assistant;
  beforeAll(async () => {
    ({ assistant } = await seedAssistant());
  });

  it('has at least 60 role questions', () => {
    expect(ROLE_QUESTIONS.length).toBeGreaterThanOrEqual(60);
  });

  it.each(ROLE_QUESTIONS)('%s', (question, expected) => {
    expectAnswer(assistant.ask(question).answer, expected);
  });

  it.each(OTHER_QUESTIONS)('%s', (question, expected) => {
    const { answer } = assistant.ask(question);
    expectAnswer(answer, expected);
    if (answer.kind === 'list') {
      for (const item of answer.items) expect(item.citations.length, item.role.title).toBeGreaterThan(0);
    }
  });
});

describe('comparisons', () => {
  let assistant: Assistant;
  beforeAll(async () => {
    ({ assistant } = await seedAssistant());
  });

  it('compares two roles with rows, sameness, differences and a headline', () => {
    const answer = assistant.ask('compare pcso and contact handler').answer;
    expect(answer.kind).toBe('comparison');
    if (answer.kind !== 'comparison') return;
    expect(answer.roles.map((role) => role.id)).toEqual([PCSO, CH]);
    const row = (topic: string) => answer.rows.find((r) => r.topic === topic);
    expect(row('staff-type')?.same).toBe(true);
    expect(row('hours')?.same).toBe(false);
    expect(row('hours')?.cells.map((cell) => [cell.status, cell.value])).toEqual([
      ['not-stated', null],
      ['stated', '37 hours a week'],
    ]);
    expect(row('vetting')?.cells[1]?.value).toBe('CTC, RV');
    expect(row('vetting')?.cells[1]?.citations[0]?.line).toBe(66);
    expect(answer.headline).toMatch(/weekly hours not stated vs 37 hours a week/);
    expect(answer.text).toContain('Source: Contact Handler profile, line 66');
  });

  it('compares three roles, with skills only one has and level differences', () => {
    const answer = assistant.compare(['mosovo', 'community pc', 'patrol and resolution officer']);
    expect(answer.kind).toBe('comparison');
    if (answer.kind !== 'comparison') return;
    expect(answer.roles.map((role) => role.id)).toEqual([MOS, CPT, PR]);
    const skills = answer.rows.find((r) => r.topic === 'skills');
    expect(skills?.same).toBe(false);
    expect(skills?.differences).toContain('ECYPM: 3 vs 4 vs —');
    expect(skills?.differences).toContain('Knowledge of Legislation and Policy: 4 vs 3 vs —');
    expect(skills?.differences.some((d) => d.startsWith('Only MOSOVO Constable:') && d.includes('Target Surveillance'))).toBe(true);
    expect(skills?.differences.some((d) => d.startsWith('Only Community Policing Team PC:') && d.includes('Drugs'))).toBe(true);
    const vetting = answer.rows.find((r) => r.topic === 'vetting');
    expect(vetting?.cells.map((cell) => cell.status)).toEqual(['not-stated', 'not-stated', 'ambiguous']);
    expect(vetting?.cells.every((cell) => cell.value === null)).toBe(true);
  });

  it('compares on "what is the difference between a pcso and a community pc"', () => {
    const answer = assistant.ask('what is the difference between a pcso and a community pc').answer;
    expect(answer.kind).toBe('comparison');
    expect(answer.roles.map((role) => role.id)).toEqual([PCSO, CPT]);
    if (answer.kind === 'comparison') expect(answer.headline).toContain('officer or staff Police staff vs Police officer');
  });

  it('narrows a comparison to the topic asked', () => {
    const answer = assistant.ask('pcso vs contact handler vetting').answer;
    expect(answer.kind).toBe('comparison');
    if (answer.kind !== 'comparison') return;
    expect(answer.rows.map((r) => r.topic)).toEqual(['vetting']);
    expect(answer.headline).toContain('vetting not stated vs CTC, RV');
  });

  it('says which role it cannot find rather than comparing one role', () => {
    const answer = assistant.ask('compare the contact handler and the traffic warden').answer;
    expect(answer.kind).toBe('not-found');
    expect(answer.text).toContain('traffic warden');
  });
});

describe('follow-ups', () => {
  let assistant: Assistant;
  beforeAll(async () => {
    ({ assistant } = await seedAssistant());
  });

  function conversation(questions: string[]): { text: string; roles: string[] }[] {
    let context: ConversationContext | undefined;
    return questions.map((question) => {
      const result = assistant.ask(question, context);
      context = result.context;
      return { text: result.answer.text, roles: result.answer.roles.map((role) => role.id) };
    });
  }

  it('keeps the role across a thread and swaps it on "and the ...?"', () => {
    const [first, shifts, reports, other, compare] = conversation([
      'what vetting does the pcso need',
      'what about its shifts?',
      'and who do they report to?',
      'and the contact handler?',
      'compare it with the pcso',
    ]);
    expect(first?.roles).toEqual([PCSO]);
    expect(shifts?.roles).toEqual([PCSO]);
    expect(shifts?.text).toContain('work shifts');
    expect(reports?.text).toContain('Neighbourhood Sergeant');
    expect(other?.roles).toEqual([CH]);
    expect(other?.text).toContain('Contact Management Centre');
    expect(compare?.roles.sort()).toEqual([CH, PCSO].sort());
  });

  it('fills a follow-up from the last answer: the list negated, the term just defined, the role by its short name', () => {
    const [, negated] = conversation(['which roles need nppv3?', 'and which dont?']);
    expect(negated?.text).toContain('does not include NPPV3');
    expect(negated?.text).toContain('Contact Handler');
    const [, needsIt] = conversation(['what is MV vetting', 'which role needs it?']);
    expect(needsIt?.text).toMatch(/^Roles that need MV vetting/);
    const [, shortName] = conversation(['does the pcso need a driving licence?', 'what about the cpt pc?']);
    expect(shortName?.roles).toEqual([CPT]);
    expect(shortName?.text).toContain('Driving');
    expect(shortName?.text).not.toContain('What the profile says about pc');
  });

  it('keeps the one-turn subjects for one turn only', () => {
    const [, , later] = conversation(['what is MV vetting', 'tell me about the pcso', 'does it need a licence?']);
    expect(later?.roles).toEqual([PCSO]);
    expect(later?.text).not.toContain('MV');
  });

  it('answers a clarification button (a role id) with the question asked before', () => {
    const [clarify, picked] = conversation(['what hours does a pc work', MOS]);
    expect(clarify?.roles).toEqual([]);
    expect(picked?.roles).toEqual([MOS]);
    expect(picked?.text).toContain('Weekly hours: not stated in the MOSOVO Constable profile');
  });

  it('answers a bare topic from the context and a new role without it', () => {
    const [, hours, other] = conversation(['tell me about the patrol and resolution officer', 'hours?', 'mosovo driving']);
    expect(hours?.roles).toEqual([PR]);
    expect(hours?.text).toContain('40 hours a week');
    expect(other?.roles).toEqual([MOS]);
  });

  it('returns the context unchanged for an out-of-scope question', () => {
    const first = assistant.ask('pcso grade');
    const next = assistant.ask("what's the weather?", first.context);
    expect(next.answer.kind).toBe('help');
    expect(next.context.roleIds).toEqual([PCSO]);
  });
});
