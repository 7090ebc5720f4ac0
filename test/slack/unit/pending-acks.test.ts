import { HTTPReceiver } from '@slack/bolt';
import { describe, expect, it } from 'vitest';
import { countPendingAcks } from '../../../src/slack/pending-acks.ts';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { EventEmitter } from 'node:events';

/** A response that only emits what the count listens for. */
function fakeResponse(): ServerResponse & EventEmitter {
  return new EventEmitter() as ServerResponse & EventEmitter;
}

describe('pending acks', () => {
  it('counts a request from when the receiver takes it until its response finishes or its connection closes', () => {
    const receiver = new HTTPReceiver({ signingSecret: 'secret' });
    const seen: unknown[] = [];
    receiver.requestListener = (req) => void seen.push(req);
    const acks = countPendingAcks(receiver);
    const first = fakeResponse();
    const second = fakeResponse();
    receiver.requestListener({} as IncomingMessage, first);
    receiver.requestListener({} as IncomingMessage, second);
    expect(seen).toHaveLength(2);
    expect(acks.count).toBe(2);
    first.emit('finish');
    first.emit('close');
    expect(acks.count).toBe(1);
    second.emit('close');
    expect(acks.count).toBe(0);
  });
});
