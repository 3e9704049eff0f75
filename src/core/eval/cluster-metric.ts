/**
 * Clustering scores against gold labels: B-cubed (Bagga & Baldwin 1998) and pair counting.
 * Items are named by string; every gold item must have a predicted cluster (the caller puts
 * items the system dropped in clusters of their own, so dropping never helps a score).
 */

export interface ClusterScores {
  items: number;
  goldClusters: number;
  predictedClusters: number;
  b3: { precision: number; recall: number; f1: number };
  pairs: { precision: number; recall: number; f1: number };
}

function f1(p: number, r: number): number {
  return p + r > 0 ? (2 * p * r) / (p + r) : 0;
}

export function scoreClusters(
  gold: ReadonlyMap<string, string>,
  predicted: ReadonlyMap<string, string>,
): ClusterScores {
  const joint = new Map<string, number>();
  const goldSize = new Map<string, number>();
  const predSize = new Map<string, number>();
  for (const [item, g] of gold) {
    const p = predicted.get(item);
    if (p === undefined) throw new Error(`core/eval: item "${item}" has no predicted cluster`);
    goldSize.set(g, (goldSize.get(g) ?? 0) + 1);
    predSize.set(p, (predSize.get(p) ?? 0) + 1);
    const key = `${p}\u0000${g}`;
    joint.set(key, (joint.get(key) ?? 0) + 1);
  }
  const n = gold.size;
  let bp = 0;
  let br = 0;
  let together = 0;
  for (const [key, c] of joint) {
    const [p, g] = key.split('\u0000') as [string, string];
    bp += (c * c) / predSize.get(p)!;
    br += (c * c) / goldSize.get(g)!;
    together += (c * (c - 1)) / 2;
  }
  const pairsOf = (sizes: Map<string, number>) => [...sizes.values()].reduce((s, k) => s + (k * (k - 1)) / 2, 0);
  const predPairs = pairsOf(predSize);
  const goldPairs = pairsOf(goldSize);
  const pp = predPairs > 0 ? together / predPairs : 1;
  const pr = goldPairs > 0 ? together / goldPairs : 1;
  return {
    items: n,
    goldClusters: goldSize.size,
    predictedClusters: predSize.size,
    b3: { precision: bp / n, recall: br / n, f1: f1(bp / n, br / n) },
    pairs: { precision: pp, recall: pr, f1: f1(pp, pr) },
  };
}
