/**
 * The review loop end to end over signed HTTP against the fake Slack API: "This is wrong" on an answer
 * joins the review queue (duplicates merged, the reporter alone thanked); unanswered questions are counted
 * without who asked; HR see the queue in App Home (everyone else's Home is unchanged) and correct a profile
 * from it; nobody outside HR gets past any step; `rolecall review` shows the same queue.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FakeSlackApi } from '../support/fake-slack-api.ts';
import { appHomeOpenedEvent, blockActionsPayload } from '../support/slack-payloads.ts';
import { rolecall } from '../cli/run-rolecall.ts';
import { HR_GROUP_MEMBER, HR_USER, NOW, STAFF_USER, startAnalystBot, stopAnalystBot, type PostingsBot } from '../postings/postings-bot.ts';
import { viewSubmission } from '../postings/slack-view-payloads.ts';
import { correctionValues, mention, type Json } from './review-e2e-helpers.ts';

let dataDir: string;
let fake: FakeSlackApi;
let bot: PostingsBot;

beforeEach(async () => {
  ({ dataDir, fake, bot } = await startAnalystBot('rolecall-review-loop-'));
});
afterEach(async () => {
  await stopAnalystBot({ dataDir, fake, bot });
});

interface ButtonJson {
  type: string;
  action_id?: string;
  value?: string;
}

/** The "This is wrong" button of the last answer the bot posted, with that message. */
function reportButtonOfLastAnswer(): { button: ButtonJson; message: { ts: string; thread_ts?: string; text: string } } {
  const posted = bot.rig.fake.sentMessages().filter((m) => m.via === 'chat.postMessage');
  const last = posted.at(-1);
  const actions = (last?.blocks ?? []) as { type: string; elements?: ButtonJson[] }[];
  const button = actions.flatMap((b) => b.elements ?? []).find((e) => e.action_id === 'rolecall_report_wrong');
  if (!last || !button) throw new Error('no "This is wrong" button on the last answer');
  return { button, message: { ts: last.ts ?? '', ...(last.threadTs ? { thread_ts: last.threadTs } : {}), text: last.text ?? '' } };
}

async function pressReport(user: string): Promise<{ metadata: string }> {
  const { button, message } = reportButtonOfLastAnswer();
  bot.rig.fake.clear();
  await bot.rig.sendInteraction(blockActionsPayload({ user, channel: 'CGENERAL', response_url: 'http://127.0.0.1:1/unused', message, action: { type: 'button', action_id: button.action_id, value: button.value, block_id: 'rolecall_report' } }));
  const opened = bot.rig.fake.callsTo('views.open').at(-1)?.args['view'] as { callback_id: string; private_metadata: string } | undefined;
  expect(opened?.callback_id).toBe('rolecall_report_wrong_view');
  return { metadata: opened?.private_metadata ?? '' };
}

async function submitReport(user: string, metadata: string, note: string | null): Promise<void> {
  const response = await bot.rig.sendInteraction(
    viewSubmission({ user, callbackId: 'rolecall_report_wrong_view', viewId: 'VREPORT001', privateMetadata: metadata, values: { report_note: { value: { type: 'plain_text_input', value: note } } } }),
  );
  expect(response.status).toBe(200);
}

async function openHome(user: string): Promise<string> {
  bot.rig.fake.clear();
  await bot.rig.sendEvent(appHomeOpenedEvent(user));
  const published = bot.rig.fake.callsTo('views.publish').at(-1);
  expect(published?.args['user_id']).toBe(user);
  return JSON.stringify(published?.args['view']);
}

