/**
 * A long answer continues in further messages in the thread: blocks are packed into messages of at most 50
 * blocks, a citation context stays with the section it cites, continued parts say so, and every message gets
 * a plain-text fallback built from its own blocks. Nothing is dropped.
 */
import { splitText } from './block-builders.ts';
import { escapeMrkdwn } from './escape.ts';
import { LIMITS } from './limits.ts';
import type { Block, SlackMessage } from './message.ts';

const FALLBACK_MAX = 3000;

function blockText(block: Block): string[] {
  switch (block.type) {
    case 'header':
      // Header text is plain text in the block but the fallback is parsed as mrkdwn: escape it here.
      return [escapeMrkdwn(block.text.text)];
    case 'section':
      return [...(block.text ? [block.text.text] : []), ...(block.fields ?? []).map((field) => field.text)];
    case 'context':
      return block.elements.flatMap((element) => ('text' in element && typeof element.text === 'string' ? [element.text] : []));
    default:
      return [];
  }
}

/** Plain-text fallback from a message's blocks (already escaped text); marked when shortened. */
export function fallbackText(blocks: readonly Block[], lead?: string): string {
  const body = [lead, ...blocks.flatMap(blockText)].filter((part): part is string => !!part && part.trim() !== '').join('\n');
  if (body.trim() === '') return lead ?? 'Role Call';
  if (body.length <= FALLBACK_MAX) return body;
  const first = splitText(body, FALLBACK_MAX - 40)[0] ?? '';
  return `${first}\n… (continued in the message)`;
}

export function splitIntoMessages(blocks: readonly Block[], maxBlocks: number = LIMITS.blocksPerMessage): SlackMessage[] {
  // Room for the "continued" marker on later parts.
  const perPart = maxBlocks - 1;
  const parts: Block[][] = [];
  let current: Block[] = [];
  for (const block of blocks) {
    if (current.length >= perPart) {
      // Keep a context (citations) with the block before it.
      const carry: Block[] = [];
      if (block.type === 'context' && current.length > 1) carry.push(current.pop() as Block);
      parts.push(current);
      current = carry;
    }
    current.push(block);
  }
  if (current.length > 0) parts.push(current);
  if (parts.length === 0) parts.push([]);
  const total = parts.length;
  return parts.map((part, index) => {
    const marked: Block[] =
      total > 1 && index > 0
        ? [{ type: 'context', elements: [{ type: 'mrkdwn', text: `_Continued (${index + 1} of ${total})_` }] }, ...part]
        : part;
    const lead = total > 1 ? `(${index + 1} of ${total})` : undefined;
    return { text: fallbackText(marked, lead), blocks: marked };
  });
}
