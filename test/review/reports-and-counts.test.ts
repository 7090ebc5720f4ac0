/** The review queue's pure parts: reports merged by what they are about, unanswered subjects counted. */
import { describe, expect, it } from 'vitest';
import type { Answer } from '../../src/answer/types.ts';
import { addReport, openReports, resolveReport, type NewReport } from '../../src/review/reports.ts';
import { addUnanswered, topUnanswered, unansweredOf, UNKNOWN_ROLE } from '../../src/review/unanswered.ts';

const AT = '2026-12-03T10:00:00.000Z';

function report(overrides: Partial<NewReport> = {}): NewReport {
  return {
    roleId: 'pcso',
    roleTitle: 'PCSO',
    field: 'vetting',
    line: 12,
    quote: 'Vetting: RV',
    question: 'what vetting does a pcso need?',
    answer: 'RV',
    reporter: { user: 'U1', at: AT, note: null },
    ...overrides,
  };
}

describe('reports', () => {
  it('the same role, field and line merge into one report with every reporter', () => {
    const first = addReport([], report());
    const second = addReport(first.reports, report({ question: 'PCSO vetting?', reporter: { user: 'U2', at: AT, note: 'now NPPV2' } }));
    expect(second.merged).toBe(true);
    expect(second.reports).toHaveLength(1);
    expect(second.report.reporters.map((r) => r.user)).toEqual(['U1', 'U2']);
  });

  it('another line, another field or another role is another report', () => {
    let reports = addReport([], report()).reports;
    reports = addReport(reports, report({ line: 13 })).reports;
    reports = addReport(reports, report({ field: 'shifts' })).reports;
    reports = addReport(reports, report({ roleId: 'dc' })).reports;
    expect(reports).toHaveLength(4);
  });

  it('answers citing nothing merge by their question, whatever its case and punctuation', () => {
    const first = addReport([], report({ field: null, line: null, quote: null, question: 'Does a PCSO get a car?' }));
    const second = addReport(first.reports, report({ field: null, line: null, quote: null, question: 'does a pcso get a car', reporter: { user: 'U2', at: AT, note: null } }));
    expect(second.reports).toHaveLength(1);
  });

  it('the same person pressing twice with the same note is counted once', () => {
    const first = addReport([], report());
    expect(addReport(first.reports, report()).report.reporters).toHaveLength(1);
  });

  it('open reports list the most reported first', () => {
    let reports = addReport([], report({ line: 1 })).reports;
    reports = addReport(reports, report({ line: 2 })).reports;
    reports = addReport(reports, report({ line: 2, reporter: { user: 'U2', at: AT, note: null } })).reports;
    expect(openReports(reports).map((r) => r.line)).toEqual([2, 1]);
  });

  it('a resolved report leaves the open list with who resolved it and when; the same problem reported again is open again', () => {
    const { reports, report: added } = addReport([], report());
    const resolved = resolveReport(reports, added.id, 'UHR', new Date(AT));
    expect(resolved?.[0]).toMatchObject({ status: 'resolved', resolvedBy: 'UHR', resolvedAt: AT });
    expect(openReports(resolved ?? [])).toEqual([]);
    expect(resolveReport(resolved ?? [], added.id, 'UHR', new Date(AT))).toBeNull();
    expect(resolveReport(reports, '000000000000', 'UHR', new Date(AT))).toBeNull();
    const again = addReport(resolved ?? [], report({ reporter: { user: 'U3', at: AT, note: null } }));
    expect(openReports(again.reports).map((r) => r.reporters.map((p) => p.user))).toEqual([['U3']]);
  });
});

const base = { question: 'q', roles: [], text: '', citations: [] };

describe('unanswered questions', () => {
  it('not-stated facts count per role and subject; unknown roles and help count without a role', () => {
    const answer: Answer = {
      ...base,
      kind: 'answer',
      facts: [
        { roleId: 'pcso', topic: 'pay', label: 'Pay', status: 'not-stated', value: null, citations: [] },
        { roleId: 'pcso', topic: 'vetting', label: 'Vetting', status: 'stated', value: 'RV', citations: [] },
      ],
    };
    expect(unansweredOf(answer)).toEqual([{ roleId: 'pcso', subject: 'Pay' }]);
    expect(unansweredOf({ ...base, kind: 'not-found', suggestions: [] })).toEqual([{ roleId: null, subject: UNKNOWN_ROLE }]);
    expect(unansweredOf({ ...base, kind: 'help', examples: [] })).toHaveLength(1);
    expect(unansweredOf({ ...base, kind: 'list', title: 't', items: [] })).toEqual([]);
  });

  it('counts add up and the top list is most asked first', () => {
    let counts = addUnanswered([], [{ roleId: 'pcso', subject: 'Pay' }]);
    counts = addUnanswered(counts, [{ roleId: 'pcso', subject: 'Pay' }, { roleId: null, subject: UNKNOWN_ROLE }]);
    expect(topUnanswered(counts)).toEqual([
      { roleId: 'pcso', subject: 'Pay', count: 2 },
      { roleId: null, subject: UNKNOWN_ROLE, count: 1 },
    ]);
  });
});
