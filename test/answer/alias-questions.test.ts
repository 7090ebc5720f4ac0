/**
 * Questions that name a role the way staff do: a short form its document defines ("CTSA"), one in its
 * title's brackets ("PolSA"), initials with the head word ("DA investigator", "CI response"), a head phrase
 * ("student officers"); and a head phrase two roles share ("marine unit"), which asks which. Documents of
 * an invented force through the real parser, beside the seeds.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createAssistant } from '../../src/answer/assistant.ts';
import type { Assistant } from '../../src/answer/assistant-api.ts';
import type { Answer } from '../../src/answer/types.ts';
import { parseDocument } from '../../src/ingest/index.ts';
import type { RoleProfile } from '../../src/profile/role-profile.ts';
import { glossaryEntries, seedProfiles } from './support/seed-assistant.ts';

function roleDocument(title: string, ...lines: string[]): RoleProfile {
  const text = ['Tarnwick Police', `Job Title: ${title}`, ...lines].join('\n');
  return parseDocument({ file: `${title}.txt`, text, format: 'txt', sha256: 'f'.repeat(64) }).profile;
}

const DOCUMENTS = [
  roleDocument(
    'Counter Terrorism Security Adviser',
    'Reports to: Protect and Prepare Inspector',
    'Purpose: The Counter Terrorism Security Adviser (CTSA) helps crowded places reduce their vulnerability to attack.',
    'Vetting: Security Check (SC)',
  ),
  roleDocument('Domestic Abuse Investigator', 'Reports to: Safeguarding Detective Sergeant', 'Hours: 37 per week'),
  roleDocument('Critical Incident Response Officer', 'Reports to: Critical Incident Manager', 'Shift pattern: 4 on 4 off, days and nights'),
  roleDocument('Police Search Adviser (PolSA)', 'Reports to: Operational Support Inspector', 'A full UK driving licence is essential.'),
  roleDocument('Student Police Officer', 'Reports to: Tutor Constable', 'Hours: 40 per week'),
  roleDocument('Marine Unit Constable', 'Reports to: Marine Unit Sergeant', 'Hours: 40 per week'),
  roleDocument('Marine Unit Sergeant', 'Reports to: Specialist Operations Inspector', 'Hours: 40 per week'),
];
const id = (title: string): string => DOCUMENTS.find((profile) => profile.title === title)?.id ?? `(no ${title})`;

interface Row {
  kind: Answer['kind'];
  roles?: string[];
  has?: string[];
  not?: string[];
}

const ROWS: [string, Row][] = [
  ['who does the DA investigator report to?', { kind: 'answer', roles: [id('Domestic Abuse Investigator')], has: ['Safeguarding Detective Sergeant'] }],
  ['what vetting does a CTSA need', { kind: 'answer', roles: [id('Counter Terrorism Security Adviser')], has: ['SC'] }],
  ['what shifts does CI response work', { kind: 'answer', roles: [id('Critical Incident Response Officer')], has: ['4 on 4 off'] }],
  ['does the PolSA need to drive', { kind: 'answer', roles: [id('Police Search Adviser (PolSA)')], has: ['essential'] }],
  ['what hours do student officers work', { kind: 'answer', roles: [id('Student Police Officer')], has: ['40'] }],
  ['tell me about the CTSA', { kind: 'summary', roles: [id('Counter Terrorism Security Adviser')], has: ['Also known as: CTSA'] }],
  // one phrase, two roles: asked, never answered for one of them
  ['what hours does the marine unit work', { kind: 'clarify', has: ['Marine Unit Constable', 'Marine Unit Sergeant'] }],
  ['who does the marine unit sergeant report to', { kind: 'answer', roles: [id('Marine Unit Sergeant')], has: ['Specialist Operations Inspector'] }],
];

describe('roles named by their other names', () => {
  let assistant: Assistant;
  beforeAll(async () => {
    assistant = createAssistant({ profiles: [...(await seedProfiles()), ...DOCUMENTS], glossary: glossaryEntries() });
  });

  it('every document gives the role its title and no parse problem', () => {
    expect(DOCUMENTS.map((profile) => profile.title)).toEqual([
      'Counter Terrorism Security Adviser',
      'Domestic Abuse Investigator',
      'Critical Incident Response Officer',
      'Police Search Adviser (PolSA)',
      'Student Police Officer',
      'Marine Unit Constable',
      'Marine Unit Sergeant',
    ]);
  });

  it.each(ROWS)('%s', (question, row) => {
    const { answer } = assistant.ask(question);
    const where = `[${answer.kind}] ${answer.text}`;
    expect(answer.kind, where).toBe(row.kind);
    if (row.roles) expect(answer.roles.map((role) => role.id), where).toEqual(row.roles);
    for (const part of row.has ?? []) expect(answer.text, `should contain "${part}": ${where}`).toContain(part);
    for (const part of row.not ?? []) expect(answer.text, `must not contain "${part}": ${where}`).not.toContain(part);
  });

  it('initials alone stay what they usually are: "SC" is a vetting level, not the CTSA', () => {
    const { answer } = assistant.ask('what does SC mean');
    expect(answer.roles.map((role) => role.id)).not.toContain(id('Counter Terrorism Security Adviser'));
    expect(answer.text).toContain('Security Check');
  });
});