describe('"This is wrong" on an answer', () => {
  it('is on every answer; the report keeps question, answer, field, line, quote and reporter; duplicates merge; only the reporter is thanked', async () => {
    const answer = await mention(bot, 'what vetting does an intelligence analyst need?');
    expect(answer).toContain('This is wrong');
    const first = await pressReport(STAFF_USER);
    await submitReport(STAFF_USER, first.metadata, 'It is NPPV3 since the review.');

    const thanks = bot.rig.fake.sentMessages();
    expect(thanks).toHaveLength(1);
    expect(thanks[0]).toMatchObject({ via: 'chat.postEphemeral', user: STAFF_USER, channel: 'CGENERAL' });
    expect(thanks[0]?.text).toMatch(/^Thank you: your report is with HR/);

    // Someone else reports the same answer: one report, two reporters.
    await mention(bot, 'what vetting does an intelligence analyst need?', 'USTAFF0002');
    const second = await pressReport('USTAFF0002');
    await submitReport('USTAFF0002', second.metadata, null);

    const file = JSON.parse(await readFile(join(dataDir, 'review', 'reports.json'), 'utf8')) as { reports: Json[] };
    expect(file.reports).toHaveLength(1);
    expect(file.reports[0]).toMatchObject({
      roleId: 'intelligence-analyst',
      roleTitle: 'Intelligence Analyst',
      field: 'vetting',
      line: expect.any(Number) as unknown,
      quote: expect.stringContaining('Management Vetting') as unknown,
      question: expect.stringContaining('what vetting does an intelligence analyst need?') as unknown,
      answer: expect.stringContaining('MV') as unknown,
      status: 'open',
      reporters: [
        { user: STAFF_USER, at: NOW.toISOString(), note: 'It is NPPV3 since the review.' },
        { user: 'USTAFF0002', at: NOW.toISOString(), note: null },
      ],
    });
  });
});

describe('unanswered questions', () => {
  it('are counted per role and subject for the month, and who asked is not stored', async () => {
    await mention(bot, 'what is the salary of an intelligence analyst?');
    await mention(bot, 'what does an intelligence analyst get paid?', 'USTAFF0002');
    await mention(bot, 'what vetting does a space pilot need?');
    const text = await readFile(join(dataDir, 'review', 'unanswered-2026-11.json'), 'utf8');
    const file = JSON.parse(text) as { month: string; counts: { roleId: string | null; subject: string; count: number }[] };
    expect(file.month).toBe('2026-11');
    const pay = file.counts.find((c) => c.roleId === 'intelligence-analyst');
    expect(pay?.count).toBe(2);
    expect(file.counts.find((c) => c.roleId === null)).toMatchObject({ subject: 'a role Role Call does not know', count: 1 });
    expect(text).not.toContain(STAFF_USER);
    expect(text).not.toContain('USTAFF0002');
  });

  it('an answered question is not counted', async () => {
    await mention(bot, 'what vetting does an intelligence analyst need?');
    await expect(readFile(join(dataDir, 'review', 'unanswered-2026-11.json'), 'utf8')).rejects.toThrow();
  });
});

