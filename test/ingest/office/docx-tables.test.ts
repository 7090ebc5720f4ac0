/**
 * Word tables from mammoth's HTML: merged cells spread over the places they cover, rows reported as table
 * rows with their line, and header-named tables read by their columns (also in plain text).
 */
import { describe, expect, it } from 'vitest';
import { tableGrid } from '../../../src/ingest/docx-tables.ts';
import { docxHtmlToText } from '../../../src/ingest/extract-docx.ts';
import { parseDocument } from '../../../src/ingest/index.ts';

describe('tableGrid', () => {
  it('gives a cell merged down to every row it spans, and marks a row merged across the table', () => {
    const grid = tableGrid(
      '<tr><td><p>Group</p></td><td><p>Item</p></td><td><p>How</p></td></tr>' +
        '<tr><td colspan="3"><p><strong>Section A</strong></p></td></tr>' +
        '<tr><td rowspan="2"><p>Kit</p></td><td><p>Radio</p></td><td rowspan="2"><p>T</p></td></tr>' +
        '<tr><td><p>Torch</p></td></tr>',
    );
    expect(grid).toEqual([
      { cells: ['Group', 'Item', 'How'], spanning: false },
      { cells: ['Section A', '', ''], spanning: true },
      { cells: ['Kit', 'Radio', 'T'], spanning: false },
      { cells: ['Kit', 'Torch', 'T'], spanning: false },
    ]);
  });

  it('a cell merged across part of a row fills its first column only', () => {
    expect(tableGrid('<tr><td>Base</td><td>North</td><td>South</td></tr><tr><td>Reports to</td><td colspan="2">Duty Manager</td></tr>')[1]).toEqual({
      cells: ['Reports to', 'Duty Manager', ''],
      spanning: false,
    });
  });
});

describe('docxHtmlToText', () => {
  it('reports each table row with its line, table and row, after headings and paragraphs', () => {
    const { text, tables } = docxHtmlToText(
      '<h1>Relief Driver</h1><p>Intro</p><table><tr><td>Skill</td><td>Level</td></tr><tr><td>Towing</td><td>2</td></tr></table><p>After</p>',
    );
    const lines = text.split('\n');
    expect(tables.map((t) => [lines[t.line - 1], t.table, t.row, t.columns])).toEqual([
      ['Skill\tLevel', 0, 0, 2],
      ['Towing\t2', 0, 1, 2],
    ]);
  });
});

describe('tables read by their header row', () => {
  it('a "Skill | Level" and a "Competency | Level" table give names with levels (tab-separated text)', () => {
    const text = [
      'Job title: Relief Driver',
      '',
      'Skills needed',
      'Skill\tLevel',
      'Towing trailers\t2',
      'Vehicle recovery\tLevel 3',
      '',
      'Behaviours',
      'Competency\tLevel',
      'We are collaborative\tLevel 1',
      'We deliver, support and inspire\tLevel 1',
    ].join('\n');
    const { profile } = parseDocument({ file: 'relief.txt', text, format: 'txt', sha256: 'a'.repeat(64) });
    expect(profile.skills.map((s) => [s.name, s.level])).toEqual([
      ['Towing trailers', 2],
      ['Vehicle recovery', 3],
    ]);
    expect(profile.behaviours.map((b) => [b.name, b.level])).toEqual([
      ['We are collaborative', 1],
      ['We deliver, support and inspire', 1],
    ]);
  });

  it('in a laid-out table a category row is the category of the rows below, even when it reads as a heading', () => {
    const { text, tables } = docxHtmlToText(
      '<p>Job title: Relief Driver</p><table>' +
        '<tr><td>Criteria</td><td>Essential</td><td>Desirable</td></tr>' +
        '<tr><td colspan="3">Experience</td></tr>' +
        '<tr><td>Driving a minibus</td><td>✔</td><td></td></tr>' +
        '<tr><td>Driving an HGV</td><td></td><td>✔</td></tr>' +
        '</table><p>Vetting: NPPV2</p>',
    );
    const { profile } = parseDocument({ file: 'relief.docx', text, format: 'docx', sha256: 'a'.repeat(64), tables });
    expect(profile.essentialCriteria.map((c) => [c.text, c.category])).toEqual([['Driving a minibus', 'Experience']]);
    expect(profile.desirableCriteria.map((c) => [c.text, c.category])).toEqual([['Driving an HGV', 'Experience']]);
    expect(profile.vetting.levels).toEqual(['NPPV2']);
  });
});
