/**
 * Facts about named roles for the topics asked. When the question names something within a topic
 * ("typing", "PSU") that the topic's own list does not hold, the role's other lists are searched, so the
 * answer comes from wherever this profile states it, and nowhere else.
 */
import type { RoleProfile } from '../profile/role-profile.ts';
import { uniqueCitations } from './citations.ts';
import { isTopicWord } from './detect-topics.ts';
import type { LineHit } from '../search/retrieve-lines.ts';
import { comparisonLead, leadFor, type LeadQuestion } from './direct-answer.ts';
import { documentFact, documentLead } from './document-answers.ts';
import { roleFactsText } from './render-text.ts';
import { NO_FOCUS, matchesFocus, type Focus, type TopicKey } from './topics/fact-builders.ts';
import { topic } from './topics/registry.ts';
import { roleRef, type Answer, type Fact, type FactItem } from './types.ts';

const SEARCHED_LISTS: TopicKey[] = ['essential', 'desirable', 'skills', 'behaviours', 'training', 'health', 'conditions', 'responsibilities', 'it-systems'];

function focusMatched(fact: Fact, focus: Focus): boolean {
  if (fact.status !== 'stated') return false;
  if (fact.items && fact.items.length > 0) return fact.items.some((item) => matchesFocus(`${item.text} ${item.detail ?? ''}`, focus));
  return matchesFocus(fact.value ?? '', focus);
}

/** Facts in the role's lists that mention the focus words, each narrowed to the matching items. */
export function searchRole(profile: RoleProfile, focus: Focus, skip: readonly TopicKey[] = []): Fact[] {
  if (focus.words.length === 0) return [];
  const found = searchWith(profile, focus, skip);
  if (found.length > 0 || focus.words.length < 2) return found;
  // "typing speed for the call handler job": one distinctive word may be all the profile shares.
  for (const word of focus.words) {
    if (word.length < 5 || /^\d/.test(word) || isTopicWord(word)) continue;
    const single = searchWith(profile, { words: [word] }, skip);
    if (single.length > 0) return single;
  }
  return [];
}

function searchWith(profile: RoleProfile, focus: Focus, skip: readonly TopicKey[]): Fact[] {
  const found: Fact[] = [];
  for (const key of SEARCHED_LISTS) {
    if (skip.includes(key)) continue;
    for (const fact of topic(key).facts(profile, focus)) {
      if (!focusMatched(fact, focus)) continue;
      const items = fact.items?.filter((item) => matchesFocus(`${item.text} ${item.detail ?? ''}`, focus));
      found.push(items ? { ...fact, items, value: items.map((item) => item.text).join('; '), citations: items.flatMap((item) => item.citations) } : fact);
    }
  }
  return found;
}

/**
 * Topics a document often mentions in passing rather than under a heading ("Casual plain clothes will be
 * worn" among the criteria): when the field is not stated, the words to look for in the profile's lists.
 */
const MENTIONED_IN_PASSING: Partial<Record<TopicKey, RegExp>> = {
  dress: /\b(dress|uniform|uniformed|clothes|clothing|worn|wear)\b/i,
  location: /\b(based at|based in|location|locations|station|stations|headquarters)\b/i,
  'it-systems': /\b(systems?|software|computer|computers|database|databases)\b/i,
  health: /\b(medical|fitness|eyesight|hearing|health screening|occupational health)\b/i,
  training: /\b(training|course|courses|trained|accredited|accreditation)\b/i,
  shifts: /\b(shifts?|nights?|weekends?|rota|extended hours|on call|unsocial hours)\b/i,
  skills: /\bskills?\b/i,
  behaviours: /\b(interpersonal|personal qualities|behaviours?|attitude|aptitudes?)\b/i,
};
const PASSING_LISTS: TopicKey[] = ['essential', 'desirable', 'conditions', 'responsibilities', 'training', 'health'];

function mentionedInPassing(profile: RoleProfile, fact: Fact): Fact | null {
  const pattern = MENTIONED_IN_PASSING[fact.topic as TopicKey];
  if (!pattern) return null;
  const items: FactItem[] = [];
  const seen = new Set<string>();
  for (const key of PASSING_LISTS) {
    if (key === fact.topic) continue;
    for (const listed of topic(key).facts(profile, NO_FOCUS)) {
      for (const item of listed.items ?? []) {
        // The category counts too: criteria filed under "Special Skills" are the skills the profile asks for.
        if (!pattern.test(`${item.text} ${item.detail ?? ''}`) || seen.has(item.text)) continue;
        seen.add(item.text);
        items.push({ ...item, detail: listed.label });
      }
    }
  }
  if (items.length === 0) return null;
  return {
    roleId: profile.id,
    topic: fact.topic,
    label: `${fact.label} (mentioned elsewhere in the profile)`,
    status: 'stated',
    value: items.map((item) => item.text).join('; '),
    items,
    note: `The ${profile.title} profile has no ${fact.label.toLowerCase()} section; this is what it says elsewhere.`,
    citations: items.flatMap((item) => item.citations),
  };
}

