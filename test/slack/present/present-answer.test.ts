import { describe, expect, it } from 'vitest';
import type { Answer, Fact } from '../../../src/answer/types.ts';
import { ChooseRoleValueSchema } from '../../../src/present/interactive-blocks.ts';
import { checkMessageLimits } from '../../../src/present/limits.ts';
import { levelDots } from '../../../src/present/levels.ts';
import { presentAnswer } from '../../../src/present/present-answer.ts';
import { cite, drivingNotStated, handler, pcso, skillsFact, summaryAnswer, vettingAnswer, vettingFact } from './fixtures.ts';

describe('presentAnswer: answers', () => {
  it('shows a fact with its value and a citation line', () => {
    expect(presentAnswer(vettingAnswer())).toEqual([
      {
        text: '*Vetting*\nCTC, RV\n:page_facing_up: Contact Handler profile, line 42',
        blocks: [
          { type: 'section', text: { type: 'mrkdwn', text: '*Vetting*\nCTC, RV' } },
          { type: 'context', elements: [{ type: 'mrkdwn', text: ':page_facing_up: Contact Handler profile, line 42' }] },
        ],
      },
    ]);
  });

  it('says a fact is not stated in that profile, never blank', () => {
    const answer: Answer = { ...vettingAnswer(), facts: [drivingNotStated], citations: [] };
    const [message] = presentAnswer(answer);
    expect(message?.blocks[0]).toEqual({ type: 'section', text: { type: 'mrkdwn', text: '*Driving*\n_Not stated in the Contact Handler profile._' } });
  });

  it('labels facts with their role when an answer covers several roles', () => {
    const pcsoVetting: Fact = { ...vettingFact, roleId: pcso.id, value: 'RV', citations: [cite(pcso, 'vetting', 7)] };
    const answer: Answer = { ...vettingAnswer(), roles: [handler, pcso], facts: [vettingFact, pcsoVetting] };
    const texts = presentAnswer(answer)[0]?.blocks.map((block) => JSON.stringify(block)).join('\n') ?? '';
    expect(texts).toContain('*Vetting: Contact Handler*');
    expect(texts).toContain('*Vetting: Police Community Support Officer*\\nRV');
    expect(texts).toContain('Police Community Support Officer profile, line 7');
  });
});

describe('presentAnswer: summary card', () => {
  it('has a header, fields for short facts, skill levels at a glance and sources', () => {
    const [message] = presentAnswer(summaryAnswer());
    expect(message?.blocks).toEqual([
      { type: 'header', text: { type: 'plain_text', text: 'Contact Handler', emoji: true } },
      { type: 'context', elements: [{ type: 'mrkdwn', text: 'Leicestershire Police' }] },
      {
        type: 'section',
        fields: [
          { type: 'mrkdwn', text: '*Vetting*\nCTC, RV' },
          { type: 'mrkdwn', text: '*Driving*\n_Not stated in the Contact Handler profile._' },
        ],
      },
      {
        type: 'section',
        text: { type: 'mrkdwn', text: '*Skills*\n• Typing  `●●●○○ 3`\n• Communication  `●●●●○ 4`\n• First aid _(Accredited)_' },
      },
      { type: 'divider' },
      { type: 'context', elements: [{ type: 'mrkdwn', text: ':page_facing_up: Contact Handler profile, lines 42, 60, 61 and 62' }] },
    ]);
  });

  it('offers "Compare with ..." other roles, not itself, and "Compare with my role"', () => {
    const [message] = presentAnswer(summaryAnswer(), { compareCandidates: [handler, pcso] });
    const actions = message?.blocks.at(-1);
    expect(actions).toMatchObject({
      type: 'actions',
      elements: [
        { type: 'static_select', action_id: 'rolecall_compare_with', options: [{ text: { text: pcso.title }, value: 'contact-handler|pcso' }] },
        { type: 'button', action_id: 'rolecall_move_from_mine', text: { text: 'Compare with my role' }, value: 'contact-handler' },
      ],
    });
  });
});

