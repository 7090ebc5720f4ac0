/**
 * The vacancy answerer: "what vacancies are open?", "any PCSO postings?", "when does the DC posting close?",
 * "are there any jobs going?". It reads only postings and the profiles they name; every item cites the
 * posting (and the role profile's title line where the profile has one). Questions that are not about
 * vacancies get null, so the role answerer takes them.
 */
import type { Answer, Answerer, Citation, ConversationContext, Fact, ListItem, RoleRef } from '../answer/types.ts';
import type { RoleProfile } from '../profile/role-profile.ts';
import { DEFAULT_TIME_ZONE, formatClosingDate } from './calendar.ts';
import type { Posting } from './posting.ts';
import { effectiveStatus, isOpen } from './posting-lifecycle.ts';
import { leftoverWords, namesOf, normalise, rolesNamedIn, type RoleNames } from './role-mentions.ts';

export interface VacancyAnswererDeps {
  /** Every posting (open or not); read on each question so new postings count at once. */
  postings: () => readonly Posting[];
  profile: (roleId: string) => RoleProfile | undefined;
  /** Every role the bot knows, so "any PCSO postings?" can say there is none rather than list others. */
  roles?: () => readonly RoleRef[];
  now?: () => Date;
  timeZone?: string;
}

type Topic = 'list' | 'closingDate' | 'howToApply' | 'location' | 'numberOfPosts';

const VACANCY_PATTERNS = [
  /\bvacanc(?:y|ies)\b/,
  /\bpostings?\b/,
  /\b(?:jobs?|roles?|posts?|positions?|openings?|opportunit(?:y|ies))\s+(?:going|open|available|advertised|vacant|on offer|out there)\b/,
  /\bany\s+(?:new\s+)?(?:jobs?|openings?|positions?|opportunit(?:y|ies))\b/,
  /\bjob\s+(?:ads?|adverts?|openings?)\b/,
  // "is anyone recruiting?", "are you hiring at the moment"; not "what does the recruiting process involve".
  /\b(?:is|are)\b[^?]*\b(?:recruiting|hiring)\b(?!\s+process)|\b(?:recruiting|hiring)\s+(?:for|now|at the moment|currently)\b/,
  /\bclosing date\b/,
  /\b(?:advertised|being advertised)\b/,
];

const TOPIC_PATTERNS: Array<[Exclude<Topic, 'list'>, RegExp]> = [
  ['closingDate', /\b(?:clos(?:e|es|ing|ed)|deadline|last day|until when|how long)\b/],
  ['howToApply', /\b(?:how (?:do|can|would|should|to) (?:i |we |you |one )?apply|apply|application|applications)\b/],
  ['numberOfPosts', /\bhow many\b/],
  ['location', /\b(?:where|location|based|which (?:team|area|station))\b/],
];

/** Topic questions that name no vacancy word but, in a posting's thread, are about that posting. */
const CONTEXT_TOPIC = /\b(?:when (?:does|do|will) (?:it|this|that|the (?:post|posting|vacancy|advert)) close|closing date|deadline|how (?:do|can) i apply)\b/;

/** Words a vacancy question is made of; what is left over names what the person is looking for. */
const QUESTION_WORDS = new Set(
  (
    'a an the and or of for to in on at by with is are was were be do does did what whats which who when where why how ' +
    'any anything there here some all new current currently now at moment right today this week month open opened opening ' +
    'openings vacancy vacancies posting postings post posts job jobs role roles position positions going available ' +
    'advertised vacant offer out we you i me my our us anyone someone force recruiting hiring close closes closing closed ' +
    'date deadline last day until long apply application applications can could would should will please tell show list ' +
    'see get got have has it its that they them their still being ad ads advert adverts opportunity opportunities many ' +
    'location based team area station know let like want looking see s up'
  ).split(' '),
);

export function isVacancyQuestion(question: string): boolean {
  const text = normalise(question);
  return VACANCY_PATTERNS.some((pattern) => pattern.test(text));
}

function topicOf(text: string): Topic {
  for (const [topic, pattern] of TOPIC_PATTERNS) if (pattern.test(text)) return topic;
  return 'list';
}

