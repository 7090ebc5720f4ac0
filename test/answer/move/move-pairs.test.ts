/**
 * The move checklist over real documents: the five seeds and the corpus, each read by the real parser. One row
 * per role pair (officer to staff, staff to officer, same family, pairs where most is not stated), asserting
 * the statuses of the lines that matter for that pair and that every line cites only its own profiles'
 * evidence, the target's always.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { moveChecklist } from '../../../src/answer/move/move-checklist.ts';
import type { MoveChecklist, MoveStatus } from '../../../src/answer/types.ts';
import type { RoleProfile } from '../../../src/profile/role-profile.ts';
import { corpusProfiles } from '../../corpus/load-assistant.ts';
import { allEvidence } from '../../ingest/support/evidence.ts';

let byId: Map<string, RoleProfile>;

beforeAll(async () => {
  const { profiles } = await corpusProfiles();
  byId = new Map(profiles.map((profile) => [profile.id, profile]));
}, 120_000);

function profile(id: string): RoleProfile {
  const found = byId.get(id);
  if (!found) throw new Error(`no profile ${id} in the seeds and corpus`);
  return found;
}

/** The status of the first line whose subject starts with `subject`. */
function statusOf(checklist: MoveChecklist, subject: string): MoveStatus | undefined {
  return checklist.lines.find((line) => line.subject.startsWith(subject))?.status;
}

interface Row {
  name: string;
  from: string;
  to: string;
  /** Subject prefix -> status. */
  expect: Record<string, MoveStatus>;
  /** A phrase the detail of that subject's line must hold. */
  says?: Record<string, RegExp>;
}

const ROWS: Row[] = [
  {
    name: 'staff to officer (seed PCSO to seed Patrol and Resolution Officer)',
    from: 'police-community-support-officer-hertfordshire',
    to: 'patrol-and-resolution-officer-leicestershire',
    expect: { 'Change of employment: staff to officer': 'need', 'Rank: Constable': 'need', Vetting: 'not-stated', 'Driving: a police driving authority (unless a student officer)': 'need', 'Weekly hours: 40': 'not-stated' },
    says: { Vetting: /strike through/, 'Driving: a police driving authority': /unless a student officer/ },
  },
  {
    name: 'staff to staff, different forces (seed Contact Handler to seed PCSO)',
    from: 'contact-handler-leicestershire',
    to: 'police-community-support-officer-hertfordshire',
    expect: { 'Officer or staff': 'meet', 'Grade: A3': 'not-stated', Vetting: 'not-stated', 'Driving: a driving licence': 'need', 'Behaviours (PPF)': 'not-stated' },
    says: { 'Grade: A3': /do not say how the two grades compare/ },
  },
  {
    name: 'officer to officer, same rank, mostly not stated (seed MOSOVO to seed Community PC)',
    from: 'mosovo-constable-kent',
    to: 'community-policing-team-pc',
    expect: { 'Rank: Constable': 'meet', Vetting: 'not-stated', Driving: 'not-stated', 'Weekly hours': 'not-stated', 'Shifts: work weekends': 'not-stated', 'Behaviours (CVF)': 'meet', 'Skills: Community Partnerships': 'need' },
    says: { 'Skills: Community Partnerships': /Crime Reduction\/Prevention \(no level stated to level 4\)|Crime Reduction\/Prevention \(level \d to level 4\)|not listed/ },
  },
  {
    name: 'officer to promoted officer (Cheshire response PC to Lancashire safeguarding DS)',
    from: 'response-officer-police-constable-cheshire',
    to: 'safeguarding-detective-sergeant-lancashire',
    expect: { 'Rank: Detective Sergeant': 'need', 'Vetting (police vetting): MV': 'need', 'Vetting (national security vetting): SC': 'need', 'Driving: a driving licence': 'meet', 'Shifts: have on-call duties': 'need' },
    says: { 'Vetting (police vetting): MV': /states RV, a lower level on the same ladder/, 'Rank: Detective Sergeant': /promotion/ },
  },
  {
    name: 'staff to officer across vetting ladders (South Wales PCSO to Cheshire response PC)',
    from: 'police-community-support-officer-pcso-south-wales',
    to: 'response-officer-police-constable-cheshire',
    expect: { 'Change of employment: staff to officer': 'need', 'Vetting (police vetting): RV': 'meet', 'Vetting (national security vetting): CTC': 'not-stated', 'Shifts: work nights': 'need', 'Health and fitness: Job Related Fitness Test': 'need' },
    says: { 'Vetting (national security vetting): CTC': /different ladder, so the two are not comparable/, 'Health and fitness: Job Related Fitness Test': /standard 3\.6, not 5\.4/ },
  },
  {
    name: 'officer to staff (Cumbria DC to West Mercia intelligence analyst)',
    from: 'detective-constable-cid-cumbria',
    to: 'intelligence-analyst-west-mercia',
    expect: { 'Change of employment: officer to staff': 'need', 'Grade: Scale 6': 'not-stated', 'Vetting (police vetting): MV': 'meet', 'Vetting (national security vetting): SC': 'not-stated', 'Behaviours (CVF)': 'meet' },
    says: { 'Vetting (police vetting): MV': /Both profiles state MV/ },
  },
  {
    name: 'same family, staff (Leicestershire contact handler to Sussex call handler)',
    from: 'contact-handler-leicestershire',
    to: 'call-handler-force-control-room-sussex',
    expect: { 'Officer or staff': 'meet', 'Grade: Scale 4': 'meet', 'Vetting (non-police personnel vetting): NPPV2': 'not-stated', 'Shifts: work 24/7': 'meet', 'Shifts: work nights': 'meet', 'Essential: Able to type accurately': 'meet', 'Weekly hours: 37.5': 'need' },
  },
  {
    name: 'officer to officer, promotion with a fitness standard held (Humberside roads PC to Hampshire custody sergeant)',
    from: 'roads-policing-constable-humberside',
    to: 'custody-sergeant-hampshire-and-isle-of-wight',
    expect: { 'Rank: Sergeant': 'need', 'Vetting (police vetting): RV': 'meet', 'Shifts: work 12-hour shifts': 'need', "Essential: Passed the Sergeants' legal examination": 'not-stated', 'Health and fitness: Job Related Fitness Test': 'meet', 'Training: National Custody Officer Learning Programme': 'need' },
    says: { 'Training: National Custody Officer Learning Programme': /3 week/ },
  },
  {
    name: 'staff to staff up the NPPV ladder (Warwickshire dispatcher to Durham collision investigator)',
    from: 'control-room-dispatcher-warwickshire',
    to: 'forensic-collision-investigator-durham',
    expect: { 'Vetting (non-police personnel vetting): NPPV3': 'need', 'Driving: a driving licence': 'need', 'Weekly hours: 37': 'meet', 'Shifts: have on-call duties': 'need' },
    says: { 'Vetting (non-police personnel vetting): NPPV3': /states NPPV2, a lower level on the same ladder/ },
  },
  {
    name: 'mostly not stated (Gwent fingerprint officer to Surrey communications officer)',
    from: 'fingerprint-officer-gwent',
    to: 'communications-officer-media-and-digital-surrey',
    expect: { 'Officer or staff': 'meet', Vetting: 'not-stated', 'Weekly hours': 'not-stated', 'Shifts: work weekends': 'meet', 'Shifts: have on-call duties': 'need' },
  },
  {
    name: 'officer down to staff, higher vetting held (Lancashire DS to Staffordshire vetting officer)',
    from: 'safeguarding-detective-sergeant-lancashire',
    to: 'vetting-officer-staffordshire',
    expect: { 'Change of employment: officer to staff': 'need', 'Vetting (police vetting): MV': 'meet', Driving: 'meet' },
  },
  {
    name: 'MV covers RV (Thames Valley neighbourhood sergeant to Humberside roads PC)',
    from: 'neighbourhood-sergeant-thames-valley',
    to: 'roads-policing-constable-humberside',
    expect: { 'Officer or staff': 'meet', 'Rank: Constable': 'meet', 'Vetting (police vetting): RV': 'meet' },
    says: { 'Vetting (police vetting): RV': /states MV, which covers RV/, 'Rank: Constable': /below/ },
  },
];

