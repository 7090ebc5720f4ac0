/**
 * No answer states what its profile does not: over every seed profile (real parser) and every topic, and
 * over random questions (fast-check), each citation quotes the cited profile's own evidence, each stated
 * value is made of the profile's own words, a not-stated or ambiguous fact carries no value, and no fact
 * cites another role.
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Assistant } from '../../src/answer/assistant-api.ts';
import { TOPIC_KEYS } from '../../src/answer/topics/registry.ts';
import { TOPIC_LEXICON } from '../../src/vocabulary/question-words.ts';
import type { Answer, Citation, Fact } from '../../src/answer/types.ts';
import type { RoleProfile } from '../../src/profile/role-profile.ts';
import { seedAssistant } from './support/seed-assistant.ts';

/**
 * Every (line, quote) a profile holds, wherever it sits, and its document lines: an answer may quote a
 * line no field holds, verbatim (a long one cut at the end with an ellipsis).
 */
function evidenceOf(profile: RoleProfile): Set<string> {
  const found = new Set<string>();
  for (const line of profile.lines) {
    found.add(`${line.line}\u0000${line.text}`);
    for (let cut = 1; cut < line.text.length; cut += 1) found.add(`${line.line}\u0000${line.text.slice(0, cut).trimEnd()}…`);
  }
  const walk = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === 'object') {
      const record = value as Record<string, unknown>;
      if (typeof record['line'] === 'number' && typeof record['quote'] === 'string') found.add(`${record['line']}\u0000${record['quote']}`);
      Object.values(record).forEach(walk);
    }
  };
  walk(profile);
  return found;
}

/** Words the answer adds around values ("37 hours a week", "Essential: ..."), not facts themselves. */
const WORDING = new Set(['hours', 'week', 'essential', 'desirable', 'criteria', 'criterion', 'not', 'required', 'police', 'officer', 'staff', 'level', 'the', 'and']);

function profileText(profile: RoleProfile): string {
  return JSON.stringify(profile).toLowerCase();
}

function checkFact(fact: Fact, profiles: Map<string, RoleProfile>): void {
  const profile = profiles.get(fact.roleId);
  expect(profile, `fact for unknown role ${fact.roleId}`).toBeDefined();
  if (!profile) return;
  const where = `${profile.title} ${fact.label}`;
  if (fact.status !== 'stated') {
    expect(fact.value, where).toBeNull();
  } else {
    const text = profileText(profile);
    const values = [fact.value ?? '', ...(fact.items ?? []).map((item) => `${item.text} ${item.detail ?? ''}`)];
    for (const word of values.join(' ').toLowerCase().match(/[a-z0-9]{3,}/g) ?? []) {
      if (WORDING.has(word)) continue;
      expect(text, `${where}: "${word}" is not in the profile`).toContain(word);
    }
  }
  const all: Citation[] = [...fact.citations, ...(fact.items ?? []).flatMap((item) => item.citations)];
  for (const citation of all) expect(citation.roleId, where).toBe(fact.roleId);
}

function checkAnswer(answer: Answer, profiles: Map<string, RoleProfile>, evidence: Map<string, Set<string>>): void {
  for (const citation of answer.citations) {
    const known = evidence.get(citation.roleId);
    expect(known, `citation of unknown role ${citation.roleId}`).toBeDefined();
    expect(known?.has(`${citation.line}\u0000${citation.quote}`), `${citation.roleId} line ${citation.line} "${citation.quote}"`).toBe(true);
  }
  if (answer.kind === 'answer' || answer.kind === 'summary') {
    for (const fact of answer.facts) if (fact.topic !== 'glossary') checkFact(fact, profiles);
  }
  if (answer.kind === 'comparison') {
    for (const row of answer.rows) for (const cell of row.cells) if (cell.status !== 'stated') expect(cell.value).toBeNull();
  }
  const ids = new Set(answer.roles.map((role) => role.id));
  if (answer.kind !== 'list') for (const citation of answer.citations) expect(ids.has(citation.roleId)).toBe(true);
}

describe('honesty over the seed profiles', () => {
  let assistant: Assistant;
  let profiles: Map<string, RoleProfile>;
  let evidence: Map<string, Set<string>>;

  beforeAll(async () => {
    const seeded = await seedAssistant();
    assistant = seeded.assistant;
    profiles = new Map(seeded.profiles.map((profile) => [profile.id, profile]));
    evidence = new Map(seeded.profiles.map((profile) => [profile.id, evidenceOf(profile)]));
  });

  it('every role x every topic phrase: cited from its own evidence, values from its own text', () => {
    const phrases = [...new Set(TOPIC_LEXICON.map(([phrase]) => phrase))];
    let asked = 0;
    for (const profile of profiles.values()) {
      for (const phrase of phrases) {
        const { answer } = assistant.ask(`${phrase} for the ${profile.title}`);
        checkAnswer(answer, profiles, evidence);
        if (answer.kind === 'answer') expect(answer.roles.map((role) => role.id)).toEqual([profile.id]);
        asked += 1;
      }
      checkAnswer(assistant.summary(profile.id), profiles, evidence);
    }
    expect(asked).toBeGreaterThan(5 * 100);
    expect(TOPIC_KEYS.length).toBeGreaterThan(15);
  });

  it('comparisons of every pair cite each cell from its own role', () => {
    const ids = [...profiles.keys()];
    for (const a of ids) for (const b of ids) if (a < b) checkAnswer(assistant.compare([a, b]), profiles, evidence);
  });

  it('random questions never throw and never state what the profile does not', () => {
    const titles = [...profiles.values()].map((profile) => profile.title.toLowerCase());
    const words = ['vetting', 'hours', 'shifts', 'driving', 'skills', 'grade', 'and', 'what', 'pcso', 'mosovo', 'level 3', 'compare', 'which roles', 'nights', 'typo', 'contct', 'police', 'officer', '?'];
    const question = fc
      .array(fc.oneof(fc.constantFrom(...titles), fc.constantFrom(...words), fc.string({ maxLength: 8 })), { minLength: 1, maxLength: 7 })
      .map((parts) => parts.join(' '));
    fc.assert(
      fc.property(question, (text) => {
        const { answer, context } = assistant.ask(text);
        expect(typeof answer.text).toBe('string');
        checkAnswer(answer, profiles, evidence);
        for (const id of context.roleIds) expect(profiles.has(id)).toBe(true);
      }),
      { numRuns: 300, seed: 20261123 },
    );
  });

  it('not-stated and ambiguous answers borrow nothing from other roles', () => {
    const cases: [string, RegExp][] = [
      ['mosovo vetting', /\b(CTC|RV|MV|SC|DV|EV1|NPPV\d?)\b/],
      ['pcso weekly hours', /\b(37|40)\b/],
      ['community pc vetting', /\b(CTC|RV|MV|SC|DV|NPPV\d?)\b/],
    ];
    for (const [question, leak] of cases) {
      const { answer } = assistant.ask(question);
      expect(answer.text, question).toMatch(/not stated/);
      expect(answer.text, question).not.toMatch(leak);
    }
    const ambiguous = assistant.ask('patrol and resolution officer vetting').answer;
    expect(ambiguous.kind).toBe('answer');
    if (ambiguous.kind !== 'answer') return;
    const [fact] = ambiguous.facts;
    expect(fact?.status).toBe('ambiguous');
    expect(fact?.value).toBeNull();
    expect(fact?.note).toMatch(/strike/i);
    expect(ambiguous.text).not.toMatch(/CTC/);
    expect(ambiguous.text).toMatch(/unclear/);
  });
});
