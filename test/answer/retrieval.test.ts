/**
 * Retrieval before "not stated": a subject no profile field holds is looked for in the role's own lines,
 * and quoted with its line number. Two documents of our own (not the seeds), parsed by the real parser,
 * beside the seeds; questions in words other than the documents' own.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Assistant } from '../../src/answer/assistant-api.ts';
import { createAssistant } from '../../src/answer/assistant.ts';
import type { Answer } from '../../src/answer/types.ts';
import { parseDocument } from '../../src/ingest/index.ts';
import { RoleProfileSchema, type RoleProfile } from '../../src/profile/role-profile.ts';
import { seedProfiles } from './support/seed-assistant.ts';

const RURAL = [
  'Job Title: Rural Engagement Officer',
  'Force: Moorland Constabulary',
  'Grade: Scale 5',
  'Weekly Hours: 37',
  'Reports to: Rural Crime Sergeant',
  '',
  'Purpose',
  'To reduce rural crime and build trust across farming communities.',
  '',
  'Key Responsibilities',
  '- Spend at least 60% of each tour on foot or cycle patrol in the area you are posted to.',
  '- Work additional hours when operational demands require it.',
  '- Provide a visible service 365 days a year, including at agricultural shows.',
  '',
  'Terms of appointment',
  '- Salary: £27,450 rising to £30,120 after two increments.',
  '- Job share considered.',
  '- Part time 18.5 hours considered.',
  '- A minimum posting of two years applies.',
  '- Closing date for applications: 14 January.',
  '- Officers need two years of service before they can apply for this post.',
  '- Successful candidates must pass a swimming assessment before posting.',
  '- Ability to converse in the Welsh language is desirable.',
].join('\n');

const HARBOUR = [
  'Job Title: Harbour Patrol Constable',
  'Force: Estuary Police',
  'Rank: Constable',
  '',
  'Main duties',
  '- Patrol the harbour and marina by boat and on foot.',
  '- Board and inspect vessels with partner agencies.',
  '',
  'Essential',
  '- Hold a Powerboat Level 2 certificate or obtain it within six months.',
].join('\n');

function parse(file: string, text: string): RoleProfile {
  return parseDocument({ file, text, format: 'txt', sha256: 'a'.repeat(64) }).profile;
}

/** The number of the document line holding `text`. */
function lineOf(source: string, text: string): number {
  const at = source.split('\n').findIndex((line) => line.includes(text));
  if (at < 0) throw new Error(`no line holds ${text}`);
  return at + 1;
}

/**
 * The answer opens with what the profile says and quotes the line, with its number. Fields the profile
 * has but leaves empty may still say "not stated" below (the document line is not a value of them).
 */