export function createVacancyAnswerer(deps: VacancyAnswererDeps): Answerer {
  const timeZone = deps.timeZone ?? DEFAULT_TIME_ZONE;
  return (question: string, context: ConversationContext): Answer | null => {
    const text = normalise(question);
    const now = deps.now?.() ?? new Date();
    const all = deps.postings();
    const asksAboutVacancies = isVacancyQuestion(question);
    const contextRoleWithPosting = context.roleIds.find((id) => all.some((p) => p.roleId === id));
    if (!asksAboutVacancies && !(contextRoleWithPosting && CONTEXT_TOPIC.test(text))) return null;

    const candidates = roleNames(all, deps);
    const mention = rolesNamedIn(question, candidates);
    let named = mention.roles;
    if (mention.strength === 'word') {
      // "dog handler" must not match "Contact Handler": a single title word counts only when the role's
      // title accounts for every specific word the person typed.
      const titleWords = new Set(named.flatMap((r) => normalise(r.title).trim().split(' ')));
      if (leftoverWords(question, QUESTION_WORDS).some((w) => !titleWords.has(w) && !titleWords.has(w.replace(/s$/, ''))))
        named = [];
    }
    if (named.length === 0 && contextRoleWithPosting && /\b(?:it|this|that|the (?:post|posting|vacancy|role))\b/.test(text)) {
      const posting = all.find((p) => p.roleId === contextRoleWithPosting);
      if (posting) named = [refOf(posting, deps)];
    }
    const namedIds = new Set(named.map((r) => r.id));
    const open = all.filter((p) => isOpen(p, now, timeZone));
    const topic = topicOf(text);

    let selected: Posting[];
    let scope: string | null = null;
    if (named.length > 0) {
      selected = open.filter((p) => namedIds.has(p.roleId));
      scope = named.map((r) => r.title).join(' or ');
    } else {
      const byPlace = postingsAt(question, open);
      const unmatched = leftoverWords(question, QUESTION_WORDS);
      if (byPlace.postings.length > 0) {
        selected = byPlace.postings;
        scope = byPlace.words.join(' ');
      } else if (unmatched.length > 0 && /\b(?:for|as|in|any|the)\b/.test(text)) {
        // The person asked for something specific ("any dog handler postings?") that no role or place matches.
        return noneFor(question, unmatched.join(' '), open, [], deps, now, timeZone);
      } else {
        selected = open;
      }
    }

    if (topic !== 'list') {
      const targets = selected.length > 0 ? selected : latestPerRole(all.filter((p) => namedIds.has(p.roleId)));
      if (targets.length > 0) return topicAnswer(question, topic, targets, deps, now, timeZone);
    }
    if (selected.length === 0 && scope !== null) {
      const past = latestPerRole(all.filter((p) => namedIds.has(p.roleId)));
      return noneFor(question, scope, open, past, deps, now, timeZone);
    }
    return listAnswer(question, selected, scope, deps, timeZone);
  };
}

function roleNames(all: readonly Posting[], deps: VacancyAnswererDeps): RoleNames[] {
  const byId = new Map<string, RoleNames>();
  for (const role of deps.roles?.() ?? []) byId.set(role.id, namesOf(role, deps.profile(role.id)?.aliases ?? []));
  for (const posting of all) {
    if (!byId.has(posting.roleId))
      byId.set(posting.roleId, namesOf(refOf(posting, deps), deps.profile(posting.roleId)?.aliases ?? []));
  }
  return [...byId.values()];
}

function refOf(posting: Posting, deps: VacancyAnswererDeps): RoleRef {
  const profile = deps.profile(posting.roleId);
  return { id: posting.roleId, title: profile?.title ?? posting.roleTitle, organisation: profile?.organisation ?? null };
}

/** Postings whose location or team the question names ("any vacancies in Maidstone?"). */
function postingsAt(question: string, open: readonly Posting[]): { postings: Posting[]; words: string[] } {
  const asked = leftoverWords(question, QUESTION_WORDS).filter((w) => w.length >= 3);
  if (asked.length === 0) return { postings: [], words: [] };
  const postings = open.filter((p) => {
    const place = normalise(p.details.locationOrTeam);
    return asked.some((w) => place.includes(` ${w} `));
  });
  return { postings, words: asked };
}

function latestPerRole(postings: readonly Posting[]): Posting[] {
  const latest = new Map<string, Posting>();
  for (const p of postings) {
    const seen = latest.get(p.roleId);
    if (!seen || seen.postedAt < p.postedAt) latest.set(p.roleId, p);
  }
  return [...latest.values()];
}

/** The citations for a posting: the posting itself, and the role profile's title line when it has one. */
export function postingCitations(posting: Posting, profile: RoleProfile | undefined, field = 'posting'): Citation[] {
  const citations: Citation[] = [
    {
      roleId: posting.roleId,
      roleTitle: posting.roleTitle,
      field,
      line: 0,
      quote: postingQuote(posting),
      postingId: posting.id,
    },
  ];
  const titleEvidence = profile?.evidence.title?.[0];
  if (profile && titleEvidence)
    citations.push({ roleId: profile.id, roleTitle: profile.title, field: 'title', line: titleEvidence.line, quote: titleEvidence.quote });
  return citations;
}

function postingQuote(p: Posting): string {
  return `${p.roleTitle}: ${p.details.numberOfPosts} post${p.details.numberOfPosts === 1 ? '' : 's'}, ${p.details.locationOrTeam}, closes ${p.details.closingDate}, apply: ${p.details.howToApply}`;
}

function itemDetail(p: Posting): string {
  const posts = `${p.details.numberOfPosts} post${p.details.numberOfPosts === 1 ? '' : 's'}`;
  return `${posts} · ${p.details.locationOrTeam} · closes ${formatClosingDate(p.details.closingDate)} · apply: ${p.details.howToApply}`;
}

