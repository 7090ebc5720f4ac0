/** The minisearch index over profiles: boosts, fuzzy and vocabulary, and updates in place. */
import { describe, expect, it } from 'vitest';
import { RoleIndex } from '../../src/search/role-index.ts';
import { expandQueryWords } from '../../src/vocabulary/search-synonyms.ts';
import { buildProfile } from '../answer/support/build-profile.ts';
import { OTHER_FORCES, controlRoomOperator, detectiveConstable, responseSergeant } from '../answer/support/other-forces.ts';

describe('police vocabulary', () => {
  it('expands abbreviations and everyday words to the words documents use', () => {
    expect(expandQueryWords(['pcso'])).toEqual(['pcso', 'police', 'community', 'support', 'officer']);
    expect(expandQueryWords(['clearance'])).toContain('vetting');
    expect(expandQueryWords(['nights'])).toContain('shift');
    expect(expandQueryWords(['licence'])).toContain('driving');
    expect(expandQueryWords(['dc'])).toEqual(['dc', 'detective', 'constable']);
  });
});

describe('RoleIndex', () => {
  it('ranks a title match first, and tolerates typos and part words', () => {
    const index = new RoleIndex(OTHER_FORCES);
    expect(index.search('control room operator')[0]?.id).toBe(controlRoomOperator.id);
    expect(index.search('detectve')[0]?.id).toBe(detectiveConstable.id);
    expect(index.search('sergea')[0]?.id).toBe(responseSergeant.id);
    expect(index.nearestTitles('control room supervisor')[0]?.id).toBe(controlRoomOperator.id);
  });

  it('finds roles by their facts and by the vocabulary', () => {
    const index = new RoleIndex(OTHER_FORCES);
    expect(index.search('STORM').map((hit) => hit.id)).toContain(controlRoomOperator.id);
    expect(index.search('cid').map((hit) => hit.id)[0]).toBe(detectiveConstable.id);
    expect(index.search('the police')).not.toEqual([]);
    expect(index.search('the of and')).toEqual([]);
  });

  it('adds, replaces and discards in place without a rebuild', () => {
    const index = new RoleIndex(OTHER_FORCES);
    const size = index.size;
    const dog = buildProfile({ id: 'dog-handler-a', title: 'Police Dog Handler', organisation: 'Northshire Police' });
    index.upsert(dog);
    expect(index.size).toBe(size + 1);
    expect(index.search('dog handler')[0]?.id).toBe('dog-handler-a');
    index.upsert({ ...dog, title: 'Mounted Section Officer' });
    expect(index.size).toBe(size + 1);
    expect(index.search('dog handler').map((hit) => hit.id)).not.toContain('dog-handler-a');
    expect(index.search('mounted section')[0]?.id).toBe('dog-handler-a');
    expect(index.remove('dog-handler-a')).toBe(true);
    expect(index.remove('dog-handler-a')).toBe(false);
    expect(index.size).toBe(size);
  });
});
