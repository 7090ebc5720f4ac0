/**
 * Retrieval across roles (rolesWithLines: "which roles mention ...?") picks the roles to read from the line
 * words index, with a document-level bound, and reads only those. Reading every role's lines one by one
 * (retrieveLines, the one-role path) must find the same roles with the same best lines: over the seeds and
 * the corpus, for subjects taken from the documents' own lines and for phrasings of our own (synonyms,
 * typos, words no document uses), and still after roles are replaced and removed.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { singular, STOP_WORDS, words } from '../../src/catalogue/index.ts';
import type { RoleProfile } from '../../src/profile/role-profile.ts';
import { lineWordSet, retrieveLines, rolesWithLines, type QuestionSubject } from '../../src/search/retrieve-lines.ts';
import { RoleIndex } from '../../src/search/role-index.ts';
import { searchableLines } from '../../src/search/searchable-lines.ts';
import { corpusProfiles } from '../corpus/load-assistant.ts';

/** Our own subjects: plain, a synonym away, a typo away, a phrase the vocabulary knows, and nothing at all. */
const OWN_SUBJECTS = [
  'welsh language', 'extended hours', 'extra hours', 'bank holidays', 'job share', 'swim test', 'risk management plans',
  'shfit allowance', 'overtime', 'annual leave entitlement', 'night work', 'locality', 'closing date', 'minimum posting',
  'quantum entanglement', 'HOLMES',
];

/** Subjects from the documents: two longer words of every fifth line, and one alone of every seventh. */
function documentSubjects(profiles: readonly RoleProfile[]): string[] {
  const out = new Set<string>();
  for (const profile of profiles) {
    searchableLines(profile).forEach((line, at) => {
      const plain = words(line.text).filter((word) => word.length >= 5 && !STOP_WORDS.has(word) && !/\d/.test(word));
      if (at % 5 === 0 && plain.length >= 2) out.add(`${plain[0]} ${plain[plain.length - 1]}`);
      if (at % 7 === 3 && plain[1]) out.add(plain[1]);
    });
  }
  return [...out];
}

function subjectOf(text: string): QuestionSubject {
  return { words: words(text), acronyms: new Set(text.split(/\s+/).filter((word) => /^[A-Z]{2,}$/.test(word)).map((word) => word.toLowerCase())) };
}

/** Each role with a line over the threshold, with that best line, by reading every role's lines. */
function readingEveryRole(index: RoleIndex, profiles: readonly RoleProfile[], subject: QuestionSubject): Map<string, string> {
  const out = new Map<string, string>();
  for (const profile of profiles) {
    const [best] = retrieveLines(index, profile, subject, 1);
    if (best) out.set(profile.id, `${best.line}: ${best.text} (${best.coverage.toFixed(6)})`);
  }
  return out;
}

function fromIndex(index: RoleIndex, profiles: readonly RoleProfile[], subject: QuestionSubject, limit = Number.MAX_SAFE_INTEGER) {
  const byId = new Map(profiles.map((profile) => [profile.id, profile]));
  const result = rolesWithLines(index, (id) => byId.get(id), subject, limit);
  const lines = new Map(result.found.map(({ profile, hits }) => [profile.id, hits[0] ? `${hits[0].line}: ${hits[0].text} (${hits[0].coverage.toFixed(6)})` : '']));
  return { ...result, lines };
}

describe('roles with lines across the index', () => {
  let profiles: RoleProfile[];
  let subjects: string[];
  beforeAll(async () => {
    profiles = (await corpusProfiles()).profiles;
    subjects = [...OWN_SUBJECTS, ...documentSubjects(profiles)];
  }, 120_000);

  it('finds the same roles and best lines as reading every role', () => {
    const index = new RoleIndex(profiles);
    let withHits = 0;
    for (const text of subjects) {
      const subject = subjectOf(text);
      const expected = readingEveryRole(index, profiles, subject);
      const got = fromIndex(index, profiles, subject);
      expect(got.lines, text).toEqual(expected);
      if (expected.size > 0) withHits += 1;
    }
    // The comparison means something only if most subjects are found somewhere, and some in several roles.
    expect(withHits).toBeGreaterThan(subjects.length / 2);
    expect(subjects.some((text) => readingEveryRole(index, profiles, subjectOf(text)).size >= 3)).toBe(true);
  });

  it('finds none for a subject no document holds', () => {
    const index = new RoleIndex(profiles);
    const got = fromIndex(index, profiles, subjectOf('quantum entanglement'));
    expect(got.found).toEqual([]);
    expect(got.candidates).toBe(0);
  });

  it('reads the roles holding most of the subject first when it may read only some', () => {
    const index = new RoleIndex(profiles);
    for (const text of ['extended hours', 'risk management plans', 'annual leave entitlement', 'job share']) {
      const subject = subjectOf(text);
      const all = fromIndex(index, profiles, subject);
      if (all.candidates < 4) continue;
      const some = fromIndex(index, profiles, subject, 3);
      expect(some.checked).toBe(3);
      expect(some.candidates).toBe(all.candidates);
      for (const [id, line] of some.lines) expect(all.lines.get(id)).toBe(line);
    }
  });

  it('never lets a role the caller leaves out (outside a scope) use up the roles it may read', () => {
    const index = new RoleIndex(profiles);
    for (const text of ['extended hours', 'risk management plans', 'job share', 'annual leave entitlement']) {
      const subject = subjectOf(text);
      const all = fromIndex(index, profiles, subject);
      if (all.found.length < 3) continue;
      // Keep only the roles the unlimited read found last: a limit of their number must still reach them all.
      const kept = new Set(all.found.slice(-2).map(({ profile }) => profile.id));
      const byId = new Map(profiles.map((profile) => [profile.id, profile]));
      const scoped = rolesWithLines(index, (id) => (kept.has(id) ? byId.get(id) : undefined), subject, 2);
      expect(scoped.found.map(({ profile }) => profile.id).sort(), text).toEqual([...kept].sort());
      expect(scoped.candidates).toBe(2);
      expect(scoped.checked).toBe(2);
    }
  });

  it('stays the same as reading every role after roles are replaced and removed', () => {
    const index = new RoleIndex(profiles);
    const removed = profiles.filter((_, at) => at % 3 === 1);
    for (const profile of removed) index.remove(profile.id);
    // A replaced role keeps its id but takes a new ordinal.
    const replaced = profiles.filter((_, at) => at % 3 === 2);
    for (const profile of replaced) index.upsert(profile);
    const live = profiles.filter((_, at) => at % 3 !== 1);
    for (const text of subjects.slice(0, 60)) {
      const subject = subjectOf(text);
      const got = fromIndex(index, profiles, subject);
      for (const profile of removed) expect(got.lines.has(profile.id), text).toBe(false);
      expect(got.lines, text).toEqual(readingEveryRole(index, live, subject));
    }
  });
});

describe('the words of a line', () => {
  it('are the words the index and the one-role path read, on every corpus line and on lines normalising rewrites', async () => {
    const { profiles } = await corpusProfiles();
    const texts = [
      ...profiles.flatMap((profile) => searchableLines(profile).map((line) => line.text)),
      'Shifts cover 24/7, 365 days a year', "The post holder's duties", 'Café rota: naïve `quoted` words', 'Working 24 - 7 on a rota',
      'ALL CAPS DUTIES; Mixed-Case_Words and 3.5 hours', '  --  ', '', 'Officers’ “quoted” hours',
    ];
    for (const text of texts) expect([...lineWordSet(text)].sort(), text).toEqual([...new Set(words(text).map(singular))].sort());
  }, 120_000);
});
