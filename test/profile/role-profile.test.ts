import { describe, expect, it } from 'vitest';
import { RoleProfileSchema } from '../../src/profile/role-profile.ts';

const minimal = {
  id: 'contact-handler',
  title: 'Contact Handler',
  organisation: null,
  staffType: 'staff',
  rank: null,
  grade: null,
  roleCode: null,
  weeklyHours: 37,
  reportsTo: null,
  purpose: null,
  shifts: { pattern: null, details: null, evidence: [] },
  vetting: { status: 'not-stated', levels: [], note: null, evidence: [] },
  driving: { requirement: 'not-stated', detail: null, evidence: [] },
  source: { file: 'contact-handler.txt', sha256: 'a'.repeat(64) },
};

describe('RoleProfileSchema', () => {
  it('fills defaults for the optional lists', () => {
    const profile = RoleProfileSchema.parse(minimal);
    expect(profile.skills).toEqual([]);
    expect(profile.titleInferred).toBe(false);
    expect(profile.source.format).toBe('txt');
  });

  it.each([
    ['id', { id: 'Contact Handler' }],
    ['weeklyHours', { weeklyHours: -1 }],
    ['staffType', { staffType: 'civilian' }],
    ['source.sha256', { source: { file: 'x.txt', sha256: 'xyz' } }],
  ])('rejects a bad %s', (field, patch) => {
    const result = RoleProfileSchema.safeParse({ ...minimal, ...patch });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path.join('.')).toBe(field);
  });
});
