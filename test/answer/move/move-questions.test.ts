/**
 * Move questions through the real assistant over the seed documents and two invented ones (a PolSA and a DC
 * of an invented force), all read by the real parser: the phrasings of issue 11, the follow-up, the saved
 * role, and the questions that must keep their old answers.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Assistant } from '../../../src/answer/assistant-api.ts';
import { EMPTY_CONTEXT, type Answer, type ConversationContext } from '../../../src/answer/types.ts';
import { createSeedAssistant } from '../../support/seed-assistant.ts';

const PCSO = 'police-community-support-officer-hertfordshire';
const PRO = 'patrol-and-resolution-officer-leicestershire';
const CH = 'contact-handler-leicestershire';

let assistant: Assistant;
let POLSA: string;
let DC: string;

beforeAll(async () => {
  const read = (name: string) => ({ name, text: readFileSync(new URL(`./documents/${name}`, import.meta.url), 'utf8') });
  assistant = await createSeedAssistant({ documents: [read('ambergate-police-search-adviser.txt'), read('ambergate-detective-constable.txt')] });
  const roles = assistant.roles();
  POLSA = roles.find((role) => /search adviser/i.test(role.title))?.id ?? '';
  DC = roles.find((role) => role.title === 'Detective Constable')?.id ?? '';
}, 60_000);

function moveOf(answer: Answer): { from: string; to: string } {
  if (answer.kind !== 'move') throw new Error(`expected a move checklist, got ${answer.kind}: ${answer.text.slice(0, 200)}`);
  return { from: answer.checklist.from.id, to: answer.checklist.to.id };
}

describe('move questions', () => {
  it.each([
    ["I'm a PCSO, what would I need for the Patrol and Resolution Officer post?", () => [PCSO, PRO]],
    ['how do I get from contact handler to PCSO', () => [CH, PCSO]],
    ['could a contact handler become a PCSO?', () => [CH, PCSO]],
    ["I'm a call handler, could I become a PolSA?", () => [CH, POLSA]],
    ['as a PCSO what would it take to move to the detective constable role?', () => [PCSO, DC]],
    ['moving from patrol and resolution officer to contact handler', () => [PRO, CH]],
  ] as const)('%s', (question, roles) => {
    const [from, to] = roles();
    expect(moveOf(assistant.ask(question).answer)).toEqual({ from, to });
  });

  it('the first line gives the count of what would be needed', () => {
    const { answer } = assistant.ask("I'm a PCSO, what would I need for the Patrol and Resolution Officer post?");
    expect(answer.text.split('\n')[0]).toMatch(/^You would need \d+ things? to move from Police Community Support Officer \(Hertfordshire Constabulary\) to Patrol and Resolution Officer/);
    expect(answer.lead).toBe(answer.text.split('\n')[0]);
  });

  it('a follow-up moves from the same role to the one it names', () => {
    const first = assistant.ask("I'm a PCSO, what would I need for the Patrol and Resolution Officer post?");
    const next = assistant.ask('and for the DC post?', first.context);
    expect(moveOf(next.answer)).toEqual({ from: PCSO, to: DC });
    const again = assistant.ask('what about the PolSA?', next.context);
    expect(moveOf(again.answer)).toEqual({ from: PCSO, to: POLSA });
  });

  it('"what would it take to move to X" moves from the saved role', () => {
    const context: ConversationContext = { ...EMPTY_CONTEXT, askerRoleId: CH };
    expect(moveOf(assistant.ask('what would it take to move to the PCSO post?', context).answer)).toEqual({ from: CH, to: PCSO });
    expect(moveOf(assistant.ask('what do I need to become a PolSA?', context).answer)).toEqual({ from: CH, to: POLSA });
  });

  it('with no role saved or named, it asks which role the move is from', () => {
    const { answer } = assistant.ask('what would it take to move to the PCSO post?');
    expect(answer.kind).toBe('help');
    expect(answer.text).toMatch(/Which role are you moving from\?/);
    expect(answer.text).toMatch(/set my role/);
  });

  it('a role named after the move that we do not hold is said to be unknown, not answered about the asker', () => {
    const { answer } = assistant.ask("I'm a PCSO, could I become a traffic warden?");
    expect(answer.kind).toBe('not-found');
    expect(answer.text).toMatch(/traffic warden/);
  });

  it.each([
    ['what vetting does a pcso need?', 'answer'],
    ['compare pcso and contact handler', 'comparison'],
    ["I'm a PCSO, what vetting do I need?", 'answer'],
    ['what do I need to become a PCSO?', 'answer'],
    ['tell me about the contact handler', 'summary'],
  ] as const)('is not a move: %s', (question, kind) => {
    expect(assistant.ask(question).answer.kind).toBe(kind);
  });

  it('move(from, to) resolves role names as the commands give them', () => {
    expect(moveOf(assistant.move('contact handler', 'pcso'))).toEqual({ from: CH, to: PCSO });
    expect(assistant.move('contact handler', 'traffic warden').kind).toBe('not-found');
    expect(assistant.move('pcso', 'police community support officer').kind).toBe('help');
  });
});
