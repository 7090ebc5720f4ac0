/**
 * A vacancy question finds its role by the same resolver as a role question (the catalogue's): aliases in
 * brackets or defined in the document, informal names, headed initials, typos, the force's name, and a role
 * we do not hold. Roles and postings of a made-up force; the check against the assistant's own reading shows
 * the two agree, so there is one matcher.
 */
import { describe, expect, it } from 'vitest';
import { createAssistant } from '../../src/answer/assistant.ts';
import type { Answer, RoleRef } from '../../src/answer/types.ts';
import { Catalogue } from '../../src/catalogue/index.ts';
import type { Posting } from '../../src/postings/posting.ts';
import { createVacancyAnswerer } from '../../src/postings/vacancy-answerer.ts';
import type { RoleProfile } from '../../src/profile/role-profile.ts';
import { makePosting, makeProfile } from './fixtures.ts';

const now = new Date('2026-11-23T10:00:00Z');
const profiles = [
  makeProfile('digital-media-investigator', 'Digital Media Investigator (DMI)'),
  makeProfile('cyber-crime-analyst', 'Cyber Crime Analyst', { aliases: ['CCA', 'cyber analyst'] }),
  makeProfile('detective-constable-cid', 'Detective Constable (CID)'),
  makeProfile('domestic-abuse-investigator', 'Domestic Abuse Investigator'),
  makeProfile('patrol-and-response-officer', 'Patrol and Response Officer'),
  makeProfile('pcso-kent', 'Police Community Support Officer', { organisation: 'Kent Police' }),
  makeProfile('pcso-surrey', 'Police Community Support Officer', { organisation: 'Surrey Police' }),
  makeProfile('contact-handler', 'Contact Handler'),
];
const postings = profiles.map((profile) =>
  makePosting(profile.id, profile.title, { details: { locationOrTeam: 'Northgate', numberOfPosts: 1, closingDate: '2027-01-15', howToApply: `apply for ${profile.id}`, note: null } }),
);

function answerer(options: { withCatalogue: boolean; known?: readonly RoleProfile[]; open?: readonly Posting[] }) {
  const known = options.known ?? profiles;
  const byId = new Map(known.map((profile) => [profile.id, profile]));
  const roles: RoleRef[] = known.map((profile) => ({ id: profile.id, title: profile.title, organisation: profile.organisation }));
  const catalogue = new Catalogue(known);
  return createVacancyAnswerer({
    postings: () => options.open ?? postings,
    profile: (id) => byId.get(id),
    roles: () => roles,
    ...(options.withCatalogue ? { catalogue: () => catalogue } : {}),
    now: () => now,
  });
}

function listedRoleIds(answer: Answer | null): string[] {
  if (answer?.kind !== 'list') throw new Error(`expected a list, got ${answer?.kind}: ${answer?.text}`);
  return answer.items.map((item) => item.role.id);
}

const CASES: Array<[question: string, roleIds: string[]]> = [
  ['any DMI postings?', ['digital-media-investigator']],
  ['any digital media investigator vacancies?', ['digital-media-investigator']],
  ['are there any CCA vacancies?', ['cyber-crime-analyst']],
  ['any cyber analyst jobs going?', ['cyber-crime-analyst']],
  ['any DC vacancies?', ['detective-constable-cid']],
  ['any DA investigator postings?', ['domestic-abuse-investigator']],
  ['any response PC vacancies?', ['patrol-and-response-officer']],
  ['any digital media investigater vacancies?', ['digital-media-investigator']],
  ['any Kent PCSO vacancies?', ['pcso-kent']],
  ['any PCSO vacancies?', ['pcso-kent', 'pcso-surrey']],
];

describe.each([true, false])('vacancy questions name roles as role questions do (assistant catalogue given: %s)', (withCatalogue) => {
  it.each(CASES)('"%s" lists that role\'s posting', (question, roleIds) => {
    expect(listedRoleIds(answerer({ withCatalogue })(question, { roleIds: [] })).sort()).toEqual([...roleIds].sort());
  });

  it('"when does the DMI vacancy close?" answers for the DMI posting', () => {
    const answer = answerer({ withCatalogue })('when does the DMI vacancy close?', { roleIds: [] });
    if (answer?.kind !== 'answer') throw new Error(`expected an answer, got ${answer?.kind}`);
    expect(answer.facts.map((fact) => fact.roleId)).toEqual(['digital-media-investigator']);
    expect(answer.facts[0]?.value).toBe('Friday 15 January 2027');
  });

  it.each([
    ['any dog handler postings?', 'dog handler'],
    ['any detective sergeant vacancies?', 'detective sergeant'],
  ])('"%s": a role we do not hold is not taken for one we do', (question, scope) => {
    const answer = answerer({ withCatalogue })(question, { roleIds: [] });
    expect(listedRoleIds(answer)).toEqual([]);
    expect(answer?.text).toContain(`no open vacancy for ${scope}`);
  });

  it('a posting whose role profile has since been removed is still found by its title', () => {
    const known = profiles.filter((profile) => profile.id !== 'cyber-crime-analyst');
    const answer = answerer({ withCatalogue, known })('any cyber crime analyst vacancies?', { roleIds: [] });
    expect(listedRoleIds(answer)).toEqual(['cyber-crime-analyst']);
  });
});

describe('one matcher', () => {
  it.each(CASES.filter(([, roleIds]) => roleIds.length === 1))('"%s": the role a summary of the same words resolves to', (question, [roleId]) => {
    const words = question.replace(/^(?:any|are there any)\s+|\s+(?:postings|vacancies|jobs going)\?$/g, '');
    const assistant = createAssistant({ profiles });
    const summary = assistant.summary(words);
    expect(summary.kind).toBe('summary');
    expect(summary.roles.map((role) => role.id)).toEqual([roleId]);
  });

  it('a role upserted into the assistant\'s catalogue is named at once', () => {
    const catalogue = new Catalogue(profiles);
    const added = makeProfile('firearms-licensing-officer', 'Firearms Licensing Officer', { aliases: ['FLO'] });
    const open = [...postings, makePosting(added.id, added.title)];
    const ask = createVacancyAnswerer({ postings: () => open, profile: (id) => catalogue.get(id), catalogue: () => catalogue, now: () => now });
    catalogue.upsert(added);
    expect(listedRoleIds(ask('any FLO vacancies?', { roleIds: [] }))).toEqual(['firearms-licensing-officer']);
  });
});
