/**
 * Negated questions across roles: "which jobs don't need a licence?", "which roles don't work nights?".
 * A role is listed only when its profile says so (driving not required, a pattern without nights); roles
 * whose profiles are silent are counted and named in a note, never listed as "not needed".
 */
import type { FeatureId, RoleProfile } from '../profile/role-profile.ts';
import { FEATURES } from '../vocabulary/features.ts';
import { drivingRequirement } from './topics/driving.ts';
import { cite } from './citations.ts';
import type { Citation, ListItem } from './types.ts';
import { roleRef } from './types.ts';

export interface NegatedListing {
  title: string;
  items: ListItem[];
  total: number;
  notes: string[];
}

function item(profile: RoleProfile, detail: string, citations: Citation[]): ListItem {
  return { role: roleRef(profile), detail, citations };
}

function silentNote(silent: string[], what: string): string[] {
  if (silent.length === 0) return [];
  const shown = silent.slice(0, 20).join(', ') + (silent.length > 20 ? ` and ${silent.length - 20} more` : '');
  return [`Not stated either way (${what}): ${shown}. Check with HR before assuming.`];
}

export function withoutDriving(profiles: Iterable<RoleProfile>, max: number): NegatedListing {
  const items: ListItem[] = [];
  const desirable: string[] = [];
  const silent: string[] = [];
  let total = 0;
  for (const profile of profiles) {
    const { detail, evidence } = profile.driving;
    const requirement = drivingRequirement(profile);
    if (requirement === 'not-required') {
      total += 1;
      if (items.length < max) items.push(item(profile, detail ? `Not required: ${detail}` : 'Not required', cite(profile, 'driving', evidence)));
    } else if (requirement === 'desirable') desirable.push(profile.title);
    else if (requirement === 'not-stated') silent.push(profile.title);
  }
  const notes = [
    ...(desirable.length > 0 ? [`Driving desirable but not essential: ${desirable.slice(0, 20).join(', ')}${desirable.length > 20 ? ` and ${desirable.length - 20} more` : ''}.`] : []),
    ...silentNote(silent, 'the profile does not mention driving'),
  ];
  return { title: 'Roles whose profile says driving is not required', items, total, notes };
}

/**
 * Roles whose stated pattern is weekday daytime and does not state the feature (no nights, no weekends),
 * both as read at ingest. A rota that simply does not mention nights is not listed: it is named in a note.
 */
export function withoutShiftFeature(profiles: Iterable<RoleProfile>, feature: FeatureId, max: number): NegatedListing {
  const items: ListItem[] = [];
  const silent: string[] = [];
  const unsaid: string[] = [];
  let total = 0;
  for (const profile of profiles) {
    const text = `${profile.shifts.pattern ?? ''} ${profile.shifts.details ?? ''}`.trim();
    if (!text) {
      silent.push(profile.title);
      continue;
    }
    const has = (id: FeatureId): boolean => profile.features.some((entry) => entry.id === id);
    if (has(feature)) continue;
    if (!has('weekday-daytime')) {
      unsaid.push(profile.title);
      continue;
    }
    total += 1;
    if (items.length < max) items.push(item(profile, profile.shifts.pattern ?? profile.shifts.details ?? '', cite(profile, 'shifts', profile.shifts.evidence)));
  }
  const label = FEATURES[feature].label.replace(/^work /, 'include ');
  return {
    title: `Roles with a weekday daytime pattern that does not ${label}`,
    items,
    total,
    notes: [
      ...(unsaid.length > 0 ? [`A shift pattern is stated but does not say either way: ${unsaid.slice(0, 20).join(', ')}${unsaid.length > 20 ? ` and ${unsaid.length - 20} more` : ''}.`] : []),
      ...silentNote(silent, 'no shift pattern stated'),
    ],
  };
}

/** Roles whose stated vetting does not include the level asked for. */
export function withoutVetting(profiles: Iterable<RoleProfile>, code: string, test: (level: string) => boolean, max: number): NegatedListing {
  const items: ListItem[] = [];
  const silent: string[] = [];
  let total = 0;
  for (const profile of profiles) {
    const { status, levels, evidence } = profile.vetting;
    if (status !== 'stated') {
      silent.push(profile.title);
      continue;
    }
    if (levels.some(test)) continue;
    total += 1;
    if (items.length < max) items.push(item(profile, `Vetting: ${levels.join(', ')}`, cite(profile, 'vetting', evidence)));
  }
  return { title: `Roles whose stated vetting does not include ${code}`, items, total, notes: silentNote(silent, 'vetting not stated or unclear') };
}
