/** Lists, clarifications, not-found and help: short messages, each with the core's own wording escaped. */
import type { Answer } from '../answer/types.ts';
import { context, header, sections } from './block-builders.ts';
import { citationContext } from './citations.ts';
import { escapeMrkdwn } from './escape.ts';
import { chooseRoleButtons, type ChooseRoleValue } from './interactive-blocks.ts';
import type { Block } from './message.ts';

type Of<K extends Answer['kind']> = Extract<Answer, { kind: K }>;

export function listBlocks(answer: Of<'list'>): Block[] {
  const lines = answer.items.map((item) => {
    const detail = item.detail ? ` — ${escapeMrkdwn(item.detail)}` : '';
    return `• *${escapeMrkdwn(item.role.title)}*${detail}`;
  });
  const blocks: Block[] = [...header(answer.title || 'Roles')];
  blocks.push(...sections(lines.length > 0 ? lines.join('\n') : escapeMrkdwn(answer.text.trim() || 'No roles match.')));
  const cited = answer.items.flatMap((item) => item.citations);
  if (cited.length > 0) blocks.push(...context(citationContext(cited)));
  return blocks;
}

export function clarifyBlocks(answer: Of<'clarify'>, mode: ChooseRoleValue['m'], question?: string): Block[] {
  const lead = answer.text.trim() || 'I know more than one role that could match. Which did you mean?';
  return [...sections(`:thinking_face: ${escapeMrkdwn(lead)}`), ...chooseRoleButtons(answer.candidates, mode, question ?? answer.question)];
}

export function notFoundBlocks(answer: Of<'not-found'>, mode: ChooseRoleValue['m'], question?: string): Block[] {
  const lead = answer.text.trim() || `I could not find a role matching "${answer.question}".`;
  const blocks: Block[] = [...sections(`:mag: ${escapeMrkdwn(lead)}`)];
  if (answer.suggestions.length > 0) {
    blocks.push(...sections('Did you mean one of these?'), ...chooseRoleButtons(answer.suggestions, mode, question ?? answer.question));
  }
  return blocks;
}

export function helpBlocks(answer: Of<'help'>): Block[] {
  const blocks: Block[] = [...sections(escapeMrkdwn(answer.text.trim() || 'Ask me about a role.'))];
  if (answer.examples.length > 0) {
    blocks.push(...sections(`*Try asking:*\n${answer.examples.map((example) => `• ${escapeMrkdwn(example)}`).join('\n')}`));
  }
  return blocks;
}
