/**
 * HR corrections: applied over the parsed profile field by field, cited as "checked by HR" in answers,
 * kept in their own files (atomic, locked, a malformed file reported and skipped) and applied on load.
 */
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createAssistant } from '../../src/answer/assistant.ts';
import { titleSourceNote } from '../../src/profile/title-source.ts';
import { applyCorrections, type Correction } from '../../src/review/corrections.ts';
import { REVIEW_FIELDS, reviewField } from '../../src/review/review-fields.ts';
import { FileProfileStore } from '../../src/store/file-profile-store.ts';
import { loadLibrary } from '../../src/store/load-library.ts';
import { OverrideStore } from '../../src/store/override-store.ts';
import { makeProfile } from '../store/make-profile.ts';

const AT = '2026-12-03T10:00:00.000Z';

function correction(field: string, value: Correction['value'], old: Correction['old'] = null, by = 'U0HR1'): Correction {
  return { field, value, old, by, at: AT };
}

describe('applying corrections', () => {
  it('replaces the value, drops the document evidence for that field only, and marks it checked by HR', () => {
    const profile = makeProfile({ evidence: { weeklyHours: [{ line: 4, quote: 'Hours: 37' }], reportsTo: [{ line: 5, quote: 'Reports to: Contact Supervisor' }] } });
    const { profile: out, fields, problems } = applyCorrections(profile, [correction('weeklyHours', 30, 37)]);
    expect(problems).toEqual([]);
    expect(fields).toEqual(['weeklyHours']);
    expect(out.weeklyHours).toBe(30);
    expect(out.evidence.weeklyHours).toBeUndefined();
    expect(out.evidence.reportsTo).toEqual([{ line: 5, quote: 'Reports to: Contact Supervisor' }]);
    expect(out.readings.weeklyHours).toEqual({ method: 'hr', confidence: 1, by: 'U0HR1', at: AT });
  });

  it('a corrected shift pattern decides the working-pattern features; part time and job share stay as read', () => {
    const profile = makeProfile({
      shifts: { pattern: '24/7 rotating shifts', details: 'Earlies, lates and nights, including weekends.', evidence: [{ line: 9, quote: 'Earlies, lates and nights, including weekends.' }] },
      features: [
        { id: 'nights', evidence: [{ line: 9, quote: 'Earlies, lates and nights, including weekends.' }] },
        { id: 'weekends', evidence: [{ line: 9, quote: 'Earlies, lates and nights, including weekends.' }] },
        { id: 'job-share', evidence: [{ line: 20, quote: 'Job share considered.' }] },
      ],
    });
    const days = applyCorrections(profile, [correction('shifts', 'Monday to Friday, 08:00 to 16:00', '24/7 rotating shifts')]).profile;
    expect(days.features.map((feature) => feature.id)).toEqual(['weekday-daytime', 'job-share']);
    const assistant = createAssistant([days]);
    expect(assistant.ask('which roles work nights?').answer.text).not.toContain(days.title);
    const nights = applyCorrections(profile, [correction('shifts', 'Four on, four off: 12-hour days and nights', '24/7 rotating shifts')]).profile;
    expect(nights.features.map((feature) => feature.id)).toEqual(expect.arrayContaining(['nights', 'twelve-hour-shifts', 'job-share']));
    expect(nights.features.map((feature) => feature.id)).not.toContain('weekends');
  });

  it('the latest correction of a field wins', () => {
    const { profile } = applyCorrections(makeProfile(), [correction('vetting', ['NPPV2']), correction('vetting', ['NPPV3', 'CTC'], null, 'U0HR2')]);
    expect(profile.vetting).toEqual({ status: 'stated', levels: ['NPPV3', 'CTC'], note: null, evidence: [] });
    expect(profile.readings.vetting?.by).toBe('U0HR2');
  });

  it('an unknown field or a value of the wrong shape is reported and skipped; the rest apply', () => {
    const { profile, problems } = applyCorrections(makeProfile(), [correction('favouriteColour', 'blue'), correction('weeklyHours', 'lots'), correction('grade', 'Scale 6')]);
    expect(profile.grade).toBe('Scale 6');
    expect(profile.weeklyHours).toBe(37);
    expect(problems).toEqual([
      'overrides/contact-handler.json: field "favouriteColour" cannot be corrected; skipped. Remove that correction.',
      expect.stringMatching(/^overrides\/contact-handler\.json: the correction of weekly hours is not a valid weekly hours .*; skipped\. Correct it again from Slack\.$/),
    ]);
  });

  it('an answer about a corrected field cites HR, and an untouched field keeps its document line', () => {
    const { profile } = applyCorrections(makeProfile(), [correction('weeklyHours', 30, 37)]);
    const assistant = createAssistant({ profiles: [profile], glossary: [] });
    const hours = assistant.ask('how many hours does a contact handler work?').answer;
    expect(hours.text).toContain('30 hours a week');
    expect(hours.text).toContain('Contact Handler profile, checked by HR');
    expect(hours.citations).toEqual([expect.objectContaining({ field: 'weeklyHours', line: 0, quote: 'checked by HR', checkedByHr: { by: 'U0HR1', at: AT } })]);
    const vetting = assistant.ask('what vetting does a contact handler need?').answer;
    expect(vetting.text).not.toContain('checked by HR');
    expect(vetting.citations).toEqual([expect.objectContaining({ field: 'vetting', line: 12, quote: 'Vetting: CTC' })]);
  });
});

