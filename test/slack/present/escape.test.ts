import { describe, expect, it } from 'vitest';
import { escapeMrkdwn } from '../../../src/present/escape.ts';
import { verbatimBlocks } from '../../../src/present/verbatim.ts';

describe('escapeMrkdwn', () => {
  it.each([
    ['<!channel> read this', '&lt;!channel&gt; read this'],
    ['<!here>', '&lt;!here&gt;'],
    ['<!everyone>', '&lt;!everyone&gt;'],
    ['ask <@U123ABC>', 'ask &lt;@U123ABC&gt;'],
    ['<http://evil.example|click here>', '&lt;http://evil.example|click here&gt;'],
    ['Fish & Chips', 'Fish &amp; Chips'],
    ['already &lt; escaped', 'already &amp;lt; escaped'],
    ['plain text *bold* _it_', 'plain text *bold* _it_'],
    // Bare broadcasts get a word joiner after the @: shown the same, never a ping.
    ['@here read this', '@\u2060here read this'],
    ['Attention @channel.', 'Attention @\u2060channel.'],
    ['(@EVERYONE)', '(@\u2060EVERYONE)'],
    ['mail me@here.example', 'mail me@here.example'],
    ['@heresy and @channels', '@heresy and @channels'],
  ])('%s', (input, expected) => {
    expect(escapeMrkdwn(input)).toBe(expected);
  });
});

describe('verbatimBlocks', () => {
  it('marks every mrkdwn text object verbatim, wherever it sits, and leaves the rest as it was', () => {
    const blocks = [
      { type: 'section', text: { type: 'mrkdwn', text: 'see https://evil.example' }, fields: [{ type: 'mrkdwn', text: 'a' }, { type: 'plain_text', text: 'b' }] },
      { type: 'context', elements: [{ type: 'mrkdwn', text: '#general' }] },
      { type: 'header', text: { type: 'plain_text', text: 'Title' } },
    ];
    const before = JSON.stringify(blocks);
    expect(verbatimBlocks(blocks)).toEqual([
      { type: 'section', text: { type: 'mrkdwn', text: 'see https://evil.example', verbatim: true }, fields: [{ type: 'mrkdwn', text: 'a', verbatim: true }, { type: 'plain_text', text: 'b' }] },
      { type: 'context', elements: [{ type: 'mrkdwn', text: '#general', verbatim: true }] },
      { type: 'header', text: { type: 'plain_text', text: 'Title' } },
    ]);
    expect(JSON.stringify(blocks)).toBe(before);
  });
});
