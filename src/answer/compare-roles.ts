/**
 * Two or three roles side by side: a row per topic with each role's value and citations, whether they are
 * the same, what differs (skills only one role has, level differences) and a one-line headline.
 */
import type { RoleProfile } from '../profile/role-profile.ts';
import { uniqueCitations } from './citations.ts';
import { roleLabel, sourceLine } from './render-text.ts';
import { NO_FOCUS, type TopicKey } from './topics/fact-builders.ts';
import { topic } from './topics/registry.ts';
import { roleRef, type Answer, type ComparisonCell, type ComparisonRow, type Fact } from './types.ts';

/** `optional` rows (fields few documents state) are shown only when one of the roles states them, or asked for. */
const ROWS: { key: TopicKey; label: string; pick?: string; optional?: boolean }[] = [
  { key: 'staff-type', label: 'Officer or staff' },
  { key: 'grade', label: 'Rank', pick: 'Rank' },
  { key: 'grade', label: 'Grade', pick: 'Grade' },
  { key: 'pay', label: 'Pay', pick: 'Pay', optional: true },
  { key: 'reporting', label: 'Reports to', pick: 'Reports to' },
  { key: 'hours', label: 'Weekly hours' },
  { key: 'shifts', label: 'Shifts' },
  { key: 'working-arrangements', label: 'Working arrangements', optional: true },
  { key: 'vetting', label: 'Vetting' },
  { key: 'driving', label: 'Driving' },
  { key: 'essential', label: 'Essential criteria' },
  { key: 'skills', label: 'Skills' },
  { key: 'behaviours', label: 'Behaviours', pick: 'Behaviours' },
  { key: 'values', label: 'Values' },
  { key: 'health', label: 'Health and fitness' },
  { key: 'training', label: 'Training' },
  { key: 'minimum-service', label: 'Minimum service', optional: true },
  { key: 'entry-routes', label: 'Entry routes', optional: true },
  { key: 'closing-date', label: 'Closing date', optional: true },
];

function factFor(profile: RoleProfile, key: TopicKey, label: string, pick?: string): Fact {
  const facts = topic(key).facts(profile, NO_FOCUS);
  const found = pick ? facts.find((fact) => fact.label === pick) : facts[0];
  return (
    found ?? {
      roleId: profile.id,
      topic: key,
      label,
      status: 'not-stated',
      value: null,
      citations: [],
    }
  );
}

function cellOf(fact: Fact): ComparisonCell {
  return { roleId: fact.roleId, status: fact.status, value: fact.value, citations: fact.citations };
}

