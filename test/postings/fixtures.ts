/** Small builders for postings tests: profiles and postings of a made-up force (Wessex Vale Police). */
import { RoleProfileSchema, type RoleProfile } from '../../src/profile/role-profile.ts';
import { PostingSchema, type Posting } from '../../src/postings/posting.ts';

export function makeProfile(id: string, title: string, extra: Partial<RoleProfile> = {}): RoleProfile {
  return RoleProfileSchema.parse({
    id,
    title,
    organisation: 'Wessex Vale Police',
    staffType: 'staff',
    rank: null,
    grade: null,
    roleCode: null,
    weeklyHours: null,
    reportsTo: null,
    purpose: null,
    shifts: { pattern: null, details: null, evidence: [] },
    vetting: { status: 'not-stated', levels: [], note: null, evidence: [] },
    driving: { requirement: 'not-stated', detail: null, evidence: [] },
    evidence: { title: [{ line: 1, quote: `Role title: ${title}` }] },
    source: { file: `${id}.txt`, sha256: 'b'.repeat(64) },
    ...extra,
  });
}

let counter = 0;
export function makePosting(roleId: string, roleTitle: string, patch: Partial<Posting> & { closingDate?: string } = {}): Posting {
  counter += 1;
  const { closingDate, ...rest } = patch;
  return PostingSchema.parse({
    id: `p-test${String(counter).padStart(4, '0')}`,
    roleId,
    roleTitle,
    details: {
      locationOrTeam: 'Northgate',
      numberOfPosts: 2,
      closingDate: closingDate ?? '2027-03-31',
      howToApply: 'https://jobs.wessexvale.example/apply',
      note: null,
    },
    postedBy: 'U0HR',
    postedAt: '2026-11-20T10:00:00.000Z',
    channel: 'C0JOBS',
    messageTs: '1700000000.000100',
    status: 'open',
    history: [],
    ...rest,
  });
}
