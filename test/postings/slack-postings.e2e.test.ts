/**
 * HR postings end to end: the real Bolt app over signed HTTP, the fake Slack Web API on loopback, the real
 * parser, store and answering core, on a temporary data directory.
 */
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FakeSlackApi } from '../support/fake-slack-api.ts';
import { shownText, expectAllWithinLimits } from '../support/slack-assertions.ts';
import { appMentionEvent, messageEvent } from '../support/slack-payloads.ts';
import { CDO_DOCUMENT, HR_GROUP_MEMBER, HR_USER, JOBS_CHANNEL, STAFF_USER, startAnalystBot, startPostingsBot, stopAnalystBot, type PostingsBot } from './postings-bot.ts';
import { formValues, viewSubmission, type FormValues } from './slack-view-payloads.ts';

let dataDir: string;
let fake: FakeSlackApi;
let bot: PostingsBot;

beforeEach(async () => {
  ({ dataDir, fake, bot } = await startAnalystBot('rolecall-postings-e2e-'));
});
afterEach(async () => {
  await stopAnalystBot({ dataDir, fake, bot });
});

type Json = Record<string, unknown>;
interface ViewJson {
  id?: string;
  callback_id?: string;
  private_metadata?: string;
  blocks?: unknown[];
}

async function openForm(user = HR_USER): Promise<ViewJson> {
  const before = bot.rig.fake.callsTo('views.open').length;
  await bot.rig.sendCommand('/post-role', '', { user_id: user, channel_id: 'CHRTEAM01' });
  const calls = bot.rig.fake.callsTo('views.open');
  expect(calls.length).toBe(before + 1);
  return calls.at(-1)?.args['view'] as ViewJson;
}

async function submit(callbackId: string, metadata: string, values: Json, user = HR_USER): Promise<{ status: number; body: Json }> {
  const response = await bot.rig.sendInteraction(
    viewSubmission({ user, callbackId, viewId: 'VFORM00001', privateMetadata: metadata, values }),
  );
  return { status: response.status, body: response.body ? (JSON.parse(response.body) as Json) : {} };
}

async function preview(values: FormValues, user = HR_USER): Promise<Json> {
  const form = await openForm(user);
  const { status, body } = await submit('rolecall_post_role', form.private_metadata ?? '', formValues(values), user);
  expect(status).toBe(200);
  return body;
}

/** Form -> preview -> confirm with the pasted document; returns the stored posting. */
async function postCdo(values: FormValues = {}) {
  const body = await preview({ text: CDO_DOCUMENT, ...values });
  expect(body['response_action']).toBe('update');
  const view = body['view'] as ViewJson;
  const confirmed = await submit('rolecall_post_role_confirm', view.private_metadata ?? '', {});
  expect(confirmed.body['response_action']).toBe('update');
  const posting = bot.postings.list()[0];
  if (!posting) throw new Error('no posting stored');
  return posting;
}

function announcements() {
  return bot.rig.fake.sentMessages().filter((m) => m.via === 'chat.postMessage' && m.channel === JOBS_CHANNEL && m.threadTs === undefined);
}

async function mention(text: string, channel = 'CGENERAL'): Promise<string> {
  bot.rig.fake.clear();
  await bot.rig.sendEvent(appMentionEvent({ text: `<@UROLECALL> ${text}`, channel, user: STAFF_USER }));
  return bot.rig.fake.sentMessages().map(shownText).join('\n');
}

describe('who may post', () => {
  it('refuses someone outside HR, politely and only to them, and opens nothing', async () => {
    await bot.rig.sendCommand('/post-role', '', { user_id: STAFF_USER });
    expect(bot.rig.fake.callsTo('views.open')).toEqual([]);
    const replies = bot.rig.fake.sentMessages();
    expect(replies).toHaveLength(1);
    expect(replies[0]?.via).toBe('response_url');
    expect(replies[0]?.responseType).toBe('ephemeral');
    expect(replies[0]?.text).toMatch(/only HR can post vacancies/);
  });

  it('lets a member of the HR user group open the form (usergroups.users.list)', async () => {
    const view = await openForm(HR_GROUP_MEMBER);
    expect(view.callback_id).toBe('rolecall_post_role');
    expect(bot.rig.fake.callsTo('usergroups.users.list')[0]?.args['usergroup']).toBe('SHRTEAM01');
    const open = bot.rig.fake.callsTo('views.open')[0];
    expect(open?.args['trigger_id']).toMatch(/\S/);
  });

  it('checks again at submission: a form submitted by someone outside HR is refused and nothing is stored', async () => {
    const form = await openForm();
    const { body } = await submit('rolecall_post_role', form.private_metadata ?? '', formValues({ text: CDO_DOCUMENT }), STAFF_USER);
    expect(body['response_action']).toBe('update');
    expect(JSON.stringify(body['view'])).toMatch(/only HR can post vacancies/);
    expect(bot.postings.list()).toEqual([]);
  });
});

