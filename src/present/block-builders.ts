/**
 * Small builders that keep every block within Slack's limits: long text becomes several sections split at
 * line boundaries (never cut), long headers fall back to a bold section, context lines are chunked.
 */
import { escapeMrkdwn } from './escape.ts';
import { LIMITS } from './limits.ts';
import type { Block } from './message.ts';

export function header(text: string): Block[] {
  const value = text.trim() === '' ? 'Role Call' : text.trim();
  if (value.length <= LIMITS.headerText) return [{ type: 'header', text: { type: 'plain_text', text: value, emoji: true } }];
  // A header is plain text with a hard 150 limit: show the whole title as a bold section instead of cutting it.
  return sections(`*${escapeMrkdwn(value.replace(/[*]/g, ''))}*`);
}

/** Split text into pieces of at most `max` characters, at line breaks, then spaces, never dropping text. */
export function splitText(text: string, max: number): string[] {
  const pieces: string[] = [];
  let current = '';
  const push = (): void => {
    if (current.trim() !== '') pieces.push(current);
    current = '';
  };
  for (const line of text.split('\n')) {
    const candidate = current === '' ? line : `${current}\n${line}`;
    if (candidate.length <= max) {
      current = candidate;
      continue;
    }
    push();
    let rest = line;
    while (rest.length > max) {
      // Prefer a space; an entity such as &amp; must not be split, so back off past any '&' near the cut.
      let cut = rest.lastIndexOf(' ', max);
      if (cut < max / 2) cut = max;
      const amp = rest.lastIndexOf('&', cut);
      if (amp > cut - 6 && amp > 0) cut = amp;
      pieces.push(rest.slice(0, cut));
      rest = rest.slice(cut).replace(/^ /, '');
    }
    current = rest;
  }
  push();
  return pieces;
}

export function sections(mrkdwn: string): Block[] {
  return splitText(mrkdwn, LIMITS.sectionText).map((text) => ({ type: 'section', text: { type: 'mrkdwn', text } }));
}

/** A section of fields (at most 10 a section, each at most 2000 characters; longer values get their own section). */
export function fieldSections(fields: readonly string[]): Block[] {
  const blocks: Block[] = [];
  let batch: string[] = [];
  const flush = (): void => {
    if (batch.length > 0) blocks.push({ type: 'section', fields: batch.map((text) => ({ type: 'mrkdwn', text })) });
    batch = [];
  };
  for (const field of fields) {
    if (field.length > LIMITS.fieldText) {
      flush();
      blocks.push(...sections(field));
      continue;
    }
    batch.push(field);
    if (batch.length === LIMITS.sectionFields) flush();
  }
  flush();
  return blocks;
}

/** Context lines, chunked so no element passes its limit; more than 10 elements become several blocks. */
export function context(lines: readonly string[]): Block[] {
  const elements = lines.flatMap((line) => splitText(line, LIMITS.contextText));
  const blocks: Block[] = [];
  for (let i = 0; i < elements.length; i += LIMITS.contextElements) {
    blocks.push({
      type: 'context',
      elements: elements.slice(i, i + LIMITS.contextElements).map((text) => ({ type: 'mrkdwn', text })),
    });
  }
  return blocks;
}

export function divider(): Block {
  return { type: 'divider' };
}

/** Button and option labels are plain text with a 75-character limit; they label, the full text is elsewhere. */
export function label(text: string, max: number = LIMITS.buttonText): string {
  const value = text.trim() === '' ? '-' : text.trim();
  return value.length <= max ? value : `${value.slice(0, max - 1)}…`;
}
