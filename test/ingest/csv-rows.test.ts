/**
 * Role profiles exported from a spreadsheet as quoted CSV rows: the cell splitter on its own, and a whole
 * document written for this test (a different role and force from any corpus document).
 */
import { describe, expect, it } from 'vitest';
import { isCsvHeaderRow, splitQuotedCsvRow } from '../../src/ingest/csv-rows.ts';
import { normaliseLines } from '../../src/ingest/normalise-lines.ts';
import { misquoted } from './support/evidence.ts';
import { FIXTURES_DIR, loadFrom } from './support/load-seed.ts';

const texts = (row: { text: string }[] | null): string[] | null => row?.map((cell) => cell.text) ?? null;

describe('splitQuotedCsvRow', () => {
  it('splits quoted cells on the commas between them, not the commas inside', () => {
    expect(texts(splitQuotedCsvRow('"Shift Pattern","Days, nights and weekends"'))).toEqual(['Shift Pattern', 'Days, nights and weekends']);
  });
  it('reads "" as a quote inside a cell and tolerates spaces after a comma', () => {
    expect(texts(splitQuotedCsvRow('"Note", "A ""plain"" report"'))).toEqual(['Note', 'A "plain" report']);
  });
  it('keeps where each cell starts in the line', () => {
    expect(splitQuotedCsvRow('"Grade","Scale 5"')?.map((cell) => cell.col)).toEqual([0, 8]);
  });
  it('leaves anything else alone', () => {
    expect(splitQuotedCsvRow('"Quoted" prose that goes on, with a comma')).toBeNull();
    expect(splitQuotedCsvRow('"One quoted sentence only."')).toBeNull();
    expect(splitQuotedCsvRow('"Unbalanced","quote')).toBeNull();
    expect(splitQuotedCsvRow('Grade,Scale 5')).toBeNull();
  });
  it('knows a column header row', () => {
    expect(isCsvHeaderRow([{ text: 'Field', col: 0 }, { text: 'Value', col: 8 }])).toBe(true);
    expect(isCsvHeaderRow([{ text: 'Grade', col: 0 }, { text: 'Value', col: 8 }])).toBe(false);
  });
});

describe('normaliseLines on CSV rows', () => {
  it('gives label/value cells on the source line and blanks the header row', () => {
    const lines = normaliseLines('"Field","Value"\n"Reports To","Custody Sergeant"\n');
    expect(lines[0]?.text).toBe('');
    expect(lines[1]).toMatchObject({ no: 2, text: 'Reports To\tCustody Sergeant' });
  });
  it('reads "Essential 2" as a row of the essential list, but leaves a "Grade 6" cell as it is', () => {
    const lines = normaliseLines('"Essential 2","Good IT skills"\n"Grade 6","Band"\n');
    expect(lines[0]?.cells[0]?.text).toBe('Essential');
    expect(lines[1]?.cells[0]?.text).toBe('Grade 6');
  });
});

describe('a spreadsheet CSV export', () => {
  const loaded = loadFrom(FIXTURES_DIR, 'csv-spreadsheet-export.txt');
  const p = loaded.result.profile;

  it('reads the field rows', () => {
    expect([p.title, p.titleInferred, p.organisation, p.staffType]).toEqual(['Digital Media Investigator', false, 'Cumbria Constabulary', 'staff']);
    expect([p.grade, p.weeklyHours, p.reportsTo]).toEqual(['Scale 5, Point 3', 36.5, 'Digital Investigation Team Leader']);
    expect(p.vetting).toMatchObject({ status: 'stated', levels: ['MV'] });
    expect(p.driving.requirement).toBe('not-required');
  });
  it('reads numbered criteria rows as the essential and desirable lists, with quotes unescaped', () => {
    expect(p.essentialCriteria.map((c) => c.text)).toEqual([
      'Experience of extracting data from phones, tablets and computers',
      'Able to explain technical findings in plain English, for example in a "Streamlined Forensic Report"',
      'Working knowledge of the Criminal Procedure and Investigations Act',
    ]);
    expect(p.essentialCriteria.map((c) => c.evidence[0]?.line)).toEqual([10, 11, 12]);
    expect(p.desirableCriteria.map((c) => c.text)).toEqual(['Cellebrite certification', 'Experience of open-source (OSINT) research']);
  });
  it('splits a list value and ignores a trailing empty cell', () => {
    expect(p.itSystems.map((s) => s.name)).toEqual(['Cellebrite', 'Magnet AXIOM', 'Athena']);
  });
  it('cites every fact on its line', () => {
    expect(misquoted(p, loaded.text)).toEqual([]);
  });
});
