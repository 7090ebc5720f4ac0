import { describe, expect, it } from 'vitest';
import { EMPTY_CONTEXT, type Answer, type RoleRef } from '../../src/answer/types.ts';
import type { Posting } from '../../src/postings/posting.ts';
import { withdraw } from '../../src/postings/posting-lifecycle.ts';
import { createVacancyAnswerer, isVacancyQuestion } from '../../src/postings/vacancy-answerer.ts';
import { makePosting, makeProfile } from './fixtures.ts';

const profiles = [
  makeProfile('police-community-support-officer', 'Police Community Support Officer'),
  makeProfile('detective-constable', 'Detective Constable', { aliases: ['DC'] }),
  makeProfile('custody-detention-officer', 'Custody Detention Officer'),
  makeProfile('contact-handler', 'Contact Handler'),
];
const byId = new Map(profiles.map((p) => [p.id, p]));
const roles: RoleRef[] = profiles.map((p) => ({ id: p.id, title: p.title, organisation: p.organisation }));

const now = new Date('2026-11-23T10:00:00Z');
const pcso = makePosting('police-community-support-officer', 'Police Community Support Officer', {
  closingDate: '2026-12-18',
  details: { locationOrTeam: 'Eastbrook Neighbourhood Team', numberOfPosts: 4, closingDate: '2026-12-18', howToApply: 'https://jobs.wessexvale.example/pcso', note: null },
});
const dc = makePosting('detective-constable', 'Detective Constable', {
  details: { locationOrTeam: 'Northgate CID', numberOfPosts: 1, closingDate: '2027-01-08', howToApply: 'Resourcing, ext 4417', note: null },
});
const expiredCdo = makePosting('custody-detention-officer', 'Custody Detention Officer', {
  details: { locationOrTeam: 'Central Custody', numberOfPosts: 2, closingDate: '2026-11-01', howToApply: 'hr@wessexvale.example', note: null },
});
const withdrawnHandler = withdraw(makePosting('contact-handler', 'Contact Handler'), 'U0HR', now);

function answererWith(postings: Posting[]) {
  return createVacancyAnswerer({ postings: () => postings, profile: (id) => byId.get(id), roles: () => roles, now: () => now });
}
const ask = (postings: Posting[], question: string, roleIds: string[] = []): Answer | null =>
  answererWith(postings)(question, { roleIds });
const all = [pcso, dc, expiredCdo, withdrawnHandler];

