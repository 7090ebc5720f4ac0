/** The input limits and their wording: one place, exact messages, the boundary, and the core's own refusal. */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Assistant } from '../../src/answer/assistant-api.ts';
import { checkInputLength, inputTooLong, INPUT_LIMITS } from '../../src/answer/input-limits.ts';
import { isRoleCallError } from '../../src/errors.ts';
import { createSeedAssistant } from '../support/seed-assistant.ts';

let assistant: Assistant;
beforeAll(async () => {
  assistant = await createSeedAssistant();
});

describe('inputTooLong', () => {
  it.each([
    ['question', 'That question is 2,001 characters long; Role Call reads at most 2,000. Ask something shorter: a role or two and what you want to know about them.'],
    ['compare', 'That /compare text is 501 characters long; Role Call reads at most 500. Name two or three roles, for example `/compare PCSO vs Police Constable`.'],
    ['postRoleCommand', 'That /post-role text is 501 characters long; Role Call reads at most 500. Use `/post-role`, `/post-role list`, `/post-role edit <posting id>` or `/post-role withdraw <posting id>`.'],
    ['pastedDocument', 'The pasted text is 3,001 characters long; Role Call reads at most 3,000. Attach the role document as a file instead.'],
  ] as const)('%s: one character over the limit gets a specific message', (kind, message) => {
    const limit = INPUT_LIMITS[kind];
    expect(inputTooLong(kind, 'x'.repeat(limit))).toBeNull();
    const error = inputTooLong(kind, 'x'.repeat(limit + 1));
    expect(error?.code).toBe('INPUT_TOO_LONG');
    expect(error?.toUserText()).toBe(message);
  });

  it('counts characters as a person does: an emoji is one', () => {
    const emoji = '\u{1F46E}'; // police officer: two UTF-16 units
    expect(inputTooLong('question', emoji.repeat(INPUT_LIMITS.question))).toBeNull();
    expect(inputTooLong('question', emoji.repeat(INPUT_LIMITS.question + 1))?.message).toContain('2,001 characters');
  });

  it('checkInputLength throws the RoleCallError the transports show as it is', () => {
    expect(() => checkInputLength('question', 'what vetting does a PCSO need?')).not.toThrow();
    let thrown: unknown;
    try {
      checkInputLength('compare', 'pcso and '.repeat(100));
    } catch (error) {
      thrown = error;
    }
    expect(isRoleCallError(thrown) && thrown.code).toBe('INPUT_TOO_LONG');
  });
});

describe('the core refuses over-long text itself, whoever calls it', () => {
  const long = 'what vetting does a pcso need and '.repeat(100);

  it('ask: a help answer that says why, and the context is kept', () => {
    const context = { roleIds: ['x'] };
    const { answer, context: next } = assistant.ask(long, context);
    expect(answer.kind).toBe('help');
    expect(answer.text).toContain('Role Call reads at most 2,000');
    expect(answer.question.length).toBeLessThanOrEqual(INPUT_LIMITS.question + 1);
    expect(next).toBe(context);
  });

  it('summary and compare', () => {
    expect(assistant.summary(long).text).toContain('Role Call reads at most 2,000');
    expect(assistant.compare(['PCSO', long]).text).toContain('Role Call reads at most 2,000');
  });

  it('a question at the limit is still answered', () => {
    const question = 'what vetting does a contact handler need?';
    const padded = `${question}${' '.repeat(INPUT_LIMITS.question - question.length)}`;
    expect(padded.length).toBe(INPUT_LIMITS.question);
    expect(assistant.ask(padded).answer.kind).toBe('answer');
  });
});
