/** A small valid RoleProfile for store tests; overrides merge on top. */
import { RoleProfileSchema, type RoleProfile, type RoleProfileInput } from '../../src/profile/role-profile.ts';

export function makeProfile(overrides: Partial<RoleProfileInput> = {}): RoleProfile {
  return RoleProfileSchema.parse({
    id: 'contact-handler',
    title: 'Contact Handler',
    organisation: 'Example Constabulary',
    staffType: 'staff',
    rank: null,
    grade: null,
    roleCode: null,
    weeklyHours: 37,
    reportsTo: 'Contact Supervisor',
    purpose: null,
    shifts: { pattern: null, details: null, evidence: [] },
    vetting: { status: 'stated', levels: ['CTC'], note: null, evidence: [{ line: 12, quote: 'Vetting: CTC' }] },
    driving: { requirement: 'not-stated', detail: null, evidence: [] },
    source: { file: 'contact-handler.txt', sha256: 'a'.repeat(64) },
    ...overrides,
  });
}
