/** One fact as mrkdwn: the label, the value (or "not stated"), list items with levels, and any note. */
import type { Fact, FactItem, RoleRef } from '../answer/types.ts';
import { escapeMrkdwn } from './escape.ts';
import { formatLevelDetail } from './levels.ts';

export function roleTitle(roles: readonly RoleRef[], roleId: string): string {
  return roles.find((role) => role.id === roleId)?.title ?? roleId;
}

export function itemLine(item: FactItem): string {
  const text = escapeMrkdwn(item.text);
  if (item.detail === undefined || item.detail.trim() === '') return `• ${text}`;
  const { dots, text: detail } = formatLevelDetail(item.detail);
  return dots !== null ? `• ${text}  \`${dots}\`` : `• ${text} _(${escapeMrkdwn(detail)})_`;
}

/** The value part of a fact (no label): what the profile states, or that it does not state it. */
export function factValueText(fact: Fact, title: string): string {
  const lines: string[] = [];
  const note = fact.note !== undefined && fact.note.trim() !== '' ? escapeMrkdwn(fact.note.trim()) : null;
  if (fact.status === 'not-stated') {
    // The core's own wording (it may say why) replaces ours; never both.
    lines.push(`_${note ?? `Not stated in the ${escapeMrkdwn(title)} profile.`}_`);
    return lines.join('\n');
  }
  const items = fact.items ?? [];
  const raw = fact.value?.trim() ?? '';
  const value = raw !== '' ? escapeMrkdwn(raw) : null;
  if (fact.status === 'ambiguous') lines.push(`:warning: ${value ?? '_unclear_'}`);
  // A value that only repeats one of the listed items is left out; a short lead ("9 essential criteria") stays.
  else if (value !== null && !items.some((item) => item.text.trim() === raw) && (items.length === 0 || raw.length <= 200)) lines.push(value);
  for (const item of items) lines.push(itemLine(item));
  if (note !== null) lines.push(`_${fact.status === 'ambiguous' ? 'Ambiguous: ' : ''}${note}_`);
  if (lines.length === 0) lines.push('_No detail given._');
  return lines.join('\n');
}

export function factText(fact: Fact, roles: readonly RoleRef[], withRole: boolean): string {
  const title = roleTitle(roles, fact.roleId);
  const heading = withRole ? `*${escapeMrkdwn(fact.label)}: ${escapeMrkdwn(title)}*` : `*${escapeMrkdwn(fact.label)}*`;
  return `${heading}\n${factValueText(fact, title)}`;
}

/** A fact short enough to sit in a field of the summary card (no list, a short value). */
export function isShortFact(fact: Fact): boolean {
  if (fact.items !== undefined && fact.items.length > 0) return false;
  return (fact.value ?? '').length <= 120 && (fact.note ?? '').length <= 160;
}