describe('posting a vacancy from pasted text', () => {
  it('shows a preview with the facts and what was not found, then announces it on confirm', async () => {
    const body = await preview({ text: CDO_DOCUMENT });
    expect(body['response_action']).toBe('update');
    const view = body['view'] as ViewJson;
    expect(view.callback_id).toBe('rolecall_post_role_confirm');
    const shown = JSON.stringify(view.blocks);
    expect(shown).toContain('Custody Detention Officer');
    expect(shown).toContain('RV, CTC');
    expect(shown).toContain('No driving requirement found: staff will be told the profile does not state one.');
    // Only a token travels in private_metadata, never the profile.
    expect((view.private_metadata ?? '').length).toBeLessThan(100);
    // Nothing is stored or announced before Confirm.
    expect(bot.postings.list()).toEqual([]);
    expect(announcements()).toEqual([]);

    const confirmed = await submit('rolecall_post_role_confirm', view.private_metadata ?? '', {});
    expect(confirmed.body['response_action']).toBe('update');

    const [announcement] = announcements();
    expect(announcement).toBeDefined();
    const text = shownText(announcement!);
    expect(text).toContain('Vacancy: Custody Detention Officer');
    expect(text).toContain('Scale 4');
    expect(text).toContain('37 a week');
    expect(text).toContain('24/7 rotating shifts');
    expect(text).toContain('RV, CTC');
    expect(text).toMatch(/Driving[^]*not stated/);
    expect(text).toContain('Friday 18 December 2026');
    expect(text).toContain('https://jobs.wessexvale.example/cdo-2026');
    expect(text).toContain('Ask about this role');
    expect(text).toContain('rolecall_compare_with');

    const posting = bot.postings.list()[0]!;
    expect(posting).toMatchObject({ roleId: 'custody-detention-officer', status: 'open', channel: JOBS_CHANNEL, postedBy: HR_USER });
    expect(posting.messageTs).toMatch(/^\d+\.\d+$/);
    // The full summary is in the announcement's thread.
    const thread = bot.rig.fake.sentMessages().filter((m) => m.threadTs === posting.messageTs);
    expect(thread.map(shownText).join('\n')).toContain('Custody Sergeant');
    // The profile and the posting are on disk.
    expect(existsSync(join(dataDir, 'roles', 'custody-detention-officer.json'))).toBe(true);
    expect(JSON.parse(await readFile(join(dataDir, 'postings', `${posting.id}.json`), 'utf8'))).toMatchObject({ id: posting.id, status: 'open' });
    // The modal says it is done.
    expect(JSON.stringify(bot.rig.fake.callsTo('views.update').at(-1)?.args['view'])).toContain(posting.id);
    expectAllWithinLimits(bot.rig.fake);
  });

  it('answers about the new role at once: a mention, a question in the announcement thread, and "what vacancies are open?"', async () => {
    const posting = await postCdo();
    expect(await mention('what vetting does a custody detention officer need?')).toMatch(/RV[^]*CTC|CTC[^]*RV/);

    bot.rig.fake.clear();
    await bot.rig.sendEvent(messageEvent({ text: 'how many hours a week is it?', channel: JOBS_CHANNEL, thread_ts: posting.messageTs!, user: STAFF_USER }));
    const followUp = bot.rig.fake.sentMessages();
    expect(followUp[0]?.threadTs).toBe(posting.messageTs);
    expect(followUp.map(shownText).join('\n')).toContain('37');

    const vacancies = await mention('what vacancies are open?');
    expect(vacancies).toContain('Custody Detention Officer');
    expect(vacancies).toContain('Friday 18 December 2026');
    expect(vacancies).not.toContain('Intelligence Analyst');
    expectAllWithinLimits(bot.rig.fake);
  });
  it('a role Role Call already knows can be posted without a document, and nothing new is stored for it', async () => {
    const form = await openForm();
    expect(JSON.stringify(form.blocks)).toContain('"value":"intelligence-analyst"');
    const { body } = await submit('rolecall_post_role', form.private_metadata ?? '', formValues({ roleId: 'intelligence-analyst', location: 'Force Intelligence Bureau' }));
    expect(body['response_action']).toBe('update');
    const shown = JSON.stringify((body['view'] as ViewJson).blocks);
    expect(shown).toContain('A role Role Call already knows');
    expect(shown).toContain('MV');
    await submit('rolecall_post_role_confirm', (body['view'] as ViewJson).private_metadata ?? '', {});
    expect(bot.postings.list()[0]).toMatchObject({ roleId: 'intelligence-analyst', details: { locationOrTeam: 'Force Intelligence Bureau' } });
    expect(shownText(announcements()[0]!)).toContain('Vacancy: Intelligence Analyst');
    expect(existsSync(join(dataDir, 'roles', 'intelligence-analyst.json'))).toBe(false);
  });

  it('giving both pasted text and a known role is refused inline', async () => {
    const body = await preview({ text: CDO_DOCUMENT, roleId: 'intelligence-analyst' });
    expect(body).toMatchObject({ response_action: 'errors', errors: { existing_role: 'Give just one of these: a file, pasted text, or a known role.' } });
  });
});