/** Focus words worth trying one at a time when all of them together match nothing ("type fast"). */
function singleWordFocuses(focus: Focus): Focus[] {
  if (focus.words.length < 2) return [];
  return focus.words.filter((word) => word.length >= 4 && !/^\d/.test(word) && !isTopicWord(word)).map((word) => ({ words: [word] }));
}

/**
 * @param alternatives other wordings of the focus to try when it matches nothing ("nvq" spelt out as
 * "national vocational qualification", from the glossary).
 */
export function factsFor(profile: RoleProfile, topics: readonly TopicKey[], focus: Focus, alternatives: readonly Focus[] = []): Fact[] {
  const facts = factsWith(profile, topics, focus);
  const lists = facts.filter((fact) => fact.items !== undefined);
  if (lists.length === 0 || lists.some((fact) => focusMatched(fact, focus))) return facts;
  if (facts.some((fact) => fact.items === undefined && fact.status === 'stated' && fact.topic !== 'pay')) return facts;
  for (const single of [...alternatives, ...singleWordFocuses(focus)]) {
    const narrowed = factsWith(profile, topics, single);
    if (narrowed.some((fact) => focusMatched(fact, single))) return narrowed;
  }
  return facts;
}

function factsWith(profile: RoleProfile, topics: readonly TopicKey[], focus: Focus): Fact[] {
  const facts: Fact[] = [];
  for (const key of topics) {
    for (const fact of topic(key).facts(profile, focus)) {
      const mention = fact.status === 'not-stated' ? mentionedInPassing(profile, fact) : null;
      facts.push(...(mention ? [fact, mention] : [fact]));
    }
  }
  // A list topic that did not hold the named thing: look in the profile's other lists too.
  const listFacts = facts.filter((fact) => fact.items !== undefined);
  // "what level of crime investigation does the DC need?" and no skills list: the named thing may be elsewhere.
  if (focus.words.length > 0 && listFacts.length === 0 && facts.every((fact) => fact.status === 'not-stated')) {
    return [...facts, ...searchRole(profile, focus, topics)];
  }
  // "does roads policing need advanced driving?": the driving line may not hold "advanced"; a criterion may.
  if (focus.words.length > 0 && listFacts.length === 0 && !facts.some((fact) => matchesFocus(fact.value ?? '', focus))) {
    return [...facts, ...searchWith(profile, focus, topics)];
  }
  if (focus.words.length === 0 || listFacts.length === 0) return facts;
  if (listFacts.some((fact) => focusMatched(fact, focus))) {
    // The named thing was found: leave out sibling lists that only fell back to everything.
    return facts.filter((fact) => fact.items === undefined || focusMatched(fact, focus));
  }
  // Found elsewhere: the asked lists, which only fell back to all their items, would bury it.
  const elsewhere = searchRole(profile, focus, topics);
  if (elsewhere.length === 0) return facts;
  // Criteria that only fell back to all of them would bury it; a short list (health, training) stays.
  const criteria = new Set<string>(['requirements', 'essential', 'desirable']);
  return [...facts.filter((fact) => !criteria.has(fact.topic) || (fact.items === undefined && fact.status === 'stated')), ...elsewhere];
}

const NOT_MENTIONED = /^Not stated — the .+ criteria do not mention /;

function notMentionedFact(profile: RoleProfile, focus: Focus, listed: readonly Fact[]): Fact {
  const subject = focus.words.join(' ');
  const counts = listed
    .filter((fact) => fact.status === 'stated' && fact.items)
    .map((fact) => `${fact.items?.length ?? 0} ${fact.label.toLowerCase()}`)
    .join(' and ');
  return {
    roleId: profile.id,
    topic: 'other',
    label: subject,
    status: 'not-stated',
    value: null,
    note: `The ${profile.title} profile does not mention "${subject}"${counts ? `; none of its ${counts} does` : ''}. Ask for its criteria to see them all.`,
    citations: [],
  };
}

/** Topics no profile field holds: "not stated" there only means no field, so found lines replace it. */
const NO_FIELD_TOPICS = new Set<TopicKey>(['pay']);

/** The role's own lines for the question's subject, searched when no field of the profile answers it. */
export type RetrieveLines = (profile: RoleProfile) => { hits: LineHit[]; subject: string };

