/**
 * The focus-word index built a slice at a time (Assistant.prepare, FocusCandidatesBuild) gives the same lists
 * as the index built whole at the first question, also when profiles are replaced, added and removed while it
 * is being built. Invented roles of an invented force, enough of them for several slices.
 */
import { describe, expect, it } from 'vitest';
import { createAssistant } from '../../src/answer/assistant.ts';
import { FocusCandidates, FocusCandidatesBuild } from '../../src/answer/focus-candidates.ts';
import type { RoleProfile } from '../../src/profile/role-profile.ts';
import { buildProfile } from './support/build-profile.ts';

const SYSTEMS = ['Airwave radio', 'STORM command and control', 'Niche records', 'Athena case files', 'PNC checks', 'Holmes major incident'];
const TEAMS = ['Harbour', 'Moorland', 'Riverside', 'Castle', 'Quarry', 'Orchard', 'Lighthouse', 'Meadow'];

function roles(count: number): RoleProfile[] {
  return Array.from({ length: count }, (_, i) =>
    buildProfile({
      id: `role-${i}`,
      title: `${TEAMS[i % TEAMS.length] ?? 'Harbour'} Support Officer ${i}`,
      organisation: 'Wessex Vale Police',
      itSystems: [{ name: SYSTEMS[i % SYSTEMS.length] ?? 'Airwave radio' }],
      ...(i % 5 === 0 ? { essentialCriteria: [{ text: 'Able to speak the Welsh language', category: null }] } : {}),
    }),
  );
}

const QUESTIONS = [
  'which roles mention the Welsh language?',
  'which roles use STORM?',
  'which roles use Niche?',
  'which roles mention Airwave radio?',
  'which roles mention Holmes?',
];

function listedIds(assistant: ReturnType<typeof createAssistant>): string[][] {
  return QUESTIONS.map((question) => {
    const answer = assistant.ask(question).answer;
    return answer.kind === 'list' ? answer.items.map((item) => item.role.id).sort() : [answer.kind];
  });
}

describe('preparing the focus-word index in slices', () => {
  it('gives the same lists as building it at the first question', () => {
    const profiles = roles(650);
    const prepared = createAssistant({ profiles });
    let calls = 0;
    while (prepared.prepare?.()) calls += 1;
    // More than one slice, then done: another call has nothing left to do.
    expect(calls).toBeGreaterThan(1);
    expect(prepared.prepare?.()).toBe(false);
    const lists = listedIds(prepared);
    expect(lists[0]?.length).toBeGreaterThan(0);
    expect(lists).toEqual(listedIds(createAssistant({ profiles })));
  });

  it('follows profiles replaced, added and removed part way through', () => {
    const profiles = roles(650);
    const assistant = createAssistant({ profiles });
    expect(assistant.prepare?.()).toBe(true);
    // role-1 was filed in the first slice, role-601 not yet: both change; role-2 and role-610 go; one is new.
    const changed = [
      buildProfile({ id: 'role-1', title: profiles[1]!.title, organisation: 'Wessex Vale Police' }),
      buildProfile({
        id: 'role-601',
        title: profiles[601]!.title,
        organisation: 'Wessex Vale Police',
        essentialCriteria: [{ text: 'Fluent in the Welsh language', category: null }],
      }),
      buildProfile({ id: 'role-new', title: 'Ferry Liaison Officer', organisation: 'Wessex Vale Police', itSystems: [{ name: 'STORM command and control' }] }),
    ];
    for (const profile of changed) assistant.upsert(profile);
    assistant.remove('role-2');
    assistant.remove('role-610');
    // A question part way through finishes the build; later calls have nothing to do.
    const midway = listedIds(assistant);
    expect(assistant.prepare?.()).toBe(false);
    const final = profiles.filter((p) => !['role-1', 'role-601', 'role-2', 'role-610'].includes(p.id)).concat(changed);
    expect(midway).toEqual(listedIds(createAssistant({ profiles: final })));
    expect(midway[0]).toContain('role-601');
    expect(midway[1]).toContain('role-new');
    expect(midway.flat()).not.toContain('role-1');
    expect(midway.flat()).not.toContain('role-2');
  });

  it('FocusCandidatesBuild ends as FocusCandidates built at once, skipping what changed since it began', () => {
    const profiles = roles(30);
    const held = new Map(profiles.map((p) => [p.id, p]));
    const build = new FocusCandidatesBuild(profiles, (id) => held.get(id));
    expect(build.step(10)).toBe(false);
    const replaced = { ...profiles[20]!, itSystems: [{ name: 'Niche records', evidence: [] }] };
    held.set(replaced.id, replaced);
    build.index.upsert(replaced);
    held.delete('role-25');
    build.index.remove('role-25');
    expect(build.step(100)).toBe(true);
    const whole = new FocusCandidates([...held.values()]);
    for (const words of [['airwave'], ['niche'], ['storm'], ['welsh', 'language'], ['holmes', 'athena']]) {
      expect(build.index.roleIds({ words }), words.join(' ')).toEqual(whole.roleIds({ words }));
    }
  });
});
