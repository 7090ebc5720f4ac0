import { describe, expect, it } from 'vitest';
import { codeOf } from '../../src/ingest/extract-role-code.ts';

describe('the code at the start of a role-code label value', () => {
  it.each([
    ['OPS-FCI-07', 'OPS-FCI-07'],
    ['TRF/CI/3 v1.4', 'TRF/CI/3'],
    ['XR-PCSO Version 2', 'XR-PCSO'],
    ['/ QX118 /', 'QX118'],
    ['| AB-1 |', 'AB-1'],
    ['MC 4410 (generic profile)', 'MC 4410'],
    ['ZK0042, issued 2023', 'ZK0042'],
    ['NB-0771 C. MAIN DUTIES OF THE POST', 'NB-0771'],
    ['PCSO', 'PCSO'],
    ['Generic', null],
    ['to be confirmed by HR', null],
    ['see the guidance note', null],
    ['Rev2', null],
  ])('"%s" -> %s', (value, code) => {
    expect(codeOf(value)).toBe(code);
  });
});
