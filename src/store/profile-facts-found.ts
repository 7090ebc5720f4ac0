/**
 * A short list of what a parsed profile holds ("weekly hours 37", "9 essential criteria"), so HR can see at
 * a glance what the parser found in their document. Reads only the profile; says nothing it does not hold.
 */
import type { RoleProfile } from '../profile/role-profile.ts';
import { titleSourceNote } from '../profile/title-source.ts';

function count(n: number, one: string, many = `${one}s`): string | null {
  if (n === 0) return null;
  return `${n} ${n === 1 ? one : many}`;
}

export function factsFound(profile: RoleProfile): string[] {
  const found: Array<string | null> = [
    `title "${profile.title}"${titleSourceNote(profile) === null ? '' : ` (${titleSourceNote(profile)})`}`,
    profile.organisation ? `organisation ${profile.organisation}` : null,
    profile.staffType !== 'unknown' ? `staff type ${profile.staffType}` : null,
    profile.rank ? `rank ${profile.rank}` : null,
    profile.grade ? `grade ${profile.grade}` : null,
    profile.roleCode ? `role code ${profile.roleCode}` : null,
    profile.weeklyHours !== null ? `weekly hours ${profile.weeklyHours}` : null,
    profile.reportsTo ? `reports to ${profile.reportsTo}` : null,
    profile.shifts.pattern ? `shifts "${profile.shifts.pattern}"` : profile.shifts.details ? 'shift details' : null,
    profile.vetting.status === 'stated'
      ? `vetting ${profile.vetting.levels.join(', ') || 'stated'}`
      : profile.vetting.status === 'ambiguous'
        ? 'vetting (ambiguous)'
        : null,
    profile.driving.requirement !== 'not-stated' ? `driving ${profile.driving.requirement}` : null,
    profile.purpose ? 'purpose' : null,
    count(profile.responsibilities.length, 'responsibility', 'responsibilities'),
    count(profile.essentialCriteria.length, 'essential criterion', 'essential criteria'),
    count(profile.desirableCriteria.length, 'desirable criterion', 'desirable criteria'),
    count(profile.behaviours.length, 'behaviour'),
    count(profile.values.length, 'value'),
    count(profile.skills.length, 'skill'),
    count(profile.health.length, 'health requirement'),
    count(profile.training.length, 'training requirement'),
    count(profile.itSystems.length, 'IT system'),
    count(profile.nationalOccupationalStandards.length, 'national occupational standard'),
    count(profile.conditions.length, 'condition'),
    profile.pay ? `pay "${[profile.pay.text, ...profile.pay.allowances.map((item) => item.text)].filter(Boolean).join('; ') || `${profile.pay.scale.length} scale lines`}"` : null,
    profile.workingArrangements.length > 0
      ? `working arrangements ${profile.workingArrangements.map((item) => `${item.kind}${item.offered ? '' : ' (not available)'}`).join(', ')}`
      : null,
    profile.closingDate ? `closing date ${profile.closingDate.iso ?? `"${profile.closingDate.text}"`}` : null,
    count(profile.minimumService.length, 'minimum service statement'),
    profile.entryRoutes.length > 0 ? `entry routes ${profile.entryRoutes.map((route) => route.id).join(', ')}` : null,
  ];
  return found.filter((item): item is string => item !== null);
}
