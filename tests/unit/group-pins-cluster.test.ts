/**
 * Pins of average-link clustering: checked against a plain implementation that recomputes
 * every average from scratch (the heap, the per-component split and the neighbour bookkeeping
 * must not change which groups come out), plus the tie-break and threshold boundaries.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { averageLink, type Edge } from '../../src/core/group/cluster';

/**
 * Average link the slow way: merge the pair of groups with the highest average similarity
 * (missing pairs count 0) while it reaches the threshold; ties go to the pair whose first
 * items are smallest (the lower first item, then the higher).
 */
function naiveAverageLink(count: number, edges: readonly Edge[], threshold: number): number[][] {
  const sim = new Map<string, number>();
  for (const { a, b, sim: s } of edges) {
    if (a === b) continue;
    const k = `${Math.min(a, b)}:${Math.max(a, b)}`;
    sim.set(k, (sim.get(k) ?? 0) + s);
  }
  let groups = Array.from({ length: count }, (_, i) => [i]);
  for (;;) {
    let best: { x: number; y: number; avg: number; lo: number; hi: number } | null = null;
    for (let x = 0; x < groups.length; x++)
      for (let y = x + 1; y < groups.length; y++) {
        let sum = 0;
        for (const i of groups[x]!)
          for (const j of groups[y]!) sum += sim.get(`${Math.min(i, j)}:${Math.max(i, j)}`) ?? 0;
        const avg = sum / (groups[x]!.length * groups[y]!.length);
        const [lo, hi] = [Math.min(groups[x]![0]!, groups[y]![0]!), Math.max(groups[x]![0]!, groups[y]![0]!)];
        const wins =
          !best || avg > best.avg || (avg === best.avg && (lo < best.lo || (lo === best.lo && hi < best.hi)));
        if (wins) best = { x, y, avg, lo, hi };
      }
    if (!best || best.avg < threshold) break;
    const merged = [...groups[best.x]!, ...groups[best.y]!].sort((p, q) => p - q);
    groups = groups.filter((_, i) => i !== best.x && i !== best.y);
    groups.push(merged);
    groups.sort((p, q) => p[0]! - q[0]!);
  }
  return groups;
}

/** Small graphs whose similarities are eighths, so that averages tie often and exactly. */
const graphs = fc.integer({ min: 1, max: 9 }).chain((count) =>
  fc.record({
    count: fc.constant(count),
    edges: fc.uniqueArray(
      fc.record({
        a: fc.integer({ min: 0, max: count - 1 }),
        b: fc.integer({ min: 0, max: count - 1 }),
        sim: fc.integer({ min: 1, max: 8 }).map((k) => k / 8),
      }),
      { maxLength: 20, selector: (e) => `${Math.min(e.a, e.b)}:${Math.max(e.a, e.b)}` },
    ),
    threshold: fc.integer({ min: 1, max: 8 }).map((k) => k / 16),
  }),
);

describe('averageLink against a plain implementation', () => {
  it('gives the same groups on any small graph, ties included', () => {
    fc.assert(
      fc.property(graphs, ({ count, edges, threshold }) => {
        expect(averageLink(count, edges, threshold)).toEqual(naiveAverageLink(count, edges, threshold));
      }),
      { numRuns: 300, seed: 7 },
    );
  });

  it('does not depend on the order the edges come in or which end is named first', () => {
    fc.assert(
      fc.property(graphs, ({ count, edges, threshold }) => {
        const flipped = [...edges].reverse().map((e) => ({ a: e.b, b: e.a, sim: e.sim }));
        expect(averageLink(count, flipped, threshold)).toEqual(averageLink(count, edges, threshold));
      }),
      { numRuns: 200, seed: 11 },
    );
  });
});

describe('averageLink', () => {
  it('merges two items whose similarity equals the threshold, not one just below it', () => {
    expect(averageLink(2, [{ a: 0, b: 1, sim: 0.5 }], 0.5)).toEqual([[0, 1]]);
    expect(averageLink(2, [{ a: 0, b: 1, sim: 0.5 }], 0.5000001)).toEqual([[0], [1]]);
  });

  it('breaks a tie between equally alike pairs toward the smaller items', () => {
    // 1 is as alike to 0 as to 2; whichever pair merges first keeps the third out.
    const edges = [
      { a: 1, b: 2, sim: 0.5 },
      { a: 0, b: 1, sim: 0.5 },
    ];
    expect(averageLink(3, edges, 0.3)).toEqual([[0, 1], [2]]);
    const later = [
      { a: 2, b: 3, sim: 0.5 },
      { a: 1, b: 2, sim: 0.5 },
    ];
    expect(averageLink(4, later, 0.3)).toEqual([[0], [1, 2], [3]]);
  });

  it('breaks a tie on the second item when the first is shared', () => {
    const edges = [
      { a: 0, b: 2, sim: 0.5 },
      { a: 0, b: 1, sim: 0.5 },
    ];
    expect(averageLink(3, edges, 0.3)).toEqual([[0, 1], [2]]);
  });

  it('lets the strongest pair merge first, whatever the item numbers', () => {
    const edges = [
      { a: 0, b: 1, sim: 0.4 },
      { a: 1, b: 2, sim: 0.9 },
    ];
    expect(averageLink(3, edges, 0.3)).toEqual([[0], [1, 2]]);
  });

  it('ignores an item paired with itself', () => {
    expect(averageLink(2, [{ a: 0, b: 0, sim: 1 }], 0.1)).toEqual([[0], [1]]);
    expect(
      averageLink(
        3,
        [
          { a: 1, b: 1, sim: 1 },
          { a: 1, b: 2, sim: 0.5 },
        ],
        0.1,
      ),
    ).toEqual([[0], [1, 2]]);
  });

  it('keeps items of different components apart however the groups inside grow', () => {
    const edges = [
      { a: 0, b: 2, sim: 0.8 },
      { a: 2, b: 4, sim: 0.8 },
      { a: 1, b: 3, sim: 0.8 },
      { a: 0, b: 4, sim: 0.8 },
    ];
    expect(averageLink(5, edges, 0.5)).toEqual([
      [0, 2, 4],
      [1, 3],
    ]);
  });

  it('gives every item its own group without edges, and nothing for no items', () => {
    expect(averageLink(3, [], 0.1)).toEqual([[0], [1], [2]]);
    expect(averageLink(0, [], 0.1)).toEqual([]);
  });
});
