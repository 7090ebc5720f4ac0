/**
 * Questions about pay, working arrangements, closing dates, minimum service and entry routes, answered from
 * the profile fields with citations, over the seeds and three documents of our own. Two-sided: a fact a
 * document states is answered with its line; one it does not state is "not stated", never another role's.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Assistant } from '../../src/answer/assistant-api.ts';
import { createAssistant } from '../../src/answer/assistant.ts';
import type { Answer } from '../../src/answer/types.ts';
import { parseDocument } from '../../src/ingest/index.ts';
import type { RoleProfile } from '../../src/profile/role-profile.ts';
import { seedProfiles } from './support/seed-assistant.ts';

const WARDEN = [
  'Job Title: Detention Warden',
  'Force: Northshire Police',
  'Grade: Scale 5',
  'Salary: £27,334 - £29,539 per annum plus £1,200 shift allowance',
  'Hours: 37 hours per week',
  'Closing date: Friday 15th January 2027 at midnight',
  '',
  'Working arrangements',
  'Job share considered. Part time 18.5 hours considered.',
  'Hybrid working is not available for this post.',
  '',
  'Eligibility',
  "Police officers applying must have completed their probation and have a minimum of 2 years' service.",
  'We welcome applications through the PCDA and DHEP routes, and from transferees.',
].join('\n');

const ENQUIRY = [
  'Job Title: Front Counter Enquiry Officer',
  'Force: Westvale Police',
  'Grade: Band B',
  'Pay: £23,100 - £24,900 per annum',
  'Hours: 37 hours per week',
  '',
  'Working arrangements',
  'Part time is not possible for this post.',
].join('\n');

const ARCHIVIST = [
  'Job Title: Force Archivist',
  'Force: Westvale Police',
  'Grade: Band D',
  'Hours: 37 hours per week',
  '',
  'Key responsibilities',
  '- Catalogue and preserve the force archive.',
].join('\n');

function parse(file: string, text: string): RoleProfile {
  return parseDocument({ file, text, format: 'txt', sha256: 'c'.repeat(64) }).profile;
}

function lineOf(source: string, text: string): number {
  const at = source.split('\n').findIndex((line) => line.includes(text));
  if (at < 0) throw new Error(`no line holds ${text}`);
  return at + 1;
}

const first = (answer: Answer): string => answer.text.split('\n')[0] ?? '';

describe('answers about the new fields', () => {
  let assistant: Assistant;

  beforeAll(async () => {
    assistant = createAssistant([...(await seedProfiles()), parse('warden.txt', WARDEN), parse('enquiry.txt', ENQUIRY), parse('archivist.txt', ARCHIVIST)]);
  });

  it.each([
    ['what does the detention warden pay?', '£27,334 - £29,539 per annum; plus £1,200 shift allowance', 'Salary:'],
    ["what's the salary for the front counter enquiry officer?", '£23,100 - £24,900 per annum', 'Pay:'],
    ['when does the detention warden close?', 'Friday 15th January 2027 at midnight', 'Closing date:'],
    ['how long do I need to have served for the detention warden?', "minimum of 2 years' service", 'Police officers applying'],
    ['what entry routes are there for the detention warden?', 'Degree Holder Entry Programme (DHEP)', 'PCDA and DHEP'],
  ])('%s -> the field, citing its line', (question, value, lineText) => {
    const source = question.includes('enquiry') ? ENQUIRY : WARDEN;
    const answer = assistant.ask(question).answer;
    expect(answer.text).toContain(value);
    expect(answer.citations.map((citation) => citation.line)).toContain(lineOf(source, lineText));
    expect(answer.text).not.toMatch(/not stated|does not (say|mention|state)/i);
  });

  it.each([
    ['can I job share as a detention warden?', /^Yes — the Detention Warden profile says a job share is possible: "Job share considered\."/],
    ['is part time possible for the detention warden?', /^Yes — the Detention Warden profile says part-time working is possible: "Part time 18\.5 hours considered\."/],
    ['is part time possible for the front counter enquiry officer?', /^No — the Front Counter Enquiry Officer profile says part-time working is not available: "Part time is not possible/],
    ['can I work from home as a detention warden?', /^No — the Detention Warden profile says hybrid or agile working is not available/],
    ['can I job share as a front counter enquiry officer?', /^The Front Counter Enquiry Officer profile does not say whether a job share is possible\.$/],
    ['is part time possible for the force archivist?', /^The Force Archivist profile does not say whether part-time working is possible; it gives 37 hours a week\.$/],
  ])('%s', (question, lead) => {
    expect(first(assistant.ask(question).answer)).toMatch(lead);
  });

  it.each([
    ['what does the force archivist pay?', /does not state pay or salary; it gives the grade Band D/],
    ['when does the force archivist close?', /Closing date: not stated in the Force Archivist profile/],
    ['what entry routes are there for the force archivist?', /Entry routes: not stated in the Force Archivist profile/],
    ['how long do I need to have served for the force archivist?', /Minimum service: not stated in the Force Archivist profile/],
  ])('%s -> not stated, with nothing from another role', (question, said) => {
    const answer = assistant.ask(question).answer;
    expect(answer.text).toMatch(said);
    expect(answer.text).not.toMatch(/£|2027|PCDA|probation/);
  });

  it('which roles allow a job share: only the role whose document offers one', () => {
    const answer = assistant.ask('which roles allow job share?').answer;
    expect(answer.text).toContain('Detention Warden');
    expect(answer.text).not.toMatch(/Front Counter|Archivist/);
  });

  it('which pays more: ranked from the stated sums when both state them for a year', () => {
    expect(first(assistant.ask('which pays more, the detention warden or the front counter enquiry officer?').answer)).toMatch(
      /^Detention Warden has the highest pay as stated/,
    );
    expect(first(assistant.ask('which pays more, the detention warden or the force archivist?').answer)).toMatch(
      /^Cannot be compared in full: Force Archivist does not state pay/,
    );
  });

  it('a summary shows the stated new fields and leaves out those the document does not state', () => {
    const warden = assistant.ask('tell me about the detention warden').answer.text;
    for (const label of ['Pay:', 'Working arrangements:', 'Closing date:', 'Minimum service:', 'Entry routes:']) expect(warden).toContain(label);
    const archivist = assistant.ask('tell me about the force archivist').answer.text;
    for (const label of ['Pay', 'Working arrangements', 'Closing date', 'Minimum service', 'Entry routes']) expect(archivist).not.toContain(label);
  });

  it('a comparison has the new rows when a role states them, and not when none does', () => {
    const compared = assistant.ask('compare the detention warden and the force archivist').answer;
    expect(compared.kind).toBe('comparison');
    const labels = compared.kind === 'comparison' ? compared.rows.map((row) => row.label) : [];
    expect(labels).toEqual(expect.arrayContaining(['Pay', 'Working arrangements', 'Minimum service', 'Entry routes', 'Closing date']));
    const seeds = assistant.ask('compare the pcso and the contact handler').answer;
    const seedLabels = seeds.kind === 'comparison' ? seeds.rows.map((row) => row.label) : ['?'];
    expect(seedLabels).not.toContain('Pay');
    expect(seedLabels).not.toContain('Closing date');
  });
});
