import { describe, expect, it } from 'vitest';
import type { Citation } from '../../src/answer/types.ts';
import { formatCitations } from '../../src/cli/format-answer.ts';

const profileCitation: Citation = { roleId: 'pcso-herts', roleTitle: 'PCSO', field: 'vetting', line: 46, quote: 'be vetted' };
const postingCitation: Citation = {
  roleId: 'pcso-herts',
  roleTitle: 'PCSO',
  field: 'closingDate',
  line: 0,
  quote: 'Closes 2026-12-31',
  postingId: 'p-1a2b',
};

describe('formatCitations', () => {
  it('cites a profile fact by its line and a vacancy posting by its id, never "line 0"', () => {
    expect(formatCitations([profileCitation, postingCitation])).toEqual([
      'Sources:',
      '  - PCSO profile, line 46 (vetting): "be vetted"',
      '  - PCSO vacancy posting p-1a2b (closingDate): "Closes 2026-12-31"',
    ]);
  });

  it('lists each source once', () => {
    expect(formatCitations([profileCitation, { ...profileCitation }])).toHaveLength(2);
  });
});