describe('App Home', () => {
  it('HR see profiles needing review, top unanswered subjects and open reports; staff see the usual Home', async () => {
    await mention(bot, 'what vetting does an intelligence analyst need?');
    const { metadata } = await pressReport(STAFF_USER);
    await submitReport(STAFF_USER, metadata, 'Out of date');
    await mention(bot, 'what is the salary of an intelligence analyst?');

    const hr = await openHome(HR_USER);
    expect(hr).toContain('HR review');
    expect(hr).toContain('*Profiles needing review* (1)');
    expect(hr).toContain('1 open report');
    expect(hr).toContain('rolecall_review_correct');
    expect(hr).toContain('Top unanswered subjects in 2026-11');
    expect(hr).toContain('Pay or salary _(intelligence-analyst)_: 1');
    expect(hr).toContain('*Open reports* (1)');
    expect(hr).toContain('Out of date');
    // A member of the HR user group is HR too.
    expect(await openHome(HR_GROUP_MEMBER)).toContain('HR review');

    const staff = await openHome(STAFF_USER);
    expect(staff).not.toContain('HR review');
    expect(staff).not.toContain('Out of date');
    expect(staff).toContain('Example questions');
  });

  it('HR correct a profile from Home: the modal opens, errors show inline, the correction is answered at once', async () => {
    bot.rig.fake.clear();
    await bot.rig.sendInteraction(blockActionsPayload({ user: HR_USER, channel: 'DHOME', response_url: 'http://127.0.0.1:1/unused', isEphemeral: false, action: { type: 'button', action_id: 'rolecall_review_correct', value: 'intelligence-analyst' } }));
    const view = bot.rig.fake.callsTo('views.open').at(-1)?.args['view'] as { callback_id: string; private_metadata: string; blocks: { block_id?: string }[] };
    expect(view.callback_id).toBe('rolecall_review_correct_view');
    expect(view.blocks.map((b) => b.block_id).filter(Boolean)).toContain('review_vetting');

    const submit = (values: Json, user = HR_USER) =>
      bot.rig.sendInteraction(viewSubmission({ user, callbackId: 'rolecall_review_correct_view', viewId: 'VREVIEW001', privateMetadata: view.private_metadata, values }));
    const refused = await submit(correctionValues({ vetting: 'MV, FOO' }));
    expect(JSON.parse(refused.body ?? '{}')).toMatchObject({ response_action: 'errors', errors: { review_vetting: expect.stringContaining('"FOO" is not a vetting level') as unknown } });

    await submit(correctionValues({ vetting: 'NPPV3' }));
    const answer = await mention(bot, 'what vetting does an intelligence analyst need?');
    expect(answer).toContain('NPPV3');
    expect(answer).toContain('checked by HR');
    const file = JSON.parse(await readFile(join(dataDir, 'overrides', 'intelligence-analyst.json'), 'utf8')) as { corrections: Json[] };
    expect(file.corrections).toEqual([{ field: 'vetting', value: ['NPPV3'], old: ['MV'], by: HR_USER, at: NOW.toISOString() }]);
  });

  it('someone outside HR is blocked at every step: the button opens nothing and a submitted form changes nothing', async () => {
    bot.rig.fake.clear();
    await bot.rig.sendInteraction(blockActionsPayload({ user: STAFF_USER, channel: 'DHOME', response_url: 'http://127.0.0.1:1/unused', isEphemeral: false, action: { type: 'button', action_id: 'rolecall_review_correct', value: 'intelligence-analyst' } }));
    expect(bot.rig.fake.callsTo('views.open')).toEqual([]);

    const forged = await bot.rig.sendInteraction(
      viewSubmission({ user: STAFF_USER, callbackId: 'rolecall_review_correct_view', viewId: 'VREVIEW002', privateMetadata: JSON.stringify({ r: 'intelligence-analyst' }), values: correctionValues({ vetting: 'NPPV3' }) }),
    );
    expect(JSON.stringify(JSON.parse(forged.body ?? '{}'))).toMatch(/only HR/);
    await expect(readFile(join(dataDir, 'overrides', 'intelligence-analyst.json'), 'utf8')).rejects.toThrow();
    const answer = await mention(bot, 'what vetting does an intelligence analyst need?');
    expect(answer).not.toContain('checked by HR');
  });
});

