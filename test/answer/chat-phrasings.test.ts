/**
 * Questions as staff type them in chat: txt-speak spellings ("wot", "wots", "abt", "fulltime"), chat after
 * the question ("asking for a mate lol"), pay asked of a volunteer role, and who may apply ("do you have to
 * be a serving sergeant?"). Documents and phrasings of our own, parsed by the real parser, beside the seeds.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Assistant } from '../../src/answer/assistant-api.ts';
import { createAssistant } from '../../src/answer/assistant.ts';
import { readQuestion } from '../../src/answer/question.ts';
import { Catalogue } from '../../src/catalogue/index.ts';
import { parseDocument } from '../../src/ingest/index.ts';
import type { RoleProfile } from '../../src/profile/role-profile.ts';
import { seedProfiles } from './support/seed-assistant.ts';

const WARDEN = [
  'Job Title: Heritage Site Warden',
  'Force: Fellmoor Constabulary',
  'Reports to: Rural Crime Sergeant',
  '',
  'About the role',
  'This is a volunteer role: travel expenses are reimbursed.',
  'Wardens patrol scheduled monuments and report damage to the rural crime team.',
  'Wardens give a minimum of 8 hours a month, at times that suit them.',
].join('\n');

const CLERK = [
  'Job Title: Disclosure Clerk',
  'Force: Fellmoor Constabulary',
  'Grade: Scale 3',
  'Weekly Hours: 37',
  '',
  'Main duties',
  '- Record checks on staff, contractors and volunteers before they are given access.',
].join('\n');

const CUSTODY = [
  'Job Title: Custody Review Sergeant',
  'Force: Fellmoor Constabulary',
  'Rank: Sergeant',
  'Weekly Hours: 40',
  '',
  'Essential criteria',
  '- A substantive Sergeant with two years in the rank.',
  '- Sound knowledge of PACE Code C.',
].join('\n');

function parse(file: string, text: string): RoleProfile {
  return parseDocument({ file, text, format: 'txt', sha256: 'b'.repeat(64) }).profile;
}

let assistant: Assistant;
let catalogue: Catalogue;

beforeAll(async () => {
  const profiles = [...(await seedProfiles()), parse('heritage-site-warden.txt', WARDEN), parse('disclosure-clerk.txt', CLERK), parse('custody-review-sergeant.txt', CUSTODY)];
  catalogue = new Catalogue(profiles);
  assistant = createAssistant(profiles);
});

describe('chat spellings are read as the words they stand for', () => {
  it.each([
    ['wot does NPPV3 mean', ['what', 'does', 'nppv3', 'mean']],
    ['wots CTC', ['whats', 'ctc']],
    ['is it fulltime', ['is', 'it', 'full', 'time']],
    ['abt the pcso', ['about', 'the', 'pcso']],
  ])('%s', (question, words) => {
    const read = readQuestion(question, catalogue, { topics: false });
    expect(read.words).toEqual(words);
    expect(read.tokens.map((token) => token.pos)).toEqual(words.map((_, at) => at));
  });

  it.each(['wots CTC', 'wot does NPPV3 stand for', 'wat is MV vetting'])('"%s" is a definition, not an unknown role', (question) => {
    const { answer } = assistant.ask(question);
    expect(answer.kind, answer.text).toBe('answer');
    expect(answer.text).toMatch(/Counter Terrorist|Non.Police Personnel|Management Vetting/i);
  });

  it('"is the contact handler job fulltime" is asked of its weekly hours', () => {
    const { answer } = assistant.ask('is the contact handler job fulltime');
    expect(answer.text.split('\n')[0]).toMatch(/^Yes — 37 hours a week/);
  });
});

describe('pay of a volunteer role, and chat after a question', () => {
  it('"do wardens get paid? asking for a mate lol" quotes the line saying the role is voluntary', () => {
    const { answer } = assistant.ask('do heritage site wardens get paid at all? asking for a mate lol');
    expect(answer.text).toContain('This is a volunteer role');
    expect(answer.text).not.toMatch(/not stated/i);
  });

  it('"thinking of becoming a warden, how many hours would i have to give" quotes the monthly hours line', () => {
    const { answer } = assistant.ask('morning! thinking of becoming a heritage site warden, how many hours would i have to give');
    expect(answer.text).toContain('a minimum of 8 hours a month');
  });

  it('"volunteers" as people checked is no answer about pay', () => {
    const { answer } = assistant.ask("what's the salary for the disclosure clerk");
    expect(answer.text).not.toContain('contractors and volunteers');
    expect(answer.text).toMatch(/does not state pay/);
  });
});

describe('who may apply', () => {
  it.each([
    'do you have to be a serving sergeant already to go for custody review sergeant',
    'am I eligible for the custody review sergeant post?',
  ])('"%s" gives the essential criteria', (question) => {
    const { answer } = assistant.ask(question);
    expect(answer.roles.map((role) => role.title)).toEqual(['Custody Review Sergeant']);
    expect(answer.text).toContain('A substantive Sergeant with two years in the rank.');
  });
});