describe('posting from a file uploaded to Slack', () => {
  it('fetches the file with files.info and a bearer-token download of url_private', async () => {
    const downloads: Array<string | undefined> = [];
    bot.rig.fake.setHandler('files.info', (args) => ({
      ok: true,
      file: {
        id: args['file'],
        name: 'cdo-role-profile.txt',
        size: Buffer.byteLength(CDO_DOCUMENT),
        url_private: `${bot.rig.fake.baseUrl}/files-pri/T1-F1/cdo-role-profile.txt`,
      },
    }));
    bot.rig.fake.route('/files-pri/T1-F1/cdo-role-profile.txt', (req, res) => {
      downloads.push(req.headers.authorization);
      if (req.headers.authorization !== 'Bearer xoxb-test-bot-token') {
        res.writeHead(200, { 'content-type': 'text/html' });
        res.end('<html>Sign in to Slack</html>');
        return;
      }
      res.writeHead(200, { 'content-type': 'text/plain' });
      res.end(CDO_DOCUMENT);
    });
    const body = await preview({ fileId: 'F0CDO00001', fileName: 'cdo-role-profile.txt' });
    expect(bot.rig.fake.callsTo('files.info')[0]?.args['file']).toBe('F0CDO00001');
    expect(downloads).toEqual(['Bearer xoxb-test-bot-token']);
    expect(body['response_action']).toBe('update');
    expect(JSON.stringify((body['view'] as ViewJson).blocks)).toContain('Custody Detention Officer');
    expect(JSON.stringify((body['view'] as ViewJson).blocks)).toContain('cdo-role-profile.txt');
  });
});