describe('move checklist over the seeds and the corpus', () => {
  it.each(ROWS)('$name', (row) => {
    const from = profile(row.from);
    const to = profile(row.to);
    const checklist = moveChecklist(from, to);
    for (const [subject, status] of Object.entries(row.expect)) {
      expect(statusOf(checklist, subject), `${subject} in ${checklist.lines.map((line) => `[${line.status}] ${line.subject}`).join('\n')}`).toBe(status);
    }
    for (const [subject, pattern] of Object.entries(row.says ?? {})) {
      expect(checklist.lines.find((line) => line.subject.startsWith(subject))?.detail).toMatch(pattern);
    }
    // The counts are the lines', and the first line of the text would say the need count.
    expect(checklist.counts.need).toBe(checklist.lines.filter((line) => line.status === 'need').length);
    expect(checklist.counts.need + checklist.counts.meet + checklist.counts['not-stated']).toBe(checklist.lines.length);
  });

  it.each(ROWS)('cites only each profile\'s own evidence, and the target on every line that has some: $name', (row) => {
    const from = profile(row.from);
    const to = profile(row.to);
    const own = (p: RoleProfile) => new Set([...allEvidence(p).map(({ evidence }) => `${evidence.line}\u0000${evidence.quote}`), ...p.features.flatMap((feature) => feature.evidence.map((evidence) => `${evidence.line}\u0000${evidence.quote}`))]);
    const fromEvidence = own(from);
    const toEvidence = own(to);
    for (const line of moveChecklist(from, to).lines) {
      for (const citation of line.from) {
        expect(citation.roleId).toBe(from.id);
        expect(fromEvidence.has(`${citation.line}\u0000${citation.quote}`), `${line.subject}: from cites line ${citation.line}`).toBe(true);
      }
      for (const citation of line.to) {
        expect(citation.roleId).toBe(to.id);
        expect(toEvidence.has(`${citation.line}\u0000${citation.quote}`), `${line.subject}: to cites line ${citation.line}`).toBe(true);
      }
      // A "meet" on a requirement is always shown from both sides.
      if (line.status === 'meet' && ['criteria', 'health', 'training', 'skills'].includes(line.topic)) {
        expect(line.from.length, line.subject).toBeGreaterThan(0);
        expect(line.to.length, line.subject).toBeGreaterThan(0);
      }
    }
  });
});
