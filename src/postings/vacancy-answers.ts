/**
 * The answers the vacancy answerer gives, built only from postings and the profiles they name: a list of
 * open postings, "no open vacancy for ...", or one fact (closing date, how to apply, ...) per posting. Every
 * item cites its posting, and the profile's title line where the profile has one.
 */
import type { Answer, Citation, Fact, ListItem, RoleRef } from '../answer/types.ts';
import type { RoleProfile } from '../profile/role-profile.ts';
import { formatClosingDate } from './calendar.ts';
import type { Posting } from './posting.ts';
import { effectiveStatus } from './posting-lifecycle.ts';
import type { Topic } from './vacancy-question.ts';

/** What the answers need to know about roles. */
export interface RoleLookup {
  profile: (roleId: string) => RoleProfile | undefined;
}

export function refOf(posting: Posting, deps: RoleLookup): RoleRef {
  const profile = deps.profile(posting.roleId);
  return { id: posting.roleId, title: profile?.title ?? posting.roleTitle, organisation: profile?.organisation ?? null };
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

export function listAnswer(
  question: string,
  postings: readonly Posting[],
  scope: string | null,
  deps: RoleLookup,
): Answer {
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

export function noneFor(
  question: string,
  scope: string,
  open: readonly Posting[],
  past: readonly Posting[],
  deps: RoleLookup,
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

export function topicAnswer(
  question: string,
  topic: Exclude<Topic, 'list'>,
  postings: readonly Posting[],
  deps: RoleLookup,
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