describe('bad input is refused in the modal, and nothing is stored or announced', () => {
  function servesFile(name: string, bytes: Buffer | string, size?: number): void {
    bot.rig.fake.setHandler('files.info', (args) => ({
      ok: true,
      file: { id: args['file'], name, size: size ?? Buffer.byteLength(bytes), url_private: `${bot.rig.fake.baseUrl}/files-pri/${name}` },
    }));
    bot.rig.fake.route(`/files-pri/${name}`, (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/octet-stream' });
      res.end(bytes);
    });
  }

  async function expectRefused(values: FormValues, block: string, message: RegExp): Promise<void> {
    const body = await preview(values);
    expect(body['response_action']).toBe('errors');
    const errors = body['errors'] as Record<string, string>;
    expect(Object.keys(errors)).toEqual([block]);
    expect(errors[block]).toMatch(message);
  }

  afterEach(async () => {
    expect(bot.postings.list()).toEqual([]);
    expect(announcements()).toEqual([]);
    expect(existsSync(join(dataDir, 'roles')) ? await readdir(join(dataDir, 'roles')) : []).toEqual([]);
  });

  it('a closing date in the past', async () => {
    await expectRefused({ text: CDO_DOCUMENT, closingDate: '2026-11-01' }, 'closing_date', /must be in the future.*in the past/);
  });

  it('no document at all', async () => {
    await expectRefused({ text: '   ' }, 'doc_text', /Attach the role document, paste its text, or choose a role/);
  });

  it('a document with no recognisable role title', async () => {
    await expectRefused({ text: 'Notes from the meeting\nWe discussed the rota and the car park.' }, 'doc_text', /^The pasted text: no role title found[^]*Job title:/);
  });

  it('a file over 10 MB (not even downloaded)', async () => {
    servesFile('huge-role.pdf', 'x', 11 * 1024 * 1024);
    await expectRefused({ fileId: 'F0HUGE0001', fileName: 'huge-role.pdf' }, 'doc_file', /10 MB/);
  });

  it('a file of the wrong type', async () => {
    servesFile('organisation-chart.png', Buffer.from([0x89, 0x50, 0x4e, 0x47]));
    await expectRefused({ fileId: 'F0PNG00001', fileName: 'organisation-chart.png' }, 'doc_file', /\.docx, \.pdf, \.txt or \.md/);
  });

  it('an unreadable PDF', async () => {
    servesFile('role-profile.pdf', Buffer.from('%PDF-1.7\nthis is not really a pdf\n%%EOF'));
    await expectRefused({ fileId: 'F0PDF00001', fileName: 'role-profile.pdf' }, 'doc_file', /^role-profile\.pdf: the PDF (could not be opened|has no text layer)/);
  });

  it('details that are not valid, each on its own block', async () => {
    const body = await preview({ text: CDO_DOCUMENT, posts: '0', howToApply: 'www.jobs.example.org' });
    expect(body['response_action']).toBe('errors');
    expect(Object.keys(body['errors'] as Json).sort()).toEqual(['how_to_apply', 'posts']);
  });
});

