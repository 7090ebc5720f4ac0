/**
 * Pay, working arrangements, closing date, minimum service and entry routes read from a real Word file and
 * the PDF printed from it by LibreOffice (source: test/fixtures/office/layout/src/tarnmouth-custody-officer-
 * terms-table.html): a four-cell label/value row, a Yes/No arrangements table, and prose beside them.
 */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseDocument, readDocumentFile } from '../../../src/ingest/index.ts';
import type { RoleProfile } from '../../../src/profile/role-profile.ts';

const DIR = join(import.meta.dirname, '../../fixtures/office/layout');

describe.each(['docx', 'pdf'] as const)('tarnmouth custody officer (.%s)', (format) => {
  let profile: RoleProfile;
  let lines: string[];
  beforeAll(async () => {
    const doc = await readDocumentFile(join(DIR, `tarnmouth-custody-officer-terms-table.${format}`));
    lines = doc.text.split('\n');
    profile = parseDocument(doc).profile;
  });
  const lineWith = (text: string): number => lines.findIndex((line) => line.includes(text)) + 1;

  it('pay: the salary cell of a four-cell row, its sums and period, and the allowance row', () => {
    expect(profile.pay).toMatchObject({ text: '£25,989 - £27,711 per annum', min: 25989, max: 27711, period: 'year' });
    expect(profile.pay?.allowances.map((item) => item.text)).toEqual(['Plus 15% unsocial hours allowance']);
    expect(profile.pay?.evidence[0]?.line).toBe(lineWith('£25,989'));
  });

  it('pay: the budget in a criterion is not pay', () => {
    expect(JSON.stringify(profile.pay)).not.toMatch(/10,000/);
  });

  it('working arrangements: Yes/No rows and an agile-working refusal, each citing its line', () => {
    expect(profile.workingArrangements.map((item) => [item.kind, item.offered])).toEqual([
      ['part-time', false],
      ['job-share', true],
      ['hybrid', false],
    ]);
    expect(profile.workingArrangements[1]?.evidence[0]?.line).toBe(lineWith('Job share'));
  });

  it('closing date from the table, with its ISO date', () => {
    expect(profile.closingDate).toMatchObject({ text: 'Monday 8th March 2027', iso: '2027-03-08' });
  });

  it('minimum service and entry route from the prose', () => {
    expect(profile.minimumService.map((item) => item.text)).toEqual(['Serving police officers must have completed their probation.']);
    expect(profile.entryRoutes.map((route) => route.id)).toEqual(['transferee']);
  });
});
