/**
 * Turns one expected-facts file into a list of named checks, one per fact, so a failure names the exact
 * fact ("weeklyHours", "behaviour \"collaborative\" level 2") and the value a careful reader expects.
 * Wording is compared by inclusion after normalisation; numbers, codes and statuses exactly.
 */
import { expect } from 'vitest';
import type { Competency, Criterion, Level, RoleProfile, Skill } from '../../src/profile/role-profile.ts';
import { includesText, normaliseText, type ExpectedFacts, type ListExpectation, type TextExpectation } from './expected-facts.ts';

export interface FactCheck {
  /** Stable name, used as the test name and as the key in the known-gaps list. */
  name: string;
  /** The expected value, as shown in an it.todo description. */
  expected: string;
  check: (profile: RoleProfile) => void;
}

function show(value: unknown): string {
  return JSON.stringify(value);
}

function checkText(actual: string | null, expected: TextExpectation | null, field: string): void {
  if (expected === null) {
    expect(actual, `${field} is not stated in the document, so it must be null`).toBeNull();
    return;
  }
  const spec = typeof expected === 'string' ? { includes: expected, excludes: [] } : expected;
  expect(actual, `${field} should be stated`).not.toBeNull();
  const value = actual ?? '';
  if (spec.equals !== undefined) {
    expect(normaliseText(value), `${field} should be exactly ${show(spec.equals)}`).toBe(normaliseText(spec.equals));
  }
  const phrases = spec.includes === undefined ? [] : typeof spec.includes === 'string' ? [spec.includes] : spec.includes;
  for (const phrase of phrases) {
    expect(includesText(value, phrase), `${field} ${show(value)} should contain ${show(phrase)}`).toBe(true);
  }
  for (const word of spec.excludes) {
    expect(includesText(value, word), `${field} ${show(value)} must not contain ${show(word)}`).toBe(false);
  }
}

/** Whether a value meets a text expectation's includes/equals (used to pick which of two fields to check). */
function includesAnyOf(expected: TextExpectation | undefined, actual: string | null): boolean {
  if (expected === undefined || actual === null) return false;
  const spec = typeof expected === 'string' ? { includes: expected, excludes: [] } : expected;
  if (spec.equals !== undefined) return normaliseText(actual) === normaliseText(spec.equals);
  const phrases = spec.includes === undefined ? [] : typeof spec.includes === 'string' ? [spec.includes] : spec.includes;
  return phrases.every((phrase) => includesText(actual, phrase));
}

function levelMatches(actual: Level, expected: number | string): boolean {
  if (typeof expected === 'number') return actual === expected;
  if (actual === null) return false;
  const a = normaliseText(String(actual)).replace(/^level /, '');
  return a === normaliseText(expected);
}

function findNamed<T extends { name: string }>(items: readonly T[], name: string): T | undefined {
  return items.find((item) => includesText(item.name, name));
}

function competencyChecks(
  kind: 'behaviour' | 'skill',
  expected: ReadonlyArray<{ name: string; level: number | string; framework?: string | undefined }>,
  pick: (p: RoleProfile) => ReadonlyArray<Competency | Skill>,
): FactCheck[] {
  return expected.map((want) => ({
    name: `${kind} "${want.name}" level ${want.level}${want.framework ? ` (${want.framework})` : ''}`,
    expected: `${want.name} at level ${want.level}${want.framework ? `, framework ${want.framework}` : ''}`,
    check: (profile) => {
      const items = pick(profile);
      const found = findNamed(items, want.name);
      expect(found, `no ${kind} named like ${show(want.name)} in ${show(items.map((i) => i.name))}`).toBeDefined();
      if (!found) return;
      expect(levelMatches(found.level, want.level), `${kind} ${show(found.name)} level ${show(found.level)} should be ${show(want.level)}`).toBe(true);
      if (want.framework !== undefined) {
        const framework = 'framework' in found ? found.framework : null;
        expect(normaliseText(framework ?? ''), `framework of ${show(found.name)}`).toBe(normaliseText(want.framework));
      }
    },
  }));
}

function assessmentMatches(criterion: Criterion, words: readonly string[], codes: readonly string[]): boolean {
  const actual = criterion.assessment;
  if (actual === null) return false;
  const compact = (s: string): string => s.replace(/\s+/g, '').toLowerCase();
  return words.some((w) => includesText(actual, w)) || codes.some((c) => compact(c) === compact(actual));
}

