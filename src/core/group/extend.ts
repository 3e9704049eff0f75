/**
 * Articles placed into an earlier clustering without clustering the rest again, as when a few
 * pages are added to a large corpus: the earlier groups keep their members (less the articles
 * taken away), and the new articles are clustered among themselves and into those groups by the
 * same average link (`cluster.ts`), its threshold and its merge rule, with one more rule: two
 * earlier groups never merge. Only the pairs that involve a new article are compared, exactly as
 * a full grouping compares them (`candidatePartners`); a group that gains or loses articles has
 * its cohesion measured again over all its pairs.
 *
 * The result is the full grouping's only as far as the new articles leave the earlier groups as
 * they were; a caller clusters everything again from time to time (`ingest --regroup`).
 */
import type { FeaturePool } from './article-features';
import { before, EdgeBuffer, Heap, type Cluster, type EdgeList, type Ranked } from './cluster';
import { groupCohesion, mergeRule, PairScoring, withEdges, type Grouping } from './group';
import {
  buildVectors,
  candidateIndex,
  candidatePartners,
  DEFAULT_GROUPING,
  isCandidatePair,
  type CandidateIndex,
  type GroupInput,
  type GroupingOptions,
  type Vectors,
} from './vectors';

export interface EarlierGroups {
  /** Groups of indices into the inputs: the earlier clustering's, less the articles taken away. */
  groups: readonly (readonly number[])[];
  /** Each group's cohesion as the earlier clustering measured it (null: one article). */
  cohesions: readonly (number | null)[];
  /** Whether each group lost articles (its cohesion is measured again). */
  shrunk: readonly boolean[];
}

export interface ExtendedGroups {
  /** Groups of indices into the inputs, each ascending, ordered by their first. */
  groups: number[][];
  /** Each group's cohesion: mean similarity of its pairs, pairs never compared counting 0; null for one article. */
  cohesions: (number | null)[];
  /** How many of the groups are not an earlier group as it was. */
  changed: number;
  /** The pairs compared that involve a new article (similarity at least `minEdge`), `a < b`, in the order compared. */
  pairs: EdgeList;
  /** The vectors of all the inputs, as the pairs were compared with. */
  vectors: Vectors;
}

/**
 * A possible merge of two clusters, by their numbers (`a`, `b`: their first items, the tie-break
 * the full average link has); stale once either is merged.
 */
interface PairEntry extends Ranked {
  x: number;
  y: number;
}

/**
 * `inputs` in canonical order (by id); `fresh`, the indices of the articles the earlier
 * clustering did not have (or had otherwise); `features` as `groupArticles` reads them.
 */
