/**
 * Behaviours by framework and level, and skills by level. A behaviour is compared only within its framework
 * (a CVF level says nothing about a PPF quality); the lines are grouped by status so six CVF behaviours at
 * the same level are one line, each name and level still cited.
 */
import type { Competency, RoleProfile, Skill } from '../../profile/role-profile.ts';
import type { Citation, MoveLine, MoveStatus } from '../types.ts';
import { citeAll, levelText, listed, moveLine, nameKey, type MovePair } from './move-line.ts';

interface Compared {
  name: string;
  status: MoveStatus;
  /** "level 1 to 2", "level 3", "not listed": the part of the sentence about this item. */
  note: string;
  from: Citation[];
  to: Citation[];
}

function covers(have: Competency['level'], want: Competency['level']): boolean | null {
  if (want === null) return true;
  if (typeof have === 'number' && typeof want === 'number') return have >= want;
  if (have === null) return null;
  return String(have).toLowerCase() === String(want).toLowerCase() ? true : null;
}

function compareItem(from: RoleProfile, to: RoleProfile, field: string, want: Competency | Skill, held: Competency | Skill | undefined, fromListsAny: boolean): Compared {
  const toCites = citeAll(to, field, want.evidence);
  if (!held) {
    return fromListsAny
      ? { name: want.name, status: 'need', note: `${want.name} (${levelText(want.level)}): not listed for ${from.title}`, from: [], to: toCites }
      : { name: want.name, status: 'not-stated', note: `${want.name} (${levelText(want.level)})`, from: [], to: toCites };
  }
  const fromCites = citeAll(from, field, held.evidence);
  const ok = covers(held.level, want.level);
  if (ok === true) return { name: want.name, status: 'meet', note: `${want.name} (${held.level === want.level ? levelText(want.level) : `${levelText(held.level)}, ${levelText(want.level)} needed`})`, from: fromCites, to: toCites };
  if (ok === false) return { name: want.name, status: 'need', note: `${want.name} (${levelText(held.level)} to ${levelText(want.level)})`, from: fromCites, to: toCites };
  return { name: want.name, status: 'not-stated', note: `${want.name} (${levelText(held.level)} vs ${levelText(want.level)}: levels not comparable)`, from: fromCites, to: toCites };
}

const STATUS_ORDER: readonly MoveStatus[] = ['need', 'meet', 'not-stated'];

function grouped(topic: string, heading: string, items: readonly Compared[], sentence: Record<MoveStatus, string>): MoveLine[] {
  return STATUS_ORDER.flatMap((status) => {
    const group = items.filter((item) => item.status === status);
    if (group.length === 0) return [];
    return [moveLine(topic, `${heading}: ${group.map((item) => item.name).join(', ')}`, status, `${sentence[status]} ${listed(group.map((item) => item.note))}.`, group.flatMap((item) => item.from), group.flatMap((item) => item.to))];
  });
}

export function behaviourLines({ from, to }: MovePair): MoveLine[] {
  if (to.behaviours.length === 0) return [moveLine('behaviours', 'Behaviours', 'not-stated', `The ${to.title} profile does not list behaviours.`, [], [])];
  const frameworks = [...new Set(to.behaviours.map((behaviour) => behaviour.framework ?? 'unnamed'))];
  return frameworks.flatMap((framework) => {
    const wanted = to.behaviours.filter((behaviour) => (behaviour.framework ?? 'unnamed') === framework);
    const heading = framework === 'unnamed' ? 'Behaviours' : `Behaviours (${framework})`;
    const sameFramework = from.behaviours.filter((behaviour) => (behaviour.framework ?? 'unnamed') === framework);
    if (sameFramework.length === 0) {
      const other = [...new Set(from.behaviours.map((behaviour) => behaviour.framework ?? 'an unnamed framework'))];
      const detail = other.length > 0
        ? `${to.title} sets ${framework === 'unnamed' ? 'its' : framework} behaviours; ${from.title} uses ${listed(other)}, a different framework, so the two are not comparable.`
        : `${to.title} sets ${wanted.length} behaviours; the ${from.title} profile lists none.`;
      return [moveLine('behaviours', heading, 'not-stated', `${detail} ${listed(wanted.map((behaviour) => `${behaviour.name} (${levelText(behaviour.level)})`))}.`, from.behaviours.flatMap((behaviour) => citeAll(from, 'behaviours', behaviour.evidence)), wanted.flatMap((behaviour) => citeAll(to, 'behaviours', behaviour.evidence)))];
    }
    const items = wanted.map((want) => compareItem(from, to, 'behaviours', want, sameFramework.find((held) => nameKey(held.name) === nameKey(want.name)), true));
    return grouped('behaviours', heading, items, {
      meet: `${from.title} already sets these at the same or a higher level:`,
      need: `${to.title} sets these higher than ${from.title}, or ${from.title} does not list them:`,
      'not-stated': 'The profiles do not let these be compared:',
    });
  });
}

export function skillLines({ from, to }: MovePair): MoveLine[] {
  if (to.skills.length === 0) return [];
  const items = to.skills.map((want) => compareItem(from, to, 'skills', want, from.skills.find((held) => nameKey(held.name) === nameKey(want.name)), from.skills.length > 0));
  return grouped('skills', 'Skills', items, {
    meet: `${from.title} already lists these at the same or a higher level:`,
    need: `${to.title} needs these at a higher level than ${from.title}, or ${from.title} does not list them:`,
    'not-stated': `The ${from.title} profile lists no skills, so these are not stated for it:`,
  });
}
