/**
 * Plain-text wording of answers: the whole answer, values and sources, readable in a terminal or as
 * Slack's fallback text. Wording lives here so it is the same for every kind of answer.
 */
import type { Citation, Fact, RoleRef } from './types.ts';

export function roleLabel(role: RoleRef): string {
  return role.organisation ? `${role.title} (${role.organisation})` : role.title;
}

/** "Source: Contact Handler profile, line 66" / "lines 7, 8"; one clause per role cited. */
export function sourceLine(citations: readonly Citation[], max = 8): string {
  if (citations.length === 0) return '';
  const byRole = new Map<string, { title: string; lines: number[] }>();
  const checked: string[] = [];
  for (const citation of citations) {
    // A field HR corrected has no document line: its source is the check.
    if (citation.checkedByHr !== undefined) {
      const words = `${citation.roleTitle} profile, checked by HR`;
      if (!checked.includes(words)) checked.push(words);
      continue;
    }
    const entry = byRole.get(citation.roleId) ?? { title: citation.roleTitle, lines: [] };
    if (!entry.lines.includes(citation.line)) entry.lines.push(citation.line);
    byRole.set(citation.roleId, entry);
  }
  const parts = [...byRole.values()].map(({ title, lines }) => {
    const sorted = [...lines].sort((a, b) => a - b);
    const shown = sorted.slice(0, max).join(', ');
    const more = sorted.length > max ? ` and ${sorted.length - max} more` : '';
    return `${title} profile, ${sorted.length === 1 ? 'line' : 'lines'} ${shown}${more}`;
  });
  return `Source: ${[...checked, ...parts].join('; ')}`;
}

export function factText(fact: Fact, roleTitle: string): string {
  if (fact.status === 'not-stated') {
    // A subject the topics do not name ("degree"): its note says what was looked through.
    if (fact.topic === 'other' && fact.note) return `${fact.label}: ${fact.note}`;
    return `${fact.label}: not stated in the ${roleTitle} profile.`;
  }
  if (fact.status === 'ambiguous') {
    const lines = [`${fact.label}: unclear in the ${roleTitle} profile. ${fact.note ?? ''}`.trim()];
    const source = sourceLine(fact.citations);
    if (source) lines.push(`  ${source}`);
    return lines.join('\n');
  }
  const lines: string[] = [];
  if (fact.items && fact.items.length > 0) {
    lines.push(`${fact.label}:`);
    for (const item of fact.items) {
      const line = item.citations[0]?.line;
      lines.push(`- ${item.text}${item.detail ? ` (${item.detail})` : ''}${line ? ` [line ${line}]` : ''}`);
    }
  } else {
    lines.push(`${fact.label}: ${fact.value ?? ''}`);
  }
  if (fact.note) lines.push(`  Note: ${fact.note}`);
  const source = sourceLine(fact.citations);
  if (source) lines.push(`  ${source}`);
  return lines.join('\n');
}

/** One role's block of facts, headed by its name. */
export function roleFactsText(role: RoleRef, facts: readonly Fact[]): string {
  return [roleLabel(role), ...facts.map((fact) => factText(fact, role.title))].join('\n');
}