export function extendGroups(
  inputs: readonly GroupInput[],
  earlier: EarlierGroups,
  fresh: readonly number[],
  options: Partial<GroupingOptions> = {},
  features?: FeaturePool,
): ExtendedGroups {
  const o = { ...DEFAULT_GROUPING, ...options };
  const n = inputs.length;
  const vectors = buildVectors(inputs, o, features);
  const index = candidateIndex(vectors, o);
  const isFresh = new Uint8Array(n);
  for (const a of fresh) isFresh[a] = 1;
  // The new articles' pairs, each once, compared as the full grouping compares them.
  const scoring = new PairScoring(vectors, o, index);
  for (const a of [...fresh].sort((x, y) => x - y))
    for (const b of candidatePartners(vectors, o, index, a)) {
      if (isFresh[b] === 1 && b < a) continue;
      scoring.visit(Math.min(a, b), Math.max(a, b));
    }
  const pairs = scoring.pairs;
  const rule = mergeRule(inputs, vectors, pairs, o);

  // Clusters: the earlier groups (numbers 0..), then each new article on its own. A merge makes
  // a new cluster; the merged two are dead. A group that lost articles is measured again first,
  // so that the merge rule reads its cohesion as it now is.
  const measure = new Cohesion(vectors, o, index);
  const earlierCohesions = earlier.groups.map((g, gi) =>
    earlier.shrunk[gi] ? measure.of([...g].sort((x, y) => x - y)) : (earlier.cohesions[gi] ?? null),
  );
  const members: number[][] = [];
  const within: number[] = [];
  const earlierOnes: boolean[] = [];
  const clusterOf = new Int32Array(n).fill(-1);
  earlier.groups.forEach((g, gi) => {
    const size = g.length;
    members.push(g as number[]);
    within.push(((earlierCohesions[gi] ?? 0) * size * (size - 1)) / 2);
    earlierOnes.push(true);
    for (const i of g) clusterOf[i] = gi;
  });
  for (const a of fresh) {
    clusterOf[a] = members.length;
    members.push([a]);
    within.push(0);
    earlierOnes.push(false);
  }
  const alive = members.map(() => true);
  const first = members.map((m) => m.reduce((x, y) => Math.min(x, y), Infinity));
  const sums = new Map<number, Map<number, number>>();
  const addSum = (x: number, y: number, s: number) => {
    let m = sums.get(x);
    if (!m) sums.set(x, (m = new Map()));
    m.set(y, (m.get(y) ?? 0) + s);
  };
  // Every pair has a new article, alone in its cluster: the two ends are in two clusters.
  for (let k = 0; k < pairs.length; k++) {
    const x = clusterOf[pairs.a[k]!]!;
    const y = clusterOf[pairs.b[k]!]!;
    addSum(x, y, pairs.sim[k]!);
    addSum(y, x, pairs.sim[k]!);
  }
  const asked = (c: number): Cluster => {
    const size = members[c]!.length;
    return { members: members[c]!, cohesion: size > 1 ? within[c]! / ((size * (size - 1)) / 2) : 0 };
  };
  const heap = new Heap<PairEntry>(before);
  const offer = (x: number, y: number, sum: number) => {
    if (earlierOnes[x] && earlierOnes[y]) return;
    const avg = sum / (members[x]!.length * members[y]!.length);
    if (avg < o.threshold) return;
    const [a, b] = first[x]! < first[y]! ? [first[x]!, first[y]!] : [first[y]!, first[x]!];
    heap.push({ avg, a, b, x, y });
  };
  for (const [x, m] of sums) for (const [y, sum] of m) if (x < y) offer(x, y, sum);
  while (heap.size > 0) {
    const e = heap.pop()!;
    if (!alive[e.x] || !alive[e.y]) continue;
    // Refused: the two stay apart until either changes (a merge makes a new cluster, offered again).
    if (rule && !rule(asked(e.x), asked(e.y), e.avg)) continue;
    const z = members.length;
    const between = sums.get(e.x)?.get(e.y) ?? 0;
    members.push([...members[e.x]!, ...members[e.y]!]);
    within.push(within[e.x]! + within[e.y]! + between);
    earlierOnes.push(earlierOnes[e.x]! || earlierOnes[e.y]!);
    first.push(Math.min(first[e.x]!, first[e.y]!));
    alive.push(true);
    alive[e.x] = false;
    alive[e.y] = false;
    const merged = new Map<number, number>();
    for (const old of [e.x, e.y]) {
      for (const [w, s] of sums.get(old) ?? []) {
        if (w === e.x || w === e.y) continue;
        merged.set(w, (merged.get(w) ?? 0) + s);
        const theirs = sums.get(w)!;
        theirs.delete(old);
      }
      sums.delete(old);
    }
    sums.set(z, merged);
    for (const [w, s] of merged) {
      sums.get(w)!.set(z, s);
      offer(z, w, s);
    }
  }

  // An earlier group that nothing joined keeps its cohesion (measured again above if it lost
  // articles); any other cluster is measured.
  const groups: number[][] = [];
  const cohesions: (number | null)[] = [];
  let changed = 0;
  members.forEach((m, c) => {
    if (!alive[c] || m.length === 0) return;
    const unjoined = c < earlier.groups.length;
    if (!unjoined || earlier.shrunk[c]) changed++;
    groups.push([...m].sort((x, y) => x - y));
    cohesions.push(unjoined ? (earlierCohesions[c] ?? null) : measure.of(groups[groups.length - 1]!));
  });
  const order = groups.map((_, i) => i).sort((x, y) => groups[x]![0]! - groups[y]![0]!);
  return {
    groups: order.map((i) => groups[i]!),
    cohesions: order.map((i) => cohesions[i]!),
    changed,
    pairs,
    vectors,
  };
}