describe('what HR types', () => {
  const cases: [string, string, unknown][] = [
    ['weeklyHours', '37.5', 37.5],
    ['weeklyHours', '36 hours', 36],
    ['weeklyHours', '', null],
    ['vetting', 'nppv3, ctc', ['NPPV3', 'CTC']],
    ['vetting', 'NPPV 3 / SC', ['NPPV3', 'SC']],
    ['vetting', '', []],
    ['driving', 'essential', 'essential'],
    ['grade', '  Scale 6 ', 'Scale 6'],
    ['grade', '', null],
    ['title', 'Custody Detention Officer', 'Custody Detention Officer'],
    ['pay', '£27,334 - £29,539 per annum', '£27,334 - £29,539 per annum'],
    ['pay', '', null],
    ['closingDate', '15 March 2027', '15 March 2027'],
    ['closingDate', '15/03/2027', '15/03/2027'],
  ];
  it.each(cases)('%s "%s" reads as %j', (id, text, value) => {
    expect(reviewField(id)?.fromInput(text)).toEqual({ ok: true, value });
  });

  const errors: [string, string, string][] = [
    ['weeklyHours', 'thirty', '"thirty" is not a number of weekly hours: write a number from 1 to 80, such as 37 or 37.5.'],
    ['weeklyHours', '120', '"120" is not a number of weekly hours: write a number from 1 to 80, such as 37 or 37.5.'],
    ['vetting', 'NPPV3, XYZ', expect.stringContaining('"XYZ" is not a vetting level Role Call knows.') as unknown as string],
    ['title', 'x', 'Give the role a title (at least 2 characters).'],
    ['driving', 'sometimes', 'Choose whether driving is essential, desirable, not required or not stated.'],
    ['pay', 'competitive', '"competitive" states no sum of money: write the pay as the advert would, such as £27,334 - £29,539 a year.'],
    ['closingDate', 'soon', '"soon" is not a date Role Call can read: write it as 15 March 2027 or 15/03/2027.'],
  ];
  it.each(errors)('%s "%s" is refused with a specific message', (id, text, error) => {
    expect(reviewField(id)?.fromInput(text)).toEqual({ ok: false, error });
  });

  it('every field reads back what it shows in the form', () => {
    const profile = makeProfile({ grade: 'Scale 4', rank: null, shifts: { pattern: 'four on four off', details: null, evidence: [] } });
    for (const field of REVIEW_FIELDS) {
      const back = field.fromInput(field.initialInput(profile));
      expect(back, field.id).toEqual({ ok: true, value: field.current(profile) });
    }
  });
});

