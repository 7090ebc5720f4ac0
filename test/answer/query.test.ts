/**
 * Question -> Query -> answer. A question is read into a typed Query (intent, roles, concepts, filters) whose
 * intent comes from an ordered precedence table, and a conversation keeps the last Query so a follow-up
 * fills only the slots it changes. Phrasings here are our own, not the seed documents' wording.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Assistant } from '../../src/answer/assistant-api.ts';
import { Glossary } from '../../src/answer/glossary.ts';
import { INTENT_PRECEDENCE, readQuery, type QueryReader } from '../../src/answer/query.ts';
import { EMPTY_CONTEXT, type Answer, type ConversationContext, type Intent } from '../../src/answer/types.ts';
import { Catalogue } from '../../src/catalogue/index.ts';
import { glossaryEntries, seedAssistant, seedProfiles } from './support/seed-assistant.ts';

const CH = 'contact-handler-leicestershire';
const PCSO = 'police-community-support-officer-hertfordshire';
const MOS = 'mosovo-constable-kent';
const CPT = 'community-policing-team-pc';

let reader: QueryReader;
let assistant: Assistant;

beforeAll(async () => {
  const profiles = await seedProfiles();
  const catalogue = new Catalogue(profiles);
  reader = { catalogue, glossary: new Glossary(glossaryEntries()), lookup: (id) => catalogue.get(id) };
  ({ assistant } = await seedAssistant());
});

function conversation(questions: string[]): Answer[] {
  let context: ConversationContext = EMPTY_CONTEXT;
  return questions.map((question) => {
    const { answer, context: next } = assistant.ask(question, context);
    context = next;
    return answer;
  });
}

describe('the precedence table', () => {
  it('holds every intent, each row once, and ends with a row that always holds', () => {
    const intents: Intent[] = ['pick', 'empty', 'document', 'thanks', 'help', 'define', 'not-held', 'move', 'count', 'list', 'compare', 'summary', 'yes-no', 'fact'];
    expect(new Set(INTENT_PRECEDENCE.map((row) => row.intent))).toEqual(new Set(intents));
    expect(INTENT_PRECEDENCE.length).toBe(intents.length);
    expect(INTENT_PRECEDENCE.at(-1)?.intent).toBe('fact');
    for (const row of INTENT_PRECEDENCE) expect(row.why.length, row.intent).toBeGreaterThan(10);
  });

  it.each<[string, Intent]>([
    ['cheers mate', 'thanks'],
    ['what can you do?', 'help'],
    ['what is MV vetting', 'define'],
    ['MV or NPPV3, which is higher?', 'define'],
    ['what does SC stand for', 'define'],
    ['how many roles need a driving licence?', 'count'],
    ['which jobs involve nights?', 'list'],
    ['what roles do you know', 'list'],
    ['contact handler versus pcso', 'compare'],
    ['tell me about the mosovo constable', 'summary'],
    ['does the pcso need to drive?', 'yes-no'],
    ['pcso shift pattern', 'fact'],
    ['what does the pcso profile say about bank holidays?', 'document'],
    ["I'm a PCSO, what would I need for the contact handler post?", 'move'],
    ['what vetting does the sussex pcso need?', 'not-held'],
    [CPT, 'pick'],
    ['?!', 'empty'],
  ])('%s -> %s', (text, intent) => {
    expect(readQuery(text, reader, EMPTY_CONTEXT).intent).toBe(intent);
  });

  it('keeps the asker\'s own role apart from the role asked about', () => {
    const query = readQuery("I'm a PCSO, what would I need for the contact handler post?", reader, EMPTY_CONTEXT);
    expect(query.roles.own?.id).toBe(PCSO);
    expect(query.move?.kind === 'move' ? query.move.to.id : null).toBe(CH);
  });

  it('reads filters: a vetting value, a feature, a level with "or above", a force, a negation', () => {
    const query = readQuery("which roles don't need crime investigation at level 3 or above?", reader, EMPTY_CONTEXT);
    expect(query.filters.level).toEqual({ level: 3, orAbove: true });
    expect(query.filters.negated).toBe(true);
    const vetting = readQuery('which kent roles need nppv 3 and work nights?', reader, EMPTY_CONTEXT);
    expect(vetting.filters.vetting).toEqual(['NPPV3']);
    expect(vetting.filters.features).toEqual(['nights']);
    expect(vetting.scope.forces).toEqual(['kent']);
  });
});

describe('a figure of hours filters a list', () => {
  it.each([
    ['which roles are 37 hours a week?', [CH], /states 37 hours a week/],
    ['which jobs work under 38 hours', [CH], /under 38 hours/],
    ['any roles with at least 40 hrs?', ['patrol-and-resolution-officer-leicestershire'], /at least 40 hours/],
    ['which roles are 18.5 hours a week', [], /18.5 hours a week/],
  ])('%s', (question, roles, title) => {
    const [answer] = conversation([question]);
    expect(answer?.kind).toBe('list');
    expect(answer?.text).toMatch(title);
    expect(answer?.roles.map((role) => role.id)).toEqual(roles);
  });
});

describe('the asker\'s own role, a level, and chat around a question', () => {
  it('answers about the role asked, not the asker\'s own ("I am a PCSO, is the contact handler job full time?")', () => {
    const [answer] = conversation(['I am a pcso, is the contact handler job full time?']);
    expect(answer?.roles.map((role) => role.id)).toEqual([CH]);
    expect(answer?.text).toMatch(/^Yes — 37 hours a week/);
    expect(answer?.text).not.toMatch(/Police Community Support Officer/);
  });

  it('"at level 4" narrows a role\'s skills, and "what about level 3?" asks the same at level 3', () => {
    const [four, three] = conversation(['what skills does the mosovo constable need at level 4', 'what about level 3?']);
    expect(four?.text).toMatch(/Skills at level 4:/);
    expect(four?.text).not.toMatch(/\(Level 3\)/);
    expect(three?.roles.map((role) => role.id)).toEqual([MOS]);
    expect(three?.text).toMatch(/Skills at level 3:/);
    expect(three?.text).not.toMatch(/\(Level 4\)/);
  });

  it('a level asked of one named skill it does not have at that level says the level it has', () => {
    const [, four] = conversation(['what level of crime investigation does the mosovo need', 'and at level 4?']);
    expect(four?.text).toMatch(/None at level 4 \(its skills are at level 3\)/);
  });

  it('chat around a question is no part of its subject', () => {
    const [answer] = conversation(['morning - would a contact handler be working over bank holidays?']);
    expect(answer?.text).toMatch(/365 days a year/);
    expect(answer?.text).not.toMatch(/not stated|does not mention/);
  });
});

describe("a list's scope: a force, officers or staff, a rank", () => {
  it.each([
    ['which leicestershire roles need a driving licence?', ['patrol-and-resolution-officer-leicestershire'], /only Leicestershire roles/],
    ['which staff roles work shifts?', [CH, PCSO], /only police staff roles/],
    ['which officer roles work weekends', [CPT], /only police officer roles/],
    ['which roles at leicestershire police work 24/7', [CH], /only Leicestershire roles/],
    ['which kent roles mention travel', [MOS], /only Kent roles/],
  ])('%s', (question, roles, label) => {
    const [answer] = conversation([question]);
    expect(answer?.kind).toBe('list');
    expect(answer?.text.split('\n')[0]).toMatch(label);
    expect(answer?.roles.map((role) => role.id).sort()).toEqual([...roles].sort());
  });

  it('"how many kent roles are there?" counts the roles in scope', () => {
    const [answer] = conversation(['how many kent roles are there']);
    expect(answer?.text).toMatch(/^1 role\.\nRoles I know about \(only Kent roles\)/);
  });
});

describe('a follow-up fills only the slots it changes', () => {
  it('"what about level 3?" changes the level of the last list and keeps its subject', () => {
    const [first, second] = conversation(['which roles have victim support at level 4', 'what about level 3?']);
    expect(first?.roles.map((role) => role.id)).toEqual([MOS]);
    expect(second?.kind).toBe('list');
    expect(second?.text).toMatch(/^Roles with Victim Support at level 3/);
    expect(second?.roles.map((role) => role.id)).toEqual([CPT]);
  });

  it('"and which ones don\'t?" negates the last list, and says the number when the list was counted', () => {
    const [, negated] = conversation(['how many roles need nppv3?', "and which ones don't?"]);
    expect(negated?.text).toMatch(/^1 role\./);
    expect(negated?.text).toContain('does not include NPPV3');
  });

  it('"which role needs it?" after a definition asks about the term just defined, for one turn only', () => {
    const [, needs] = conversation(['what does MV mean?', 'which roles need it?']);
    expect(needs?.text).toMatch(/^Roles that need MV vetting/);
    const [, , later] = conversation(['what does MV mean?', 'thanks', 'which roles need it?']);
    expect(later?.text).not.toMatch(/MV/);
  });

  it('"compare them" compares the roles of the conversation', () => {
    const [, , compared] = conversation(['what grade is the contact handler?', 'and the pcso?', 'compare them']);
    expect(compared?.kind).toBe('comparison');
    expect(compared?.roles.map((role) => role.id).sort()).toEqual([CH, PCSO].sort());
  });

  it('a question with no pronoun follows on from the role in the conversation', () => {
    const [, bike] = conversation(['tell me about the pcso', 'do I need to ride a bike?']);
    expect(bike?.roles.map((role) => role.id)).toEqual([PCSO]);
  });

  it('"how long is it?" asks the last topic further, about the same role', () => {
    const [, , long] = conversation(['pcso', 'what about training?', 'how long is it?']);
    expect(long?.roles.map((role) => role.id)).toEqual([PCSO]);
    expect(long?.text).toMatch(/does not say how long the training lasts/);
  });

  it('"what about the contact handler?" after a subject no topic holds asks that subject of the new role', () => {
    const [bike, other] = conversation(['does the pcso have to ride a bike', 'what about the contact handler?']);
    expect(bike?.text).toMatch(/cycle/);
    expect(other?.roles.map((role) => role.id)).toEqual([CH]);
    expect(other?.text).toMatch(/bike/);
    expect(other?.text).not.toMatch(/^Contact Handler \(Leicestershire Police\)\nOfficer or staff/);
  });

  it('"and weekends?" after a list asks the same list of a new subject; a named role or a list of its own does not', () => {
    const [nights, weekends, colour] = conversation(['which roles work nights?', 'and weekends?', 'what about colour vision']);
    expect(nights?.kind).toBe('list');
    expect(weekends?.kind, weekends?.text).toBe('list');
    expect(weekends?.text).toMatch(/weekend/i);
    expect(colour?.kind).toBe('list');
    const [, named] = conversation(['which roles work nights?', 'and the pcso?']);
    expect(named?.kind).not.toBe('list');
    expect(named?.roles.map((role) => role.id)).toEqual([PCSO]);
  });

  it('"and the other one" is the role of the conversation before the one just answered, with the topic asked now', () => {
    const [, , other] = conversation(['who does the contact handler report to', 'what about the mosovo constable', 'and the other one, what vetting']);
    expect(other?.roles.map((role) => role.id)).toEqual([CH]);
    expect(other?.text).toMatch(/CTC/);
    const [, again] = conversation(['who does the contact handler report to', 'and the other one?']);
    expect(again?.roles.map((role) => role.id)).not.toEqual([MOS]);
  });

  it('"what about the cpt pc?" after skills at level 4 keeps the level as well as the topic', () => {
    const [, cpt] = conversation(['what skills does the mosovo constable need at level 4', 'what about the cpt pc?']);
    expect(cpt?.roles.map((role) => role.id)).toEqual([CPT]);
    expect(cpt?.text).toMatch(/Staff Safety/);
    expect(cpt?.text).not.toMatch(/Victim Support|Drugs/);
  });

  it('a role named only in part keeps the topic', () => {
    const [, other] = conversation(['what are the pcso hours?', 'what about the mosovo one?']);
    expect(other?.roles.map((role) => role.id)).toEqual([MOS]);
    expect(other?.text).toMatch(/hours/i);
  });
});
