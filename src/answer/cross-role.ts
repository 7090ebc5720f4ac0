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

/** Roles whose stated weekly hours are the figure asked, or under or over it. */
function byWeeklyHours(profiles: Iterable<RoleProfile>, asked: NonNullable<ListFilters['hours']>): Listing {
  const found = new Collector();
  const fits = (hours: number): boolean => (asked.bound === 'under' ? hours < asked.hours : asked.bound === 'over' ? hours >= asked.hours : hours === asked.hours);
  for (const profile of profiles) {
    const hours = profile.weeklyHours;
    if (hours === null || !fits(hours)) continue;
    found.add(() => item(profile, `${hours} hours a week`, citeScalar(profile, 'weeklyHours')));
  }
  const bound = asked.bound === 'under' ? 'under ' : asked.bound === 'over' ? 'at least ' : '';
  return found.listing(`Roles whose profile states ${bound}${asked.hours} hours a week`, [`A profile that states no weekly hours is not listed.`]);
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
  /** "which roles are 37 hours a week?", "under 30 hours". */
  hours: { hours: number; bound: 'exactly' | 'under' | 'over' } | null;
  negated: boolean;
}

export interface CrossRoleRequest {
  words: string[];
  topics: TopicKey[];
  focus: Focus;
  topicWords: string[];
  filters: ListFilters;
}

/** A list question read once: the rows of LIST_PRECEDENCE look only at this. */
interface ListAsk {
  request: CrossRoleRequest;
  profiles: () => Iterable<RoleProfile>;
  /** The roles whose items could match the focus (or every role). */
  focused: () => Iterable<RoleProfile>;
  /** The words narrowing the list, without the words that only name its topic. */
  focus: Focus;
  code: string | undefined;
  /** A working-pattern feature asked (nights, weekends ...), and a document feature (part time, job share). */
  feature: FeatureId | null;
  documentFeature: FeatureId | undefined;
  /** The focus without the level's own words, for "crime investigation at level 3". */
  skillFocus: Focus;
  staffType: 'officer' | 'staff' | null;
}

/** "which roles are police staff?" / "which roles are officers?": the kind asked, or null. */
function staffTypeAsked(words: readonly string[], topics: readonly TopicKey[]): 'officer' | 'staff' | null {
  const officer = words.includes('officer') || words.includes('officers');
  if (topics.includes('staff-type') || (words.includes('staff') && topics.length === 0)) return officer ? 'officer' : 'staff';
  return (officer || words.includes('warranted')) && topics.length === 0 ? 'officer' : null;
}

/** The lists a role has, for "which roles use STORM?": one role's IT systems, another's criteria. */
const ITEM_TOPICS = ['it-systems', 'essential', 'desirable', 'skills', 'training', 'health', 'responsibilities'] as const;

function mentioning(ask: ListAsk): Listing {
  const byRole = new Map<string, ListItem>();
  for (const key of ITEM_TOPICS) {
    for (const entry of byTopic(ask.focused(), key, ask.focus).items) if (!byRole.has(entry.role.id)) byRole.set(entry.role.id, entry);
  }
  const items = [...byRole.values()].sort((a, b) => a.role.title.localeCompare(b.role.title)).slice(0, MAX_LIST_ITEMS);
  return { title: `Roles mentioning ${ask.focus.words.join(' ')}`, items, total: byRole.size, notes: [] };
}

interface ListRow {
  why: string;
  when: (ask: ListAsk) => boolean;
  /** The listing, or null to let the next row that holds answer. */
  list: (ask: ListAsk) => Listing | null;
}

const negated = (ask: ListAsk): boolean => ask.request.filters.negated;
const topics = (ask: ListAsk): readonly TopicKey[] => ask.request.topics;

/**
 * Which list a question across roles asks for, in precedence order: the first row that holds (and has a
 * listing) answers. A negation comes first: "which jobs don't need a licence?" lists only roles whose profile
 * says so, and names the silent ones in a note.
 */
