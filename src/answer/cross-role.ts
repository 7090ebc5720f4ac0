/**
 * Questions across roles: "which roles need MV vetting / a driving licence / Crime Investigation at
 * level 3 / work 24/7?", "which roles are police staff?", "what roles are there?". A linear pass over the
 * profiles, each listed role with the citation of the fact that put it on the list.
 */
import type { FeatureId, RoleProfile } from '../profile/role-profile.ts';
import { FEATURES } from '../vocabulary/features.ts';
import { withoutTopicNames } from '../vocabulary/subject-words.ts';
import { levelMatches } from '../vocabulary/vetting-levels.ts';
import { drivingRequirement } from './topics/driving.ts';
import type { Focus, TopicKey } from './topics/fact-builders.ts';
import { matchesFocus } from './topics/fact-builders.ts';
import { topic } from './topics/registry.ts';
import { roleLabel, sourceLine } from './render-text.ts';
import { cite, citeScalar, uniqueCitations } from './citations.ts';
import { withoutDriving, withoutShiftFeature, withoutVetting } from './cross-role-negated.ts';
import { roleRef, type Answer, type Citation, type Fact, type ListItem } from './types.ts';

export interface Listing {
  title: string;
  /** The first MAX_LIST_ITEMS matching roles, in title order. */
  items: ListItem[];
  /** How many roles match in all. */
  total: number;
  notes: string[];
}

/** A list longer than this is shown in part, and the answer says how many there are in all. */
export const MAX_LIST_ITEMS = 100;

/**
 * Collects matching roles from profiles given in title order: every match is counted, but only the first
 * MAX_LIST_ITEMS are built, so "which roles are police staff?" over 10,000 roles stays cheap.
 */
class Collector {
  readonly items: ListItem[] = [];
  total = 0;

  add(build: () => ListItem): void {
    this.total += 1;
    if (this.items.length < MAX_LIST_ITEMS) this.items.push(build());
  }

  listing(title: string, notes: string[] = []): Listing {
    return { title, items: this.items, total: this.total, notes };
  }
}

function item(profile: RoleProfile, detail: string | undefined, citations: Citation[]): ListItem {
  const listed: ListItem = { role: roleRef(profile), citations };
  if (detail) listed.detail = detail;
  return listed;
}

function byVetting(profiles: Iterable<RoleProfile>, code: string): Listing {
  const test = (level: string): boolean => levelMatches(code, level);
  const found = new Collector();
  const unclear: string[] = [];
  for (const profile of profiles) {
    const { status, levels, evidence } = profile.vetting;
    if (!levels.some(test)) continue;
    if (status === 'stated') found.add(() => item(profile, `Vetting: ${levels.join(', ')}`, cite(profile, 'vetting', evidence)));
    else if (status === 'ambiguous') unclear.push(profile.title);
  }
  const shown = unclear.slice(0, 20).join(', ') + (unclear.length > 20 ? ` and ${unclear.length - 20} more` : '');
  const notes = unclear.length > 0 ? [`Listed but unclear (the document does not make clear which checks apply): ${shown}.`] : [];
  return found.listing(`Roles that need ${code} vetting`, notes);
}

function byDriving(profiles: Iterable<RoleProfile>): Listing {
  const found = new Collector();
  for (const profile of profiles) {
    const { detail, evidence } = profile.driving;
    const requirement = drivingRequirement(profile);
    if (requirement !== 'essential' && requirement !== 'desirable') continue;
    const wording = requirement === 'essential' ? 'Essential' : 'Desirable';
    found.add(() => item(profile, detail ? `${wording}: ${detail}` : wording, cite(profile, 'driving', evidence)));
  }
  return found.listing('Roles that ask for driving');
}

/** Roles whose profile states a feature (read at ingest), or any stated pattern when none is asked. */
function byShifts(profiles: Iterable<RoleProfile>, feature: FeatureId | null): Listing {
  const found = new Collector();
  for (const profile of profiles) {
    const detail = profile.shifts.pattern ?? profile.shifts.details ?? undefined;
    if (feature === null) {
      if (!detail) continue;
      found.add(() => item(profile, detail, cite(profile, 'shifts', profile.shifts.evidence)));
      continue;
    }
    const stated = profile.features.find((entry) => entry.id === feature);
    if (!stated) continue;
    found.add(() => item(profile, detail ?? stated.evidence[0]?.quote, cite(profile, 'shifts', stated.evidence)));
  }
  return found.listing(feature ? `Roles that ${FEATURES[feature].label}` : 'Roles with a stated shift pattern');
}

function byStaffType(profiles: Iterable<RoleProfile>, type: 'officer' | 'staff'): Listing {
  const found = new Collector();
  for (const profile of profiles) {
    if (profile.staffType !== type) continue;
    found.add(() => item(profile, type === 'staff' ? 'Police staff' : 'Police officer', citeScalar(profile, 'staffType')));
  }
  return found.listing(type === 'staff' ? 'Police staff roles' : 'Police officer roles');
}