function criteriaChecks(kind: 'essential' | 'desirable', expected: ExpectedFacts['essentialCriteria']): FactCheck[] {
  if (!expected) return [];
  const pick = (p: RoleProfile): Criterion[] => (kind === 'essential' ? p.essentialCriteria : p.desirableCriteria);
  const checks: FactCheck[] = [];
  if (expected.count !== undefined) {
    const count = expected.count;
    checks.push({
      name: `${kind} criteria count`,
      expected: String(count),
      check: (profile) => {
        const items = pick(profile);
        expect(items.length, `${kind} criteria: ${show(items.map((c) => c.text))}`).toBe(count);
      },
    });
  }
  for (const want of expected.includes) {
    checks.push({
      name: `${kind} criterion "${want.text}"`,
      expected: want.text,
      check: (profile) => {
        const items = pick(profile);
        const found = items.find((c) => includesText(c.text, want.text));
        expect(found, `no ${kind} criterion containing ${show(want.text)} in ${show(items.map((c) => c.text))}`).toBeDefined();
      },
    });
    if (want.assessment) {
      const { words, codes } = want.assessment;
      checks.push({
        name: `${kind} criterion "${want.text}" assessed by ${words.join('/')}`,
        expected: `${words.join(' + ')} (or code ${codes.join(' | ')})`,
        check: (profile) => {
          const found = pick(profile).find((c) => includesText(c.text, want.text));
          expect(found, `no ${kind} criterion containing ${show(want.text)}`).toBeDefined();
          if (!found) return;
          expect(assessmentMatches(found, words, codes), `assessment ${show(found.assessment)}`).toBe(true);
        },
      });
    }
  }
  return checks;
}

type ListField = 'health' | 'training' | 'itSystems' | 'values' | 'minimumService';

function listTexts(profile: RoleProfile, field: ListField): string[] {
  if (field === 'itSystems') return profile.itSystems.map((i) => i.name);
  if (field === 'values') return profile.values.map((v) => v.name);
  return profile[field].map((i) => i.text);
}

function listChecks(field: ListField, expected: ListExpectation | undefined): FactCheck[] {
  if (expected === undefined) return [];
  const spec = Array.isArray(expected) ? { includes: expected, excludes: [], count: undefined } : expected;
  const checks: FactCheck[] = spec.includes.map((keyword) => ({
    name: `${field} "${keyword}"`,
    expected: keyword,
    check: (profile) => {
      const texts = listTexts(profile, field);
      expect(texts.some((t) => includesText(t, keyword)), `${field} ${show(texts)} should mention ${show(keyword)}`).toBe(true);
    },
  }));
  for (const phrase of spec.excludes) {
    checks.push({
      name: `${field} has nothing about "${phrase}"`,
      expected: `no ${field} item containing ${show(phrase)}`,
      check: (profile) => {
        const texts = listTexts(profile, field);
        expect(texts.filter((t) => includesText(t, phrase)), `${field} items that belong elsewhere`).toEqual([]);
      },
    });
  }
  if (spec.count !== undefined) {
    const count = spec.count;
    checks.push({
      name: `${field} count`,
      expected: String(count),
      check: (profile) => {
        const texts = listTexts(profile, field);
        expect(texts.length, `${field}: ${show(texts)}`).toBe(count);
      },
    });
  }
  return checks;
}

