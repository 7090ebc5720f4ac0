/**
 * The assistant over invented roles of other forces: forces settle same-title roles, the index and the
 * catalogue update in place, answerers go first, glossary files are validated, and every answer kind
 * has its structured fields and its plain text.
 */
import { describe, expect, it } from 'vitest';
import { createAssistant } from '../../src/answer/assistant.ts';
import { parseGlossary } from '../../src/answer/glossary.ts';
import type { Answer, Answerer } from '../../src/answer/types.ts';
import { buildProfile } from './support/build-profile.ts';
import { controlRoomOperator, detectiveConstable, OTHER_FORCES, responseSergeant, southshirePcso, westshirePcso } from './support/other-forces.ts';

const GLOSSARY = parseGlossary(
  JSON.stringify([{ term: 'NPPV3', aliases: ['NPPV 3'], definition: 'Non-Police Personnel Vetting level 3.' }]),
  'test-glossary.json',
).entries;

function fresh() {
  return createAssistant({ profiles: OTHER_FORCES, glossary: GLOSSARY });
}

function ids(answer: Answer): string[] {
  return answer.roles.map((role) => role.id);
}

describe('roles with the same title in two forces', () => {
  it('asks which one when the force is not named', () => {
    const { answer } = fresh().ask('hours and vetting for a pcso?');
    expect(answer.kind).toBe('clarify');
    if (answer.kind !== 'clarify') return;
    expect(answer.candidates.map((c) => c.id).sort()).toEqual([southshirePcso.id, westshirePcso.id].sort());
    expect(answer.text).toContain('Southshire Constabulary');
  });

  it('uses the force name to pick one, and keeps the asked topics for the clarification', () => {
    const assistant = fresh();
    const { answer } = assistant.ask('the southshire pcso hours');
    expect(ids(answer)).toEqual([southshirePcso.id]);
    expect(answer.text).toContain('36 hours a week');
    const clarify = assistant.ask('pcso vetting?');
    expect(clarify.answer.kind).toBe('clarify');
    // "the westshire one": the candidate of that force, with the topic first asked.
    const chosen = assistant.ask('the westshire one', clarify.context);
    expect(ids(chosen.answer)).toEqual([westshirePcso.id]);
    expect(chosen.answer.text).toMatch(/Vetting: unclear/);
    // "what about southshire?": the same role at the other force.
    const other = assistant.ask('what about southshire', chosen.context);
    expect(ids(other.answer)).toEqual([southshirePcso.id]);
    // A force without that role: said so, not the last force's answer.
    const missing = assistant.ask('what about eastshire', other.context);
    expect(missing.answer.kind).toBe('not-found');
    const picked = assistant.ask('westshire pcso', clarify.context);
    expect(ids(picked.answer)).toEqual([westshirePcso.id]);
    expect(picked.answer.text).toMatch(/Vetting: unclear/);
  });

  it('says an ambiguous fact is unclear and why, without presenting the listed codes as the answer', () => {
    const { answer } = fresh().ask('westshire pcso vetting');
    expect(answer.kind).toBe('answer');
    if (answer.kind !== 'answer') return;
    expect(answer.facts[0]).toMatchObject({ status: 'ambiguous', value: null });
    expect(answer.facts[0]?.note).toContain('Both RV and MV are ticked');
    expect(answer.text).toContain('unclear');
  });

  it('does not answer with another force when the named force has no such role', () => {
    const { answer } = fresh().ask('what vetting does the northshire pcso need');
    expect(answer.kind).toBe('not-found');
    expect(answer.text).not.toMatch(/\bRV\b/);
  });
});

describe('updates in place', () => {
  it('answers about an added profile, then its replacement, then forgets it when removed', () => {
    const assistant = fresh();
    const marine = buildProfile({
      id: 'marine-unit-officer-northshire',
      title: 'Marine Unit Officer',
      organisation: 'Northshire Police',
      staffType: 'officer',
      weeklyHours: 40,
      vetting: { status: 'stated', levels: ['RV'], note: null },
    });
    expect(assistant.ask('marine unit officer vetting').answer.kind).toBe('not-found');
    assistant.upsert(marine);
    const added = assistant.ask('marine unit officer vetting').answer;
    expect(ids(added)).toEqual([marine.id]);
    expect(added.text).toContain('Vetting: RV');

    assistant.upsert(
      buildProfile({
        id: marine.id,
        title: 'Marine Unit Officer',
        organisation: 'Northshire Police',
        staffType: 'officer',
        weeklyHours: 37,
        vetting: { status: 'stated', levels: ['MV', 'CTC'], note: null },
      }),
    );
    const replaced = assistant.ask('marine unit officer vetting').answer;
    expect(replaced.text).toContain('Vetting: MV, CTC');
    expect(replaced.text).not.toMatch(/Vetting: RV/);
    expect(assistant.roles().filter((role) => role.id === marine.id)).toHaveLength(1);
    expect(assistant.ask('which roles need MV vetting').answer.roles.map((r) => r.id)).toContain(marine.id);

    expect(assistant.remove(marine.id)).toBe(true);
    expect(assistant.remove(marine.id)).toBe(false);
    expect(assistant.ask('marine unit officer vetting').answer.kind).toBe('not-found');
    expect(assistant.profile(marine.id)).toBeUndefined();
  });

  it('follows a retitled profile: the old title no longer resolves to it', () => {
    const assistant = fresh();
    assistant.upsert({ ...controlRoomOperator, title: 'Force Incident Dispatcher' });
    expect(ids(assistant.ask('force incident dispatcher shifts').answer)).toEqual([controlRoomOperator.id]);
    expect(assistant.ask('control room operator shifts').answer.kind).toBe('not-found');
  });
});