describe('presentAnswer: comparison', () => {
  it('puts the roles side by side as fields per topic, with differences and citations', () => {
    const answer: Answer = {
      kind: 'comparison',
      question: 'contact handler vs pcso',
      roles: [handler, pcso],
      text: 'Contact Handler vs PCSO',
      citations: [],
      headline: 'Contact Handler vs Police Community Support Officer',
      rows: [
        {
          topic: 'vetting',
          label: 'Vetting',
          same: false,
          cells: [
            { roleId: handler.id, status: 'stated', value: 'CTC, RV', citations: [cite(handler, 'vetting', 42)] },
            { roleId: pcso.id, status: 'not-stated', value: null, citations: [] },
          ],
          differences: ['Only Contact Handler states a vetting level'],
        },
      ],
    };
    expect(presentAnswer(answer)[0]?.blocks).toEqual([
      { type: 'header', text: { type: 'plain_text', text: 'Contact Handler vs Police Community Support Officer', emoji: true } },
      {
        type: 'section',
        text: { type: 'mrkdwn', text: '*Vetting*' },
        fields: [
          { type: 'mrkdwn', text: '*Contact Handler*\nCTC, RV' },
          { type: 'mrkdwn', text: '*Police Community Support Officer*\n_Not stated_' },
        ],
      },
      {
        type: 'context',
        elements: [
          { type: 'mrkdwn', text: 'Only Contact Handler states a vetting level' },
          { type: 'mrkdwn', text: ':page_facing_up: Contact Handler profile, line 42' },
        ],
      },
    ]);
  });
});

describe('presentAnswer: clarify and not found', () => {
  it('asks "did you mean" with a button per candidate carrying the choice', () => {
    const answer: Answer = { kind: 'clarify', question: 'what vetting does an officer need?', roles: [], text: 'Which role do you mean?', citations: [], candidates: [handler, pcso] };
    const [message] = presentAnswer(answer, { chooseMode: 'ask' });
    const actions = message?.blocks[1];
    expect(actions?.type).toBe('actions');
    const elements = actions?.type === 'actions' ? actions.elements : [];
    expect(elements.map((element) => (element.type === 'button' ? element.text.text : ''))).toEqual([handler.title, pcso.title]);
    const first = elements[0];
    const value = first?.type === 'button' ? first.value : undefined;
    expect(ChooseRoleValueSchema.parse(JSON.parse(value ?? '{}'))).toEqual({ m: 'ask', r: handler.id, q: 'what vetting does an officer need?' });
  });

  it('says a role is unknown and offers the nearest', () => {
    const answer: Answer = { kind: 'not-found', question: 'Chief Wizard', roles: [], text: 'I could not find a role matching "Chief Wizard".', citations: [], suggestions: [pcso] };
    const [message] = presentAnswer(answer, { chooseMode: 'summary' });
    expect(message?.text).toContain('I could not find a role matching "Chief Wizard".');
    expect(JSON.stringify(message?.blocks)).toContain('Did you mean one of these?');
  });
});

describe('long answers', () => {
  it('continue across messages in order, within limits, with nothing dropped', () => {
    const facts: Fact[] = Array.from({ length: 70 }, (_, i) => ({
      roleId: handler.id,
      topic: `criterion-${i}`,
      label: `Criterion ${i + 1}`,
      status: 'stated',
      value: null,
      items: [{ text: `Requirement number ${i + 1}: ${'detail '.repeat(20)}`, citations: [cite(handler, 'criteria', 100 + i)] }],
      citations: [cite(handler, 'criteria', 100 + i)],
    }));
    const answer: Answer = { kind: 'answer', question: 'criteria', roles: [handler], text: 'many', citations: [], facts };
    const messages = presentAnswer(answer);
    expect(messages.length).toBeGreaterThan(2);
    for (const message of messages) expect(checkMessageLimits(message)).toEqual([]);
    const all = messages.map((message) => JSON.stringify(message.blocks)).join('\n');
    let last = -1;
    for (let i = 1; i <= 70; i++) {
      const at = all.indexOf(`Requirement number ${i}:`);
      expect(at, `criterion ${i} present and in order`).toBeGreaterThan(last);
      last = at;
      expect(all).toContain(`Contact Handler profile, line ${99 + i}`);
    }
    expect(JSON.stringify(messages[1]?.blocks[0])).toContain(`Continued (2 of ${messages.length})`);
    expect(messages.every((message) => message.text.trim() !== '')).toBe(true);
  });

  it('splits one very long value over several sections instead of cutting it', () => {
    const long = Array.from({ length: 400 }, (_, i) => `line ${i} of the duties`).join('\n');
    const fact: Fact = { ...vettingFact, label: 'Duties', value: long };
    const messages = presentAnswer({ ...vettingAnswer(), facts: [fact] });
    for (const message of messages) expect(checkMessageLimits(message)).toEqual([]);
    const all = messages.flatMap((message) => message.blocks).map((block) => (block.type === 'section' ? (block.text?.text ?? '') : '')).join('\n');
    for (let i = 0; i < 400; i++) expect(all).toContain(`line ${i} of the duties`);
  });
});

