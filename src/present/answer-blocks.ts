/** Answers to a question ("what vetting does a Contact Handler need?"): one section per fact, each cited. */
import type { Answer } from '../answer/types.ts';
import { context, sections } from './block-builders.ts';
import { citationContext } from './citations.ts';
import { escapeMrkdwn } from './escape.ts';
import { factText } from './fact-text.ts';
import type { Block } from './message.ts';

type FactAnswer = Extract<Answer, { kind: 'answer' }>;

export function answerBlocks(answer: FactAnswer): Block[] {
  const multiRole = new Set(answer.facts.map((fact) => fact.roleId)).size > 1;
  const blocks: Block[] = [];
  // The direct first line of a narrow question ("Yes — driving is essential ...") leads, as it does in `text`.
  if (answer.lead) blocks.push(...sections(`*${escapeMrkdwn(answer.lead.replace(/[*]/g, ''))}*`));
  for (const fact of answer.facts) {
    blocks.push(...sections(factText(fact, answer.roles, multiRole)));
    if (fact.citations.length > 0) blocks.push(...context(citationContext(fact.citations)));
  }
  if (answer.facts.length === 0) blocks.push(...sections(escapeMrkdwn(answer.text.trim() || 'No answer.')));
  // Citations the core attached to the answer rather than to a fact still have to be shown.
  if (answer.facts.every((fact) => fact.citations.length === 0) && answer.citations.length > 0) {
    blocks.push(...context(citationContext(answer.citations)));
  }
  return blocks;
}
