/**
 * Layouts pdf.js reports awkwardly, in documents written here and made as real Word and PDF files by
 * LibreOffice (sources in test/fixtures/office/, made by make-fixtures.sh); the .docx must read the same:
 * - Ambergate: a criteria table whose header is centred over its columns and whose "Essential" and
 *   "Desirable" header cells come as one text item; desirable ticks in a column the rows above leave empty;
 *   a competency table whose last row comes as one item ("... open-minded Level 1"); and "Hours: 37.5 per
 *   week." followed by a sentence about a rota.
 * - Dunmere: a page of labelled fields pasted as one paragraph, which the PDF wraps over lines (a label
 *   broken over two of them, a role code followed on its line by the next section's heading).
 */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseDocument, readDocumentFile } from '../../../src/ingest/index.ts';
import type { RoleProfile } from '../../../src/profile/role-profile.ts';
import { misquoted } from '../support/evidence.ts';

const DIR = join(import.meta.dirname, '../../fixtures/office');

async function read(name: string): Promise<{ profile: RoleProfile; text: string }> {
  const doc = await readDocumentFile(join(DIR, name));
  return { profile: parseDocument(doc).profile, text: doc.text };
}

describe.each(['docx', 'pdf'] as const)('ambergate disclosure officer (.%s)', (format) => {
  let profile: RoleProfile;
  let text: string;
  beforeAll(async () => {
    ({ profile, text } = await read(`ambergate-disclosure-officer-tick-columns.${format}`));
  });

  it('reads the tick columns: three essential criteria and two desirable, the header being no criterion', () => {
    expect(profile.essentialCriteria.map((c) => c.text)).toEqual([
      'Experience of reviewing large volumes of material for relevance and recording the reasons for each decision made.',
      'Able to write clear schedules that a lawyer can rely on.',
      'Knowledge of the Criminal Procedure and Investigations Act 1996.',
    ]);
    expect(profile.desirableCriteria.map((c) => c.text)).toEqual([
      'Experience of redacting documents before release.',
      'Experience of digital evidence review tools.',
    ]);
  });

  it('reads each competency with its level, "Level 1" never left in a name', () => {
    expect(profile.behaviours.map((b) => [b.name, b.level])).toEqual([
      ['We deliver, support and inspire', 2],
      ['We collaborate', 1],
      ['We are innovative and open-minded', 1],
    ]);
  });

  it('reads the hours from the first sentence of the Hours cell, the rota sentence after it aside', () => {
    expect(profile.weeklyHours).toBe(37.5);
  });

  it('keeps the label/value table and cites every value on its line', () => {
    expect([profile.title, profile.grade, profile.roleCode, profile.reportsTo]).toEqual(['Disclosure Officer', 'Scale 6', 'AC-DIS-31', 'Disclosure Manager']);
    expect(profile.vetting.levels).toEqual(['MV']);
    expect(misquoted(profile, text)).toEqual([]);
  });
});

describe.each(['docx', 'pdf'] as const)('dunmere case progression officer, pasted fields (.%s)', (format) => {
  let profile: RoleProfile;
  let text: string;
  beforeAll(async () => {
    ({ profile, text } = await read(`dunmere-case-progression-officer-pasted-fields.${format}`));
  });

  it('cuts each field at its label: the role code stops before the next heading, the manager before the next label', () => {
    expect(profile.title).toBe('Case Progression Officer');
    expect(profile.grade).toBe('Scale 4');
    expect(profile.roleCode).toBe('DP-CJ-0442');
    expect(profile.reportsTo).toBe('Case Progression Supervisor');
    expect(profile.weeklyHours).toBe(30);
  });

  it('reads a label the line wrap broke ("Vetting" / "Level: NPPV3") and the driving section', () => {
    expect(profile.vetting).toMatchObject({ status: 'stated', levels: ['NPPV3'] });
    expect(profile.driving.requirement).toBe('not-required');
    expect(misquoted(profile, text)).toEqual([]);
  });
});