describe('safety', () => {
  it('never lets document text ping, mention or link', () => {
    const hostile = '<!channel> <!here> <@U123> <http://evil.example|click>';
    const role = { ...handler, title: `Handler <!everyone>` };
    const fact: Fact = { ...skillsFact, roleId: role.id, label: `Skills <!here>`, value: hostile, note: hostile, items: [{ text: hostile, detail: hostile, citations: [cite(role, 'skills', 1)] }], citations: [cite(role, 'skills', 1)] };
    const answers: Answer[] = [
      { ...summaryAnswer([fact]), roles: [role] },
      { ...vettingAnswer(), roles: [role], facts: [fact] },
      { kind: 'list', question: hostile, roles: [role], text: hostile, citations: [], title: 'Roles', items: [{ role, detail: hostile, citations: [] }] },
      { kind: 'not-found', question: hostile, roles: [], text: hostile, citations: [], suggestions: [role] },
      { kind: 'help', question: hostile, roles: [], text: hostile, citations: [], examples: [hostile] },
      // A title too long for a header becomes a bold section: still escaped.
      { ...summaryAnswer([fact]), roles: [{ ...role, title: `${'Long title '.repeat(15)}<!channel>` }] },
    ];
    for (const answer of answers) {
      for (const message of presentAnswer(answer)) {
        // Mrkdwn text (blocks and fallback) must never hold a raw control sequence.
        const mrkdwn = [message.text, ...JSON.stringify(message.blocks).match(/"type":"mrkdwn","text":"(?:[^"\\]|\\.)*"/g) ?? []].join('\n');
        expect(mrkdwn).not.toMatch(/<[!@#h]/);
        expect(mrkdwn).toContain('&lt;!');
      }
    }
  });
});

describe('levelDots', () => {
  it.each([
    [0, '○○○○○ 0'],
    [3, '●●●○○ 3'],
    [5, '●●●●● 5'],
    [6, '●●●●●● 6'],
  ])('%i -> %s', (level, expected) => expect(levelDots(level)).toBe(expected));
});

describe('no repetition', () => {
  it('uses the core’s not-stated note instead of adding ours', () => {
    const fact: Fact = { ...drivingNotStated, note: 'Not stated in the Contact Handler profile.' };
    const [message] = presentAnswer({ ...vettingAnswer(), facts: [fact], citations: [] });
    expect(message?.blocks[0]).toEqual({ type: 'section', text: { type: 'mrkdwn', text: '*Driving*\n_Not stated in the Contact Handler profile._' } });
  });

  it('leaves out a value that only repeats the one listed item', () => {
    const fact: Fact = { ...skillsFact, label: 'Training', value: 'Initial course', items: [{ text: 'Initial course', citations: [] }] };
    const [message] = presentAnswer({ ...vettingAnswer(), facts: [fact] });
    expect(message?.blocks[0]).toEqual({ type: 'section', text: { type: 'mrkdwn', text: '*Training*\n• Initial course' } });
  });
});
