import { afterEach, describe, expect, it } from 'vitest';
import { checkMessageLimits } from '../../src/present/limits.ts';
import { createAssistantTestDouble, doubleCitation, type DoubleRole } from '../support/assistant-test-double.ts';
import { launchSlackApp, type SlackTestRig } from '../support/slack-app-harness.ts';
import { appMentionEvent } from '../support/slack-payloads.ts';

const handler = { id: 'contact-handler', title: 'Contact Handler', organisation: 'Example Police' };
const roles: DoubleRole[] = [
  {
    ref: handler,
    staffType: 'staff',
    facts: [
      { roleId: handler.id, topic: 'vetting', label: 'Vetting', status: 'stated', value: 'CTC, RV', citations: [doubleCitation(handler, 'vetting', 42, 'CTC and RV')] },
    ],
  },
];

describe('harness smoke (test double)', () => {
  let rig: SlackTestRig | undefined;
  afterEach(async () => {
    await rig?.stop();
    rig = undefined;
  });

  it('answers a signed mention in its thread through the fake Web API', async () => {
    rig = await launchSlackApp({ assistant: createAssistantTestDouble(roles) });
    const event = appMentionEvent({ text: '<@UROLECALL> what vetting does a Contact Handler need?' });
    const response = await rig.sendEvent(event);
    expect(response.status).toBe(200);
    const sent = rig.fake.sentMessages();
    expect(sent).toHaveLength(1);
    expect(sent[0]?.threadTs).toBe(event['ts']);
    expect(JSON.stringify(sent[0]?.blocks)).toContain('Contact Handler profile, line 42');
    for (const message of sent) expect(checkMessageLimits(message.raw)).toEqual([]);
  });
});
