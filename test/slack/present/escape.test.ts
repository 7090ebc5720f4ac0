import { describe, expect, it } from 'vitest';
import { escapeMrkdwn } from '../../../src/present/escape.ts';

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
  ])('%s', (input, expected) => {
    expect(escapeMrkdwn(input)).toBe(expected);
  });
});