describe('resolving a report', () => {
  /** The "Mark resolved" button of the first open report in this Home view. */
  function resolveButton(home: string): string {
    const view = JSON.parse(home) as { blocks: { accessory?: { action_id?: string; value?: string } }[] };
    const button = view.blocks.map((block) => block.accessory).find((accessory) => accessory?.action_id === 'rolecall_review_resolve');
    if (!button?.value) throw new Error('no "Mark resolved" button in the Home');
    return button.value;
  }

  const press = (user: string, value: string) =>
    bot.rig.sendInteraction(blockActionsPayload({ user, channel: 'DHOME', response_url: 'http://127.0.0.1:1/unused', isEphemeral: false, action: { type: 'button', action_id: 'rolecall_review_resolve', value } }));

  it('HR mark a report resolved from Home: it leaves the open reports and the Home is published again; staff change nothing', async () => {
    await mention(bot, 'what vetting does an intelligence analyst need?');
    const { metadata } = await pressReport(STAFF_USER);
    await submitReport(STAFF_USER, metadata, 'Out of date');
    const id = resolveButton(await openHome(HR_USER));

    bot.rig.fake.clear();
    await press(STAFF_USER, id);
    expect(bot.rig.fake.callsTo('views.publish')).toEqual([]);
    expect(await openHome(HR_USER)).toContain('*Open reports* (1)');

    bot.rig.fake.clear();
    await press(HR_USER, id);
    const republished = JSON.stringify(bot.rig.fake.callsTo('views.publish').at(-1)?.args['view']);
    expect(republished).toContain('*Open reports* (0)');
    expect(republished).not.toContain('Out of date');
    const file = JSON.parse(await readFile(join(dataDir, 'review', 'reports.json'), 'utf8')) as { reports: Json[] };
    expect(file.reports[0]).toMatchObject({ id, status: 'resolved', resolvedBy: HR_USER, resolvedAt: NOW.toISOString() });
  });

  it('rolecall review --resolve marks it resolved too, and says so when there is no such open report', async () => {
    await mention(bot, 'what vetting does an intelligence analyst need?');
    const { metadata } = await pressReport(STAFF_USER);
    await submitReport(STAFF_USER, metadata, null);
    const id = resolveButton(await openHome(HR_USER));

    const done = await rolecall(['review', '--resolve', id, '--data', dataDir]);
    expect(done.code).toBe(0);
    expect(done.stdout).toContain(`Report [${id}] marked resolved.`);
    expect((await rolecall(['review', '--data', dataDir])).stdout).toContain('Open reports (0):');

    const again = await rolecall(['review', '--resolve', id, '--data', dataDir]);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain(`No open report [${id}]`);
    const bad = await rolecall(['review', '--resolve', 'nonsense', '--data', dataDir]);
    expect(bad.code).not.toBe(0);
    expect(bad.stderr).toContain('--resolve needs a report id');
  });
});

describe('rolecall review', () => {
  it('shows the same queue as the HR Home, as text and as JSON', async () => {
    await mention(bot, 'what vetting does an intelligence analyst need?');
    const { metadata } = await pressReport(STAFF_USER);
    await submitReport(STAFF_USER, metadata, 'Out of date');
    await mention(bot, 'what is the salary of an intelligence analyst?');
    // The CLI counts this month; the bot above ran on NOW's month: write the month file the CLI reads.
    const month = new Date().toISOString().slice(0, 7);
    if (month !== '2026-11') {
      const counts = await readFile(join(dataDir, 'review', 'unanswered-2026-11.json'), 'utf8');
      await writeFile(join(dataDir, 'review', `unanswered-${month}.json`), counts.replace('"2026-11"', `"${month}"`));
    }

    const text = await rolecall(['review', '--data', dataDir]);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('Profiles needing review (1):');
    expect(text.stdout).toMatch(/Intelligence Analyst \[intelligence-analyst\]: 1 open report/);
    expect(text.stdout).toContain(`Top unanswered subjects in ${month}:`);
    expect(text.stdout).toContain('Open reports (1):');
    expect(text.stdout).toContain('note: Out of date');

    const json = await rolecall(['review', '--data', dataDir, '--json']);
    const queue = JSON.parse(json.stdout) as { profiles: { roleId: string; reports: number }[]; reports: unknown[]; unanswered: { count: number }[] };
    expect(queue.profiles).toEqual([expect.objectContaining({ roleId: 'intelligence-analyst', reports: 1 })]);
    expect(queue.reports).toHaveLength(1);
    expect(queue.unanswered[0]?.count).toBe(1);
  });
});
