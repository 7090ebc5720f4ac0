/**
 * HR correct what was read in the /post-role preview, end to end over signed HTTP against the fake Slack
 * API: the correction is stored as an override (who, when, old, new), answers show it "checked by HR"
 * while untouched fields keep their document line, it survives a restart and a re-parse, errors are shown
 * inline, and nobody outside HR gets past any step.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PARSER_VERSION } from '../../src/ingest/index.ts';
import { FileProfileStore } from '../../src/store/file-profile-store.ts';
import { OverrideStore } from '../../src/store/override-store.ts';
import { reparseStale } from '../../src/store/reparse-profiles.ts';
import type { FakeSlackApi } from '../support/fake-slack-api.ts';
import { shownText } from '../support/slack-assertions.ts';
import { CDO_DOCUMENT, HR_USER, JOBS_CHANNEL, NOW, STAFF_USER, startAnalystBot, startPostingsBot, stopAnalystBot, type PostingsBot } from '../postings/postings-bot.ts';
import { announcementsIn, correctionValues, mention, previewOf, submitView } from './review-e2e-helpers.ts';

let dataDir: string;
let fake: FakeSlackApi;
let bot: PostingsBot;

beforeEach(async () => {
  ({ dataDir, fake, bot } = await startAnalystBot('rolecall-review-e2e-'));
});
afterEach(async () => {
  await stopAnalystBot({ dataDir, fake, bot });
});

const CDO_ID = 'custody-detention-officer';

describe('correcting what was read in the preview', () => {
  it('shows each key field as an input filled with what was read, with how it was read', async () => {
    const view = await previewOf(bot, { text: CDO_DOCUMENT });
    const inputs = (view.blocks ?? []).filter((b) => b.type === 'input');
    expect(inputs.map((b) => b.block_id)).toEqual(['review_title', 'review_grade', 'review_rank', 'review_weeklyHours', 'review_shifts', 'review_vetting', 'review_driving', 'review_pay', 'review_reportsTo', 'review_closingDate']);
    const grade = inputs.find((b) => b.block_id === 'review_grade');
    expect(grade?.element).toMatchObject({ type: 'plain_text_input', initial_value: 'Scale 4' });
    expect(grade?.hint?.text).toBe('Read from a label (confidence 0.95).');
    const vetting = inputs.find((b) => b.block_id === 'review_vetting');
    expect(vetting?.element).toMatchObject({ initial_value: 'RV, CTC' });
    const driving = inputs.find((b) => b.block_id === 'review_driving');
    expect(driving?.element).toMatchObject({ type: 'static_select', initial_option: { value: 'not-stated' } });
    expect(driving?.hint?.text).toMatch(/^Not found in the document/);
  });

  it('a correction is stored as an override and the answer shows it checked by HR; untouched fields keep their line', async () => {
    const view = await previewOf(bot, { text: CDO_DOCUMENT });
    const confirmed = await submitView(bot, 'rolecall_post_role_confirm', view.private_metadata ?? '', correctionValues({ grade: 'Scale 5', weeklyHours: '36', driving: 'essential', vetting: 'RV, CTC' }));
    expect(confirmed.body['response_action']).toBe('update');

    const file = JSON.parse(await readFile(join(dataDir, 'overrides', `${CDO_ID}.json`), 'utf8')) as { roleId: string; corrections: unknown[] };
    expect(file.roleId).toBe(CDO_ID);
    // Only what changed is a correction: vetting was typed as it was read.
    expect(file.corrections).toEqual([
      { field: 'grade', value: 'Scale 5', old: 'Scale 4', by: HR_USER, at: NOW.toISOString() },
      { field: 'weeklyHours', value: 36, old: 37, by: HR_USER, at: NOW.toISOString() },
      { field: 'driving', value: 'essential', old: 'not-stated', by: HR_USER, at: NOW.toISOString() },
    ]);
    // The parsed profile stays as the document says.
    const stored = JSON.parse(await readFile(join(dataDir, 'roles', `${CDO_ID}.json`), 'utf8')) as { grade: string };
    expect(stored.grade).toBe('Scale 4');

    // The announcement went out with the corrected values.
    expect(shownText(announcementsIn(bot.rig.fake, JOBS_CHANNEL)[0]!)).toContain('Scale 5');

    const grade = await mention(bot, 'what grade is a custody detention officer?');
    expect(grade).toContain('Scale 5');
    expect(grade).toContain('checked by HR');
    expect(grade).not.toContain('Scale 4');
    const vetting = await mention(bot, 'what vetting does a custody detention officer need?');
    expect(vetting).toContain('RV');
    expect(vetting).not.toContain('checked by HR');
    expect(vetting).toMatch(/line \d+/);
  });

  it('the correction survives a restart and a re-parse by a newer parser', async () => {
    const view = await previewOf(bot, { text: CDO_DOCUMENT });
    await submitView(bot, 'rolecall_post_role_confirm', view.private_metadata ?? '', correctionValues({ weeklyHours: '36' }));
    await bot.rig.stop();

    // As an older parser left it: a re-parse must re-read it and keep HR's correction.
    const roleFile = join(dataDir, 'roles', `${CDO_ID}.json`);
    const stored = JSON.parse(await readFile(roleFile, 'utf8')) as Record<string, unknown>;
    await writeFile(roleFile, JSON.stringify({ ...stored, parserVersion: PARSER_VERSION - 1 }));
    const reparsed = await reparseStale(new FileProfileStore(dataDir), new OverrideStore(dataDir));
    expect(reparsed.reparsed.map((r) => [r.id, r.corrections])).toEqual([[CDO_ID, 1]]);

    bot = await startPostingsBot(dataDir, fake);
    const hours = await mention(bot, 'how many hours does a custody detention officer work?');
    expect(hours).toContain('36 hours a week');
    expect(hours).toContain('checked by HR');
  });

  it('pay and closing date can be corrected too, and are answered checked by HR', async () => {
    const view = await previewOf(bot, { text: CDO_DOCUMENT });
    await submitView(bot, 'rolecall_post_role_confirm', view.private_metadata ?? '', correctionValues({ pay: '£26,000 - £28,000 a year', closingDate: '8 January 2027' }));
    const pay = await mention(bot, 'what is the salary of a custody detention officer?');
    expect(pay).toContain('£26,000 - £28,000 a year');
    expect(pay).toContain('checked by HR');
    // The profile holds HR's closing date; a question about the vacancy is answered from the posting's own
    // date, which the form sets.
    const profile = bot.assistant.profile(CDO_ID);
    expect(profile?.closingDate).toEqual({ text: '8 January 2027', iso: '2027-01-08', evidence: [] });
    expect(profile?.readings.closingDate).toMatchObject({ method: 'hr', by: HR_USER });
  });

  it('posting the same document again shows the corrections already made, and keeps them', async () => {
    const first = await previewOf(bot, { text: CDO_DOCUMENT });
    await submitView(bot, 'rolecall_post_role_confirm', first.private_metadata ?? '', correctionValues({ grade: 'Scale 5' }));
    const again = await previewOf(bot, { text: CDO_DOCUMENT, location: 'Southgate Custody Suite' });
    const grade = (again.blocks ?? []).find((b) => b.block_id === 'review_grade');
    expect(grade?.element).toMatchObject({ initial_value: 'Scale 5' });
    expect(grade?.hint?.text).toBe('Checked by HR on 2026-11-23 (confidence 1).');
    await submitView(bot, 'rolecall_post_role_confirm', again.private_metadata ?? '', correctionValues({ grade: 'Scale 5' }));
    expect(bot.assistant.profile(CDO_ID)?.grade).toBe('Scale 5');
    const file = JSON.parse(await readFile(join(dataDir, 'overrides', `${CDO_ID}.json`), 'utf8')) as { corrections: unknown[] };
    expect(file.corrections).toHaveLength(1);
  });

  it('a value that cannot be right is shown inline on its input, and nothing is posted', async () => {
    const view = await previewOf(bot, { text: CDO_DOCUMENT });
    const refused = await submitView(bot, 'rolecall_post_role_confirm', view.private_metadata ?? '', correctionValues({ weeklyHours: 'full time', vetting: 'NPPV3, ABC' }));
    expect(refused.body).toEqual({
      response_action: 'errors',
      errors: {
        review_weeklyHours: '"full time" is not a number of weekly hours: write a number from 1 to 80, such as 37 or 37.5.',
        review_vetting: expect.stringContaining('"ABC" is not a vetting level Role Call knows.') as unknown,
      },
    });
    expect(bot.postings.list()).toEqual([]);
    // The preview is still there: submitting it corrected posts it.
    const confirmed = await submitView(bot, 'rolecall_post_role_confirm', view.private_metadata ?? '', correctionValues({ weeklyHours: '36' }));
    expect(confirmed.body['response_action']).toBe('update');
    expect(bot.postings.list()).toHaveLength(1);
  });

  it('a role Role Call already knows can be corrected while posting it', async () => {
    const view = await previewOf(bot, { roleId: 'intelligence-analyst', location: 'Force Intelligence Bureau' });
    await submitView(bot, 'rolecall_post_role_confirm', view.private_metadata ?? '', correctionValues({ reportsTo: 'Intelligence Manager' }));
    const answer = await mention(bot, 'who does an intelligence analyst report to?');
    expect(answer).toContain('Intelligence Manager');
    expect(answer).toContain('checked by HR');
  });

  it('someone outside HR submitting the preview is refused and nothing is corrected or posted', async () => {
    const view = await previewOf(bot, { text: CDO_DOCUMENT });
    const refused = await submitView(bot, 'rolecall_post_role_confirm', view.private_metadata ?? '', correctionValues({ grade: 'Scale 9' }), STAFF_USER);
    expect(refused.body['response_action']).toBe('update');
    expect(JSON.stringify(refused.body['view'])).toMatch(/only HR/);
    expect(bot.postings.list()).toEqual([]);
    await expect(readFile(join(dataDir, 'overrides', `${CDO_ID}.json`), 'utf8')).rejects.toThrow();
  });
});
