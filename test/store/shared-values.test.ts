/**
 * The snapshot's value table: decoding gives back exactly what was encoded (any JSON value), equal parts
 * are stored once and shared once decoded, and a damaged table is refused rather than half read.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SharedValuesError, decodeShared, encodeShared } from '../../src/store/shared-values.ts';

describe('shared values', () => {
  it('decode(encode(values)) equals the values, as JSON sees them', () => {
    fc.assert(
      fc.property(fc.array(fc.jsonValue()), (values) => {
        const decoded = decodeShared(encodeShared(values));
        expect(decoded).toEqual(JSON.parse(JSON.stringify(values)));
        // And it survives its own trip through JSON (what the snapshot file does).
        expect(decodeShared(JSON.parse(JSON.stringify(encodeShared(values))))).toEqual(decoded);
      }),
    );
  });

  it('stores an equal part once and gives back one shared object for it', () => {
    const skills = [{ name: 'Communication', level: 2, evidence: [{ line: 4, quote: 'Communicates clearly' }] }];
    const a = { id: 'a', skills: structuredClone(skills) };
    const b = { id: 'b', skills: structuredClone(skills) };
    const table = encodeShared([a, b]);
    expect(table.nodes.filter((node) => node === 'Communicates clearly')).toHaveLength(1);
    const [da, db] = decodeShared(table) as (typeof a)[];
    expect(da?.skills).toBe(db?.skills);
    expect(da?.id).toBe('a');
    expect(db?.id).toBe('b');
  });

  it('writes -0 as 0, as JSON does, whichever comes first', () => {
    expect(decodeShared(encodeShared([[-0, 0]]))).toEqual([[0, 0]]);
    expect(Object.is((decodeShared(encodeShared([-0])) as number[])[0], 0)).toBe(true);
  });

  it('keeps a "__proto__" key as data and drops undefined fields, as JSON does', () => {
    const value = JSON.parse('{"__proto__": {"x": 1}, "y": 2}') as Record<string, unknown>;
    const [decoded] = decodeShared(encodeShared([value, { z: undefined, w: 1 }]));
    expect(Object.keys(decoded as object)).toEqual(['__proto__', 'y']);
    expect(decodeShared(encodeShared([{ z: undefined, w: 1 }]))).toEqual([{ w: 1 }]);
  });

  it.each([
    ['a forward reference', { nodes: [[1], 'x'], roots: [0] }],
    ['a reference out of range', { nodes: ['x'], roots: [3] }],
    ['a fractional reference', { nodes: ['x', [0.5]], roots: [1] }],
  ])('refuses %s', (_name, table) => {
    expect(() => decodeShared(table)).toThrow(SharedValuesError);
  });
});
