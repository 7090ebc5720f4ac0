/**
 * A move checklist as Block Kit: the count of what would be needed first, the one line saying it compares
 * profiles and not the person, then the lines grouped need / meet / not stated, each with the citations of
 * both profiles. Long checklists continue in further messages (split-messages.ts); nothing is cut.
 */
import type { Answer, MoveLine, MoveStatus } from '../answer/types.ts';
import { context, sections } from './block-builders.ts';
import { citationContext } from './citations.ts';
import { escapeMrkdwn } from './escape.ts';
import type { Block } from './message.ts';

type MoveAnswer = Extract<Answer, { kind: 'move' }>;

const GROUPS: Record<MoveStatus, string> = { need: 'You would need', meet: 'You already meet', 'not-stated': 'The profiles do not say' };
const MARKS: Record<MoveStatus, string> = { need: ':arrow_right:', meet: ':white_check_mark:', 'not-stated': ':grey_question:' };

function lineBlocks(line: MoveLine): Block[] {
  const text = `${MARKS[line.status]} *${escapeMrkdwn(line.subject)}*\n${escapeMrkdwn(line.detail)}`;
  // The target's lines first: what the move asks for, then what the source profile says.
  const cited = citationContext([...line.to, ...line.from]);
  return [...sections(text), ...(cited.length > 0 ? context(cited) : [])];
}

export function moveBlocks(answer: MoveAnswer): Block[] {
  const { checklist } = answer;
  const blocks: Block[] = [...sections(`*${escapeMrkdwn(checklist.headline)}*`), ...context([escapeMrkdwn(checklist.note)])];
  for (const status of ['need', 'meet', 'not-stated'] as const) {
    const lines = checklist.lines.filter((line) => line.status === status);
    if (lines.length === 0) continue;
    blocks.push(...sections(`*${GROUPS[status]} (${lines.length})*`));
    for (const line of lines) blocks.push(...lineBlocks(line));
  }
  return blocks;
}