const LIST_PRECEDENCE: readonly ListRow[] = [
  {
    why: 'a vetting level negated: roles whose stated vetting does not include it',
    when: (ask) => negated(ask) && ask.code !== undefined,
    list: (ask) => (ask.code ? withoutVetting(ask.profiles(), ask.code, (level) => levelMatches(ask.code ?? '', level), MAX_LIST_ITEMS) : null),
  },
  { why: 'driving negated: roles that say it is not required', when: (ask) => negated(ask) && topics(ask).includes('driving'), list: (ask) => withoutDriving(ask.profiles(), MAX_LIST_ITEMS) },
  {
    why: 'a working-pattern feature negated: patterns stated without it',
    when: (ask) => negated(ask) && ask.feature !== null,
    list: (ask) => (ask.feature ? withoutShiftFeature(ask.profiles(), ask.feature, MAX_LIST_ITEMS) : null),
  },
  {
    why: 'any other topic negated: no profile says it is not needed; the silent ones are named',
    when: (ask) => negated(ask) && topics(ask).length > 0,
    list: (ask) => (topics(ask)[0] ? notSaidToBeNeeded(ask.profiles(), topics(ask)[0] as TopicKey) : null),
  },
  { why: 'a vetting level: roles that state it', when: (ask) => ask.code !== undefined, list: (ask) => (ask.code ? byVetting(ask.profiles(), ask.code) : null) },
  {
    why: 'part time or job share: what the document says',
    when: (ask) => ask.documentFeature !== undefined,
    list: (ask) => (ask.documentFeature ? byDocumentFeature(ask.profiles(), ask.documentFeature) : null),
  },
  {
    why: 'an item at a level ("crime investigation at level 3 or above")',
    when: (ask) => ask.request.filters.level !== null && ask.skillFocus.words.length > 0,
    list: (ask) => byLevelledItem(ask.profiles(), ask.skillFocus, ask.request.filters.level?.level ?? 0, ask.request.filters.level?.orAbove ?? false),
  },
  {
    why: 'a figure of weekly hours ("which roles are 37 hours a week?", "under 30 hours")',
    when: (ask) => ask.request.filters.hours !== null && !negated(ask),
    list: (ask) => (ask.request.filters.hours ? byWeeklyHours(ask.profiles(), ask.request.filters.hours) : null),
  },
  { why: 'officer or staff', when: (ask) => ask.staffType !== null, list: (ask) => byStaffType(ask.profiles(), ask.staffType ?? 'staff') },
  { why: 'driving with nothing narrower', when: (ask) => topics(ask).includes('driving') && ask.focus.words.length === 0, list: (ask) => byDriving(ask.profiles()) },
  { why: 'shifts, or a working-pattern feature', when: (ask) => topics(ask).includes('shifts') || ask.feature !== null, list: (ask) => byShifts(ask.profiles(), ask.feature) },
  {
    why: 'a topic, narrowed by the other words; when none matches, the next row looks in every list',
    when: (ask) => topics(ask).length > 0,
    list: (ask) => {
      const listing = byTopic(ask.focused(), topics(ask)[0] as TopicKey, ask.focus);
      return listing.items.length > 0 || ask.focus.words.length === 0 ? listing : null;
    },
  },
  { why: 'words alone: every list of every role that mentions them', when: (ask) => ask.focus.words.length > 0, list: mentioning },
  { why: 'nothing to narrow by: every role', when: () => true, list: (ask) => allRoles(ask.profiles()) },
];

/**
 * @param narrow the roles that could hold an item matching focus words (focus-candidates.ts), or null to
 * read them all; listings by focus words read only those.
 */
export function crossRoleListing(
  profiles: () => Iterable<RoleProfile>,
  request: CrossRoleRequest,
  narrow: (focus: Focus) => ReadonlySet<string> | null = () => null,
): Listing {
  const { words, filters } = request;
  const narrowing = withoutTopicNames(request.topicWords);
  const focus: Focus = narrowing.length > 0 ? { words: narrowing } : { words: withoutTopicNames(request.focus.words) };
  let ids: ReadonlySet<string> | null | undefined;
  const ask: ListAsk = {
    request,
    profiles,
    // The focus index is asked only by the rows that read items.
    focused: () => {
      if (ids === undefined) ids = narrow(focus);
      const only = ids;
      return only ? [...profiles()].filter((profile) => only.has(profile.id)) : profiles();
    },
    focus,
    code: filters.vetting[0],
    feature: filters.features.find((id) => FEATURES[id].scope === 'pattern') ?? null,
    documentFeature: filters.features.find((id) => FEATURES[id].scope === 'document'),
    skillFocus: { words: focus.words.filter((word) => word !== 'level' && !/^\d$/.test(word) && word !== 'above' && word !== 'least') },
    staffType: staffTypeAsked(words, request.topics),
  };
  for (const row of LIST_PRECEDENCE) {
    if (!row.when(ask)) continue;
    const listing = row.list(ask);
    if (listing) return listing;
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