function listAnswer(
  question: string,
  postings: readonly Posting[],
  scope: string | null,
  deps: VacancyAnswererDeps,
  timeZone: string,
): Answer {
  void timeZone;
  const sorted = [...postings].sort((a, b) => a.details.closingDate.localeCompare(b.details.closingDate));
  const items: ListItem[] = sorted.map((p) => ({
    role: refOf(p, deps),
    detail: itemDetail(p),
    citations: postingCitations(p, deps.profile(p.roleId)),
  }));
  const title =
    items.length === 0
      ? 'No open vacancies right now'
      : `Open vacancies${scope ? ` for ${scope}` : ''} (${items.length})`;
  const lines =
    items.length === 0
      ? ['There are no open vacancies at the moment. New postings are announced by HR in the postings channel.']
      : [
          `${title}, soonest closing first:`,
          ...sorted.map((p) => `- ${p.roleTitle}: ${itemDetail(p)} (posting ${p.id})`),
          'Ask about any of these roles for what it requires.',
        ];
  return {
    kind: 'list',
    question,
    roles: uniqueRoles(items.map((i) => i.role)),
    title,
    items,
    text: lines.join('\n'),
    citations: items.flatMap((i) => i.citations),
  };
}

function noneFor(
  question: string,
  scope: string,
  open: readonly Posting[],
  past: readonly Posting[],
  deps: VacancyAnswererDeps,
  now: Date,
  timeZone: string,
): Answer {
  const lines = [`There is no open vacancy for ${scope} at the moment.`];
  for (const p of past) {
    const status = effectiveStatus(p, now, timeZone);
    lines.push(
      status === 'withdrawn'
        ? `The ${p.roleTitle} posting ${p.id} was withdrawn.`
        : `The ${p.roleTitle} posting ${p.id} closed on ${formatClosingDate(p.details.closingDate)}.`,
    );
  }
  lines.push(open.length > 0 ? `Open vacancies now: ${[...new Set(open.map((p) => p.roleTitle))].join(', ')}.` : 'There are no open vacancies at all right now.');
  const items: ListItem[] = [];
  return {
    kind: 'list',
    question,
    roles: uniqueRoles(past.map((p) => refOf(p, deps))),
    title: `No open vacancy for ${scope}`,
    items,
    text: lines.join('\n'),
    citations: past.flatMap((p) => postingCitations(p, deps.profile(p.roleId))),
  };
}

const TOPIC_LABELS: Record<Exclude<Topic, 'list'>, string> = {
  closingDate: 'Closing date',
  howToApply: 'How to apply',
  location: 'Location or team',
  numberOfPosts: 'Number of posts',
};

function topicAnswer(
  question: string,
  topic: Exclude<Topic, 'list'>,
  postings: readonly Posting[],
  deps: VacancyAnswererDeps,
  now: Date,
  timeZone: string,
): Answer {
  const facts: Fact[] = postings.map((p) => {
    const status = effectiveStatus(p, now, timeZone);
    const value =
      topic === 'closingDate'
        ? formatClosingDate(p.details.closingDate)
        : topic === 'howToApply'
          ? p.details.howToApply
          : topic === 'location'
            ? p.details.locationOrTeam
            : String(p.details.numberOfPosts);
    const note =
      status === 'open'
        ? `Vacancy posting ${p.id}, ${p.details.numberOfPosts} post${p.details.numberOfPosts === 1 ? '' : 's'}, ${p.details.locationOrTeam}.`
        : status === 'withdrawn'
          ? `Posting ${p.id} was withdrawn; it is no longer open.`
          : `Posting ${p.id} closed on ${formatClosingDate(p.details.closingDate)}; it is no longer open.`;
    return {
      roleId: p.roleId,
      topic: `posting.${topic}`,
      label: TOPIC_LABELS[topic],
      status: 'stated',
      value,
      note,
      citations: postingCitations(p, deps.profile(p.roleId), `posting.${topic}`),
    };
  });
  const text = postings
    .map((p, i) => `${p.roleTitle} vacancy: ${TOPIC_LABELS[topic].toLowerCase()}: ${facts[i]?.value ?? ''}. ${facts[i]?.note ?? ''}`)
    .join('\n');
  return {
    kind: 'answer',
    question,
    roles: uniqueRoles(postings.map((p) => refOf(p, deps))),
    facts,
    text,
    citations: facts.flatMap((f) => f.citations),
  };
}

function uniqueRoles(roles: readonly RoleRef[]): RoleRef[] {
  const seen = new Map<string, RoleRef>();
  for (const role of roles) if (!seen.has(role.id)) seen.set(role.id, role);
  return [...seen.values()];
}

/**
 * The vacancy answerer for a posting store, reading profiles and roles from the assistant it is given to
 * (which exists only after the answerer is built, hence the getter):
 *
 *   let assistant: Assistant;
 *   assistant = createAssistant({ profiles, answerers: [vacancyAnswerer(postings, () => assistant)] });
 */
export function vacancyAnswerer(
  postings: { list(): readonly Posting[] },
  assistant: () => { profile(id: string): RoleProfile | undefined; roles(): RoleRef[] } | undefined,
  options: { now?: () => Date; timeZone?: string } = {},
): Answerer {
  return createVacancyAnswerer({
    postings: () => postings.list(),
    profile: (id) => assistant()?.profile(id),
    roles: () => assistant()?.roles() ?? [],
    ...options,
  });
}
