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
  if (fact.status === 'not-stated') {
    lines.push(`_Not stated in the ${escapeMrkdwn(title)} profile._`);
  } else {
    const value = fact.value !== null && fact.value.trim() !== '' ? escapeMrkdwn(fact.value) : null;
    if (fact.status === 'ambiguous') lines.push(`:warning: ${value ?? '_unclear_'}`);
    else if (value !== null && (fact.items === undefined || fact.items.length === 0)) lines.push(value);
    else if (value !== null && fact.items !== undefined && value.length <= 200) lines.push(value);
    for (const item of fact.items ?? []) lines.push(itemLine(item));
  }
  if (fact.note !== undefined && fact.note.trim() !== '') {
    const prefix = fact.status === 'ambiguous' ? 'Ambiguous: ' : '';
    lines.push(`_${prefix}${escapeMrkdwn(fact.note)}_`);
  }
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
