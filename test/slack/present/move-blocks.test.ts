/** A long move checklist as Block Kit: within every limit, continued over messages, nothing cut, count first. */
import { describe, expect, it } from 'vitest';
import { moveAnswer } from '../../../src/answer/move/move-checklist.ts';
import { checkMessageLimits } from '../../../src/present/limits.ts';
import { presentAnswer } from '../../../src/present/present-answer.ts';
import { buildProfile } from '../../answer/support/build-profile.ts';

describe('move checklist blocks', () => {
  it('continues a long checklist in further messages within the limits, every line shown', () => {
    const criteria = Array.from({ length: 70 }, (_, index) => ({ text: `Essential requirement number ${index + 1}: ${'detail '.repeat(40)}`, category: null, number: null, assessment: null }));
    const from = buildProfile({ id: 'long-from', title: 'Long From', staffType: 'staff', weeklyHours: 37 });
    const to = buildProfile({ id: 'long-to', title: 'Long To', staffType: 'officer', rank: 'Constable', weeklyHours: 40, essentialCriteria: criteria });
    const answer = moveAnswer('long', from, to);
    const messages = presentAnswer(answer, { shareMove: { threadTs: null } });
    expect(messages.length).toBeGreaterThan(1);
    for (const message of messages) expect(checkMessageLimits(message as unknown as Record<string, unknown>)).toEqual([]);
    const shown = messages.map((message) => JSON.stringify(message.blocks)).join('\n');
    for (let index = 1; index <= 70; index += 1) expect(shown).toContain(`Essential requirement number ${index}:`);
    expect(JSON.stringify(messages[0]?.blocks[0])).toMatch(/You would need 3 things to move from Long From to Long To/);
    // The share button comes once, at the very end.
    expect(shown.match(/rolecall_share_move/g)).toHaveLength(2); // block_id and action_id
    expect(JSON.stringify(messages.at(-1)?.blocks)).toContain('rolecall_share_move');
  });
});
