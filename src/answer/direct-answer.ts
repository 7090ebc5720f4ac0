/**
 * The first line of an answer to a narrow question, as an HR adviser would say it: "Yes — driving is
 * essential ...", "The profile does not say ...". Built only from the facts already read for the role
 * (so it cites what they cite) and only when the question asks yes or no, or asks something the profile
 * cannot answer (pay, how long training lasts).
 */
import type { FeatureId, RoleProfile } from '../profile/role-profile.ts';
import { FEATURES, featuresAsked } from '../vocabulary/features.ts';
import { healthSubjectAsked, mentionsHealthSubject } from '../vocabulary/health-subjects.ts';
import { shiftWorkStated } from '../vocabulary/shift-work.ts';
import { levelMatches, vettingCodesAsked } from '../vocabulary/vetting-levels.ts';
import { ARRANGEMENTS, arrangementsAsked } from '../vocabulary/working-arrangements.ts';
import { isTopicWord } from './detect-topics.ts';
import { matchesFocus, type Focus, type TopicKey } from './topics/fact-builders.ts';
import type { Fact, FactItem } from './types.ts';
import { CHAT_OPENERS, COMPARATIVE_WORDS, YES_NO_OPENERS } from '../vocabulary/intent-cues.ts';

const YES_NO = YES_NO_OPENERS.map((phrase) => phrase.split(' '));
const CHAT = CHAT_OPENERS.map((phrase) => phrase.split(' '));

/** How many words the longest of `phrases` takes at the start of `words` (0: none). */
function openerLength(words: readonly string[], phrases: readonly string[][]): number {
  let longest = 0;
  for (const phrase of phrases) if (phrase.length > longest && phrase.every((word, k) => words[k] === word)) longest = phrase.length;
  return longest;
}

