/**
 * The rules of a move line, each on invented roles of an invented force (test/answer/support/build-profile.ts):
 * the vetting ladders, licence against driving authority with its qualifier kept, hours, behaviours by
 * framework and level, skills, requirements matched through the vocabulary's subjects only, and the honesty
 * rule (the source saying nothing is "not stated", never "meet").
 */
import { describe, expect, it } from 'vitest';
import { MOVE_NOTE, moveAnswer, moveChecklist } from '../../../src/answer/move/move-checklist.ts';
import type { MoveLine } from '../../../src/answer/types.ts';
import { buildProfile } from '../support/build-profile.ts';

const FORCE = 'Ambergate Constabulary';

function role(id: string, extra: Partial<Parameters<typeof buildProfile>[0]> = {}) {
  return buildProfile({ id, title: id.replace(/-/g, ' '), organisation: FORCE, ...extra });
}

function line(lines: readonly MoveLine[], topic: string, subject?: RegExp): MoveLine {
  const found = lines.find((candidate) => candidate.topic === topic && (!subject || subject.test(candidate.subject)));
  if (!found) throw new Error(`no ${topic} line ${subject ?? ''} in:\n${lines.map((l) => `[${l.status}] ${l.subject}`).join('\n')}`);
  return found;
}

const vetted = (levels: string[]) => ({ vetting: { status: 'stated' as const, levels, note: null } });

describe('vetting on its ladders', () => {
  it.each([
    ['MV covers RV', ['MV'], ['RV'], 'meet', /MV, which covers RV/],
    ['RV does not cover MV', ['RV'], ['MV'], 'need', /states RV, a lower level on the same ladder/],
    ['NPPV2 is below NPPV3', ['NPPV2'], ['NPPV3'], 'need', /NPPV2, a lower level/],
    ['NPPV3 covers NPPV2', ['NPPV3'], ['NPPV2'], 'meet', /covers NPPV2/],
    ['DV covers SC', ['DV'], ['SC'], 'meet', /covers SC/],
    ['CTC is below SC', ['CTC'], ['SC'], 'need', /CTC, a lower level/],
    ['SC and MV are on different ladders', ['SC'], ['MV'], 'not-stated', /different ladder, so the two are not comparable/],
    ['RV and NPPV2 are on different ladders', ['RV'], ['NPPV2'], 'not-stated', /not comparable/],
    ['a qualified level still counts ("NPPV3 (full)")', ['NPPV3 (full)'], ['NPPV2'], 'meet', /covers NPPV2/],
  ] as const)('%s', (_name, held, wanted, status, says) => {
    const checklist = moveChecklist(role('analyst-a', vetted([...held])), role('analyst-b', vetted([...wanted])));
    const vetting = line(checklist.lines, 'vetting');
    expect(vetting.status).toBe(status);
    expect(vetting.detail).toMatch(says);
    expect(vetting.from.map((citation) => citation.quote)).toEqual([`Vetting: ${held.join(', ')}`]);
    expect(vetting.to.map((citation) => citation.quote)).toEqual([`Vetting: ${wanted.join(', ')}`]);
  });

  it('gives one line per ladder the target asks for (a rung of each)', () => {
    const checklist = moveChecklist(role('a', vetted(['MV'])), role('b', vetted(['RV', 'SC'])));
    const lines = checklist.lines.filter((candidate) => candidate.topic === 'vetting');
    expect(lines.map((candidate) => [candidate.subject, candidate.status])).toEqual([
      ['Vetting (police vetting): RV', 'meet'],
      ['Vetting (national security vetting): SC', 'not-stated'],
    ]);
  });

  it('is not stated, never met, when the source states no level', () => {
    const vetting = line(moveChecklist(role('a'), role('b', vetted(['RV']))).lines, 'vetting');
    expect(vetting.status).toBe('not-stated');
    expect(vetting.detail).toMatch(/the a profile does not state a vetting level/);
  });
});

