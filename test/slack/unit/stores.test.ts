import { describe, expect, it } from 'vitest';
import { BoundedCache } from '../../../src/slack/bounded-cache.ts';
import { questionFromSlackText } from '../../../src/slack/slack-text.ts';
import { createThreadContextStore } from '../../../src/slack/thread-context-store.ts';

describe('BoundedCache', () => {
  it('forgets the least recently used entry beyond its size', () => {
    const cache = new BoundedCache<number>({ maxEntries: 2, ttlMs: 1000 });
    cache.set('a', 1);
    cache.set('b', 2);
    cache.get('a');
    cache.set('c', 3);
    expect(cache.has('a')).toBe(true);
    expect(cache.has('b')).toBe(false);
    expect(cache.size).toBe(2);
  });

  it('forgets entries after their time to live', () => {
    let now = 0;
    const cache = new BoundedCache<number>({ maxEntries: 10, ttlMs: 100, now: () => now });
    cache.set('a', 1);
    now = 99;
    expect(cache.get('a')).toBe(1);
    now = 250;
    expect(cache.get('a')).toBeUndefined();
  });

  it('claims a key once', () => {
    const cache = new BoundedCache<true>({ maxEntries: 10, ttlMs: 1000 });
    expect(cache.claim('Ev1', true)).toBe(true);
    expect(cache.claim('Ev1', true)).toBe(false);
  });
});

describe('thread context store', () => {
  it('keeps context per channel and thread, bounded', () => {
    const store = createThreadContextStore({ maxThreads: 2 });
    store.set('C1', '1.1', { roleIds: ['a'] });
    store.set('C1', '2.2', { roleIds: ['b'] });
    store.set('D1', null, { roleIds: ['c'] });
    expect(store.has('C1', '1.1')).toBe(false);
    expect(store.get('C1', '2.2')).toEqual({ roleIds: ['b'] });
    expect(store.get('D1', null)).toEqual({ roleIds: ['c'] });
    expect(store.has('C2', '2.2')).toBe(false);
  });
});

describe('questionFromSlackText', () => {
  it.each([
    ['<@UBOT> what vetting does a PCSO need?', 'what vetting does a PCSO need?'],
    ['<@UBOT|rolecall>   compare PC &amp; PCSO', 'compare PC & PCSO'],
    ['is &lt;RV&gt; enough? see <https://intranet.example/x|the policy>', 'is <RV> enough? see the policy'],
    ['ask <@U999> about <#C123|recruitment>', 'ask @U999 about #recruitment'],
  ])('%s', (text, expected) => expect(questionFromSlackText(text, 'UBOT')).toBe(expected));
});