describe('answerers, lists, compare and summary', () => {
  it('tries answerers first and keeps their roles as context', () => {
    const vacancies: Answerer = (question) =>
      /vacanc/i.test(question)
        ? { kind: 'list', question, roles: [{ id: detectiveConstable.id, title: detectiveConstable.title, organisation: null }], title: 'Open vacancies', items: [], text: 'Open vacancies: Detective Constable', citations: [] }
        : null;
    const assistant = createAssistant({ profiles: OTHER_FORCES, answerers: [vacancies] });
    const first = assistant.ask('what vacancies are open?');
    expect(first.answer.text).toBe('Open vacancies: Detective Constable');
    const follow = assistant.ask('what vetting does it need?', first.context);
    expect(follow.answer.text).toContain('Vetting: MV');
    expect(assistant.ask('dc vetting').answer.text).toContain('MV');
  });

  it('lists roles by level, by 24/7 working and by driving, each with its citation', () => {
    const assistant = fresh();
    const level = assistant.ask('which roles need crime investigation at level 3 or above?').answer;
    expect(level.kind).toBe('list');
    expect(ids(level).sort()).toEqual([detectiveConstable.id, responseSergeant.id].sort());
    const exact = assistant.ask('which roles have crime investigation at level 2').answer;
    expect(ids(exact)).toEqual([southshirePcso.id]);
    const always = assistant.ask('which roles work 24/7?').answer;
    expect(ids(always).sort()).toEqual([controlRoomOperator.id, responseSergeant.id].sort());
    const driving = assistant.ask('which jobs need a licence').answer;
    expect(driving.text).toContain('Desirable: Full driving licence desirable');
    if (driving.kind === 'list') for (const item of driving.items) expect(item.citations.length).toBeGreaterThan(0);
  });

  it('compares three roles and names the skill level differences', () => {
    const answer = fresh().compare(['dc', 'response sergeant', 'southshire pcso']);
    expect(answer.kind).toBe('comparison');
    if (answer.kind !== 'comparison') return;
    const skills = answer.rows.find((row) => row.topic === 'skills');
    expect(skills?.differences).toContain('Crime Investigation: 4 vs 3 vs 2');
    // Three roles: grouped by value, short names, no "A vs B vs C" per topic.
    expect(answer.headline).not.toContain(' vs ');
    expect(answer.headline.length).toBeLessThan(300);
    expect(answer.headline).toMatch(/PCSO/);
  });

  it('asks for two different roles when a comparison names one', () => {
    expect(fresh().compare(['dc']).kind).toBe('help');
    expect(fresh().compare(['dc', 'detective constable']).kind).toBe('help');
    expect(fresh().compare(['dc', 'pcso']).kind).toBe('clarify');
  });

  it('summarises a role by id or by name, and says an unknown one is unknown with the nearest roles', () => {
    const assistant = fresh();
    expect(assistant.summary(detectiveConstable.id).kind).toBe('summary');
    const byName = assistant.summary('detective constable');
    expect(byName.text).toContain('Plain clothes');
    const unknown = assistant.summary('control room supervisor');
    expect(unknown.kind).toBe('not-found');
    if (unknown.kind === 'not-found') expect(unknown.suggestions.map((s) => s.id)).toContain(controlRoomOperator.id);
  });

  it('never resolves a role from a weak word alone', () => {
    const assistant = fresh();
    for (const question of ['police hours', 'officer vetting', 'what does a staff member need', 'team shifts']) {
      const { answer } = assistant.ask(question);
      expect(['clarify', 'not-found', 'help', 'list'], `${question}: ${answer.kind}`).toContain(answer.kind);
      expect(answer.kind === 'answer' || answer.kind === 'summary', question).toBe(false);
    }
  });

  it('lists the roles it knows sorted by title', () => {
    const titles = fresh().roles().map((role) => role.title);
    expect(titles).toEqual([...titles].sort((a, b) => a.toLowerCase().localeCompare(b.toLowerCase())));
  });
});

describe('glossary file', () => {
  it('reports bad entries and keeps the good ones', () => {
    const parsed = parseGlossary(
      JSON.stringify([{ term: 'CTC', definition: 'Counter Terrorist Check.' }, { term: '', definition: 'x' }, { definition: 'no term' }]),
      'data/glossary.json',
    );
    expect(parsed.entries.map((e) => e.term)).toEqual(['CTC']);
    expect(parsed.problems).toHaveLength(2);
    expect(parsed.problems[0]).toMatch(/^data\/glossary\.json: entry 2, term:/);
  });

  it('reports malformed JSON with the file name', () => {
    const parsed = parseGlossary('{ nope', 'data/glossary.json');
    expect(parsed.entries).toEqual([]);
    expect(parsed.problems[0]).toMatch(/^data\/glossary\.json: not valid JSON/);
  });

  it('answers "nppv 3" and "NPPV3" alike and says a definition is not a role requirement', () => {
    const assistant = fresh();
    for (const question of ['what does NPPV3 mean?', 'meaning of nppv 3', 'NPPV3?']) {
      const { answer } = assistant.ask(question);
      expect(answer.text, question).toContain('Non-Police Personnel Vetting level 3.');
      expect(answer.roles).toEqual([]);
    }
  });
});
