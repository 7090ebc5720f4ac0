/**
 * Criteria tables whose rows, not their columns, say Essential or Desirable: a one-cell row merged across the
 * table over each group, or an E1/D1 code in a cell of its own. Documents of our own, as Word HTML (through
 * mammoth's table rows) and as tab-separated text.
 */
import { describe, expect, it } from 'vitest';
import { docxHtmlToText } from '../../../src/ingest/extract-docx.ts';
import { parseDocument } from '../../../src/ingest/index.ts';
import type { RoleProfile } from '../../../src/profile/role-profile.ts';

function parseHtml(html: string): RoleProfile {
  const { text, tables } = docxHtmlToText(html);
  return parseDocument({ file: 'case.docx', text, tables, format: 'docx', sha256: 'c'.repeat(64) }).profile;
}

function parseText(text: string): RoleProfile {
  return parseDocument({ file: 'case.txt', text, format: 'txt', sha256: 'c'.repeat(64) }).profile;
}

const GROUPED = [
  '<h1>Property Officer</h1>',
  '<p><b>Person specification</b></p>',
  '<table>',
  '<tr><th>Requirement</th><th>How assessed</th></tr>',
  '<tr><td colspan="2"><b>Essential criteria</b></td></tr>',
  '<tr><td colspan="2">Knowledge</td></tr>',
  '<tr><td>Knowledge of the rules for storing and disposing of seized property.</td><td>I</td></tr>',
  '<tr><td colspan="2">Experience</td></tr>',
  '<tr><td>Experience of running a stores system with an audit trail.</td><td>A / I</td></tr>',
  '<tr><td>Experience of handling cash and drugs under two-person procedures.</td><td>A</td></tr>',
  '<tr><td colspan="2"><b>Desirable criteria</b></td></tr>',
  '<tr><td>Forklift licence.</td><td>A</td></tr>',
  '</table>',
  '<p>A = application, I = interview</p>',
  '<h2>Vetting</h2><p>NPPV Level 2 is required.</p>',
].join('');

describe('a criteria table grouped by Essential and Desirable rows', () => {
  it('gives each row the kind of the group row above it, with its assessment and the category row it sits under', () => {
    const profile = parseHtml(GROUPED);
    expect(profile.essentialCriteria.map((c) => [c.text, c.category, c.assessment])).toEqual([
      ['Knowledge of the rules for storing and disposing of seized property.', 'Knowledge', 'Interview'],
      ['Experience of running a stores system with an audit trail.', 'Experience', 'Application, Interview'],
      ['Experience of handling cash and drugs under two-person procedures.', 'Experience', 'Application'],
    ]);
    expect(profile.desirableCriteria.map((c) => [c.text, c.category])).toEqual([['Forklift licence.', null]]);
  });

  it('cites each criterion on its own row', () => {
    const { text } = docxHtmlToText(GROUPED);
    const lines = text.split('\n');
    const profile = parseHtml(GROUPED);
    for (const criterion of [...profile.essentialCriteria, ...profile.desirableCriteria]) {
      const evidence = criterion.evidence[0];
      expect(evidence && lines[evidence.line - 1]).toContain(criterion.text);
    }
  });

  it('reads the same groups from tab-separated text, where nothing says a row is merged', () => {
    const profile = parseText(
      [
        'Job title: Property Officer',
        '',
        'Criteria\tMethod of assessment',
        'Essential',
        'Able to lift and move boxes of up to 20kg.\tT',
        'Good record keeping.\tA',
        'Desirable',
        'Experience in a police property store.\tA',
      ].join('\n'),
    );
    expect(profile.essentialCriteria.map((c) => c.text)).toEqual(['Able to lift and move boxes of up to 20kg.', 'Good record keeping.']);
    expect(profile.desirableCriteria.map((c) => c.text)).toEqual(['Experience in a police property store.']);
  });

  it('invents no kind for a criteria table whose rows say none', () => {
    const profile = parseText(
      ['Job title: Property Officer', '', 'Criteria\tMethod of assessment', 'Good record keeping.\tA', 'Able to drive a van.\tA'].join('\n'),
    );
    expect(profile.desirableCriteria).toEqual([]);
  });
});

describe('a criteria table coded E1, E2 ... D1 in a column of its own', () => {
  const html = [
    '<p>Job title: Records Clerk</p>',
    '<table>',
    '<tr><td>No.</td><td>Criterion</td><td>Assessment method</td></tr>',
    '<tr><td>E1</td><td>Accurate keyboard skills.</td><td>Test</td></tr>',
    '<tr><td>D1</td><td>Knowledge of court procedure.</td><td>Interview</td></tr>',
    '<tr><td>E2</td><td>Able to keep information confidential.</td><td>Interview</td></tr>',
    '</table>',
  ].join('');

  it('gives each row the kind and number of its code, in any order', () => {
    const profile = parseHtml(html);
    expect(profile.essentialCriteria.map((c) => [c.number, c.text, c.assessment])).toEqual([
      [1, 'Accurate keyboard skills.', 'Test'],
      [2, 'Able to keep information confidential.', 'Interview'],
    ]);
    expect(profile.desirableCriteria.map((c) => [c.number, c.text])).toEqual([[1, 'Knowledge of court procedure.']]);
  });
});