describe('managing a posting', () => {
  it('withdraw (button) updates the announcement in place, and the vacancy is no longer listed', async () => {
    const posting = await postCdo();
    bot.rig.fake.clear();
    // Someone outside HR cannot.
    await bot.rig.sendAction({ action: { type: 'button', action_id: 'rolecall_posting_withdraw', value: posting.id }, user: STAFF_USER, channel: JOBS_CHANNEL, message: { ts: posting.messageTs! } });
    expect(bot.rig.fake.callsTo('chat.update')).toEqual([]);
    expect(bot.rig.fake.sentMessages().map(shownText).join('\n')).toMatch(/only HR can post vacancies/);

    await bot.rig.sendAction({ action: { type: 'button', action_id: 'rolecall_posting_withdraw', value: posting.id }, user: HR_USER, channel: JOBS_CHANNEL, message: { ts: posting.messageTs! } });
    const updates = bot.rig.fake.callsTo('chat.update');
    expect(updates).toHaveLength(1);
    expect(updates[0]?.args).toMatchObject({ channel: JOBS_CHANNEL, ts: posting.messageTs });
    expect(JSON.stringify(updates[0]?.args['blocks'])).toContain('Withdrawn: Custody Detention Officer');
    expect(JSON.stringify(updates[0]?.args['blocks'])).not.toContain('rolecall_posting_withdraw');
    expect(bot.rig.fake.callsTo('chat.delete')).toEqual([]);
    expect(bot.postings.get(posting.id)?.status).toBe('withdrawn');

    const answer = await mention('any custody detention officer vacancies?');
    expect(answer).toMatch(/no open vacancy for Custody Detention Officer/);
    expect(answer).toMatch(/withdrawn/);
  });

  it('edit changes the details and updates the announcement', async () => {
    const posting = await postCdo();
    bot.rig.fake.clear();
    await bot.rig.sendAction({ action: { type: 'button', action_id: 'rolecall_posting_edit', value: posting.id }, user: HR_USER, channel: JOBS_CHANNEL, message: { ts: posting.messageTs! } });
    const editView = bot.rig.fake.callsTo('views.open')[0]?.args['view'] as ViewJson;
    expect(editView.callback_id).toBe('rolecall_posting_edit_view');

    const past = await submit('rolecall_posting_edit_view', editView.private_metadata ?? '', formValues({ closingDate: '2026-11-20' }));
    expect(Object.keys(past.body['errors'] as Json)).toEqual(['closing_date']);

    await submit('rolecall_posting_edit_view', editView.private_metadata ?? '', formValues({ closingDate: '2027-01-15', posts: '3' }));
    const update = bot.rig.fake.callsTo('chat.update')[0];
    expect(update?.args['ts']).toBe(posting.messageTs);
    expect(JSON.stringify(update?.args['blocks'])).toContain('Friday 15 January 2027');
    expect(bot.postings.get(posting.id)?.details).toMatchObject({ closingDate: '2027-01-15', numberOfPosts: 3 });
    expect(bot.postings.get(posting.id)?.history.at(-1)).toMatchObject({ action: 'edited', by: HR_USER, previous: { closingDate: '2026-12-18', numberOfPosts: 2 } });
  });
  it('"Ask about this role" tells the person, only them, to ask in the thread', async () => {
    const posting = await postCdo();
    bot.rig.fake.clear();
    await bot.rig.sendAction({ action: { type: 'button', action_id: 'rolecall_posting_ask', value: posting.id }, user: STAFF_USER, channel: JOBS_CHANNEL, message: { ts: posting.messageTs! } });
    const [hint] = bot.rig.fake.callsTo('chat.postEphemeral');
    expect(hint?.args).toMatchObject({ channel: JOBS_CHANNEL, user: STAFF_USER, thread_ts: posting.messageTs });
    expect(String(hint?.args['text'])).toMatch(/Ask me about \*Custody Detention Officer\* in this announcement's thread/);
  });
});

describe('a restart', () => {
  it('once the closing date has passed the posting is not listed, and /post-role marks the announcement closed; a new date reopens it', async () => {
    const posting = await postCdo();
    await bot.rig.stop();
    bot = await startPostingsBot(dataDir, fake, { now: new Date('2026-12-19T09:00:00Z') });
    const answer = await mention('what vacancies are open?');
    expect(answer).toMatch(/no open vacancies/);
    expect(answer).not.toContain('Custody Detention Officer');

    fake.clear();
    await bot.rig.sendCommand('/post-role', 'list', { user_id: HR_USER });
    const updates = fake.callsTo('chat.update');
    expect(updates).toHaveLength(1);
    expect(updates[0]?.args['ts']).toBe(posting.messageTs);
    expect(JSON.stringify(updates[0]?.args['blocks'])).toContain('Closed: Custody Detention Officer');
    expect(JSON.stringify(updates[0]?.args['blocks'])).toContain('Applications closed on Friday 18 December 2026');
    expect(fake.sentMessages().find((m) => m.via === 'response_url')?.text).toMatch(new RegExp(`${posting.id}.*closed`));
    expect(bot.postings.get(posting.id)?.status).toBe('closed');

    // Running it again changes nothing more.
    fake.clear();
    await bot.rig.sendCommand('/post-role', 'list', { user_id: HR_USER });
    expect(fake.callsTo('chat.update')).toEqual([]);

    // HR move the date on: open again, and the announcement says so.
    await bot.rig.sendCommand('/post-role', `edit ${posting.id}`, { user_id: HR_USER });
    const editView = fake.callsTo('views.open').at(-1)?.args['view'] as ViewJson;
    await submit('rolecall_posting_edit_view', editView.private_metadata ?? '', formValues({ closingDate: '2027-01-08' }));
    expect(bot.postings.get(posting.id)?.status).toBe('open');
    expect(JSON.stringify(fake.callsTo('chat.update').at(-1)?.args['blocks'])).toContain('Vacancy: Custody Detention Officer');
    expect(await mention('any custody detention officer vacancies?')).toContain('Friday 8 January 2027');
  });

  it('keeps the posting and the new role; withdraw by command still updates the announcement', async () => {
    const posting = await postCdo();
    await bot.rig.stop();
    bot = await startPostingsBot(dataDir, fake);
    expect(bot.postings.get(posting.id)).toEqual(posting);
    expect(await mention('what vetting does a custody detention officer need?')).toMatch(/CTC/);
    expect(await mention('when does the custody detention officer posting close?')).toContain('Friday 18 December 2026');

    fake.clear();
    await bot.rig.sendEvent(messageEvent({ text: 'who does it report to?', channel: JOBS_CHANNEL, thread_ts: posting.messageTs!, user: STAFF_USER }));
    expect(fake.sentMessages().map(shownText).join('\n')).toContain('Custody Sergeant');

    fake.clear();
    await bot.rig.sendCommand('/post-role', `withdraw ${posting.id}`, { user_id: HR_USER });
    expect(fake.callsTo('chat.update')[0]?.args).toMatchObject({ channel: JOBS_CHANNEL, ts: posting.messageTs });
    expect(fake.sentMessages().find((m) => m.via === 'response_url')?.text).toMatch(/Withdrawn: posting/);
  });
});
