/**
 * Questions phrased the way other people type them (chatty, terse, typos, yes/no, negated), each checked
 * as an HR adviser would: the right role, a direct first line where the profile gives one, "not stated"
 * where it does not, the fact itself, and nothing borrowed or padded. Seeds through the real parser, with
 * invented roles of other forces loaded beside them.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createAssistant } from '../../src/answer/assistant.ts';
import type { Assistant } from '../../src/answer/assistant-api.ts';
import type { Answer } from '../../src/answer/types.ts';
import { EMPTY_CONTEXT } from '../../src/answer/types.ts';
import type { RoleProfile } from '../../src/profile/role-profile.ts';
import { buildProfile } from './support/build-profile.ts';
import { controlRoomOperator, detectiveConstable, responseSergeant } from './support/other-forces.ts';
import { glossaryEntries, seedProfiles } from './support/seed-assistant.ts';

const CH = 'contact-handler-leicestershire';
const PCSO = 'police-community-support-officer-hertfordshire';
const MOS = 'mosovo-constable-kent';
const CPC = 'community-policing-team-pc';

interface Row {
  kind: Answer['kind'];
  roles?: string[];
  /** The first line of the text must match (the direct answer). */
  first?: RegExp;
  has?: string[];
  not?: string[];
}

const ROWS: [string, Row][] = [
  // yes/no questions lead with the answer
  ['does a PCSO need a driving licence?', { kind: 'answer', roles: [PCSO], first: /^Yes — driving is essential/, has: ['Full Clean Driving Licence'] }],
  ['do u need to drive for the mosovo job', { kind: 'answer', roles: [MOS], first: /^Yes —/, has: ['full UK driving licence is essential'] }],
  ['dose the contact handler need to drive', { kind: 'answer', roles: [CH], first: /^No — .*not required/ }],
  ['is the contact handler job shift work?', { kind: 'answer', roles: [CH], first: /^Yes — .*shift work/, has: ['24 hours rotating shift pattern'], not: ['Note: Working a 24 hours'] }],
  ['what are the nights like for contact handlers', { kind: 'answer', roles: [CH], first: /^Yes — .*nights/ }],
  ['does the pcso work weekends', { kind: 'answer', roles: [PCSO], first: /does not mention weekend work/ }],
  ['is the contact handler role full time', { kind: 'answer', roles: [CH], first: /^Yes — 37 hours a week/ }],
  ['can I do the contact handler job part time', { kind: 'answer', roles: [CH], first: /does not say whether part-time working is possible; it gives 37 hours/ }],
  ['is there a fitness test for the community pc', { kind: 'answer', roles: [CPC], first: /does not mention a fitness test/ }],
  ['can I apply for pcso if I wear glasses', { kind: 'answer', roles: [PCSO], first: /does not mention eyesight; its health requirement is: "Before commencement/, not: ['Yes'] }],
  ['does the mosovo need a firearms licence', { kind: 'answer', roles: [MOS], first: /"firearms licence"/, not: ['Yes', 'driving'] }],
  ['does the contact handler need CTC', { kind: 'answer', roles: [CH], first: /^Yes — the Contact Handler profile states CTC vetting \(CTC, RV\)/ }],
  ['do contact handlers need NPPV3', { kind: 'answer', roles: [CH], first: /^Not as stated — .*CTC, RV; NPPV3 is not among them/ }],
  ['does the patrol and resolution officer need nppv 3', { kind: 'answer', first: /^Unclear —/ }],
  ['is the mosovo job 9 to 5', { kind: 'answer', roles: [MOS], first: /does not state a shift pattern/ }],
  ['what behaviours does the contact handler need', { kind: 'answer', roles: [CH], has: ['Behaviours (mentioned elsewhere in the profile)', 'effective listening'] }],
  ['is there a fitness test for pcsos', { kind: 'answer', roles: [PCSO], first: /^On a fitness test, .*"Before commencement of this appointment, this role is subject to medical assessment and fitness test"/ }],
  ['is there an eyesight test for the contact handler', { kind: 'answer', roles: [CH], first: /^On eyesight, the Contact Handler profile says: "Applicants must meet the required standard of hearing and eyesight"/, not: ['25 words per minute'] }],
  // a named requirement: found and placed (essential / desirable), or said to be absent, briefly
  [
    "hi, I'm thinking of applying to be a contact handler, do I need to be able to type fast?",
    { kind: 'answer', roles: [CH], first: /^Yes — it is an essential criterion/, has: ['25 words per minute'], not: ['GCSE Grade C'] },
  ],
  ['do you need gcses to be a contact handler', { kind: 'answer', roles: [CH], first: /^Yes — it is an essential criterion/, has: ['GCSE Grade C'] }],
  ['does the contact handler need nvq', { kind: 'answer', roles: [CH], first: /^Desirable, not essential/, has: ['National Vocational Qualification'] }],
  ['does the mosovo role need a degree', { kind: 'answer', roles: [MOS], first: /^Not stated — .*"degree"/, not: ['Yes', 'high degree of confidentiality'] }],
  ['Is the Contact Handler a police officer?', { kind: 'answer', roles: [CH], first: /^No — the Contact Handler is a police staff role, not a police officer/ }],
  ['are pcsos police staff', { kind: 'answer', roles: [PCSO], first: /^Yes — the Police Community Support Officer is a police staff role/ }],
  ['is the mosovo a police officer', { kind: 'answer', roles: [MOS], first: /^Yes — the MOSOVO Constable is a police officer role/ }],
  ['how old do i have to be to be a pcso', { kind: 'answer', roles: [PCSO], first: /^Not stated — .*"age"/ }],
  ['I have a criminal record, can I be a pcso?', { kind: 'answer', roles: [PCSO], first: /decided by the vetting unit; the profile does not say/, not: ['Responsibilities'] }],
  // pay: never a figure, the grade or rank where stated, no role code
  ['what\'s the pay for a pcso', { kind: 'answer', roles: [PCSO], first: /does not state pay or salary; it gives the grade A3/, not: ['£'] }],
  ['salary for contact handler', { kind: 'answer', roles: [CH], first: /does not state pay or salary; it gives the grade Scale 4/, not: ['B053', '£'] }],
  ['how much does a mosovo constable earn', { kind: 'answer', roles: [MOS], first: /does not state pay or salary; it gives the rank Constable. The pay for that rank/ }],
  // how long / which systems / dress: focused, nothing padded in from other lists
  ['how long is the training for a pcso', { kind: 'answer', roles: [PCSO], first: /does not say how long the training lasts/, not: ['long term solutions'] }],
  ['how long is the contact handler training', { kind: 'answer', roles: [CH], has: ['6 week'], not: ['does not say how long'] }],
  ['what IT systems does the contact handler use', { kind: 'answer', roles: [CH], has: ['STORM'], not: ['GCSE'] }],
  ['does the mosovo wear uniform', { kind: 'answer', roles: [MOS], first: /mentions it: "Casual plain clothes/ }],
  ['what skills does the contact handler need', { kind: 'answer', roles: [CH], has: ['mentioned elsewhere', '25 words per minute'] }],
  ['whats needed to be a contact handler', { kind: 'answer', roles: [CH], has: ['Essential criteria', 'GCSE Grade C'], not: ['Purpose:'] }],
  ['do community pcs need crime investigation', { kind: 'answer', roles: [CPC], first: /mentions it under skills: "Crime Investigation" \(Level 3\)/, not: ['Desirable criteria', 'six on, three off'] }],
  // typos: swapped letters are one typo
  ['contcat handler vetting', { kind: 'answer', roles: [CH], has: ['CTC, RV'] }],
  // typos inside a phrase are forgiven as in a single word: "reprots to" is "reports to"
  ['who does the pcso reprots to', { kind: 'answer', roles: [PCSO], has: ['Neighbourhood Sergeant'], not: ['not stated'] }],
  ['pcso line manger', { kind: 'answer', roles: [PCSO], has: ['Neighbourhood Sergeant'] }],
  // a thing asked in other words than the document's ("bike" for "pedal cycle"), found before "not stated"
  ['do I need to ride a bike as a pcso?', { kind: 'answer', roles: [PCSO], has: ['pedal cycle'], not: ['does not mention'] }],
  ['contact handler workng patterns', { kind: 'answer', roles: [CH], has: ['24 hours rotating shift pattern'] }],
  // glossary, also when the data folder has no glossary of its own (built-in below)
  ["what's ECYPM", { kind: 'answer', has: ['Every Child and Young Person Matters'] }],
  ['meaning of PIP2', { kind: 'answer', has: ['PIP level 2'], not: ['not in my glossary'] }],
  ['whats nppv3 stand for', { kind: 'answer', has: ['Non-Police Personnel Vetting level 3'] }],
  ['whats the differnce between mv and nppv3', { kind: 'answer', has: ['MV: Management Vetting', 'NPPV3: Non-Police Personnel Vetting level 3'] }],
  ['thanks', { kind: 'help', has: ["You're welcome"], not: ['Try:'] }],
  ['what can you do', { kind: 'help', has: ['I answer questions'] }],
  ['which roles need NPPV3 or MV', { kind: 'list' }],
  // negated cross-role questions list only what the profiles say
  ["which jobs don't need a licence?", { kind: 'list', has: ['Contact Handler', 'driving is not required'], not: ['Roles mentioning don'] }],
  ["what roles do not need nppv3", { kind: 'list', has: ['does not include NPPV3', 'Contact Handler'] }],
  ["which roles don't need vetting", { kind: 'list', has: ['not stated is not the same as not needed'], not: ['Roles mentioning don'] }],
  ['which roles are part time', { kind: 'list', has: ['ask HR'] }],
  ['which roles use STORM', { kind: 'list', has: ['Contact Handler (Leicestershire Police): STORM', 'Control Room Operator'] }],
  // roles we do not hold: said so, never answered from a role that shares a word
  ['dog handler vetting', { kind: 'not-found', has: ['"dog handler"'], not: ['CTC'] }],
  ['traffic warden hours', { kind: 'not-found', has: ['"traffic warden"'] }],
  // "which has more ...?": one line from what each profile states, saying when it cannot be told
  ['pcso or contact handler, which has more hours?', { kind: 'answer', first: /^Cannot be compared in full: Police Community Support Officer does not state weekly hours; Contact Handler 37 hours a week/ }],
  ['contact handler or patrol and resolution officer which has longer hours', { kind: 'answer', first: /^Patrol and Resolution Officer has the most weekly hours as stated/ }],
  ['which is better paid, pcso or contact handler', { kind: 'answer', first: /^None of these profiles states pay/, not: ['£'] }],
  // comparisons of three: a short, grouped headline
  ['compare pcso, contact handler and mosovo', { kind: 'comparison', has: ['Driving: essential for PCSO and MOSOVO Constable; not required for Contact Handler'] }],
];

function firstLine(answer: Answer): string {
  return answer.text.split('\n')[0] ?? '';
}

describe('questions phrased by others, seeds with other forces beside them', () => {
  let assistant: Assistant;
  let seeds: RoleProfile[];
  beforeAll(async () => {
    seeds = await seedProfiles();
    // No glossary given: the shipped one answers (a folder made by `rolecall ingest` has none).
    assistant = createAssistant({ profiles: [...seeds, controlRoomOperator, detectiveConstable, responseSergeant] });
  });

  it.each(ROWS)('%s', (question, row) => {
    const { answer } = assistant.ask(question, EMPTY_CONTEXT);
    const where = `[${answer.kind}] ${answer.text}`;
    expect(answer.kind, where).toBe(row.kind);
    if (row.roles) expect(answer.roles.map((role) => role.id), where).toEqual(row.roles);
    if (row.first) expect(firstLine(answer), where).toMatch(row.first);
    for (const part of row.has ?? []) expect(answer.text, `should contain "${part}": ${where}`).toContain(part);
    for (const part of row.not ?? []) expect(answer.text, `must not contain "${part}": ${where}`).not.toContain(part);
    if (row.first && answer.kind === 'answer') expect(answer.lead, where).toBe(firstLine(answer));
  });

  it('negated list: a role whose profile requires driving is never listed as not needing it', () => {
    const { answer } = assistant.ask("which jobs don't need a licence?");
    expect(answer.kind).toBe('list');
    if (answer.kind !== 'list') return;
    const ids = answer.items.map((item) => item.role.id);
    expect(ids).toContain(CH);
    expect(ids).not.toContain(MOS);
    expect(ids).not.toContain(PCSO);
    // Silent profiles are named in a note, not listed.
    expect(ids).not.toContain(CPC);
    expect(answer.text).toMatch(/Not stated either way .*Community Policing Team PC/);
  });

  it('"and what about the X?" after a topic asks the same topic, not a summary', () => {
    const first = assistant.ask('what skills does the mosovo need');
    const next = assistant.ask('and what about the community pc?', first.context);
    expect(next.answer.roles.map((role) => role.id)).toEqual([CPC]);
    expect(next.answer.kind).toBe('answer');
    expect(next.answer.text).toContain('Crime Investigation');
    expect(next.answer.text).not.toContain('Purpose:');
  });

  it('"compare the two" compares the roles asked about one at a time', () => {
    const first = assistant.ask('i want to be a pcso');
    const second = assistant.ask('how about the contact handler', first.context);
    const compared = assistant.ask('compare the two', second.context);
    expect(compared.answer.kind).toBe('comparison');
    expect(compared.answer.roles.map((role) => role.id).sort()).toEqual([CH, PCSO].sort());
  });

  it('follow-up yes/no question about the role in context', () => {
    const first = assistant.ask('tell me about the contact handler');
    const next = assistant.ask('does it need a licence?', first.context);
    expect(firstLine(next.answer)).toMatch(/^No — the Contact Handler profile says driving is not required/);
  });

  it('"Essential car user: No" is read as not required', () => {
    const dpo = buildProfile({
      id: 'records-officer-northshire',
      title: 'Records Officer',
      organisation: 'Northshire Police',
      driving: { requirement: 'essential', detail: 'Essential car user: No' },
    });
    const local = createAssistant({ profiles: [...seeds, dpo], glossary: glossaryEntries() });
    const { answer } = local.ask('records officer - do they need to drive?');
    expect(firstLine(answer)).toMatch(/^No —/);
    expect(answer.text).toContain('Not required');
    expect(answer.text).not.toContain('Essential: Essential car user');
  });

  it("a role's own title beats another role's informal name", () => {
    const callHandler = buildProfile({ id: 'call-handler-northshire', title: 'Call Handler', organisation: 'Northshire Police', weeklyHours: 36 });
    const local = createAssistant({ profiles: [...seeds, callHandler], glossary: glossaryEntries() });
    const { answer } = local.ask('call handler hours a week');
    expect(answer.roles.map((role) => role.id)).toEqual(['call-handler-northshire']);
    expect(answer.text).toContain('36 hours a week');
  });

  it('a named thing the scalar topic does not hold is looked for in the lists ("advanced driving")', () => {
    const roads = buildProfile({
      id: 'traffic-constable-northshire',
      title: 'Traffic Constable',
      organisation: 'Northshire Police',
      driving: { requirement: 'essential', detail: 'Full UK driving licence' },
      essentialCriteria: [{ text: 'Hold the Advanced Driving authority or gain it within a year', category: null, number: null, assessment: null }],
    });
    const local = createAssistant({ profiles: [...seeds, roads], glossary: glossaryEntries() });
    const { answer } = local.ask('does the traffic constable need advanced driving');
    expect(firstLine(answer)).toMatch(/^Yes — it is an essential criterion .*"Hold the Advanced Driving authority/);
  });

  it('a yes/no about words of the title still asks them; a weekday pattern with a Saturday rota is not shift work', () => {
    const clerk = buildProfile({
      id: 'records-clerk-part-time-northshire',
      title: 'Records Clerk (part time)',
      organisation: 'Northshire Police',
      weeklyHours: 18,
      shifts: { pattern: 'Monday to Friday, 09:00 to 13:00, with a Saturday morning rota', details: null },
    });
    const local = createAssistant({ profiles: [...seeds, clerk], glossary: glossaryEntries() });
    expect(firstLine(local.ask('is the records clerk part time').answer)).toMatch(/^Yes — the Records Clerk \(part time\) is part time: 18 hours a week/);
    expect(firstLine(local.ask('is the records clerk shift work').answer)).toMatch(/^Mainly weekday daytime, not a shift pattern/);
  });

  it('"which PCSO needs a licence?" answers each PCSO rather than asking which', () => {
    const south = buildProfile({ id: 'pcso-southshire', title: 'Police Community Support Officer', organisation: 'Southshire Constabulary', driving: { requirement: 'desirable', detail: 'Driving licence desirable' } });
    const local = createAssistant({ profiles: [...seeds, south], glossary: glossaryEntries() });
    const { answer } = local.ask('which pcso needs a licence');
    expect(answer.kind).toBe('answer');
    expect(answer.roles.map((role) => role.id).sort()).toEqual([PCSO, 'pcso-southshire'].sort());
    expect(answer.text).toContain('Full Clean Driving Licence');
    expect(answer.text).toContain('Driving licence desirable');
    expect(local.ask('pcso licence?').answer.kind).toBe('clarify');
  });

  it('force names are not read as misspelt topic words', () => {
    const wales = buildProfile({ id: 'custody-officer-wales', title: 'Custody Officer', organisation: 'North Wales Police', weeklyHours: 37 });
    const local = createAssistant({ profiles: [wales], glossary: glossaryEntries() });
    const { answer } = local.ask('north wales custody officer hours');
    expect(answer.text).toContain('37 hours a week');
    expect(answer.text).not.toContain('pay');
  });
});
