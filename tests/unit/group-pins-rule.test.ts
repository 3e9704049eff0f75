/**
 * Pins of average-link clustering with a merge rule: checked against a plain implementation that
 * recomputes every average and asks the rule about every pair it would merge, setting a refused
 * pair aside until either group changes. The rule sees the caller's item numbers, each group's
 * cohesion (mean similarity of its pairs, missing pairs 0) and the pair's average similarity.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { naiveAverageLink, smallGraphs } from '../average-link-oracle';
import {
  averageLink,
  EdgeBuffer,
  edgeObjects,
  type Cluster,
  type Edge,
  type MayMerge,
} from '../../src/core/group/cluster';

/** A rule that refuses some unions of items (by a hash of them), and records what it was asked. */
function hashRule(seed: number, modulus: number) {
  const asked: string[] = [];
  const rule: MayMerge = (x: Cluster, y: Cluster, s: number) => {
    const union = [...x.members, ...y.members].sort((p, q) => p - q);
    const sides = [x, y]
      .map((c) => `${[...c.members].sort((p, q) => p - q).join(',')}@${c.cohesion.toFixed(9)}`)
      .sort();
    asked.push(`${sides.join(' + ')} ~${s.toFixed(9)}`);
    return union.reduce((h, v) => (h * 31 + v + 7) % 1009, seed) % modulus !== 0;
  };
  return { rule, asked };
}

const graphs = smallGraphs(2).chain((g) =>
  fc.record({
    count: fc.constant(g.count),
    edges: fc.constant(g.edges),
    threshold: fc.constant(g.threshold),
    seed: fc.integer({ min: 0, max: 1000 }),
    modulus: fc.integer({ min: 2, max: 4 }),
  }),
);

describe('averageLink with a merge rule', () => {
  it('gives the groups, and asks the rule the questions, of the plain implementation', () => {
    fc.assert(
      fc.property(graphs, ({ count, edges, threshold, seed, modulus }) => {
        const fast = hashRule(seed, modulus);
        const slow = hashRule(seed, modulus);
        expect(averageLink(count, edges, threshold, fast.rule)).toEqual(
          naiveAverageLink(count, edges, threshold, slow.rule),
        );
        expect(fast.asked.sort()).toEqual(slow.asked.sort());
      }),
      { numRuns: 500, seed: 11 },
    );
  });

  it('asks again about a refused pair once either group has grown', () => {
    // 0–1 is refused while 1 stands alone; once 1 and 2 merge, {0} and {1, 2} may merge.
    const edges = [
      { a: 0, b: 1, sim: 0.9 },
      { a: 1, b: 2, sim: 0.8 },
      { a: 0, b: 2, sim: 0.7 },
    ];
    const asked: string[] = [];
    const rule: MayMerge = (x, y) => {
      const sides = [x.members, y.members].map((m) => [...m].sort((p, q) => p - q).join(',')).sort();
      asked.push(sides.join(' + '));
      return sides.join(' + ') !== '0 + 1';
    };
    expect(averageLink(3, edges, 0.5, rule)).toEqual([[0, 1, 2]]);
    expect(asked).toEqual(['0 + 1', '1 + 2', '0 + 1,2']);
  });

  it('keeps a refused pair apart when nothing else changes', () => {
    const rule: MayMerge = () => false;
    expect(averageLink(2, [{ a: 0, b: 1, sim: 0.9 }], 0.5, rule)).toEqual([[0], [1]]);
    // The next best pair is asked after a refusal.
    const asked: number[][] = [];
    const second: MayMerge = (x, y, s) => {
      asked.push([...x.members, ...y.members].sort((p, q) => p - q).concat([s]));
      return s < 0.9;
    };
    expect(
      averageLink(
        3,
        [
          { a: 0, b: 1, sim: 0.9 },
          { a: 1, b: 2, sim: 0.6 },
        ],
        0.5,
        second,
      ),
    ).toEqual([[0], [1, 2]]);
    // {0} and {1, 2} average 0.45, below the threshold: not asked.
    expect(asked).toEqual([
      [0, 1, 0.9],
      [1, 2, 0.6],
    ]);
  });

  it('shows the rule the caller’s item numbers and each group’s cohesion, whatever the component', () => {
    const seen: string[] = [];
    const rule: MayMerge = (x, y, s) => {
      seen.push(
        [x, y]
          .map((c) => `${[...c.members].sort((p, q) => p - q).join(',')}@${c.cohesion}`)
          .sort()
          .join(' + ') + ` ~${s}`,
      );
      return true;
    };
    const edges = [
      { a: 5, b: 7, sim: 0.5 },
      { a: 3, b: 5, sim: 0.75 },
      { a: 3, b: 7, sim: 0.25 },
      { a: 2, b: 6, sim: 0.5 },
    ];
    expect(averageLink(8, edges, 0.2, rule)).toEqual([[0], [1], [2, 6], [3, 5, 7], [4]]);
    expect(seen.sort()).toEqual(['2@0 + 6@0 ~0.5', '3,5@0.75 + 7@0 ~0.375', '3@0 + 5@0 ~0.75']);
  });
});

describe('EdgeBuffer', () => {
  it('keeps every pair, in order, as it grows past its first size', () => {
    const buffer = new EdgeBuffer();
    const edges: Edge[] = Array.from({ length: 2500 }, (_, k) => ({ a: k, b: k + 1, sim: (k % 97) / 97 }));
    for (const e of edges) buffer.push(e.a, e.b, e.sim);
    expect(buffer.length).toBe(2500);
    expect(edgeObjects(buffer)).toEqual(edges);
  });

  it('is read by averageLink as the same edges given as objects', () => {
    const edges: Edge[] = [
      { a: 0, b: 1, sim: 0.5 },
      { a: 1, b: 2, sim: 0.25 },
      { a: 3, b: 4, sim: 0.75 },
      { a: 2, b: 3, sim: 0.125 },
    ];
    const buffer = new EdgeBuffer();
    for (const e of edges) buffer.push(e.a, e.b, e.sim);
    for (const threshold of [0.1, 0.2, 0.3, 0.6])
      expect(averageLink(5, buffer, threshold)).toEqual(averageLink(5, edges, threshold));
    // {0, 1} and 2 average 0.125: below 0.2.
    expect(averageLink(5, buffer, 0.2)).toEqual([[0, 1], [2], [3, 4]]);
  });
});