/** "Crime Investigation at level 3", "level 3 or above". */
function byLevelledItem(profiles: Iterable<RoleProfile>, focus: Focus, level: number, orAbove: boolean): Listing {
  const found = new Collector();
  let name = focus.words.join(' ');
  for (const profile of profiles) {
    for (const [field, entries] of [['skills', profile.skills], ['behaviours', profile.behaviours]] as const) {
      for (const entry of entries) {
        if (typeof entry.level !== 'number' || (orAbove ? entry.level < level : entry.level !== level)) continue;
        if (!matchesFocus(entry.name, focus)) continue;
        name = entry.name;
        found.add(() => item(profile, `${entry.name} (Level ${String(entry.level)})`, cite(profile, field, entry.evidence)));
      }
    }
  }
  return found.listing(`Roles with ${name} at level ${level}${orAbove ? ' or above' : ''}`);
}

function factMatches(fact: Fact, focus: Focus): boolean {
  if (fact.status !== 'stated') return false;
  if (focus.words.length === 0) return true;
  const text = [fact.value ?? '', ...(fact.items ?? []).map((entry) => `${entry.text} ${entry.detail ?? ''}`)].join(' ');
  return matchesFocus(text, focus);
}

/** Any topic, optionally narrowed by words: "which roles need a fitness test?", "... PSU training?". */
function byTopic(profiles: Iterable<RoleProfile>, key: TopicKey, focus: Focus): Listing {
  const found = new Collector();
  for (const profile of profiles) {
    const facts = topic(key).facts(profile, focus).filter((fact) => factMatches(fact, focus));
    if (facts.length === 0) continue;
    found.add(() => {
      const first = facts[0];
      const matched = first?.items?.filter((entry) => focus.words.length === 0 || matchesFocus(`${entry.text} ${entry.detail ?? ''}`, focus));
      const detail = matched && matched.length > 0 ? matched.map((entry) => entry.text).slice(0, 3).join('; ') : (first?.value ?? undefined);
      const citations = matched && matched.length > 0 ? matched.flatMap((entry) => entry.citations) : facts.flatMap((fact) => fact.citations);
      return item(profile, detail ?? undefined, citations);
    });
  }
  const about = focus.words.length > 0 ? ` mentioning ${focus.words.join(' ')}` : '';
  return found.listing(`Roles by ${topic(key).label.toLowerCase()}${about}`);
}

/** Roles whose profile states part time or a job share (read at ingest; weekly hours under 30 are part time). */
function byDocumentFeature(profiles: Iterable<RoleProfile>, feature: FeatureId): Listing {
  const found = new Collector();
  for (const profile of profiles) {
    const stated = profile.features.find((entry) => entry.id === feature);
    if (!stated) continue;
    const hours = profile.weeklyHours;
    const detail = feature === 'part-time' && hours !== null && hours < 30 ? `${hours} hours a week` : stated.evidence[0]?.quote;
    found.add(() => item(profile, detail, cite(profile, 'shifts', stated.evidence)));
  }
  return found.listing(`Roles the profile says ${FEATURES[feature].label}`, [
    `A profile that does not mention it may still allow it; ask HR.`,
  ]);
}

/**
 * "which roles don't need vetting?": no profile says a topic is not needed unless it has a field for it
 * (driving), so none is listed; the roles whose profiles are silent are named, for the reader to check.
 */
function notSaidToBeNeeded(profiles: Iterable<RoleProfile>, key: TopicKey): Listing {
  const silent: string[] = [];
  for (const profile of profiles) {
    const facts = topic(key).facts(profile, { words: [] });
    if (facts.every((fact) => fact.status === 'not-stated')) silent.push(profile.title);
  }
  const label = topic(key).label.toLowerCase();
  const shown = silent.slice(0, 20).join(', ') + (silent.length > 20 ? ` and ${silent.length - 20} more` : '');
  return {
    title: `Roles whose profile says ${label} is not needed`,
    items: [],
    total: 0,
    notes: silent.length > 0 ? [`Profiles that do not state ${label} at all (not stated is not the same as not needed): ${shown}.`] : [],
  };
}

function allRoles(profiles: Iterable<RoleProfile>): Listing {
  const found = new Collector();
  for (const profile of profiles) {
    const kind = profile.staffType === 'unknown' ? undefined : profile.staffType === 'staff' ? 'Police staff' : 'Police officer';
    found.add(() => item(profile, kind, citeScalar(profile, 'title')));
  }
  return found.listing('Roles I know about');
}

/** The filters of a list question (the Query's): what narrows the list, and whether it is negated. */
export interface ListFilters {
  vetting: readonly string[];
  features: readonly FeatureId[];
  level: { level: number; orAbove: boolean } | null;
  negated: boolean;
}