describe('driving', () => {
  const licence = { driving: { requirement: 'essential' as const, detail: 'A full UK driving licence is essential.' } };
  const authority = { driving: { requirement: 'essential' as const, detail: 'Hold a standard police driving authority, unless a student officer.' } };

  it('a licence is not a driving authority, and the qualifier is kept', () => {
    const driving = line(moveChecklist(role('a', licence), role('b', authority)).lines, 'driving');
    expect(driving.status).toBe('need');
    expect(driving.subject).toBe('Driving: a police driving authority (unless a student officer)');
    expect(driving.detail).toMatch(/not the same as an authority/);
  });

  it('an authority meets a licence requirement', () => {
    expect(line(moveChecklist(role('a', authority), role('b', licence)).lines, 'driving').status).toBe('meet');
  });

  it('not required for the source, essential for the target: a need', () => {
    const none = { driving: { requirement: 'not-required' as const, detail: 'Car user: No' } };
    expect(line(moveChecklist(role('a', none), role('b', licence)).lines, 'driving').status).toBe('need');
  });

  it('a source that does not say is not stated', () => {
    expect(line(moveChecklist(role('a'), role('b', licence)).lines, 'driving').status).toBe('not-stated');
  });
});

describe('employment, rank and hours', () => {
  it('staff to officer is a change of employment naming the entry routes the document states', () => {
    const to = role('constable', {
      staffType: 'officer',
      rank: 'Constable',
      essentialCriteria: [{ text: 'Join through the Police Constable Degree Apprenticeship or the Degree Holder Entry Programme.', category: 'Entry routes', number: null, assessment: null }],
    });
    const employment = line(moveChecklist(role('pcso', { staffType: 'staff', grade: 'Band C' }), to).lines, 'employment');
    expect(employment.status).toBe('need');
    expect(employment.detail).toMatch(/change of employment/);
    expect(employment.detail).toMatch(/Degree Apprenticeship/);
    expect(employment.to.some((citation) => citation.field === 'essentialCriteria')).toBe(true);
  });

  it('names the entry routes read from the target document, cited', () => {
    const to = role('student-officer', {
      staffType: 'officer',
      rank: 'Constable',
      entryRoutes: [{ id: 'pcda', name: 'Police Constable Degree Apprenticeship', evidence: [{ line: 40, quote: 'Entry route: Police Constable Degree Apprenticeship' }] }],
    });
    const employment = line(moveChecklist(role('pcso', { staffType: 'staff' }), to).lines, 'employment');
    expect(employment.detail).toContain('"Police Constable Degree Apprenticeship"');
    expect(employment.to).toContainEqual(expect.objectContaining({ field: 'entryRoutes', line: 40 }));
  });

  it.each([
    ['Constable', 'Sergeant', 'need', /promotion/],
    ['Detective Constable', 'Constable', 'meet', /a move within the rank/],
    ['Inspector', 'Sergeant', 'meet', /below/],
    ['Sergeant', 'Chief Inspector', 'need', /promotion/],
  ] as const)('rank %s to %s', (held, wanted, status, says) => {
    const rank = line(moveChecklist(role('a', { staffType: 'officer', rank: held }), role('b', { staffType: 'officer', rank: wanted })).lines, 'rank');
    expect(rank.status).toBe(status);
    expect(rank.detail).toMatch(says);
  });

  it('more weekly hours is a need, the same or fewer is met, unstated is not stated', () => {
    expect(line(moveChecklist(role('a', { weeklyHours: 37 }), role('b', { weeklyHours: 40 })).lines, 'hours').status).toBe('need');
    expect(line(moveChecklist(role('a', { weeklyHours: 40 }), role('b', { weeklyHours: 37 })).lines, 'hours').status).toBe('meet');
    expect(line(moveChecklist(role('a'), role('b', { weeklyHours: 37 })).lines, 'hours').status).toBe('not-stated');
  });
});

describe('shifts from the stored features', () => {
  it('nights the source pattern lacks is a need; nights it has is met; no pattern is not stated', () => {
    const days = { shifts: { pattern: 'Monday to Friday, 9 to 5', details: null } };
    const nights = { shifts: { pattern: '24/7 rotating shifts including nights and weekends', details: null } };
    const fromDays = moveChecklist(role('a', days), role('b', nights)).lines;
    expect(line(fromDays, 'shifts', /work nights/).status).toBe('need');
    expect(line(moveChecklist(role('a', nights), role('b', nights)).lines, 'shifts', /work nights/).status).toBe('meet');
    expect(line(moveChecklist(role('a'), role('b', nights)).lines, 'shifts', /work nights/).status).toBe('not-stated');
  });
});

