/**
 * Small builders every topic uses, so "not stated" is worded and shaped the same everywhere and a value
 * is only ever read from the profile it is reported for.
 */
import { SENSE_TRAPS } from '../../vocabulary/search-synonyms.ts';
import type { RoleProfile, ScalarField } from '../../profile/role-profile.ts';
import { citeScalar } from '../citations.ts';
import type { TopicKey } from '../../vocabulary/topic-keys.ts';
import type { Citation, Fact, FactItem } from '../types.ts';

export type { TopicKey };

/** What the question asks beyond role and topic: words that may pick out one skill or criterion. */
export interface Focus {
  words: string[];
  /** "at level 4", "level 3 or above": only skills and behaviours at that level. */
  level?: { level: number; orAbove: boolean };
}

export const NO_FOCUS: Focus = { words: [] };

export interface Topic {
  key: TopicKey;
  label: string;
  facts(profile: RoleProfile, focus: Focus): Fact[];
}

export function notStated(profile: RoleProfile, topic: TopicKey, label: string, note?: string): Fact {
  return {
    roleId: profile.id,
    topic,
    label,
    status: 'not-stated',
    value: null,
    note: note ?? `Not stated in the ${profile.title} profile.`,
    citations: [],
  };
}

export function stated(
  profile: RoleProfile,
  topic: TopicKey,
  label: string,
  value: string,
  citations: Citation[],
  extra: { items?: FactItem[]; note?: string | null } = {},
): Fact {
  const fact: Fact = { roleId: profile.id, topic, label, status: 'stated', value, citations };
  if (extra.items) fact.items = extra.items;
  if (extra.note) fact.note = extra.note;
  return fact;
}

/** A single-valued field: stated with its evidence, or not stated. */
export function scalarFact(profile: RoleProfile, topic: TopicKey, label: string, field: ScalarField): Fact {
  const raw = profile[field];
  if (raw === null || raw === undefined || raw === '' || raw === 'unknown') return notStated(profile, topic, label);
  return stated(profile, topic, label, String(raw), citeScalar(profile, field));
}

/**
 * The stated ones of several single-valued fields under one topic (rank, grade and role code), or one
 * not-stated fact for the topic when the profile states none of them.
 */
export function statedScalarFacts(
  profile: RoleProfile,
  topic: TopicKey,
  topicLabel: string,
  fields: ReadonlyArray<readonly [label: string, field: ScalarField]>,
): Fact[] {
  const facts = fields.map(([label, field]) => scalarFact(profile, topic, label, field)).filter((fact) => fact.status === 'stated');
  return facts.length > 0 ? facts : [notStated(profile, topic, topicLabel)];
}

/**
 * Whether a list item is what the focus words ask about: at least two focus words (or the only one) occur
 * in it, a word matching on its first five letters ("investigate" ~ "investigation").
 */
export function matchesFocus(text: string, focus: Focus): boolean {
  if (focus.words.length === 0) return false;
  const itemWords = text.toLowerCase().split(/[^a-z0-9]+/).filter((word) => word.length > 1);
  const itemSet = new Set(itemWords);
  // "pip2" / "nppv3" also match "PIP level 2" / "NPPV 3".
  const compact = /[a-z]\d\b/.test(focus.words.join(' ')) ? text.toLowerCase().replace(/\blevel\b/g, '').replace(/[^a-z0-9]+/g, '') : '';
  const itemStems = new Set(itemWords.map(stem));
  const lower = text.toLowerCase();
  const hits = focus.words.filter(
    (word) =>
      !SENSE_TRAPS[word]?.test(lower) &&
      (itemSet.has(word) ||
        (word.length >= 4 && itemStems.has(stem(word))) ||
        (word.length >= 5 && itemWords.some((w) => w.length >= 5 && w.slice(0, 5) === word.slice(0, 5))) ||
        (/^[a-z]+\d$/.test(word) && compact.includes(word))),
  );
  return hits.length >= Math.min(2, focus.words.length);
}

/** A rough stem so "typing" meets "type" and "trained" meets "training": enough for matching list items. */
export function stem(word: string): string {
  let base = word;
  if (base.length > 5 && base.endsWith('ing')) base = base.slice(0, -3);
  else if (base.length > 4 && base.endsWith('ed') && !base.endsWith('eed')) base = base.slice(0, -2);
  else if (base.length > 4 && base.endsWith('es')) base = base.slice(0, -2);
  else if (base.length > 3 && base.endsWith('s') && !base.endsWith('ss')) base = base.slice(0, -1);
  if (base.length > 3 && base.endsWith('e')) base = base.slice(0, -1);
  return base;
}

export function levelText(level: number | string | null): string | undefined {
  if (level === null) return undefined;
  return typeof level === 'number' ? `Level ${level}` : level;
}
