/**
 * Average link the slow way, as its definition states it, for tests to check `averageLink`
 * (src/core/group/cluster.ts) against: merge the pair of groups with the highest average
 * similarity (missing pairs count 0) while it reaches the threshold; ties go to the pair whose
 * first items are smallest (the lower first item, then the higher). With a merge rule, a pair the
 * rule refuses is set aside until either group changes. Small graphs to run it on, too.
 */
import fc from 'fast-check';
import type { Edge, MayMerge } from '../src/core/group/cluster';

export function naiveAverageLink(
  count: number,
  edges: readonly Edge[],
  threshold: number,
  rule?: MayMerge,
): number[][] {
  const sim = new Map<string, number>();
  const key = (i: number, j: number) => `${Math.min(i, j)}:${Math.max(i, j)}`;
  for (const { a, b, sim: s } of edges) if (a !== b) sim.set(key(a, b), (sim.get(key(a, b)) ?? 0) + s);
  const between = (x: readonly number[], y: readonly number[]) => {
    let sum = 0;
    for (const i of x) for (const j of y) sum += sim.get(key(i, j)) ?? 0;
    return sum;
  };
  const cohesion = (g: readonly number[]) => {
    if (g.length < 2) return 0;
    let sum = 0;
    for (let p = 0; p < g.length; p++) for (let q = p + 1; q < g.length; q++) sum += sim.get(key(g[p]!, g[q]!)) ?? 0;
    return sum / ((g.length * (g.length - 1)) / 2);
  };
  const name = (g: readonly number[]) => g.join(',');
  const refused = new Set<string>();
  let groups = Array.from({ length: count }, (_, i) => [i]);
  for (;;) {
    let best: { x: number; y: number; avg: number; lo: number; hi: number } | null = null;
    for (let x = 0; x < groups.length; x++)
      for (let y = x + 1; y < groups.length; y++) {
        if (refused.has(`${name(groups[x]!)}|${name(groups[y]!)}`)) continue;
        const avg = between(groups[x]!, groups[y]!) / (groups[x]!.length * groups[y]!.length);
        const [lo, hi] = [Math.min(groups[x]![0]!, groups[y]![0]!), Math.max(groups[x]![0]!, groups[y]![0]!)];
        const wins =
          !best || avg > best.avg || (avg === best.avg && (lo < best.lo || (lo === best.lo && hi < best.hi)));
        if (wins) best = { x, y, avg, lo, hi };
      }
    if (!best || best.avg < threshold) break;
    const [gx, gy] = [groups[best.x]!, groups[best.y]!];
    if (rule && !rule({ members: gx, cohesion: cohesion(gx) }, { members: gy, cohesion: cohesion(gy) }, best.avg)) {
      refused.add(`${name(gx)}|${name(gy)}`);
      continue;
    }
    const merged = [...gx, ...gy].sort((p, q) => p - q);
    groups = groups.filter((_, i) => i !== best.x && i !== best.y);
    groups.push(merged);
    groups.sort((p, q) => p[0]! - q[0]!);
  }
  return groups;
}

/** Small graphs (`minCount` to 9 items) whose similarities are eighths, so that averages tie often and exactly. */
export function smallGraphs(minCount: number) {
  return fc.integer({ min: minCount, max: 9 }).chain((count) =>
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
}
