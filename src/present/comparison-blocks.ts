/**
 * Two or three roles side by side: for each topic a section whose fields are the roles' values (a column per
 * role), the differences underneath, and the citations for that topic.
 */
import type { Answer, ComparisonCell, RoleRef } from '../answer/types.ts';
import { context, header, sections } from './block-builders.ts';
import { citationContext } from './citations.ts';
import { escapeMrkdwn } from './escape.ts';
import { LIMITS } from './limits.ts';
import type { Block } from './message.ts';

type ComparisonAnswer = Extract<Answer, { kind: 'comparison' }>;

function cellText(cell: ComparisonCell, roles: readonly RoleRef[]): string {
  const title = roles.find((role) => role.id === cell.roleId)?.title ?? cell.roleId;
  const value =
    cell.status === 'not-stated'
      ? '_Not stated_'
      : cell.status === 'ambiguous'
        ? `:warning: ${escapeMrkdwn(cell.value ?? 'unclear')}`
        : escapeMrkdwn(cell.value ?? '-');
  return `*${escapeMrkdwn(title)}*\n${value}`;
}

export function comparisonBlocks(answer: ComparisonAnswer): Block[] {
  const titles = answer.roles.map((role) => role.title).join(' vs ');
  const headline = answer.headline.trim();
  // A headline that is a whole sentence of differences reads better under a short header of the titles.
  const blocks: Block[] =
    headline !== '' && headline.length <= LIMITS.headerText
      ? [...header(headline)]
      : [...header(titles), ...(headline !== '' ? sections(escapeMrkdwn(headline)) : [])];
  for (const row of answer.rows) {
    const label = `*${escapeMrkdwn(row.label)}*${row.same ? '  _(same)_' : ''}`;
    const cells = row.cells.map((cell) => cellText(cell, answer.roles));
    if (cells.every((cell) => cell.length <= LIMITS.fieldText) && cells.length <= LIMITS.sectionFields) {
      blocks.push({ type: 'section', text: { type: 'mrkdwn', text: label }, fields: cells.map((text) => ({ type: 'mrkdwn', text })) });
    } else {
      // A value too long for a field (a long list) gets its own sections rather than being cut.
      blocks.push(...sections(label));
      for (const cell of cells) blocks.push(...sections(cell));
    }
    const notes = row.differences.map((difference) => escapeMrkdwn(difference));
    const cited = row.cells.flatMap((cell) => cell.citations);
    const lines = [...notes, ...citationContext(cited)];
    if (lines.length > 0) blocks.push(...context(lines));
  }
  if (answer.rows.length === 0) blocks.push(...sections(escapeMrkdwn(answer.text.trim() || 'Nothing to compare.')));
  return blocks;
}
