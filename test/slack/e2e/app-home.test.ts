/** App Home: app_home_opened publishes what the bot does, the roles it knows and example questions. */
import { afterEach, describe, expect, it } from 'vitest';
import { checkBlockLimits, LIMITS } from '../../../src/present/limits.ts';
import { createSeedAssistant } from '../../support/seed-assistant.ts';
import { launchSlackApp, type SlackTestRig } from '../../support/slack-app-harness.ts';
import { appHomeOpenedEvent } from '../../support/slack-payloads.ts';

let rig: SlackTestRig | undefined;
afterEach(async () => {
  await rig?.stop();
  rig = undefined;
});

describe('App Home', () => {
  it('publishes the home tab with the roles, officers and staff, and examples', async () => {
    const assistant = await createSeedAssistant();
    rig = await launchSlackApp({ assistant });
    await rig.sendEvent(appHomeOpenedEvent('UPERSON7'));
    const [publish] = rig.fake.callsTo('views.publish');
    expect(publish?.args['user_id']).toBe('UPERSON7');
    const view = publish?.args['view'] as { type: string; blocks: unknown[] };
    expect(view.type).toBe('home');
    expect(checkBlockLimits(view.blocks, LIMITS.blocksPerView)).toEqual([]);
    const shown = JSON.stringify(view.blocks);
    for (const role of assistant.roles()) expect(shown).toContain(role.title);
    expect(shown).toContain('Police officer roles');
    expect(shown).toContain('Police staff roles');
    expect(shown).toContain('Example questions');
  });

  it('does nothing for the Messages tab', async () => {
    rig = await launchSlackApp({ assistant: await createSeedAssistant() });
    await rig.sendEvent({ ...appHomeOpenedEvent(), tab: 'messages' });
    expect(rig.fake.callsTo('views.publish')).toEqual([]);
  });
});