export interface CrossRoleRequest {
  words: string[];
  topics: TopicKey[];
  focus: Focus;
  topicWords: string[];
  filters: ListFilters;
}

/**
 * @param narrow the roles that could hold an item matching focus words (focus-candidates.ts), or null to
 * read them all; listings by focus words read only those.
 */
export function crossRoleListing(
  profiles: () => Iterable<RoleProfile>,
  request: CrossRoleRequest,
  narrow: (focus: Focus) => ReadonlySet<string> | null = () => null,
): Listing {
  const { words, topics, filters } = request;
  const narrowing = withoutTopicNames(request.topicWords);
  const focus: Focus = narrowing.length > 0 ? { words: narrowing } : { words: withoutTopicNames(request.focus.words) };
  const code = filters.vetting[0];
  const asked = filters.features;
  const documentFeature = asked.find((id) => FEATURES[id].scope === 'document');
  const feature = asked.find((id) => FEATURES[id].scope === 'pattern') ?? null;
  if (filters.negated) {
    // "which jobs don't need a licence?": only roles whose profile says so; silent ones in a note.
    if (code) return withoutVetting(profiles(), code, (level) => levelMatches(code, level), MAX_LIST_ITEMS);
    if (topics.includes('driving')) return withoutDriving(profiles(), MAX_LIST_ITEMS);
    if (feature) return withoutShiftFeature(profiles(), feature, MAX_LIST_ITEMS);
    const negated = topics[0];
    if (negated) return notSaidToBeNeeded(profiles(), negated);
  }
  if (code) return byVetting(profiles(), code);
  if (documentFeature) return byDocumentFeature(profiles(), documentFeature);
  const level = filters.level?.level ?? null;
  const skillFocus: Focus = { words: focus.words.filter((word) => word !== 'level' && !/^\d$/.test(word) && word !== 'above' && word !== 'least') };
  if (level !== null && skillFocus.words.length > 0) {
    return byLevelledItem(profiles(), skillFocus, level, filters.level?.orAbove ?? false);
  }
  if (topics.includes('staff-type') || (words.includes('staff') && !topics.length)) {
    return byStaffType(profiles(), words.includes('officer') || words.includes('officers') ? 'officer' : 'staff');
  }
  if (words.includes('officer') || words.includes('officers') || words.includes('warranted')) {
    if (topics.length === 0) return byStaffType(profiles(), 'officer');
  }
  if (topics.includes('driving') && focus.words.length === 0) return byDriving(profiles());
  if (topics.includes('shifts') || feature) return byShifts(profiles(), feature);
  const ids = narrow(focus);
  const focused = (): Iterable<RoleProfile> => (ids ? [...profiles()].filter((profile) => ids.has(profile.id)) : profiles());
  const first = topics[0];
  if (first) {
    const listing = byTopic(focused(), first, focus);
    if (listing.items.length > 0 || focus.words.length === 0) return listing;
  }
  if (focus.words.length > 0) {
    // Every list a role has: "which roles use STORM?" is one role's IT systems and another's criteria.
    const byRole = new Map<string, ListItem>();
    for (const key of ['it-systems', 'essential', 'desirable', 'skills', 'training', 'health', 'responsibilities'] as const) {
      for (const entry of byTopic(focused(), key, focus).items) if (!byRole.has(entry.role.id)) byRole.set(entry.role.id, entry);
    }
    const items = [...byRole.values()].sort((a, b) => a.role.title.localeCompare(b.role.title)).slice(0, MAX_LIST_ITEMS);
    return { title: `Roles mentioning ${focus.words.join(' ')}`, items, total: byRole.size, notes: [] };
  }
  return allRoles(profiles());
}

/** @param count the question asks how many ("how many roles ..."): the number comes first. */
export function listAnswer(question: string, listing: Listing, count = false): Answer {
  const { items, total } = listing;
  const title = total > MAX_LIST_ITEMS ? `${listing.title} (${total} roles; the first ${MAX_LIST_ITEMS} shown)` : listing.title;
  const lines = count ? [`${total === 0 ? 'No' : total} ${total === 1 ? 'role' : 'roles'}.`, `${title}:`] : [`${title}:`];
  if (items.length === 0) lines.push('None of the role profiles I hold state this.');
  for (const entry of items) {
    const source = sourceLine(entry.citations, 3);
    lines.push(`- ${roleLabel(entry.role)}${entry.detail ? `: ${entry.detail}` : ''}${source ? ` (${source})` : ''}`);
  }
  if (total > MAX_LIST_ITEMS) lines.push(`... and ${total - MAX_LIST_ITEMS} more. Ask about a force or a role to narrow the list.`);
  lines.push(...listing.notes);
  return {
    kind: 'list',
    question,
    roles: items.map((entry) => entry.role),
    title,
    items,
    text: lines.join('\n'),
    citations: uniqueCitations(items.flatMap((entry) => entry.citations)),
  };
}
