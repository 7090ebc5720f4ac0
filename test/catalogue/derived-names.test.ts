/**
 * Names staff use that the title implies: initials of the leading words with the words after them ("DA
 * investigator") and head phrases ("marine unit", "student officers"). Each is matched only whole, and a
 * head phrase two roles share asks which rather than picking one. Invented roles of invented forces.
 */
import { describe, expect, it } from 'vitest';
import { Catalogue, namesOf, resolveRoles, tokenize } from '../../src/catalogue/index.ts';
import type { RoleProfile } from '../../src/profile/role-profile.ts';
import { buildProfile } from '../answer/support/build-profile.ts';

const role = (id: string, title: string, aliases: string[] = []) => buildProfile({ id, title, aliases, organisation: 'Dunmore Police' });

function resolver(profiles: RoleProfile[]) {
  const catalogue = new Catalogue(profiles);
  return (text: string) =>
    resolveRoles(catalogue, tokenize(text)).map((m) => ({ role: m.role?.id ?? null, candidates: m.candidates.map((c) => c.id).sort() }));
}

const names = (title: string) => namesOf({ title, aliases: [] }).map((n) => `${n.kind}:${n.words.join(' ')}`);

describe('derived names', () => {
  it('shortens the first two words of a longer title to their initials, with and without a trailing generic word', () => {
    expect(names('Domestic Abuse Investigator')).toContain('headed:da investigator');
    expect(names('Critical Incident Response Officer')).toEqual(expect.arrayContaining(['headed:ci response officer', 'headed:ci response']));
    expect(names('Counter Terrorism Security Adviser')).toContain('headed:ct security adviser');
  });

  it('gives no initials that read as a word or stand for generic leading words', () => {
    // "pc support" would read as a constable; "Police Staff" says nothing about the role.
    expect(names('Police Community Support Officer').filter((n) => n.startsWith('headed:'))).toEqual([]);
    expect(names('Police Staff Investigator').filter((n) => n.startsWith('headed:'))).toEqual([]);
    // Two-word titles keep their capitals-only short form and get no headed name.
    expect(names('Financial Investigator').filter((n) => n.startsWith('headed:'))).toEqual([]);
  });

  it('derives head phrases: a trailing generic word left out, an inner "police" left out', () => {
    expect(names('Marine Unit Constable')).toContain('head:marine unit');
    expect(names('Student Police Officer')).toContain('head:student officer');
    expect(names('Police Search Adviser (PolSA)')).toContain('head:search adviser');
    // Never a single word, never only generic words left after trimming.
    expect(names('Response Constable').filter((n) => n.startsWith('head:'))).toEqual([]);
    expect(names('Police Staff Officer').filter((n) => n.startsWith('head:'))).toEqual([]);
  });
});

describe('resolving derived names', () => {
  const resolve = resolver([
    role('dai', 'Domestic Abuse Investigator'),
    role('ciro', 'Critical Incident Response Officer'),
    role('ci', 'Chief Inspector'),
    role('ctsa', 'Counter Terrorism Security Adviser', ['CTSA']),
    role('muc', 'Marine Unit Constable'),
    role('spo', 'Student Police Officer'),
    role('polsa', 'Police Search Adviser (PolSA)', ['PolSA']),
    role('ch', 'Contact Handler'),
  ]);

  it.each([
    ['who does the DA investigator report to?', 'dai'],
    ['do da investigators work nights', 'dai'],
    ['what shifts does CI response work', 'ciro'],
    ['ci response officer vetting', 'ciro'],
    ['is the CT security adviser role full time', 'ctsa'],
    ['what hours does the marine unit work', 'muc'],
    ['do student officers need a degree', 'spo'],
    ['student officer vetting', 'spo'],
    ['what does a search adviser need', 'polsa'],
  ])('%s -> %s', (question, id) => {
    expect(resolve(question)).toEqual([{ role: id, candidates: [id] }]);
  });

  it('reads initials alone as what they usually are, never as the role they start', () => {
    // "CI" is a Chief Inspector; "DA" and "SC" alone name no role.
    expect(resolve('what vetting does a CI need')).toEqual([{ role: 'ci', candidates: ['ci'] }]);
    expect(resolve('what does DA mean')).toEqual([]);
    expect(resolve('does the contact handler need SC')).toEqual([{ role: 'ch', candidates: ['ch'] }]);
  });

  it('never names a role from everyday words alone', () => {
    expect(resolve('is the contact handler a police officer')).toEqual([{ role: 'ch', candidates: ['ch'] }]);
    expect(resolve('what do police staff earn')).toEqual([]);
  });
});

describe('initials that already mean something else', () => {
  it('are not names of the role: a vetting level, or a rank or abbreviation standing for other words', () => {
    expect(names('Special Constable')).not.toContain('short:sc');
    expect(names('Custody Inspector')).not.toContain('short:ci');
    expect(names('Chief Inspector')).toContain('short:ci');
    expect(names('Crime Scene Investigator')).toContain('initials:csi');
    expect(names('Neighbourhood Policing Team Constable')).toContain('initials:npt');
  });

  it('so "SC" and "CI" typed alone keep their usual meaning', () => {
    const resolve = resolver([role('spc', 'Special Constable'), role('ci', 'Chief Inspector'), role('cui', 'Custody Inspector'), role('ch', 'Contact Handler')]);
    expect(resolve('does the contact handler need SC')).toEqual([{ role: 'ch', candidates: ['ch'] }]);
    expect(resolve('what does SC mean')).toEqual([]);
    expect(resolve('CI hours')).toEqual([{ role: 'ci', candidates: ['ci'] }]);
    expect(resolve('special constable hours')).toEqual([{ role: 'spc', candidates: ['spc'] }]);
  });
});

describe('a head phrase two roles share', () => {
  it('asks which marine unit role, and resolves when the rest of the title is given', () => {
    const resolve = resolver([role('muc', 'Marine Unit Constable'), role('mus', 'Marine Unit Sergeant'), role('ch', 'Contact Handler')]);
    expect(resolve('what hours does the marine unit work')).toEqual([{ role: null, candidates: ['muc', 'mus'] }]);
    expect(resolve('marine unit sergeant hours')).toEqual([{ role: 'mus', candidates: ['mus'] }]);
    expect(resolve('marine unit constable hours')).toEqual([{ role: 'muc', candidates: ['muc'] }]);
  });

  it("asks when the phrase is one role's title and another's head phrase", () => {
    const resolve = resolver([role('so', 'Student Officer (PCDA)', ['PCDA']), role('spo', 'Student Police Officer')]);
    expect(resolve('do student officers work nights')).toEqual([{ role: null, candidates: ['so', 'spo'] }]);
    expect(resolve('student police officer hours')).toEqual([{ role: 'spo', candidates: ['spo'] }]);
    expect(resolve('PCDA vetting')).toEqual([{ role: 'so', candidates: ['so'] }]);
  });

  it('asks when two roles share a head phrase from their leading words', () => {
    const resolve = resolver([role('dai', 'Domestic Abuse Investigator'), role('dao', 'Domestic Abuse Officer')]);
    // "domestic abuse" is the head phrase of the officer role and the start of the investigator's title.
    expect(resolve('what does the domestic abuse team need')[0]?.role ?? null).toBeNull();
    expect(resolve('DA investigator vetting')).toEqual([{ role: 'dai', candidates: ['dai'] }]);
  });
});