describe('pay and closing date corrections', () => {
  it('pay keeps HR\'s wording and reads its sums; the closing date reads its ISO date', () => {
    const { profile } = applyCorrections(makeProfile(), [correction('pay', '£27,334 - £29,539 per annum'), correction('closingDate', '15 March 2027')]);
    expect(profile.pay).toMatchObject({ text: '£27,334 - £29,539 per annum', min: 27334, max: 29539, period: 'year', evidence: [] });
    expect(profile.closingDate).toEqual({ text: '15 March 2027', iso: '2027-03-15', evidence: [] });
    const assistant = createAssistant({ profiles: [profile], glossary: [] });
    const pay = assistant.ask('what is the salary of a contact handler?').answer;
    expect(pay.text).toContain('£27,334 - £29,539 per annum');
    expect(pay.text).toContain('checked by HR');
    const closing = assistant.ask('when is the closing date for the contact handler?').answer;
    expect(closing.text).toContain('15 March 2027');
    expect(closing.text).toContain('checked by HR');
  });
});

describe('override files', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'rolecall-overrides-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('two HR users correcting one profile at the same moment both keep their correction', async () => {
    const store = new OverrideStore(dir);
    await Promise.all([
      store.addCorrections('contact-handler', [correction('grade', 'Scale 5', null, 'U0HR1')]),
      store.addCorrections('contact-handler', [correction('weeklyHours', 30, 37, 'U0HR2')]),
      new OverrideStore(dir).addCorrections('contact-handler', [correction('reportsTo', 'Team Leader', null, 'U0HR3')]),
    ]);
    const saved = await store.corrections('contact-handler');
    expect(saved.map((c) => c.field).sort()).toEqual(['grade', 'reportsTo', 'weeklyHours']);
    const text = await readFile(join(dir, 'overrides', 'contact-handler.json'), 'utf8');
    expect(JSON.parse(text)).toMatchObject({ roleId: 'contact-handler' });
  });

  it('are applied when the library loads, and a malformed file is reported and skipped', async () => {
    const profiles = new FileProfileStore(dir);
    await profiles.saveProfile(makeProfile());
    await profiles.saveProfile(makeProfile({ id: 'pcso', title: 'PCSO', source: { file: 'pcso.txt', sha256: 'b'.repeat(64) } }));
    await new OverrideStore(dir).addCorrections('contact-handler', [correction('weeklyHours', 30, 37)]);
    await writeFile(join(dir, 'overrides', 'pcso.json'), '{"roleId": "pcso", "corrections": [{"field": "grade"}]}');
    const library = await loadLibrary(profiles, new OverrideStore(dir));
    const byId = new Map(library.profiles.map((p) => [p.id, p]));
    expect(byId.get('contact-handler')?.weeklyHours).toBe(30);
    expect(byId.get('pcso')?.grade).toBeNull();
    expect(library.problems).toEqual([expect.stringMatching(/^overrides\/pcso\.json: field "corrections\[0\]\.value" .* Its corrections are not applied; fix the file or correct the role again from Slack\.$/)]);
    // The parsed profile on disk is untouched: corrections live apart from it.
    expect(JSON.parse(await readFile(join(dir, 'roles', 'contact-handler.json'), 'utf8')).weeklyHours).toBe(37);
  });

  it('an override file that is not JSON is reported with its line', async () => {
    await mkdir(join(dir, 'overrides'), { recursive: true });
    await writeFile(join(dir, 'overrides', 'pcso.json'), '{"roleId": "pcso",\n  corrections: []}');
    const { byRole, problems } = await new OverrideStore(dir).readOverrides();
    expect(byRole.size).toBe(0);
    expect(problems).toEqual([expect.stringMatching(/^overrides\/pcso\.json: not valid JSON at line 2/)]);
  });
});

describe('a corrected title', () => {
  it('is no longer described as taken from the file name', () => {
    const guessed = makeProfile({ titleSource: 'file name', titleInferred: true });
    expect(titleSourceNote(guessed)).toBe('taken from the file name: the document states no title');
    const { profile } = applyCorrections(guessed, [correction('title', 'Custody Detention Officer')]);
    expect(profile.title).toBe('Custody Detention Officer');
    expect(titleSourceNote(profile)).toBe('checked by HR');
  });
});
