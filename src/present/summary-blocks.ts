/** A role summary card: header, key facts as fields, lists (criteria, skills with levels) as sections, sources. */
import type { Answer, RoleRef } from '../answer/types.ts';
import { context, divider, fieldSections, header, sections } from './block-builders.ts';
import { citationContext } from './citations.ts';
import { escapeMrkdwn } from './escape.ts';
import { factText, factValueText, isShortFact, roleTitle } from './fact-text.ts';
import { compareWithActions, moveFromMineActions } from './interactive-blocks.ts';
import type { Block } from './message.ts';

type SummaryAnswer = Extract<Answer, { kind: 'summary' }>;

export interface SummaryOptions {
  /** Roles offered in the "Compare with ..." menu (the summarised role is left out). */
  compareCandidates?: readonly RoleRef[];
}

export function summaryBlocks(answer: SummaryAnswer, options: SummaryOptions = {}): Block[] {
  const role = answer.roles[0];
  const title = role?.title ?? 'Role summary';
  const blocks: Block[] = [...header(title)];
  const under = [role?.organisation, answer.alsoKnownAs].filter((text): text is string => Boolean(text));
  if (under.length > 0) blocks.push(...context(under.map(escapeMrkdwn)));
  const short = answer.facts.filter(isShortFact);
  const long = answer.facts.filter((fact) => !isShortFact(fact));
  blocks.push(
    ...fieldSections(short.map((fact) => `*${escapeMrkdwn(fact.label)}*\n${factValueText(fact, roleTitle(answer.roles, fact.roleId))}`)),
  );
  for (const fact of long) blocks.push(...sections(factText(fact, answer.roles, false)));
  if (answer.citations.length > 0 || answer.facts.some((fact) => fact.citations.length > 0)) {
    const all = answer.citations.length > 0 ? answer.citations : answer.facts.flatMap((fact) => fact.citations);
    blocks.push(divider(), ...context(citationContext(all)));
  }
  if (role && options.compareCandidates) {
    // One row of actions: "Compare with ..." and "Compare with my role" side by side.
    const [compare] = compareWithActions(role, options.compareCandidates);
    const [mine] = moveFromMineActions(role);
    if (compare?.type === 'actions' && mine?.type === 'actions') blocks.push({ ...compare, elements: [...compare.elements, ...mine.elements] });
    else blocks.push(...(compare ? [compare] : []), ...(mine ? [mine] : []));
  }
  return blocks;
}
