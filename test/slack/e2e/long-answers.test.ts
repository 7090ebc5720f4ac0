/** A long answer continues in further messages in the thread, in order, each within Block Kit limits. */
import { afterEach, describe, expect, it } from 'vitest';
import type { Answer, Fact } from '../../../src/answer/types.ts';
import { createSeedAssistant } from '../../support/seed-assistant.ts';
import { expectAllWithinLimits, shownText } from '../../support/slack-assertions.ts';
import { launchSlackApp, type SlackTestRig } from '../../support/slack-app-harness.ts';
import { appMentionEvent } from '../../support/slack-payloads.ts';

let rig: SlackTestRig | undefined;
afterEach(async () => {
  await rig?.stop();
  rig = undefined;
});

describe('long answers', () => {
  it('are posted as several messages in the thread, in order, nothing dropped', async () => {
    const real = await createSeedAssistant();
    const role = real.roles()[0]!;
    // TEST DOUBLE for one method: a role with 90 criteria (longer than any seed) to force several messages.
    const facts: Fact[] = Array.from({ length: 90 }, (_, i) => ({
      roleId: role.id,
      topic: 'criteria',
      label: `Essential criterion ${i + 1}`,
      status: 'stated',
      value: `Criterion text number ${i + 1}`,
      citations: [{ roleId: role.id, roleTitle: role.title, field: 'essentialCriteria', line: 10 + i, quote: `criterion ${i + 1}` }],
    }));
    const long: Answer = { kind: 'answer', question: 'criteria', roles: [role], text: 'many criteria', citations: [], facts };
    rig = await launchSlackApp({ assistant: { ...real, roles: () => real.roles(), profile: (id) => real.profile(id), ask: () => ({ answer: long, context: { roleIds: [role.id] } }) } });
    const mention = appMentionEvent({ text: '<@UROLECALL> what are all the criteria?' });
    await rig.sendEvent(mention);
    const sent = rig.fake.sentMessages();
    expect(sent.length).toBeGreaterThanOrEqual(3);
    expect(sent.every((message) => message.threadTs === mention['ts'] && message.via === 'chat.postMessage')).toBe(true);
    expectAllWithinLimits(rig.fake);
    const all = sent.map(shownText).join('\n');
    let last = -1;
    for (let i = 1; i <= 90; i++) {
      const at = all.indexOf(`Criterion text number ${i}\\n`) >= 0 ? all.indexOf(`Criterion text number ${i}\\n`) : all.indexOf(`Criterion text number ${i}"`);
      expect(at, `criterion ${i} shown, in order`).toBeGreaterThan(last);
      last = at;
    }
  });
});
