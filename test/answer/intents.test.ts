/** Intents the issue names: a definition is not a role lookup, "how many" says the number, "what roles do you know" lists. */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Assistant } from '../../src/answer/assistant-api.ts';
import { seedAssistant } from './support/seed-assistant.ts';

describe('definitions, counts and the list of roles', () => {
  let assistant: Assistant;
  beforeAll(async () => {
    assistant = (await seedAssistant()).assistant;
  });

  it.each([
    ['what is MV vetting', /^MV .*Management Vetting/],
    ['whats nppv 2 clearance?', /^NPPV2 /],
    ['what is the CVF framework', /^CVF /],
  ])('"%s" is a definition', (question, expected) => {
    const { answer } = assistant.ask(question);
    expect(answer.kind).toBe('answer');
    expect(answer.roles).toEqual([]);
    expect(answer.text).toMatch(expected);
  });

  it('"how many roles ..." says the number first, and it is the number listed', () => {
    const { answer } = assistant.ask('how many roles need a driving licence?');
    expect(answer.kind).toBe('list');
    const first = answer.text.split('\n')[0] ?? '';
    expect(first).toMatch(/^\d+ roles?\.$/);
    expect(Number(first.split(' ')[0])).toBe(answer.roles.length);
    expect(assistant.ask('how many roles do you know?').answer.text.split('\n')[0]).toBe(`${assistant.roles().length} roles.`);
  });

  it('"what roles do you know" lists them; "what can you do?" is still help', () => {
    const { answer } = assistant.ask('what roles do you know');
    expect(answer.kind).toBe('list');
    expect(answer.roles.map((role) => role.id).sort()).toEqual(assistant.roles().map((role) => role.id).sort());
    expect(assistant.ask('what can you do?').answer.kind).toBe('help');
  });
});
