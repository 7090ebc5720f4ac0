/**
 * The other side of "nothing invented": a fact the profile holds is never answered "not stated". Over every
 * seed and held-out corpus profile (the real parser), each field with a value is asked about in words of
 * our own, and the answer must give that value; and lines sampled from each document, asked about by a few
 * of their distinctive words, must be quoted. The role is the conversation's (a follow-up), so this tests
 * the topics and retrieval, not role-name resolution.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Assistant } from '../../src/answer/assistant-api.ts';
import { createAssistant } from '../../src/answer/assistant.ts';
import { singular, STOP_WORDS, words } from '../../src/catalogue/index.ts';
import type { RoleProfile } from '../../src/profile/role-profile.ts';
import { readConcepts } from '../../src/search/retrieve-lines.ts';
import { corpusProfiles } from './load-assistant.ts';

/**
 * A field's value, when the profile states one, and a question asking for it. A list's value is any of its
 * items: a question with a narrowing word ("fitness tests") rightly answers with the items it names.
 */
interface FieldCase {
  field: string;
  question: string;
  value: (profile: RoleProfile) => string | string[] | null;
}

const first = <T>(list: readonly T[], read: (item: T) => string): string[] | null => (list.length > 0 ? list.map(read) : null);

const FIELDS: FieldCase[] = [
  { field: 'vetting', question: 'what level of vetting does it need?', value: (p) => (p.vetting.status === 'stated' ? (p.vetting.levels[0] ?? null) : null) },
  { field: 'weeklyHours', question: 'how many hours a week is it?', value: (p) => (p.weeklyHours === null ? null : String(p.weeklyHours)) },
  { field: 'grade', question: 'what grade is it?', value: (p) => p.grade },
  { field: 'rank', question: 'what rank is it?', value: (p) => p.rank },
  { field: 'reportsTo', question: 'who is its line manager?', value: (p) => p.reportsTo },
  { field: 'shifts', question: 'what shift pattern does it work?', value: (p) => p.shifts.pattern },
  { field: 'skills', question: 'what skills does it ask for?', value: (p) => first(p.skills, (s) => s.name) },
  { field: 'behaviours', question: 'which behaviours does it list?', value: (p) => first(p.behaviours, (b) => b.name) },
  { field: 'training', question: 'what training does it involve?', value: (p) => first(p.training, (t) => t.text) },
  { field: 'health', question: 'are there health or fitness tests for it?', value: (p) => first(p.health, (h) => h.text) },
  { field: 'essentialCriteria', question: 'what are its essential criteria?', value: (p) => first(p.essentialCriteria, (c) => c.text) },
  { field: 'itSystems', question: 'which IT systems does it use?', value: (p) => first(p.itSystems, (s) => s.name) },
  { field: 'location', question: 'where is it based?', value: (p) => p.location },
  { field: 'purpose', question: 'what is its purpose?', value: (p) => p.purpose },
];

const squash = (text: string): string => text.toLowerCase().replace(/[^a-z0-9£%]+/g, ' ').trim();

/** The answer holds the value: its first 40 characters, compared without case or punctuation. */
function holds(text: string, value: string): boolean {
  return squash(text).includes(squash(value).slice(0, 40).trim());
}

describe('two-sided honesty: what a profile states is never answered "not stated"', () => {
  let assistant: Assistant;
  let profiles: RoleProfile[];

  beforeAll(async () => {
    profiles = (await corpusProfiles()).profiles;
    assistant = createAssistant(profiles);
  }, 120_000);

  it('every stated field of every profile: the topic question gives its value', () => {
    const wrong: string[] = [];
    let asked = 0;
    for (const profile of profiles) {
      for (const { field, question, value } of FIELDS) {
        const stated = value(profile);
        if (!stated) continue;
        asked += 1;
        const { answer } = assistant.ask(question, { roleIds: [profile.id] });
        const roles = answer.roles.map((role) => role.id);
        const expected = typeof stated === 'string' ? [stated] : stated;
        if (!roles.includes(profile.id) || !expected.some((item) => holds(answer.text, item))) wrong.push(`${profile.id} ${field}: "${question}" -> ${answer.text.slice(0, 160)}`);
      }
    }
    expect(asked).toBeGreaterThan(150);
    expect(wrong).toEqual([]);
  });

  it('distinctive phrases of document lines: "what does its profile say about <phrase>?" quotes that line', () => {
    const wrong: string[] = [];
    let asked = 0;
    for (const profile of profiles) {
      const lineCount = new Map<string, number>();
      for (const line of profile.lines) for (const word of new Set(words(line.text).map(singular))) lineCount.set(word, (lineCount.get(word) ?? 0) + 1);
      // Every fourth line with two words found on no other line of the document (and read as subjects).
      profile.lines.forEach((line, at) => {
        if (at % 4 !== 0) return;
        const distinctive = [...new Set(words(line.text))].filter(
          (word) => word.length >= 5 && !/\d/.test(word) && !STOP_WORDS.has(word) && lineCount.get(singular(word)) === 1 && readConcepts([word])[0]?.weight === 1,
        );
        if (distinctive.length < 2) return;
        asked += 1;
        const phrase = distinctive.slice(0, 3).join(' ');
        const { answer } = assistant.ask(`what does its profile say about ${phrase}?`, { roleIds: [profile.id] });
        if (!answer.citations.some((citation) => citation.roleId === profile.id && citation.line === line.line)) {
          wrong.push(`${profile.id}:${line.line} "${phrase}" -> ${answer.text.slice(0, 120)}`);
        }
      });
    }
    expect(asked).toBeGreaterThan(100);
    expect(wrong).toEqual([]);
  });
});