export function factChecks(e: ExpectedFacts): FactCheck[] {
  const checks: FactCheck[] = [
    {
      name: 'title',
      expected: e.title.includes,
      check: (p) => expect(includesText(p.title, e.title.includes), `title ${show(p.title)}`).toBe(true),
    },
    ...e.title.excludes.map((word) => ({
      name: `title is not "${word}"`,
      expected: `a title without ${show(word)}`,
      check: (p: RoleProfile) => expect(includesText(p.title, word), `title ${show(p.title)}`).toBe(false),
    })),
    {
      name: 'titleInferred',
      expected: String(e.title.inferred),
      check: (p) => expect(p.titleInferred).toBe(e.title.inferred),
    },
  ];
  const add = (name: string, expected: unknown, check: (p: RoleProfile) => void): void => {
    if (expected !== undefined) checks.push({ name, expected: show(expected), check });
  };
  for (const alias of e.aliases ?? []) {
    add(`alias "${alias}"`, alias, (p) => expect(p.aliases.map((a) => a.toLowerCase()), `aliases ${show(p.aliases)}`).toContain(alias.toLowerCase()));
  }
  const organisation = e.organisation;
  add('organisation', organisation, (p) => checkText(p.organisation, organisation ?? null, 'organisation'));
  add('staffType', e.staffType, (p) => expect(p.staffType).toBe(e.staffType));
  const rank = e.rank;
  add('rank', rank, (p) => checkText(p.rank, rank ?? null, 'rank'));
  const grade = e.grade;
  add('grade', grade, (p) => checkText(p.grade, grade ?? null, 'grade'));
  const gradeOrRank = e.gradeOrRank;
  add('gradeOrRank', gradeOrRank, (p) => {
    const field = includesAnyOf(gradeOrRank, p.grade) ? p.grade : p.rank;
    checkText(field, gradeOrRank ?? null, `grade or rank (grade ${show(p.grade)}, rank ${show(p.rank)})`);
  });
  add('roleCode', e.roleCode, (p) => expect(p.roleCode?.trim() ?? null).toBe(e.roleCode));
  add('weeklyHours', e.weeklyHours, (p) => expect(p.weeklyHours).toBe(e.weeklyHours));
  const reportsTo = e.reportsTo;
  add('reportsTo', reportsTo, (p) => checkText(p.reportsTo, reportsTo ?? null, 'reportsTo'));
  for (const keyword of e.shifts ?? []) {
    add(`shifts "${keyword}"`, keyword, (p) => {
      const text = `${p.shifts.pattern ?? ''} ${p.shifts.details ?? ''}`;
      expect(includesText(text, keyword), `shifts ${show(text)} should mention ${show(keyword)}`).toBe(true);
    });
  }
  for (const source of e.shiftPatterns ?? []) {
    add(`shifts /${source}/`, `/${source}/i`, (p) => {
      const text = `${p.shifts.pattern ?? ''} ${p.shifts.details ?? ''}`;
      expect(new RegExp(source, 'i').test(text), `shifts ${show(text)} should match /${source}/i`).toBe(true);
    });
  }
  const vetting = e.vetting;
  if (vetting) {
    add('vetting.status', vetting.status.join(' or '), (p) => expect(vetting.status).toContain(p.vetting.status));
    add('vetting.levels', vetting.levels, (p) => expect([...p.vetting.levels].sort()).toEqual([...vetting.levels].sort()));
  }
  add('driving', e.driving, (p) => expect(p.driving.requirement).toBe(e.driving));
  checks.push(...criteriaChecks('essential', e.essentialCriteria), ...criteriaChecks('desirable', e.desirableCriteria));
  checks.push(...competencyChecks('behaviour', e.behaviours ?? [], (p) => p.behaviours));
  checks.push(...competencyChecks('skill', e.skills ?? [], (p) => p.skills));
  for (const text of e.notBehaviours ?? []) {
    add(`no behaviour named "${text}"`, `no behaviour named like ${show(text)}`, (p) => {
      expect(p.behaviours.filter((b) => includesText(b.name, text)).map((b) => b.name)).toEqual([]);
    });
  }
  checks.push(...listChecks('values', e.values), ...listChecks('health', e.health));
  checks.push(...listChecks('training', e.training), ...listChecks('itSystems', e.itSystems));
  const location = e.location;
  add('location', location, (p) => checkText(p.location, location ?? null, 'location'));
  const dress = e.dress;
  add('dress', dress, (p) => checkText(p.dress, dress ?? null, 'dress'));
  const pay = e.pay;
  if (pay === null) add('pay', null, (p) => expect(p.pay, 'pay is not stated in the document, so it must be null').toBeNull());
  else if (pay) {
    add('pay.range', [pay.min, pay.max], (p) => expect([p.pay?.min ?? null, p.pay?.max ?? null]).toEqual([pay.min, pay.max]));
    if (pay.period !== undefined) add('pay.period', pay.period, (p) => expect(p.pay?.period ?? null).toBe(pay.period));
    for (const word of pay.allowances ?? []) {
      add(`pay.allowance "${word}"`, word, (p) => expect((p.pay?.allowances ?? []).some((item) => includesText(item.text, word)), `an allowance should mention ${show(word)}`).toBe(true));
    }
  }
  const arrangements = e.workingArrangements;
  add('workingArrangements', arrangements, (p) =>
    expect(p.workingArrangements.map((item) => ({ kind: item.kind, offered: item.offered, ...(arrangements?.find((a) => a.kind === item.kind)?.hours !== undefined ? { hours: item.hours } : {}) }))).toEqual(arrangements),
  );
  const closing = e.closingDate;
  add('closingDate', closing, (p) => expect(p.closingDate === null ? null : { iso: p.closingDate.iso }).toEqual(closing));
  checks.push(...listChecks('minimumService', e.minimumService));
  add('entryRoutes', e.entryRoutes, (p) => expect(p.entryRoutes.map((route) => route.id)).toEqual(e.entryRoutes));
  return checks;
}