describe('vacancy answerer', () => {
  it.each(['what vacancies are open?', 'are there any jobs going?', 'Any postings?', 'is anyone recruiting at the moment?', 'are we hiring?'])(
    '"%s" lists the open postings only, soonest closing first',
    (question) => {
      const answer = ask(all, question);
      expect(answer?.kind).toBe('list');
      if (answer?.kind !== 'list') return;
      expect(answer.items.map((i) => i.role.id)).toEqual(['police-community-support-officer', 'detective-constable']);
      expect(answer.items[0]?.detail).toMatch(/4 posts · Eastbrook Neighbourhood Team · closes Friday 18 December 2026/);
      expect(answer.text).not.toMatch(/Custody|Contact Handler/);
    },
  );

  it('cites the posting and the role profile for each item', () => {
    const answer = ask(all, 'what vacancies are open?');
    if (answer?.kind !== 'list') throw new Error('expected a list');
    const citations = answer.items[0]?.citations ?? [];
    expect(citations).toContainEqual(expect.objectContaining({ postingId: pcso.id, roleId: pcso.roleId, field: 'posting' }));
    expect(citations).toContainEqual({
      roleId: 'police-community-support-officer',
      roleTitle: 'Police Community Support Officer',
      field: 'title',
      line: 1,
      quote: 'Role title: Police Community Support Officer',
    });
  });

  it('"any PCSO postings?" finds the role by its initials', () => {
    const answer = ask(all, 'any PCSO postings?');
    if (answer?.kind !== 'list') throw new Error('expected a list');
    expect(answer.items.map((i) => i.role.id)).toEqual(['police-community-support-officer']);
    expect(answer.title).toMatch(/for Police Community Support Officer/);
  });

  it('"when does the DC posting close?" answers with the closing date, cited', () => {
    const answer = ask(all, 'when does the DC posting close?');
    expect(answer?.kind).toBe('answer');
    if (answer?.kind !== 'answer') return;
    expect(answer.facts).toHaveLength(1);
    expect(answer.facts[0]).toMatchObject({ roleId: 'detective-constable', label: 'Closing date', value: 'Friday 8 January 2027', status: 'stated' });
    expect(answer.facts[0]?.citations[0]).toMatchObject({ postingId: dc.id, field: 'posting.closingDate' });
  });

  it('"how do I apply for the detective vacancy?" gives how to apply', () => {
    const answer = ask(all, 'how do I apply for the detective vacancy?');
    if (answer?.kind !== 'answer') throw new Error('expected an answer');
    expect(answer.facts.map((f) => f.value)).toEqual(['Resourcing, ext 4417']);
  });

  it('a role whose posting has closed is not listed as open, and the answer says when it closed', () => {
    const answer = ask(all, 'any custody detention officer vacancies?');
    if (answer?.kind !== 'list') throw new Error('expected a list');
    expect(answer.items).toEqual([]);
    expect(answer.text).toMatch(/no open vacancy for Custody Detention Officer/);
    expect(answer.text).toMatch(/closed on Sunday 1 November 2026/);
    expect(answer.citations[0]?.postingId).toBe(expiredCdo.id);
  });

  it('a withdrawn posting is said to be withdrawn', () => {
    const answer = ask(all, 'any contact handler jobs going?');
    expect(answer?.text).toMatch(/Contact Handler posting .* was withdrawn/);
  });

  it('a known role with no posting at all gets "no open vacancy", not other roles', () => {
    const answer = ask([pcso], 'any DC vacancies?');
    if (answer?.kind !== 'list') throw new Error('expected a list');
    expect(answer.items).toEqual([]);
    expect(answer.title).toBe('No open vacancy for Detective Constable');
  });

  it('something no role or place matches is said plainly', () => {
    const answer = ask(all, 'any dog handler postings?');
    if (answer?.kind !== 'list') throw new Error('expected a list');
    expect(answer.items).toEqual([]);
    expect(answer.text).toMatch(/no open vacancy for dog handler/);
  });

  it('filters by place: "any vacancies in Northgate?"', () => {
    const answer = ask(all, 'any vacancies in Northgate?');
    if (answer?.kind !== 'list') throw new Error('expected a list');
    expect(answer.items.map((i) => i.role.id)).toEqual(['detective-constable']);
  });

  it('says there are none when nothing is open', () => {
    const answer = ask([expiredCdo], 'what vacancies are open?');
    if (answer?.kind !== 'list') throw new Error('expected a list');
    expect(answer.items).toEqual([]);
    expect(answer.text).toMatch(/no open vacancies/);
  });

  it('in a posting thread, "when does it close?" uses the thread role', () => {
    const answer = ask(all, 'when does it close?', ['police-community-support-officer']);
    if (answer?.kind !== 'answer') throw new Error('expected an answer');
    expect(answer.facts[0]?.value).toBe('Friday 18 December 2026');
  });

  it.each([
    'what vetting does a PCSO need?',
    'compare DC and PCSO',
    'what does the job of a contact handler involve?',
    'how many hours does a detective constable work?',
    'when does it close?',
    'what does the recruiting process involve for a PCSO?',
    'what is recruitment vetting?',
  ])('"%s" is not a vacancy question (null)', (question) => {
    expect(ask(all, question)).toBeNull();
    expect(isVacancyQuestion(question)).toBe(false);
  });

  it('uses the empty context safely', () => {
    expect(answererWith(all)('what vacancies are open?', EMPTY_CONTEXT)?.kind).toBe('list');
  });
});
