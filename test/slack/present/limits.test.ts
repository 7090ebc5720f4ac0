import { describe, expect, it } from 'vitest';
import { checkBlockLimits, checkMessageLimits } from '../../../src/present/limits.ts';

const section = (text: string) => ({ type: 'section', text: { type: 'mrkdwn', text } });

describe('checkBlockLimits', () => {
  it('accepts blocks within every limit', () => {
    expect(checkBlockLimits([{ type: 'header', text: { type: 'plain_text', text: 'Contact Handler' } }, section('ok')])).toEqual([]);
  });

  it.each([
    ['51 blocks', Array.from({ length: 51 }, () => section('x')), '51 blocks (max 50)'],
    ['section text 3001', [section('x'.repeat(3001))], 'block 0 (section) text: 3001 characters (max 3000)'],
    ['11 fields', [{ type: 'section', fields: Array.from({ length: 11 }, () => ({ type: 'mrkdwn', text: 'f' })) }], 'block 0 (section): 11 fields (max 10)'],
    ['field 2001', [{ type: 'section', fields: [{ type: 'mrkdwn', text: 'f'.repeat(2001) }] }], 'block 0 (section) field 0: 2001 characters (max 2000)'],
    ['header 151', [{ type: 'header', text: { type: 'plain_text', text: 'h'.repeat(151) } }], 'block 0 (header): 151 characters (max 150)'],
    ['mrkdwn header', [{ type: 'header', text: { type: 'mrkdwn', text: 'h' } }], 'block 0 (header): text must be plain_text'],
    ['26 actions', [{ type: 'actions', elements: Array.from({ length: 26 }, (_, i) => ({ type: 'button', action_id: `a${i}`, text: { type: 'plain_text', text: 'b' } })) }], 'block 0 (actions): 26 elements (max 25)'],
    ['11 context', [{ type: 'context', elements: Array.from({ length: 11 }, () => ({ type: 'mrkdwn', text: 'c' })) }], 'block 0 (context): 11 elements (max 10)'],
    ['empty section', [section('  ')], 'block 0 (section): empty text'],
  ])('reports %s', (_name, blocks, problem) => {
    expect(checkBlockLimits(blocks)).toContain(problem);
  });

  it('allows 100 blocks in a view', () => {
    expect(checkBlockLimits(Array.from({ length: 100 }, () => section('x')), 100)).toEqual([]);
  });

  it('requires a text fallback on a message', () => {
    expect(checkMessageLimits({ blocks: [section('x')] })).toEqual(['message has no text fallback']);
  });
});
