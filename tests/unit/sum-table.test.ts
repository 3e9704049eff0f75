import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SumTable } from '../../src/core/group/sum-table';

type Op = { kind: 'set' | 'add'; key: number; value: number } | { kind: 'delete'; key: number };

function contents(t: SumTable): [number, number][] {
  const out: [number, number][] = [];
  t.forEach((k, s) => out.push([k, s]));
  return out.sort((x, y) => x[0] - y[0]);
}

describe('SumTable', () => {
  it('holds what a Map holds after any sequence of sets, adds and deletes', () => {
    // Few distinct keys, so that the table stays small and its probe runs collide, wrap around
    // its end and lose entries from their middle.
    const key = fc.oneof(
      fc.integer({ min: 0, max: 5 }),
      fc.integer({ min: 0, max: 40 }),
      fc.integer({ min: 0, max: 2_000_000 }),
    );
    const op: fc.Arbitrary<Op> = fc.oneof(
      fc.record({ kind: fc.constant('set' as const), key, value: fc.double({ noNaN: true }) }),
      fc.record({ kind: fc.constant('add' as const), key, value: fc.double({ min: -1, max: 1, noNaN: true }) }),
      fc.record({ kind: fc.constant('delete' as const), key }),
    );
    fc.assert(
      fc.property(
        fc.oneof(fc.array(op, { maxLength: 12 }), fc.array(op, { maxLength: 300 })),
        fc.nat(20),
        (ops, expected) => {
          const table = new SumTable(expected);
          const map = new Map<number, number>();
          for (const o of ops) {
            if (o.kind === 'set') {
              table.set(o.key, o.value);
              map.set(o.key, o.value);
            } else if (o.kind === 'add') {
              table.add(o.key, o.value);
              map.set(o.key, (map.get(o.key) ?? 0) + o.value);
            } else {
              table.delete(o.key);
              map.delete(o.key);
            }
            expect(table.size).toBe(map.size);
            expect(table.get(o.key)).toBe(map.get(o.key));
          }
          expect(contents(table)).toEqual([...map].sort((x, y) => x[0] - y[0]));
          for (const k of map.keys()) expect(table.get(k)).toBe(map.get(k));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('finds every entry after any one delete from a full smallest table, probe runs wrapping its end included', () => {
    // Three entries fill the four slots as far as they go before growing: every way their probe
    // runs can collide and wrap is among these.
    let cases = 0;
    for (let a = 0; a < 12; a++)
      for (let b = 0; b < 12; b++)
        for (let c = 0; c < 12; c++) {
          if (a === b || b === c || a === c) continue;
          for (const gone of [a, b, c]) {
            const table = new SumTable();
            [a, b, c].forEach((k) => table.set(k, k + 0.5));
            table.delete(gone);
            for (const k of [a, b, c]) expect(table.get(k)).toBe(k === gone ? undefined : k + 0.5);
            cases++;
          }
        }
    expect(cases).toBe(12 * 11 * 10 * 3);
  });

  it('grows past its expected size and keeps every entry', () => {
    const table = new SumTable(2);
    for (let k = 0; k < 1000; k++) table.add(k * 7919, k);
    for (let k = 0; k < 1000; k += 2) table.delete(k * 7919);
    expect(table.size).toBe(500);
    expect(table.get(7919)).toBe(1);
    expect(table.get(2 * 7919)).toBeUndefined();
    expect(contents(table).map(([, s]) => s)).toEqual(Array.from({ length: 500 }, (_, i) => 2 * i + 1));
  });
});
