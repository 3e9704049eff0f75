import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SumArena, SumTable } from '../../src/core/group/sum-table';

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

  it('property: many tables in one arena each hold what a Map holds, through regrowth, releases and the arena moving them', () => {
    const op = fc.record({
      table: fc.nat(5),
      kind: fc.constantFrom('add', 'delete', 'release'),
      key: fc.integer({ min: 0, max: 3000 }),
      value: fc.double({ min: -1, max: 1, noNaN: true }),
    });
    fc.assert(
      fc.property(fc.array(op, { maxLength: 2000 }), (ops) => {
        const arena = new SumArena();
        const tables = Array.from({ length: 6 }, () => new SumTable(0, arena));
        const maps = tables.map(() => new Map<number, number>());
        for (const o of ops) {
          if (o.kind === 'release') {
            // A table given back is replaced by a new, empty one.
            tables[o.table]!.release();
            tables[o.table] = new SumTable(0, arena);
            maps[o.table] = new Map();
          } else if (o.kind === 'add') {
            tables[o.table]!.add(o.key, o.value);
            maps[o.table]!.set(o.key, (maps[o.table]!.get(o.key) ?? 0) + o.value);
          } else {
            tables[o.table]!.delete(o.key);
            maps[o.table]!.delete(o.key);
          }
        }
        tables.forEach((t, i) => {
          expect(t.size).toBe(maps[i]!.size);
          expect(contents(t)).toEqual([...maps[i]!].sort((x, y) => x[0] - y[0]));
        });
      }),
      { numRuns: 100 },
    );
  });

  it('starts three quarters full, not rounded up to a power of two, and holds that many without growing', () => {
    expect([0, 1, 3, 4, 300, 3000, 1_000_000].map((n) => SumTable.slotsFor(n))).toEqual([
      4, 4, 4, 6, 400, 4000, 1_333_334,
    ]);
    const table = new SumTable(300);
    for (let k = 0; k < 300; k++) table.set(k * 104_729, k);
    expect(table.slots).toBe(400);
    for (let k = 0; k < 300; k++) expect(table.get(k * 104_729)).toBe(k);
  });

  it('made for the slots its tables start with, moves nothing while they are made and filled as expected', () => {
    const expected = Array.from({ length: 3000 }, (_, i) => (i * 7) % 50);
    let slots = 0;
    for (const e of expected) slots += SumTable.slotsFor(e);
    const arena = new SumArena(slots);
    const first = arena.keys;
    const tables = expected.map((e) => new SumTable(e, arena));
    tables.forEach((t, i) => {
      for (let k = 0; k < expected[i]!; k++) t.set(k, k / 4);
    });
    // No table outgrew its first region, and the arena kept its first arrays.
    tables.forEach((t, i) => expect(t.slots).toBe(SumTable.slotsFor(expected[i]!)));
    expect(arena.keys).toBe(first);
    expect(contents(tables[49]!)).toEqual(Array.from({ length: expected[49]! }, (_, k) => [k, k / 4]));
  });

  it('visits a table whole while another one in its arena grows and the arena moves them all', () => {
    const arena = new SumArena();
    const read = new SumTable(0, arena);
    for (let k = 0; k < 50; k++) read.set(k, k / 2);
    const written = new SumTable(0, arena);
    const seen: [number, number][] = [];
    read.forEach((k, sum) => {
      seen.push([k, sum]);
      // Enough entries, while visiting, to outgrow the arena's first arrays several times over.
      for (let n = 0; n < 100; n++) written.set(k * 100 + n, n);
    });
    expect(seen.sort((x, y) => x[0] - y[0])).toEqual(Array.from({ length: 50 }, (_, k) => [k, k / 2]));
    expect(written.size).toBe(5000);
    expect(contents(read)).toEqual(seen);
  });

  it('moves its tables together within the same arrays while they fill at most three quarters, and into larger ones only past that', () => {
    const arena = new SumArena();
    const kept = new SumTable(0, arena);
    for (let k = 0; k < 40; k++) kept.set(k, k + 0.25);
    const first = arena.keys;
    // Tables made and given back, over and over: the top reaches the end many times, while what
    // is in use stays small.
    for (let round = 0; round < 200; round++) {
      const t = new SumTable(0, arena);
      for (let k = 0; k < 30; k++) t.set(k, round);
      t.release();
    }
    expect(arena.keys).toBe(first);
    expect(contents(kept)).toEqual(Array.from({ length: 40 }, (_, k) => [k, k + 0.25]));
    // Past three quarters of the arrays in use, they are replaced by larger ones.
    const big = new SumTable(0, arena);
    for (let k = 0; k < first.length; k++) big.set(k, k);
    expect(arena.keys.length).toBeGreaterThan(first.length);
    expect(big.size).toBe(first.length);
    expect(big.get(first.length - 1)).toBe(first.length - 1);
    expect(contents(kept)).toEqual(Array.from({ length: 40 }, (_, k) => [k, k + 0.25]));
  });
});
