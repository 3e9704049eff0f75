/**
 * Articles to events: candidate pairs from the index, similarity = cosine × time factor,
 * average-link clustering in which two groups of reports merge only when their core names
 * agree (`evidence.ts`). Inputs are put in canonical order (by id) first, so the result
 * does not depend on the order they arrive in.
 */
import { averageLink, type Edge } from './cluster';
import { groupMergeRule } from './evidence';
import {
  buildVectors,
  candidatePairs,
  forEachCandidate,
  cosineIfShared,
  requiredShared,
  DEFAULT_GROUPING,
  timeFactor,
  type GroupInput,
  type GroupingOptions,
  type Vectors,
} from './vectors';

export interface Grouping {
  /** The inputs in canonical order (sorted by id). */
  inputs: GroupInput[];
  vectors: Vectors;
  edges: Edge[];
  /** Groups of indices into `inputs`. */
  groups: number[][];
}

/**
 * How alike two articles are as reports of one happening: content cosine × time factor. Names
 * speak between groups, not pairs (`groupMergeRule`): one report's names may all be
 * incidental.
 */
export function pairSimilarity(v: Vectors, a: number, b: number, content: number, o: GroupingOptions): number {
  if (content <= 0) return 0;
  return content * timeFactor(v, a, b, o);
}

export function groupArticles(inputs: readonly GroupInput[], options: Partial<GroupingOptions> = {}): Grouping {
  const o = { ...DEFAULT_GROUPING, ...options };
  const sorted = [...inputs].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  for (let i = 1; i < sorted.length; i++)
    if (sorted[i]!.id === sorted[i - 1]!.id) throw new Error(`core/group: duplicate article id "${sorted[i]!.id}"`);
  const vectors = buildVectors(sorted, o);
  const edges: Edge[] = [];
  forEachCandidate(vectors, o, (a, b) => {
    const content = cosineIfShared(vectors, a, b, requiredShared(vectors, a, b, o));
    if (content < o.minEdge) return;
    const sim = pairSimilarity(vectors, a, b, content, o);
    if (sim >= o.minEdge) edges.push({ a, b, sim });
  });
  const rule = vectors.keys
    ? groupMergeRule({ keys: vectors.keys, ids: vectors.ids, df: vectors.df }, o.groupAgreement)
    : undefined;
  return { inputs: sorted, vectors, edges, groups: averageLink(sorted.length, edges, o.threshold, rule) };
}

/**
 * Adds articles to a grouping without regrouping the rest, as when new articles arrive:
 * existing groups keep their members; each new article, in canonical order, joins the group
 * it is on average most alike (when that reaches the threshold) or starts its own. Only
 * pairs that involve a new article are compared.
 */
export function addToGrouping(
  previous: Grouping,
  added: readonly GroupInput[],
  options: Partial<GroupingOptions> = {},
): Grouping {
  const o = { ...DEFAULT_GROUPING, ...options };
  const known = new Set(previous.inputs.map((x) => x.id));
  const fresh = [...added].filter((x) => !known.has(x.id)).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const inputs = [...previous.inputs, ...fresh].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const at = new Map(inputs.map((x, i) => [x.id, i]));
  const vectors = buildVectors(inputs, o);
  const groupOf = new Map<number, number>();
  const groups = previous.groups.map((g, gi) =>
    g.map((i) => {
      const n = at.get(previous.inputs[i]!.id)!;
      groupOf.set(n, gi);
      return n;
    }),
  );
  const isNew = new Set(fresh.map((x) => at.get(x.id)!));
  const neighbours = new Map<number, Map<number, number>>();
  const edges: Edge[] = previous.edges.map((e) => ({
    a: at.get(previous.inputs[e.a]!.id)!,
    b: at.get(previous.inputs[e.b]!.id)!,
    sim: e.sim,
  }));
  for (const [a, b] of candidatePairs(vectors, o)) {
    if (!isNew.has(a) && !isNew.has(b)) continue;
    const sim = pairSimilarity(vectors, a, b, cosineIfShared(vectors, a, b, requiredShared(vectors, a, b, o)), o);
    if (sim < o.minEdge) continue;
    edges.push({ a, b, sim });
    for (const [x, y] of [
      [a, b],
      [b, a],
    ] as const) {
      const m = neighbours.get(x) ?? new Map<number, number>();
      m.set(y, sim);
      neighbours.set(x, m);
    }
  }
  for (const n of [...isNew].sort((x, y) => x - y)) {
    const sums = new Map<number, number>();
    for (const [m, sim] of neighbours.get(n) ?? []) {
      const g = groupOf.get(m);
      if (g !== undefined) sums.set(g, (sums.get(g) ?? 0) + sim);
    }
    let best = -1;
    let bestAvg = o.threshold;
    for (const [g, sum] of [...sums].sort((x, y) => x[0] - y[0])) {
      const avg = sum / groups[g]!.length;
      if (avg >= bestAvg) [best, bestAvg] = [g, avg];
    }
    if (best < 0) {
      best = groups.length;
      groups.push([]);
    }
    groups[best]!.push(n);
    groupOf.set(n, best);
  }
  const sortedGroups = groups.map((g) => g.sort((x, y) => x - y)).sort((x, y) => x[0]! - y[0]!);
  return { inputs, vectors, edges: edges.sort((x, y) => x.a - y.a || x.b - y.b), groups: sortedGroups };
}
