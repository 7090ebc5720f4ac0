/** Checks an answer against a table row: kind, roles, text, structured facts and citations. */
import { expect } from 'vitest';
import type { Answer, Fact } from '../../../src/answer/types.ts';

export interface ExpectedFact {
  topic: string;
  label?: string;
  status: Fact['status'];
  /** Text the fact's value (or its items) must contain. */
  value?: string;
}

export interface Expectation {
  kind: Answer['kind'];
  /** Role ids the answer must be about, in order. */
  roles?: string[];
  /** Text the answer's text must contain (case-insensitive). */
  has?: string[];
  /** Text it must not contain (values of other roles, guesses). */
  not?: string[];
  facts?: ExpectedFact[];
  /** [role id, line] pairs the citations must include. */
  cites?: [string, number][];
}

function factText(fact: Fact): string {
  return [fact.value ?? '', ...(fact.items ?? []).map((item) => `${item.text} ${item.detail ?? ''}`)].join(' ');
}

export function expectAnswer(answer: Answer, expected: Expectation): void {
  const where = `[${answer.kind}] ${answer.text}`;
  expect(answer.kind, where).toBe(expected.kind);
  if (expected.roles) expect(answer.roles.map((role) => role.id), where).toEqual(expected.roles);
  const text = answer.text.toLowerCase();
  for (const part of expected.has ?? []) expect(text, `should contain "${part}": ${where}`).toContain(part.toLowerCase());
  for (const part of expected.not ?? []) expect(text, `must not contain "${part}": ${where}`).not.toContain(part.toLowerCase());
  if (expected.facts) {
    const facts = answer.kind === 'answer' || answer.kind === 'summary' ? answer.facts : [];
    for (const want of expected.facts) {
      const found = facts.find(
        (fact) => fact.topic === want.topic && (want.label === undefined || fact.label === want.label) && fact.status === want.status,
      );
      expect(found, `fact ${want.topic} ${want.label ?? ''} ${want.status}: ${where}`).toBeDefined();
      if (found && want.value) expect(factText(found).toLowerCase(), where).toContain(want.value.toLowerCase());
      if (found && want.status !== 'stated') expect(found.value, where).toBeNull();
    }
  }
  for (const [roleId, line] of expected.cites ?? []) {
    expect(
      answer.citations.some((citation) => citation.roleId === roleId && citation.line === line),
      `cites ${roleId} line ${line}: ${JSON.stringify(answer.citations.map((c) => [c.roleId, c.line]))}`,
    ).toBe(true);
  }
}