function normalised(value: string | null): string {
  return (value ?? '').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** Named items with levels ("Crime Investigation" -> "Level 3") of a list fact. */
function levelled(fact: Fact): Map<string, { name: string; level: string }> {
  const map = new Map<string, { name: string; level: string }>();
  for (const item of fact.items ?? []) map.set(normalised(item.text), { name: item.text, level: item.detail ?? '' });
  return map;
}

function itemDifferences(profiles: RoleProfile[], facts: Fact[]): string[] {
  const maps = facts.map(levelled);
  const differences: string[] = [];
  maps.forEach((map, index) => {
    const only = [...map.entries()].filter(([key]) => maps.every((other, j) => j === index || !other.has(key)));
    if (only.length > 0 && maps.some((other, j) => j !== index && other.size > 0)) {
      differences.push(`Only ${profiles[index]?.title ?? ''}: ${only.map(([, item]) => item.name).join(', ')}`);
    }
  });
  const allItems = new Map<string, { name: string; level: string }>();
  for (const map of maps) for (const [key, item] of map) if (!allItems.has(key)) allItems.set(key, item);
  {
    for (const [key, item] of allItems) {
      // Levels side by side, "—" for a role without the item; only when two roles have it at different levels.
      const levels = maps.map((map) => map.get(key)?.level ?? null);
      const present = levels.filter((level): level is string => level !== null);
      if (present.length >= 2 && new Set(present).size > 1) {
        differences.push(`${item.name}: ${levels.map((level) => (level === null ? '—' : level.replace(/^Level /, '') || '?')).join(' vs ')}`);
      }
    }
  }
  return differences;
}

function rowOf(profiles: RoleProfile[], key: TopicKey, label: string, pick?: string): ComparisonRow {
  const facts = profiles.map((profile) => factFor(profile, key, label, pick));
  const cells = facts.map(cellOf);
  const same = facts.every(
    (fact) => fact.status === facts[0]?.status && normalised(fact.value) === normalised(facts[0]?.value ?? null),
  );
  const isList = facts.some((fact) => (fact.items?.length ?? 0) > 0) && ['skills', 'behaviours', 'values'].includes(key);
  const differences = same ? [] : isList ? itemDifferences(profiles, facts) : [];
  return { topic: key, label, same, cells, differences };
}

function cellText(cell: ComparisonCell): string {
  if (cell.status === 'not-stated') return 'not stated';
  if (cell.status === 'ambiguous') return 'unclear';
  return cell.value ?? '';
}

/** A short form of a cell for a three-way headline: "essential", "37 hours a week", "not stated". */
function briefCell(topic: string, cell: ComparisonCell): string {
  const text = cellText(cell);
  if (topic === 'driving' && cell.status === 'stated') return text.split(':')[0]?.toLowerCase() ?? text;
  return shorten(text.length > 40 ? `${text.slice(0, 37).trimEnd()}…` : text);
}

/**
 * Three roles side by side in one line read badly ("A vs B vs C" per topic): group the roles by value
 * instead ("driving: essential for A and C, not required for B") and keep to the three topics people ask
 * most.
 */
function groupedHeadline(profiles: RoleProfile[], rows: ComparisonRow[]): string {
  const parts: string[] = [];
  for (const key of HEADLINE_TOPICS) {
    const row = rows.find((candidate) => candidate.topic === key);
    if (!row || row.same) continue;
    const groups = new Map<string, string[]>();
    row.cells.forEach((cell, index) => {
      const value = briefCell(row.topic, cell);
      groups.set(value, [...(groups.get(value) ?? []), shortTitle(profiles[index]?.title ?? '')]);
    });
    parts.push(`${row.label}: ${[...groups].map(([value, names]) => `${value} for ${andList(names)}`).join('; ')}.`);
    if (parts.length === 3) break;
  }
  if (parts.length === 0) return `${profiles.map((profile) => shortTitle(profile.title)).join(', ')}: no differences in the key topics.`;
  return parts.join(' ');
}

function andList(names: string[]): string {
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names.at(-1) ?? ''}`;
}

const HEADLINE_TOPICS = ['staff-type', 'driving', 'vetting', 'hours', 'shifts', 'grade'];

/**
 * A name short enough for a headline: the title's own abbreviation ("Authorised Firearms Officer (AFO)"
 * -> "AFO"), the initials of a long title of capitalised words ("Police Community Support Officer" ->
 * "PCSO"), else the title without its bracket ("Call Handler (Force Control Room)" -> "Call Handler").
 */
function shortTitle(title: string): string {
  const bracket = title.match(/\(([A-Z]{2,6})\)\s*$/);
  if (bracket?.[1]) return bracket[1];
  const bare = title.replace(/\s*\([^)]*\)\s*$/, '') || title;
  const words = bare.split(/\s+/);
  if (words.length >= 4 && words.every((word) => /^[A-Z][a-z]+$/.test(word))) return words.map((word) => word[0]).join('');
  return bare;
}

function headline(profiles: RoleProfile[], rows: ComparisonRow[]): string {
  if (profiles.length > 2) return groupedHeadline(profiles, rows);
  const parts: string[] = [];
  for (const row of rows) {
    if (row.same) continue;
    if (['skills', 'behaviours', 'values', 'essential', 'health', 'training'].includes(row.topic)) continue;
    parts.push(`${row.label.toLowerCase()} ${row.cells.map((cell) => shorten(cellText(cell))).join(' vs ')}`);
  }
  const skills = rows.find((row) => row.topic === 'skills');
  const onlyCount = skills?.differences.filter((difference) => difference.startsWith('Only ')).length ?? 0;
  if (skills && !skills.same && onlyCount > 0) parts.push('different technical skills');
  const names = profiles.map((profile) => profile.title).join(' vs ');
  if (parts.length === 0) return `${names}: no differences in the compared topics.`;
  return `${names}: ${parts.slice(0, 4).join('; ')}.`;
}

function shorten(text: string, max = 40): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

/** Topic asked -> comparison rows it narrows to ("compare their vetting"). */
const ROW_TOPICS: Partial<Record<TopicKey, TopicKey[]>> = {
  requirements: ['essential'],
  desirable: ['essential'],
  responsibilities: [],
  purpose: [],
};

export function compareAnswer(question: string, profiles: RoleProfile[], topics: readonly TopicKey[] = []): Answer {
  const wanted = new Set(topics.flatMap((key) => ROW_TOPICS[key] ?? [key]));
  const chosen = ROWS.filter((row) => wanted.has(row.key));
  const rows = (chosen.length > 0 ? chosen : ROWS)
    .map((row) => ({ row, compared: rowOf(profiles, row.key, row.label, row.pick) }))
    .filter(({ row, compared }) => chosen.length > 0 || !row.optional || compared.cells.some((cell) => cell.status !== 'not-stated'))
    .map(({ compared }) => compared);
  const roles = profiles.map(roleRef);
  const lines = [`Comparing ${roles.map(roleLabel).join(', ')}`, headline(profiles, rows)];
  for (const row of rows) {
    lines.push(`${row.label}${row.same ? ' (same)' : ''}:`);
    row.cells.forEach((cell, index) => {
      const title = profiles[index]?.title ?? cell.roleId;
      const source = sourceLine(cell.citations, 3);
      lines.push(`  ${title}: ${shorten(cellText(cell), 300)}${source ? ` (${source})` : ''}`);
    });
    for (const difference of row.differences) lines.push(`  ${difference}`);
  }
  return {
    kind: 'comparison',
    question,
    roles,
    headline: headline(profiles, rows),
    rows,
    text: lines.join('\n'),
    citations: uniqueCitations(rows.flatMap((row) => row.cells.flatMap((cell) => cell.citations))),
  };
}