/**
 * An asked topic no field of this profile states (and nothing elsewhere in its lists mentions), or a
 * named thing its criteria do not mention: the document's own lines are searched before "not stated".
 */
function unanswered(facts: readonly Fact[], topics: readonly TopicKey[], lead: string | null): boolean {
  if (lead && NOT_MENTIONED.test(lead)) return true;
  return topics.some((key) => {
    const notStated = facts.some((fact) => fact.topic === key && fact.status === 'not-stated');
    // Pay is "not stated" beside a stated grade: the grade is no answer to "what's the salary?".
    return notStated && (NO_FIELD_TOPICS.has(key) || !facts.some((fact) => fact.topic === key && fact.status !== 'not-stated'));
  });
}

/** A lead saying the profile is silent ("does not say whether part-time working is possible"). */
const SILENT_LEAD = /\b(not stated|does not (say|state|mention))\b/i;

/**
 * @param asked the question as read, for a direct first line ("Yes — ...") where one is due; without it
 * (a clarification button, a repeated topic) the facts alone are given.
 */
export function roleAnswer(
  question: string,
  profiles: readonly RoleProfile[],
  topics: readonly TopicKey[],
  focus: Focus,
  asked?: Omit<LeadQuestion, 'focus' | 'topics'> & { retrieve?: RetrieveLines },
): Answer {
  const alternatives = asked?.alternatives ?? [];
  const blocks: string[] = [];
  const facts: Fact[] = [];
  const leads: string[] = [];
  for (const profile of profiles) {
    let roleFacts = factsFor(profile, topics, focus, alternatives);
    let lead = leadFor({ text: asked?.text ?? question, words: asked?.words ?? [], topics, focus, alternatives }, profile, roleFacts);
    const retrieved = asked?.retrieve && unanswered(roleFacts, topics, lead) ? asked.retrieve(profile) : null;
    if (lead && NOT_MENTIONED.test(lead)) {
      // "does it need a degree?" and no criterion mentions one: say so, not every criterion the role has.
      roleFacts = [notMentionedFact(profile, focus, roleFacts)];
    }
    if (retrieved && retrieved.hits.length > 0) {
      // What the document says where no field holds it, quoted after the fields. A topic with a field keeps
      // its "not stated" (the field is empty; the lines are for the reader to judge); one with no field
      // (pay) has nothing to keep, and its lead quotes the document instead.
      const noField = topics.filter((key) => NO_FIELD_TOPICS.has(key));
      // "Does not mention <the thing asked>" is no longer true once the lines that mention it are quoted.
      const contradicted = (fact: Fact): boolean => fact.status === 'not-stated' && (noField.includes(fact.topic as TopicKey) || fact.topic === 'other');
      roleFacts = [...roleFacts.filter((fact) => !contradicted(fact)), documentFact(profile, retrieved.hits, retrieved.subject)];
      const primary = topics[0];
      // A lead saying the profile is silent would contradict the lines quoted under it.
      if (!lead || SILENT_LEAD.test(lead) || (primary && NO_FIELD_TOPICS.has(primary))) lead = documentLead(profile, retrieved.hits);
    }
    facts.push(...roleFacts);
    if (lead) leads.push(lead);
    // One role: the direct answer is the first line. Several: each role's block opens with its own.
    const block = roleFactsText(roleRef(profile), roleFacts);
    blocks.push(lead && profiles.length > 1 ? block.replace('\n', `\n${lead}\n`) : block);
  }
  const compared = comparisonLead(asked?.words ?? [], topics, profiles);
  if (compared) leads.unshift(compared);
  const single = profiles.length === 1 ? leads[0] : compared ?? undefined;
  const answer: Answer = {
    kind: 'answer',
    question,
    roles: profiles.map(roleRef),
    facts,
    text: single ? `${single}\n${blocks.join('\n\n')}` : blocks.join('\n\n'),
    citations: uniqueCitations(facts.flatMap((fact) => fact.citations)),
  };
  if (leads.length > 0) answer.lead = compared ?? leads.join('\n');
  return answer;
}

/** Facts found by searching the role's lists for the question's words, as an answer; null if none. */
export function searchAnswer(question: string, profile: RoleProfile, focus: Focus): Answer | null {
  const facts = searchRole(profile, focus);
  if (facts.length === 0) return null;
  return {
    kind: 'answer',
    question,
    roles: [roleRef(profile)],
    facts,
    text: roleFactsText(roleRef(profile), facts),
    citations: uniqueCitations(facts.flatMap((fact) => fact.citations)),
  };
}