/** The pairs ordered by their first article, then their second. */
function sortedPairs(pairs: EdgeList): EdgeList {
  const order = Array.from({ length: pairs.length }, (_, k) => k).sort(
    (x, y) => pairs.a[x]! - pairs.a[y]! || pairs.b[x]! - pairs.b[y]!,
  );
  const sorted = new EdgeBuffer();
  for (const k of order) sorted.push(pairs.a[k]!, pairs.b[k]!, pairs.sim[k]!);
  return sorted;
}

/**
 * A grouping with articles added (`extendGroups`): the earlier groups keep their members, each
 * new article (one the grouping does not have; in canonical order) joins the groups it is on
 * average alike enough or starts its own. Its pairs: the earlier ones, with their earlier
 * similarities, and the new articles' pairs.
 */
export function addToGrouping(
  previous: Grouping,
  added: readonly GroupInput[],
  options: Partial<GroupingOptions> = {},
): Grouping {
  const byId = (a: GroupInput, b: GroupInput) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  const known = new Set(previous.inputs.map((x) => x.id));
  const fresh = [...new Map(added.filter((x) => !known.has(x.id)).map((x) => [x.id, x])).values()];
  const inputs = [...previous.inputs, ...fresh].sort(byId);
  const at = new Map(inputs.map((x, i) => [x.id, i]));
  const renumber = (i: number) => at.get(previous.inputs[i]!.id)!;
  const groups = previous.groups.map((g) => g.map(renumber));
  const cohesions = groupCohesion(previous.groups, previous.inputs.length, previous.pairs).map((c) => c ?? null);
  const placed = extendGroups(
    inputs,
    { groups, cohesions, shrunk: groups.map(() => false) },
    fresh.map((x) => at.get(x.id)!),
    options,
  );
  const all = new EdgeBuffer();
  const { pairs: old } = previous;
  for (let k = 0; k < old.length; k++) all.push(renumber(old.a[k]!), renumber(old.b[k]!), old.sim[k]!);
  for (let k = 0; k < placed.pairs.length; k++) all.push(placed.pairs.a[k]!, placed.pairs.b[k]!, placed.pairs.sim[k]!);
  return withEdges({ inputs, pairs: sortedPairs(all), groups: placed.groups }, () => placed.vectors);
}

/** A group's cohesion over all its pairs, each compared as the full grouping compares it. */
class Cohesion {
  private readonly scoring: PairScoring;
  constructor(
    private readonly vectors: Vectors,
    private readonly o: GroupingOptions,
    private readonly index: CandidateIndex,
  ) {
    this.scoring = new PairScoring(vectors, o, index);
  }

  /** `group` ascending. */
  of(group: readonly number[]): number | null {
    const size = group.length;
    if (size < 2) return null;
    const { pairs } = this.scoring;
    let sum = 0;
    for (let i = 0; i < size; i++)
      for (let j = i + 1; j < size; j++) {
        if (!isCandidatePair(this.vectors, this.o, this.index, group[i]!, group[j]!)) continue;
        const before = pairs.length;
        this.scoring.visit(group[i]!, group[j]!);
        if (pairs.length === before) continue;
        sum += pairs.sim[before]!;
        // Read, and dropped: the buffer holds one pair at a time, however many groups are measured.
        pairs.length = before;
      }
    return sum / ((size * (size - 1)) / 2);
  }
}