/** Whether any clause of the question asks yes or no ("hi, thinking of applying, do I need to drive?"). */
export function asksYesNo(text: string): boolean {
  const clauses = text
    .toLowerCase()
    .replace(/[’']/g, ' ')
    .split(/[,.;:!?\n]|\s[-–—]+\s|\bbut\b|\bthen\b/)
    .map((clause) => clause.replace(/[^a-z0-9/ ]+/g, ' ').split(' ').filter((word) => word.length > 0));
  return clauses.some((clause) => {
    let rest = clause;
    for (let guard = 0; guard < 3 && openerLength(rest, CHAT) > 0; guard += 1) rest = rest.slice(openerLength(rest, CHAT));
    return openerLength(rest, YES_NO) > 0;
  });
}

export interface LeadQuestion {
  text: string;
  words: readonly string[];
  topics: readonly TopicKey[];
  focus: Focus;
  /** Other wordings of the focus (an abbreviation spelt out). */
  alternatives?: readonly Focus[];
}

const DURATION = /\b\d+\s*(weeks?|months?|years?|days?)\b|\b(one|two|three|four|six|twelve) (weeks?|months?|years?)\b/i;

function short(text: string, max = 140): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  return clean.length <= max ? clean : `${clean.slice(0, max - 1).trimEnd()}…`;
}

function quoted(item: FactItem): string {
  return `"${short(item.text.replace(/^\(?[a-z0-9]{1,3}[.)]\s+/i, '').replace(/[.;:\s]+$/, ''))}"`;
}

function has(words: readonly string[], ...wanted: string[]): boolean {
  return wanted.some((word) => words.includes(word));
}

function drivingLead(fact: Fact, name: string): string {
  const value = fact.value ?? '';
  if (fact.status === 'not-stated') return `The ${name} profile does not say whether a driving licence is needed.`;
  if (/^Essential/.test(value)) return `Yes — driving is essential for the ${name} (a driving licence is an essential requirement).`;
  if (/^Desirable/.test(value)) return `Not essential — the ${name} profile lists driving as desirable, not essential.`;
  if (/^Not required/.test(value)) return `No — the ${name} profile says driving is not required.`;
  return `The ${name} profile says: ${short(value)}.`;
}

/** How a yes names a feature the profile states, and how a no names one it does not mention. */
const FEATURE_WORDING: Record<FeatureId, { yes: string; unsaid: string }> = {
  nights: { yes: "pattern covers nights", unsaid: 'does not mention night work' },
  weekends: { yes: "pattern includes weekends", unsaid: 'does not mention weekend work' },
  '24-7': { yes: 'pattern is 24/7', unsaid: 'does not say it is 24/7' },
  'twelve-hour-shifts': { yes: 'pattern has 12-hour shifts', unsaid: 'does not mention 12-hour shifts' },
  'weekday-daytime': { yes: 'pattern is weekday daytime', unsaid: 'does not say the work is weekday daytime' },
  'on-call': { yes: 'pattern includes on-call duty', unsaid: 'does not mention on-call duty' },
  'part-time': { yes: 'says it can be worked part time', unsaid: 'does not say whether part-time working is possible' },
  'job-share': { yes: 'says a job share is possible', unsaid: 'does not mention job share' },
};

function asksPatternFeature(words: readonly string[]): boolean {
  return featuresAsked(words).some((id) => FEATURES[id].scope === 'pattern');
}

function shiftsLead(fact: Fact, profile: RoleProfile, words: readonly string[]): string {
  const name = profile.title;
  if (fact.status !== 'stated') return `The ${name} profile does not state a shift pattern.`;
  const text = `${fact.value ?? ''} ${fact.note ?? ''}`;
  const pattern = short(fact.value ?? '');
  // A feature asked about: what the parser read from the document, the same the lists use.
  const feature = featuresAsked(words).find((id) => FEATURES[id].scope === 'pattern');
  if (feature) {
    const wording = FEATURE_WORDING[feature];
    if (profile.features.some((entry) => entry.id === feature)) return `Yes — the ${name} profile's ${wording.yes}: ${pattern}.`;
    return `The ${name} profile ${wording.unsaid}; it gives: ${pattern}.`;
  }
  // A rota alone may be a daytime rota: the weekday-daytime feature outranks it, not a named shift.
  const said = shiftWorkStated(text);
  if (said === 'shifts') return `Yes — the ${name} is shift work: ${pattern}.`;
  if (profile.features.some((entry) => entry.id === 'weekday-daytime')) return `Mainly weekday daytime, not a shift pattern — the ${name} profile gives: ${pattern}.`;
  if (said === 'rota') return `Yes — the ${name} works a rota: ${pattern}.`;
  return `The ${name} profile gives the working pattern as: ${pattern}.`;
}

function hoursLead(fact: Fact, profile: RoleProfile, words: readonly string[]): string | null {
  const name = profile.title;
  const hours = profile.weeklyHours;
  // "part time" or "job share" beside "hours": the one answer the working arrangements give.
  if (arrangementsAsked(words).length > 0) return arrangementLead(profile, words);
  if (has(words, 'full')) {
    if (hours === null) return `The ${name} profile does not state weekly hours.`;
    return hours >= 35 ? `Yes — ${hours} hours a week (full-time hours) for the ${name}.` : `No — the ${name} profile gives ${hours} hours a week.`;
  }
  if (fact.status !== 'stated') return `The ${name} profile does not state weekly hours.`;
  return null;
}

/** "can I apply if I wear glasses?": what the profile says on that subject, or that it does not say. */
function healthLead(facts: readonly Fact[], name: string, words: readonly string[]): string | null {
  const subject = healthSubjectAsked(words);
  if (!subject) return null;
  const items = facts.filter((fact) => fact.topic === 'health' && fact.status === 'stated').flatMap((fact) => fact.items ?? []);
  const found = items.find((item) => mentionsHealthSubject(subject, item.text));
  if (found) return `On ${subject.label}, the ${name} profile says: ${quoted(found)}.`;
  const first = items[0];
  return first
    ? `The ${name} profile does not mention ${subject.label}; its health requirement is: ${quoted(first)}.`
    : `The ${name} profile does not mention ${subject.label} or any health requirement.`;
}

/** "does the contact handler need CTC?": whether the level asked is among those the profile states. */
function vettingLead(fact: Fact, profile: RoleProfile, words: readonly string[]): string {
  const name = profile.title;
  if (fact.status === 'ambiguous') return `Unclear — the ${name} profile does not make its vetting level clear (see below).`;
  if (fact.status !== 'stated') return `The ${name} profile does not state a vetting level.`;
  const asked = vettingCodesAsked(words);
  if (asked.length === 0) return `Yes — the ${name} profile states vetting: ${fact.value ?? ''}.`;
  const missing = asked.filter((code) => !profile.vetting.levels.some((level) => levelMatches(code, level)));
  if (missing.length === 0) return `Yes — the ${name} profile states ${asked.join(' and ')} vetting (${fact.value ?? ''}).`;
  return `Not as stated — the ${name} profile gives vetting as ${fact.value ?? ''}; ${missing.join(' and ')} is not among them.`;
}

/** "Yes — ..." for a topic the profile states, "The profile does not say ..." for one it does not. */
function statedLead(fact: Fact, name: string, what: string): string {
  if (fact.status === 'ambiguous') return `Unclear — the ${name} profile does not make its ${what} clear (see below).`;
  if (fact.status !== 'stated') return `The ${name} profile does not mention ${what}.`;
  const items = fact.items ?? [];
  const first = items[0];
  if (fact.label.includes('mentioned elsewhere') && first) return `The ${name} profile has no ${what} section, but mentions it: ${quoted(first)}.`;
  if (items.length === 1 && first) return `Yes — ${quoted(first)} (${fact.label}, ${name}).`;
  if (items.length > 1) return `Yes — the ${name} profile lists ${items.length} items under ${fact.label.toLowerCase()} (below).`;
  return `Yes — ${fact.label.toLowerCase()}: ${short(fact.value ?? '')} (${name}).`;
}

const TOPIC_WORDS: Partial<Record<TopicKey, string>> = {
  health: 'a fitness test or health requirement',
  training: 'training',
  vetting: 'vetting',
  'it-systems': 'IT systems',
  dress: 'uniform or dress',
  location: 'location or travel',
  skills: 'skills',
  behaviours: 'behaviours',
};

/** A named thing ("typing", "GCSE") found among the facts: where it sits says essential or not. */
function focusLead(facts: readonly Fact[], focus: Focus, name: string, alternatives: readonly Focus[]): string | null {
  const whole = focusLeadWith(facts, focus, name);
  if (whole) return whole;
  for (const alternative of alternatives) {
    const found = focusLeadWith(facts, alternative, name);
    if (found) return found;
  }
  if (focus.words.length < 2) return null;
  // The facts may have been narrowed on one distinctive word ("type" of "type fast"): so is the lead.
  for (const word of focus.words) {
    if (word.length < 4 || /^\d/.test(word) || isTopicWord(word)) continue;
    const single = focusLeadWith(facts, { words: [word] }, name);
    if (single) return single;
  }
  return null;
}

function focusLeadWith(facts: readonly Fact[], focus: Focus, name: string): string | null {
  for (const fact of facts) {
    if (fact.status !== 'stated' || !fact.items) continue;
    const item = fact.items.find((entry) => matchesFocus(`${entry.text} ${entry.detail ?? ''}`, focus));
    if (!item) continue;
    if (/essential/i.test(fact.label)) return `Yes — it is an essential criterion for the ${name}: ${quoted(item)}.`;
    if (/desirable/i.test(fact.label)) return `Desirable, not essential, for the ${name}: ${quoted(item)}.`;
    const level = item.detail && /level|accredited/i.test(item.detail) ? ` (${item.detail})` : '';
    return `The ${name} profile mentions it under ${fact.label.replace(/ \(mentioned elsewhere in the profile\)/, '').toLowerCase()}: ${quoted(item)}${level}.`;
  }
  return null;
}

/**
 * "can I job share?", "is part time possible?": yes with the sentence that offers it, no with the one that
 * refuses it, or that the profile does not say (with its weekly hours for part time).
 */
function arrangementLead(profile: RoleProfile, words: readonly string[]): string | null {
  const name = profile.title;
  const asked = arrangementsAsked(words);
  const kind = asked[0];
  if (!kind) {
    if (profile.workingArrangements.length === 0) return `The ${name} profile does not mention part time, job share, flexible or hybrid working.`;
    return null;
  }
  const what = ARRANGEMENTS[kind].noun;
  const item = profile.workingArrangements.find((entry) => entry.kind === kind);
  const hours = profile.weeklyHours;
  const refused = item !== undefined && !item.offered;
  if (kind === 'part-time' && !refused && hours !== null && hours < 30) return `Yes — the ${name} is part time: ${hours} hours a week.`;
  if (item?.offered) return `Yes — the ${name} profile says ${what} is possible: "${short(item.text)}".`;
  if (item) return `No — the ${name} profile says ${what} is not available: "${short(item.text)}".`;
  const unsaid = `The ${name} profile does not say whether ${what} is possible`;
  if (kind !== 'part-time') return `${unsaid}.`;
  return hours !== null ? `${unsaid}; it gives ${hours} hours a week.` : `${unsaid}, and does not state weekly hours.`;
}

export function leadFor(question: LeadQuestion, profile: RoleProfile, facts: readonly Fact[]): string | null {
  const name = profile.title;
  const words = question.words;
  if (question.topics.includes('pay')) return facts.find((fact) => fact.topic === 'pay')?.note ?? null;
  if (question.topics[0] === 'working-arrangements') return arrangementLead(profile, words);
  const training = facts.find((fact) => fact.topic === 'training');
  if (training && has(words, 'long', 'weeks', 'months', 'duration', 'length')) {
    if (training.status !== 'stated') return `The ${name} profile does not state any training, or how long it lasts.`;
    const text = `${training.value ?? ''} ${(training.items ?? []).map((item) => item.text).join(' ')}`;
    if (!DURATION.test(text)) return `The ${name} profile does not say how long the training lasts; it lists the training below.`;
  }
  const shifts = facts.find((fact) => fact.topic === 'shifts');
  if (shifts && asksPatternFeature(words)) return shiftsLead(shifts, profile, words);
  const primary = question.topics[0];
  const criteria = primary === 'requirements' || primary === 'essential' || primary === 'desirable';
  if (criteria && question.focus.words.length > 0 && !asksYesNo(question.text) && !focusLead(facts, question.focus, name, question.alternatives ?? [])) {
    return `Not stated — the ${name} profile's criteria do not mention "${question.focus.words.join(' ')}".`;
  }
  if (!asksYesNo(question.text)) return null;
  if (question.focus.words.length > 0) {
    const found = focusLead(facts, question.focus, name, question.alternatives ?? []);
    if (found) return found;
  }
  const fact = facts.find((candidate) => candidate.topic === primary);
  if (!primary || !fact) return null;
  switch (primary) {
    case 'driving':
      return drivingLead(fact, name);
    case 'shifts':
      return shiftsLead(fact, profile, words);
    case 'vetting': {
      const lead = vettingLead(fact, profile, words);
      // A record is the vetting unit's call, case by case: the profile cannot answer it.
      return has(words, 'criminal', 'conviction', 'convictions', 'caution', 'cautions', 'record')
        ? `${lead} Whether a criminal record or caution affects an application is decided by the vetting unit; the profile does not say.`
        : lead;
    }
    case 'staff-type': {
      if (fact.status !== 'stated') return `The ${name} profile does not say whether it is a police officer or police staff role.`;
      const officer = fact.value === 'Police officer';
      const asksStaff = has(words, 'staff', 'civilian');
      if (asksStaff) return officer ? `No — the ${name} is a police officer role, not police staff.` : `Yes — the ${name} is a police staff role.`;
      return officer ? `Yes — the ${name} is a police officer role.` : `No — the ${name} is a police staff role, not a police officer.`;
    }
    case 'health': {
      const specific = healthLead(facts, name, words);
      if (specific) return specific;
      const elsewhere = facts.find((candidate) => candidate.topic === 'health' && candidate.label.includes('mentioned elsewhere'));
      return statedLead(fact.status === 'not-stated' && elsewhere ? elsewhere : fact, name, 'a fitness test or health requirement');
    }
    case 'hours': {
      const hours = hoursLead(fact, profile, words);
      if (hours) return hours;
      const shifts = facts.find((candidate) => candidate.topic === 'shifts');
      return shifts && (has(words, 'shift', 'shifts') || asksPatternFeature(words)) ? shiftsLead(shifts, profile, words) : null;
    }
    case 'requirements':
    case 'essential':
    case 'desirable': {
      const subject = question.focus.words.join(' ');
      return subject ? `Not stated — the ${name} profile's criteria do not mention "${subject}".` : null;
    }
    default: {
      const what = TOPIC_WORDS[primary];
      if (!what) return null;
      const elsewhere = facts.find((candidate) => candidate.topic === primary && candidate.label.includes('mentioned elsewhere'));
      return statedLead(fact.status === 'not-stated' && elsewhere ? elsewhere : fact, name, what);
    }
  }
}

/** "which pays more?": from the sums the profiles state, only when all state one for the same period. */
function payComparisonLead(profiles: readonly RoleProfile[]): string {
  const stated = profiles.filter((profile) => profile.pay?.max !== null && profile.pay?.max !== undefined);
  if (stated.length === 0) {
    const grades = profiles.map((profile) => `${profile.title}: ${profile.grade ?? profile.rank ?? 'no grade stated'}`);
    return `None of these profiles states pay, so which pays more cannot be told from them (${grades.join('; ')}); HR holds the pay scales.`;
  }
  const listed = stated.map((profile) => `${profile.title} ${profile.pay?.text ?? ''}`).join('; ');
  const silent = profiles.filter((profile) => !stated.includes(profile)).map((profile) => profile.title);
  if (silent.length > 0) return `Cannot be compared in full: ${silent.join(' and ')} ${silent.length === 1 ? 'does' : 'do'} not state pay; ${listed}.`;
  const periods = new Set(stated.map((profile) => profile.pay?.period ?? null));
  if (periods.size > 1 || periods.has(null)) return `The pay is not stated in the same terms (per year or per hour), so it is not ranked here: ${listed}.`;
  const sorted = [...stated].sort((a, b) => (b.pay?.max ?? 0) - (a.pay?.max ?? 0));
  const top = sorted[0];
  const second = sorted[1];
  if (top && second && top.pay?.max === second.pay?.max) return `The same top of the pay range as stated: ${listed}.`;
  return top ? `${top.title} has the highest pay as stated: ${listed}.` : listed;
}

/** "pcso or contact handler, which has more hours?": a one-line comparison from what each profile states. */
export function comparisonLead(words: readonly string[], topics: readonly TopicKey[], profiles: readonly RoleProfile[]): string | null {
  if (profiles.length < 2 || !words.some((word) => COMPARATIVE_WORDS.has(word))) return null;
  if (topics.includes('pay')) return payComparisonLead(profiles);
  if (topics.includes('hours')) {
    const stated = profiles.filter((profile) => profile.weeklyHours !== null);
    const silent = profiles.filter((profile) => profile.weeklyHours === null).map((profile) => profile.title);
    const listed = stated.map((profile) => `${profile.title} ${profile.weeklyHours ?? ''} hours a week`).join(', ');
    if (silent.length > 0) {
      return `Cannot be compared in full: ${silent.join(' and ')} ${silent.length === 1 ? 'does' : 'do'} not state weekly hours${listed ? `; ${listed}` : ''}.`;
    }
    const sorted = [...stated].sort((a, b) => (b.weeklyHours ?? 0) - (a.weeklyHours ?? 0));
    const top = sorted[0];
    const second = sorted[1];
    if (top && second && top.weeklyHours === second.weeklyHours) return `The same weekly hours as stated: ${listed}.`;
    return top ? `${top.title} has the most weekly hours as stated: ${listed}.` : null;
  }
  return null;
}