describe('behaviours and skills', () => {
  const cvf = (level: number) => ({ behaviours: [{ name: 'Take Ownership', level, framework: 'CVF', description: null }, { name: 'Collaborative', level: 1, framework: 'CVF', description: null }] });

  it('CVF level 1 to 2 is a need, the same level is met', () => {
    const lines = moveChecklist(role('a', cvf(1)), role('b', cvf(2))).lines;
    const need = line(lines, 'behaviours', /Take Ownership/);
    expect(need.status).toBe('need');
    expect(need.detail).toMatch(/Take Ownership \(level 1 to level 2\)/);
    expect(line(lines, 'behaviours', /Collaborative/).status).toBe('meet');
  });

  it('a different framework is not comparable', () => {
    const ppf = { behaviours: [{ name: 'Serving the public', level: null, framework: 'PPF', description: null }] };
    const behaviours = line(moveChecklist(role('a', ppf), role('b', cvf(2))).lines, 'behaviours');
    expect(behaviours.status).toBe('not-stated');
    expect(behaviours.detail).toMatch(/uses PPF, a different framework/);
  });

  it('skills by level: higher needed, missing, or met', () => {
    const from = role('a', { skills: [{ name: 'Crime Investigation', level: 3, description: null }, { name: 'Search', level: 4, description: null }] });
    const to = role('b', { skills: [{ name: 'Crime Investigation', level: 4, description: null }, { name: 'Search', level: 3, description: null }, { name: 'Public Order', level: 2, description: null }] });
    const lines = moveChecklist(from, to).lines;
    const need = line(lines, 'skills', /Crime Investigation/);
    expect(need.status).toBe('need');
    expect(need.subject).toMatch(/Public Order/);
    expect(line(lines, 'skills', /Search/).status).toBe('meet');
  });
});

describe('requirements matched through the vocabulary', () => {
  const criteria = (...texts: string[]) => ({ essentialCriteria: texts.map((text) => ({ text, category: null, number: null, assessment: null })) });

  it('the same subject in other words is met, citing both lines', () => {
    const from = role('a', criteria('Able to touch type at 35 words per minute.'));
    const to = role('b', criteria('Good keyboard skills.'));
    const typed = line(moveChecklist(from, to).lines, 'criteria');
    expect(typed.status).toBe('meet');
    expect(typed.from.map((citation) => citation.quote)).toEqual(['Able to touch type at 35 words per minute.']);
    expect(typed.to.map((citation) => citation.quote)).toEqual(['Good keyboard skills.']);
  });

  it('look-alike words with no shared subject are never matched', () => {
    const from = role('a', criteria('Experience of handling evidence.'));
    const to = role('b', criteria('Experience of handling firearms.'));
    const unmatched = line(moveChecklist(from, to).lines, 'criteria');
    expect(unmatched.status).toBe('not-stated');
    expect(unmatched.detail).toMatch(/does not state firearms authorisation/);
  });

  it('a fitness standard is met only by the same or a higher one', () => {
    const low = role('a', { health: [{ text: 'Pass the job related fitness test at standard 3.6.' }] });
    const high = role('b', { health: [{ text: 'Pass the job related fitness test at standard 5.4.' }] });
    expect(line(moveChecklist(low, high).lines, 'health').status).toBe('need');
    expect(line(moveChecklist(low, high).lines, 'health').detail).toMatch(/standard 3\.6, not 5\.4/);
    expect(line(moveChecklist(high, low).lines, 'health').status).toBe('meet');
  });

  it('a course the source lacks is a need, with its length', () => {
    const from = role('a', { training: [{ text: 'Annual first aid refresher.' }] });
    const to = role('b', { training: [{ text: 'Complete a 6 week initial training course.' }] });
    const course = line(moveChecklist(from, to).lines, 'training');
    expect(course.status).toBe('need');
    expect(course.detail).toMatch(/6 week course/);
  });
});

describe('the answer', () => {
  it('leads with the count of needs and says it compares profiles, not the person', () => {
    const from = role('a', { weeklyHours: 37, ...vetted(['RV']) });
    const to = role('b', { weeklyHours: 40, ...vetted(['MV']) });
    const answer = moveAnswer('a to b', from, to);
    expect(answer.kind).toBe('move');
    const [first, second] = answer.text.split('\n');
    expect(first).toMatch(/^You would need 2 things to move from a \(Ambergate Constabulary\) to b \(Ambergate Constabulary\)/);
    expect(second).toBe(MOVE_NOTE);
    expect(MOVE_NOTE).toMatch(/compares the two role profiles, not you/);
    expect(answer.citations.map((citation) => citation.roleId).sort()).toEqual(expect.arrayContaining(['a', 'b']));
  });
});
