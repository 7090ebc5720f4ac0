/**
 * The ingester's lookups (identity, ids, source names, hashes) are kept up to date as profiles are written
 * and removed, instead of being rebuilt per document. These tests compare them, after random sequences of
 * adds, replacements, renames and removals, with the same lookups rebuilt from scratch from what is stored.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { RoleProfile } from '../../src/profile/role-profile.ts';
import { identityKey } from '../../src/store/assign-role-id.ts';
import { StoredRoles } from '../../src/store/stored-roles.ts';
import { makeProfile } from './make-profile.ts';

/** The obviously right version: every lookup rebuilt from the stored profiles. */
function rebuilt(profiles: readonly RoleProfile[]) {
  const group = (keyOf: (profile: RoleProfile) => string) => {
    const map = new Map<string, Set<string>>();
    for (const profile of profiles) {
      const ids = map.get(keyOf(profile)) ?? new Set<string>();
      ids.add(profile.id);
      map.set(keyOf(profile), ids);
    }
    return map;
  };
  return {
    ids: profiles.map((profile) => profile.id).sort(),
    identities: group(identityKey),
    sourceFiles: group((profile) => profile.source.file),
    hashes: group((profile) => profile.source.sha256),
  };
}

function sortedView(roles: StoredRoles) {
  const view = roles.snapshotForTest();
  return { ...view, ids: [...view.ids].sort() };
}

const ID = fc.constantFrom('pc', 'pc-kent', 'dc', 'pcso', 'contact-handler');
const TITLE = fc.constantFrom('Police Constable', 'Detective Constable', 'PCSO', 'Contact Handler');
const FORCE = fc.constantFrom('Kent Police', 'Essex Police', null);
const FILE = fc.constantFrom('a.txt', 'b.docx', 'c.pdf');
const HASH = fc.constantFrom('1', '2', '3').map((digit) => digit.repeat(64));

type Step =
  | { kind: 'set'; id: string; title: string; organisation: string | null; file: string; sha256: string }
  | { kind: 'delete'; id: string };

const STEP: fc.Arbitrary<Step> = fc.oneof(
  fc.record({ kind: fc.constant('set' as const), id: ID, title: TITLE, organisation: FORCE, file: FILE, sha256: HASH }),
  fc.record({ kind: fc.constant('delete' as const), id: ID }),
);

describe('StoredRoles', () => {
  it('stays equal to a plain rebuild after any sequence of add, replace, rename and removal', () => {
    fc.assert(
      fc.property(fc.array(STEP, { maxLength: 40 }), (steps) => {
        const roles = new StoredRoles();
        const plain = new Map<string, RoleProfile>();
        for (const step of steps) {
          if (step.kind === 'delete') {
            expect(roles.delete(step.id)?.id).toBe(plain.get(step.id)?.id);
            plain.delete(step.id);
          } else {
            // Setting an id already stored is a replacement; with another title or organisation, a rename.
            const profile = makeProfile({
              id: step.id,
              title: step.title,
              organisation: step.organisation,
              source: { file: step.file, sha256: step.sha256 },
            });
            roles.set(profile);
            plain.set(step.id, profile);
          }
          expect(sortedView(roles)).toEqual(rebuilt([...plain.values()]));
          expect(roles.size).toBe(plain.size);
        }
      }),
    );
  });

  it('finds a role by identity, source name and hash, and forgets the old values after a rename', () => {
    const roles = new StoredRoles([makeProfile({ id: 'pc', title: 'Police Constable', source: { file: 'pc.txt', sha256: '1'.repeat(64) } })]);
    expect(roles.byIdentity.get('police constable|example constabulary')?.id).toBe('pc');
    roles.set(makeProfile({ id: 'pc', title: 'Student Officer', source: { file: 'so.txt', sha256: '2'.repeat(64) } }));
    expect(roles.byIdentity.get('police constable|example constabulary')).toBeUndefined();
    expect(roles.byIdentity.get('student officer|example constabulary')?.id).toBe('pc');
    expect([...roles.usingSource('pc.txt')]).toEqual([]);
    expect([...roles.usingSource('so.txt')]).toEqual(['pc']);
    expect(roles.ids.has('pc')).toBe(true);
    roles.delete('pc');
    expect(roles.ids.has('pc')).toBe(false);
    expect(roles.byIdentity.get('student officer|example constabulary')).toBeUndefined();
  });

  it('reports a document as already parsed only for the same bytes and the same parser version', () => {
    const roles = new StoredRoles([
      makeProfile({ id: 'old', source: { file: 'a.txt', sha256: '1'.repeat(64) } }),
      makeProfile({ id: 'new', title: 'Other', source: { file: 'b.txt', sha256: '2'.repeat(64) }, parserVersion: 3 }),
    ]);
    expect(roles.parsedFrom('1'.repeat(64), 3)).toBeUndefined(); // stored before versions were stamped
    expect(roles.parsedFrom('2'.repeat(64), 3)?.id).toBe('new');
    expect(roles.parsedFrom('2'.repeat(64), 4)).toBeUndefined(); // a newer parser reads it again
    expect(roles.parsedFrom('3'.repeat(64), 3)).toBeUndefined();
  });
});