function expectQuotes(answer: Answer, source: string, text: string): void {
  const line = lineOf(source, text);
  expect(answer.text).toContain(text);
  const first = answer.text.split('\n')[0] ?? '';
  // A lead read from a feature ("a job share is possible") quotes the line without citing it (yet); the
  // lines retrieval quotes always carry their line numbers.
  if (/profile says \(line/.test(first)) expect(answer.citations.map((citation) => citation.line), answer.text).toContain(line);
  // Quoted from a field that holds it (a feature: "a job share is possible") or from the lines.
  expect(first, answer.text).toMatch(/Rural Engagement Officer profile says/);
  expect(first).not.toMatch(/not stated|does not (say|mention|state)/i);
}

describe('retrieval before "not stated"', () => {
  let assistant: Assistant;
  let rural: RoleProfile;

  beforeAll(async () => {
    rural = parse('rural-engagement-officer.txt', RURAL);
    const harbour = parse('harbour-patrol-constable.txt', HARBOUR);
    assistant = createAssistant([...(await seedProfiles()), rural, harbour]);
  });

  it('keeps the document lines, with their line numbers, in the profile', () => {
    expect(rural.lines).toContainEqual({ line: lineOf(RURAL, 'Job share considered.'), text: 'Job share considered.' });
    expect(rural.lines.every((line) => RURAL.split('\n')[line.line - 1]?.includes(line.text))).toBe(true);
  });

  it.each([
    ['how much of the rural engagement officer time is spent in the locality?', 'Spend at least 60% of each tour'],
    ['does the rural engagement officer do extra hours?', 'Work additional hours'],
    ['does the rural engagement officer work bank holidays?', '365 days a year'],
    ['is a job share considered for the rural engagement officer?', 'Job share considered.'],
    ['could I do the rural engagement officer part time 18.5 hours?', 'Part time 18.5 hours considered.'],
    ['is there a swim test for the rural engagement officer?', 'pass a swimming assessment'],
    ['rural engagement officer minimum posting?', 'A minimum posting of two years applies.'],
    ['what is the minimum service to apply for rural engagement officer?', 'two years of service before they can apply'],
    ['what does the rural engagement officer profile say about agricultural shows?', 'including at agricultural shows'],
  ])('%s -> quotes the line', (question, text) => {
    expectQuotes(assistant.ask(question).answer, RURAL, text);
  });

  // Pay and closing dates are profile fields now: answered from the field, citing the line that states them.
  it.each([
    ["what's the salary of the rural engagement officer?", '£27,450 rising to £30,120 after two increments', 'Salary: £27,450'],
    ['closing date for the rural engagement officer?', '14 January', 'Closing date for applications: 14 January.'],
  ])('%s -> answered from the profile field, citing its line', (question, value, lineText) => {
    const answer = assistant.ask(question).answer;
    expect(answer.text).toContain(value);
    expect(answer.citations.map((citation) => citation.line)).toContain(lineOf(RURAL, lineText));
    expect(answer.text).not.toMatch(/not stated|does not (say|mention|state)/i);
  });

  it('a salary the document does not state is called "not stated", with no sum', () => {
    const silent = assistant.ask('what is the salary of the harbour patrol constable?').answer;
    expect(silent.text).toMatch(/does not state pay or salary/);
    expect(silent.text).not.toMatch(/£/);
  });

  it('answers across roles from their lines, and only the roles that say it', () => {
    const welsh = assistant.ask('which roles mention the Welsh language?').answer;
    expect(welsh.kind).toBe('list');
    expect(welsh.roles.map((role) => role.id)).toEqual([rural.id]);
    expect(welsh.text).toContain('converse in the Welsh language');
    expect(welsh.citations.map((citation) => citation.line)).toEqual([lineOf(RURAL, 'Welsh language')]);
    const boats = assistant.ask('which roles mention powerboat?').answer;
    expect(boats.roles.map((role) => role.title)).toEqual(['Harbour Patrol Constable']);
  });

  it.each([
    'does the rural engagement officer need a pilot licence?',
    'is there a canteen for the rural engagement officer?',
    'what does the harbour patrol constable profile say about bank holidays?',
  ])('%s -> not stated: nothing in the document covers it', (question) => {
    const { answer } = assistant.ask(question);
    expect(answer.text).toMatch(/not stated|does not mention|does not state/i);
    expect(answer.text).not.toMatch(/profile says \(line/);
  });

  it('a question across roles about something no document says lists none', () => {
    const answer = assistant.ask('which roles mention scuba diving?').answer;
    expect(answer.roles).toEqual([]);
  });

  it('quotes only lines of the role asked about, never another role\'s', () => {
    const answer = assistant.ask('what does the harbour patrol constable profile say about the welsh language?').answer;
    expect(answer.text).not.toContain('Welsh language is desirable');
    expect(answer.citations.every((citation) => citation.roleId !== rural.id)).toBe(true);
  });

  it('a profile stored before lines were kept is searched through its evidence quotes', () => {
    const { lines: _dropped, ...older } = rural;
    const reloaded = RoleProfileSchema.parse(JSON.parse(JSON.stringify(older)));
    expect(reloaded.lines).toEqual([]);
    const answer = createAssistant([reloaded]).ask('what does the rural engagement officer profile say about the rural crime sergeant?').answer;
    expect(answer.citations.map((citation) => citation.line)).toContain(lineOf(RURAL, 'Reports to: Rural Crime Sergeant'));
  });
});
