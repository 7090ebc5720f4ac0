/**
 * Role resolution over invented roles: titles, aliases, initials, informal names, typos, plurals, force
 * names, several roles in one question, and the rule that a weak word alone never resolves a role.
 */
import { describe, expect, it } from 'vitest';
import { Catalogue, namesOf, rankCandidates, resolveRoles, tokenize } from '../../src/catalogue/index.ts';
import { buildProfile } from '../answer/support/build-profile.ts';

const roles = [
  buildProfile({ id: 'call-taker-a', title: 'Contact Centre Call Taker', organisation: 'Northshire Police' }),
  buildProfile({ id: 'pcso-a', title: 'Police Community Support Officer', aliases: ['PCSO'], organisation: 'Northshire Police' }),
  buildProfile({ id: 'pcso-b', title: 'Police Community Support Officer', aliases: ['PCSO'], organisation: 'Hertfordshire Constabulary' }),
  buildProfile({ id: 'dc-a', title: 'Detective Constable', organisation: 'Eastshire Constabulary', rank: 'Constable' }),
  buildProfile({ id: 'response-a', title: 'Response Constable', organisation: 'Eastshire Constabulary', rank: 'Constable' }),
  buildProfile({ id: 'npt-a', title: 'Neighbourhood Policing Team Constable', organisation: 'Westshire Police', rank: 'Constable' }),
  buildProfile({ id: 'trainer-a', title: 'Training Officer', organisation: 'Westshire Police' }),
  buildProfile({ id: 'sgt-a', title: 'Custody Sergeant', organisation: 'Westshire Police', rank: 'Sergeant' }),
  buildProfile({ id: 'fi-a', title: 'Financial Investigator', organisation: 'Westshire Police' }),
];
const catalogue = new Catalogue(roles);

function resolve(text: string, topicWords: string[] = []) {
  const tokens = tokenize(text);
  const topicPositions = new Set(tokens.filter((t) => topicWords.includes(t.text)).map((t) => t.pos));
  return resolveRoles(catalogue, tokens, { topicPositions }).map((m) => ({
    role: m.role?.id ?? null,
    candidates: m.candidates.map((c) => c.id).sort(),
    unknown: m.unknown?.words ?? null,
  }));
}

describe('names', () => {
  it('derives initials, initials without a trailing rank, and informal names the title supports', () => {
    const names = (title: string) => namesOf({ title, aliases: [] }).map((n) => `${n.kind}:${n.words.join(' ')}`);
    expect(names('Police Community Support Officer')).toEqual(expect.arrayContaining(['initials:pcso', 'informal:neighbourhood officer']));
    expect(names('Neighbourhood Policing Team Constable')).toEqual(expect.arrayContaining(['initials:nptc', 'initials:npt', 'informal:neighbourhood pc']));
    expect(names('Contact Centre Call Taker')).toEqual(expect.arrayContaining(['informal:call handler']));
    expect(names('Detective Constable')).toEqual(expect.arrayContaining(['informal:dc']));
    expect(names('Custody Sergeant')).not.toEqual(expect.arrayContaining(['informal:dc']));
  });
});

describe('resolveRoles', () => {
  it.each([
    ['what vetting does a call handler need', 'call-taker-a'],
    ['contact centre call takers hours', 'call-taker-a'],
    ['contct centre cal taker', 'call-taker-a'],
    ['dc vetting', 'dc-a'],
    ['what does a detectve constable do', 'dc-a'],
    ['npt pc shifts', 'npt-a'],
    ['neighbourhood pc hours', 'npt-a'],
    ['the herts pcso', 'pcso-b'],
    ['pcso in northshire', 'pcso-a'],
    ['hertfordshire pcsos', 'pcso-b'],
    ['response officer shifts', 'response-a'],
    ['custody sgt', 'sgt-a'],
  ])('%s -> %s', (question, id) => {
    expect(resolve(question)).toEqual([{ role: id, candidates: [id], unknown: null }]);
  });

  it('asks when two forces hold the same title and none is named', () => {
    expect(resolve('pcso vetting')).toEqual([{ role: null, candidates: ['pcso-a', 'pcso-b'], unknown: null }]);
  });

  it('finds several roles in one question, in order, kept apart by commas', () => {
    expect(resolve('compare dc, response constable and the herts pcso').map((m) => m.role)).toEqual(['dc-a', 'response-a', 'pcso-b']);
    expect(resolve('detective constable, neighbourhood policing team constable').map((m) => m.role)).toEqual(['dc-a', 'npt-a']);
  });

  it.each(['police', 'officer', 'what does a police officer need', 'staff hours', 'team shifts', 'the constable'])(
    'never resolves "%s" from weak words alone',
    (question) => {
      expect(resolve(question).filter((m) => m.role !== null)).toEqual([]);
    },
  );

  it('does not take a topic word for a role name, unless the whole name is typed', () => {
    expect(resolve('what training does a dc get', ['training'])).toEqual([{ role: 'dc-a', candidates: ['dc-a'], unknown: null }]);
    expect(resolve('training officer vetting', ['training']).map((m) => m.role)).toEqual(['trainer-a']);
  });

  it('reports a head noun after a name as a role it does not hold', () => {
    expect(resolve('custody sergeant supervisor')).toEqual([{ role: null, candidates: [], unknown: 'custody sergeant supervisor' }]);
    expect(resolve('contact centre call taker manager')[0]?.unknown).toBe('contact centre call taker manager');
  });

  it('matches two-letter initials only when typed in capitals', () => {
    expect(resolve('FI vetting').map((m) => m.role)).toEqual(['fi-a']);
    expect(resolve('fi vetting')).toEqual([]);
    expect(resolve('what about it')).toEqual([]);
  });

  it('takes a word shaped like a role noun after a partial name as another role', () => {
    expect(resolve('financial analyst hours')).toEqual([{ role: null, candidates: [], unknown: 'financial analyst' }]);
    expect(resolve('custody sergeant technologist')[0]?.unknown).toBe('custody sergeant technologist');
  });

  it('offers the roles of a rank when only the rank is named', () => {
    expect(rankCandidates(catalogue, tokenize('what hours does a pc work')).map((p) => p.id).sort()).toEqual(['dc-a', 'npt-a', 'response-a']);
    expect(rankCandidates(catalogue, tokenize('what hours does a sergeant work')).map((p) => p.id)).toEqual(['sgt-a']);
  });
});

describe('catalogue updates', () => {
  it('adds, replaces and removes a role in place', () => {
    const local = new Catalogue(roles);
    const marine = buildProfile({ id: 'marine-a', title: 'Marine Unit Constable', organisation: 'Northshire Police' });
    local.upsert(marine);
    expect(resolveRoles(local, tokenize('marine unit'))[0]?.role?.id).toBe('marine-a');
    local.upsert({ ...marine, title: 'Harbour Patrol Constable' });
    expect(resolveRoles(local, tokenize('marine unit'))).toEqual([]);
    expect(resolveRoles(local, tokenize('harbour patrol'))[0]?.role?.id).toBe('marine-a');
    expect(local.size).toBe(roles.length + 1);
    expect(local.remove('marine-a')).toBe(true);
    expect(resolveRoles(local, tokenize('harbour'))).toEqual([]);
    expect(local.nameTerms.has('harbour')).toBe(false);
    expect(local.roles().map((r) => r.id)).not.toContain('marine-a');
  });
});
