/**
 * Large profile sets for the bench, made from the parsed seeds: each copy gets a new id, a title such as
 * "<Team> <Role>" and an organisation from a list of forces, so role resolution has real work to do.
 */
import type { RoleProfile } from '../../src/profile/role-profile.ts';

export const TEAMS = [
  'Neighbourhood', 'Response', 'Roads Policing', 'Custody', 'Control Room', 'Public Protection', 'Economic Crime',
  'Cyber Crime', 'Major Crime', 'Intelligence', 'Safeguarding', 'Operational Support', 'Marine', 'Rural Crime',
  'Dog Section', 'Firearms Support', 'Professional Standards', 'Digital Forensics', 'Serious Organised Crime',
  'Contact Management', 'Criminal Justice', 'Domestic Abuse', 'Missing Persons', 'Licensing', 'Training',
  'Scientific Support', 'Special Branch', 'Tactical Support', 'Airport', 'Community Safety', 'Hate Crime',
  'Child Protection', 'Fraud', 'Wildlife Crime', 'Port', 'Mounted', 'Road Safety', 'Crime Scene', 'Vulnerability',
  'Prisoner Handling', 'Victim Care', 'Force Control', 'Local Policing', 'Proactive', 'Burglary', 'Volunteer',
  'Reserve', 'Events Planning', 'Covert Operations', 'Youth Engagement',
];
// 50 teams x 41 forces x 5 seeds = 10,250 distinct (title, force) pairs: enough for the 10,000 set.

export const FORCES = [
  'Avon and Somerset Constabulary', 'Bedfordshire Police', 'Cambridgeshire Constabulary', 'Cheshire Constabulary',
  'Cleveland Police', 'Cumbria Constabulary', 'Derbyshire Constabulary', 'Devon and Cornwall Police', 'Dorset Police',
  'Durham Constabulary', 'Dyfed-Powys Police', 'Essex Police', 'Gloucestershire Constabulary', 'Greater Manchester Police',
  'Gwent Police', 'Hampshire Constabulary', 'Hertfordshire Constabulary', 'Humberside Police', 'Kent Police',
  'Lancashire Constabulary', 'Leicestershire Police', 'Lincolnshire Police', 'Merseyside Police', 'Norfolk Constabulary',
  'North Wales Police', 'North Yorkshire Police', 'Northamptonshire Police', 'Northumbria Police',
  'Nottinghamshire Police', 'South Wales Police', 'South Yorkshire Police', 'Staffordshire Police', 'Suffolk Constabulary',
  'Surrey Police', 'Sussex Police', 'Thames Valley Police', 'Warwickshire Police', 'West Mercia Police',
  'West Midlands Police', 'West Yorkshire Police', 'Wiltshire Police',
];

function slug(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
}

/** `count` profiles; the first `bases.length` are the bases as they are, the rest varied copies. */
export function syntheticProfiles(bases: readonly RoleProfile[], count: number): RoleProfile[] {
  const out: RoleProfile[] = [];
  for (let i = 0; i < count; i += 1) {
    const base = bases[i % bases.length];
    if (!base) break;
    if (i < bases.length) {
      out.push(base);
      continue;
    }
    const team = TEAMS[Math.floor(i / bases.length) % TEAMS.length] ?? 'Operational';
    const force = FORCES[Math.floor(i / (bases.length * TEAMS.length)) % FORCES.length] ?? 'Example Police';
    const title = `${team} ${base.title}`;
    out.push({ ...base, id: `${slug(title)}-${slug(force)}-${i}`, title, organisation: force, aliases: [] });
  }
  return out;
}
