/**
 * Average-link agglomerative clustering on a sparse similarity graph. Only the pairs the
 * candidate index proposes carry a similarity; every other pair counts as 0, so two groups
 * merge only when their members are, on average, alike. Deterministic: ties go to the lower
 * item numbers, and items are numbered by the caller in a canonical order. A caller's merge
 * rule may refuse a merge that the averages allow; the two groups then stay apart until one
 * of them merges with another group.
 */
import { SumArena, SumTable } from './sum-table';

/** A group as a merge rule sees it. */
export interface Cluster {
  /** Its items, in no particular order; the same array for as long as the group is unchanged. */
  members: readonly number[];
  /** Mean similarity of its items' pairs (0 for a single item). */
  cohesion: number;
}

/**
 * Whether two groups may merge, given their average similarity. Must depend on the two
 * groups alone (not on when it is asked), so the clustering stays independent of the order
 * in which the graph's components are processed.
 */
export type MayMerge = (x: Cluster, y: Cluster, similarity: number) => boolean;

export interface Edge {
  a: number;
  b: number;
  sim: number;
}

/** Edges as three parallel typed arrays: the form a graph of millions of pairs takes in memory. */
export interface EdgeList {
  readonly length: number;
  readonly a: Int32Array;
  readonly b: Int32Array;
  readonly sim: Float64Array;
}

/** An `EdgeList` that grows as pairs are compared. */
export class EdgeBuffer implements EdgeList {
  length = 0;
  a = new Int32Array(1024);
  b = new Int32Array(1024);
  sim = new Float64Array(1024);

  push(a: number, b: number, sim: number): void {
    if (this.length === this.a.length) {
      const grow = <T extends Int32Array | Float64Array>(x: T, make: (n: number) => T): T => {
        const y = make(x.length * 2);
        y.set(x);
        return y;
      };
      this.a = grow(this.a, (n) => new Int32Array(n));
      this.b = grow(this.b, (n) => new Int32Array(n));
      this.sim = grow(this.sim, (n) => new Float64Array(n));
    }
    this.a[this.length] = a;
    this.b[this.length] = b;
    this.sim[this.length++] = sim;
  }
}

/** The edges of a list as objects, in its order. */
export function edgeObjects(list: EdgeList): Edge[] {
  return Array.from({ length: list.length }, (_, k) => ({ a: list.a[k]!, b: list.b[k]!, sim: list.sim[k]! }));
}

function toEdgeList(edges: readonly Edge[] | EdgeList): EdgeList {
  if (!Array.isArray(edges)) return edges as EdgeList;
  const buffer = new EdgeBuffer();
  for (const e of edges as readonly Edge[]) buffer.push(e.a, e.b, e.sim);
  return buffer;
}

/** A cluster's best partner as it stood when pushed; stale once the cluster's stamp moves on. */
interface Entry {
  avg: number;
  /** The pair's smallest items, smaller first: the tie-break. */
  a: number;
  b: number;
  cluster: number;
  stamp: number;
}

/** `x` comes out of the heap before `y`. */
function before(x: Entry, y: Entry): boolean {
  if (x.avg !== y.avg) return x.avg > y.avg;
  if (x.a !== y.a) return x.a < y.a;
  return x.b < y.b;
}

class Heap {
  private readonly items: Entry[] = [];
  get size(): number {
    return this.items.length;
  }
  push(e: Entry): void {
    const h = this.items;
    h.push(e);
    let i = h.length - 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (!before(h[i]!, h[p]!)) break;
      [h[i], h[p]] = [h[p]!, h[i]!];
      i = p;
    }
  }
  pop(): Entry | undefined {
    const h = this.items;
    const top = h[0];
    const last = h.pop();
    if (h.length > 0 && last) {
      h[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < h.length && before(h[l]!, h[m]!)) m = l;
        if (r < h.length && before(h[r]!, h[m]!)) m = r;
        if (m === i) break;
        [h[i], h[m]] = [h[m]!, h[i]!];
        i = m;
      }
    }
    return top;
  }
}

/**
 * Groups of items `0..count-1`, each sorted, the groups ordered by their first item.
 * `threshold`: the least average similarity at which two groups still merge; `mayMerge`, a
 * rule that can refuse a merge the threshold allows.
 */
export function averageLink(
  count: number,
  edgeInput: readonly Edge[] | EdgeList,
  threshold: number,
  mayMerge?: MayMerge,
): number[][] {
  const edges = toEdgeList(edgeInput);
  // Two groups merge only if some pair across them reaches the threshold (an average cannot
  // exceed its largest term), so groups never cross the components of the graph of such
  // pairs: cluster each component on its own, with only the edges inside it.
  const parent = Int32Array.from({ length: count }, (_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]!]!;
      i = parent[i]!;
    }
    return i;
  };
  for (let k = 0; k < edges.length; k++) {
    if (edges.sim[k]! < threshold) continue;
    const ra = find(edges.a[k]!);
    const rb = find(edges.b[k]!);
    if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }
  const members = new Map<number, number[]>();
  for (let i = 0; i < count; i++) {
    const r = find(i);
    const list = members.get(r);
    if (list) list.push(i);
    else members.set(r, [i]);
  }
  // Each component's edges side by side (a counting sort that keeps their order), in local item numbers.
  const local = new Int32Array(count);
  const component = new Int32Array(count).fill(-1);
  const lists = [...members.values()];
  lists.forEach((list, c) => {
    if (list.length > 1)
      list.forEach((x, k) => {
        local[x] = k;
        component[x] = c;
      });
  });
  const start = new Int32Array(lists.length + 1);
  const inside = (k: number) => {
    const c = component[edges.a[k]!]!;
    return c >= 0 && c === component[edges.b[k]!] ? c : -1;
  };
  for (let k = 0; k < edges.length; k++) {
    const c = inside(k);
    if (c >= 0) start[c + 1] = start[c + 1]! + 1;
  }
  for (let c = 0; c < lists.length; c++) start[c + 1] = start[c + 1]! + start[c]!;
  const fill = start.slice(0, lists.length);
  const la = new Int32Array(start[lists.length]!);
  const lb = new Int32Array(la.length);
  const ls = new Float64Array(la.length);
  for (let k = 0; k < edges.length; k++) {
    const c = inside(k);
    if (c < 0) continue;
    const at = fill[c]!;
    fill[c] = at + 1;
    la[at] = local[edges.a[k]!]!;
    lb[at] = local[edges.b[k]!]!;
    ls[at] = edges.sim[k]!;
  }
  const groups: number[][] = [];
  lists.forEach((list, c) => {
    if (list.length === 1) {
      groups.push(list);
      return;
    }
    // The rule is asked about the caller's item numbers, not the component's.
    // One array per cluster, so a rule may cache what it reads of a cluster by its members.
    const mapped = new WeakMap<readonly number[], number[]>();
    const global = (x: Cluster): Cluster => {
      let m = mapped.get(x.members);
      if (!m) mapped.set(x.members, (m = x.members.map((k) => list[k]!)));
      return { members: m, cohesion: x.cohesion };
    };
    const rule = mayMerge && ((x: Cluster, y: Cluster, sim: number) => mayMerge(global(x), global(y), sim));
    const inner: EdgeList = {
      length: start[c + 1]! - start[c]!,
      a: la.subarray(start[c]!, start[c + 1]!),
      b: lb.subarray(start[c]!, start[c + 1]!),
      sim: ls.subarray(start[c]!, start[c + 1]!),
    };
    for (const g of linkComponent(list.length, inner, threshold, rule)) groups.push(g.map((k) => list[k]!));
  });
  return groups.sort((x, y) => x[0]! - y[0]!);
}

/**
 * Average link within one component; items `0..count-1` in the caller's order. Each cluster
 * keeps its best partner (highest average); the heap holds one entry per cluster, so a
 * merge costs a rescan of the clusters whose best partner it touched, not a heap entry per
 * edge. The cluster with more neighbours survives a merge, so fewer neighbour lists are
 * rewritten; ties go to the pair with the smallest items, whichever cluster survives. A pair
 * the rule refuses is set aside until either cluster changes.
 */
function linkComponent(count: number, edges: EdgeList, threshold: number, mayMerge?: MayMerge): number[][] {
  const size = new Int32Array(count).fill(1);
  /** Sum of the similarities of each cluster's own pairs. */
  const innerSum = new Float64Array(count);
  /** Per cluster, the clusters the rule refused it (both ways: each refusal is in both sets). */
  const refused: (Set<number> | undefined)[] = [];
  const cohesion = (x: number) => (size[x]! > 1 ? innerSum[x]! / ((size[x]! * (size[x]! - 1)) / 2) : 0);
  const first = Int32Array.from({ length: count }, (_, i) => i);
  const alive = new Uint8Array(count).fill(1);
  const stamp = new Int32Array(count);
  const bestAvg = new Float64Array(count).fill(-1);
  const bestOf = new Int32Array(count).fill(-1);
  const members: number[][] = Array.from({ length: count }, (_, i) => [i]);
  const degree = new Int32Array(count);
  for (let k = 0; k < edges.length; k++) {
    degree[edges.a[k]!]!++;
    degree[edges.b[k]!]!++;
  }
  // Every cluster's table in one arena: a pair of typed arrays, not a pair per cluster; made
  // large enough for all of them at once (grown a table at a time, it would be moved again and
  // again as they are made: at 100,000 articles, 3 of the average link's 15 seconds).
  let slots = 0;
  for (let i = 0; i < count; i++) slots += SumTable.slotsFor(degree[i]!);
  const arena = new SumArena(slots);
  const links: SumTable[] = Array.from({ length: count }, (_, i) => new SumTable(degree[i], arena));
  /** The table of a cluster merged into another: empty, never written. */
  const none = new SumTable(0, arena);
  for (let k = 0; k < edges.length; k++) {
    const a = edges.a[k]!;
    const b = edges.b[k]!;
    const sim = edges.sim[k]!;
    if (a === b) continue;
    links[a]!.add(b, sim);
    links[b]!.add(a, sim);
  }
  const heap = new Heap();
  const touched = new Int32Array(count);
  /** The merge in which each cluster was last updated (each is updated at most once per merge). */
  const handled = new Int32Array(count);
  let merges = 0;
  /** `y` is a better partner for `x` than `z` at these averages (ties: smaller first items). */
  const better = (x: number, y: number, avgY: number, z: number, avgZ: number) => {
    if (avgY !== avgZ) return avgY > avgZ;
    if (z < 0) return true;
    const ky = Math.min(first[x]!, first[y]!) * count + Math.max(first[x]!, first[y]!);
    const kz = Math.min(first[x]!, first[z]!) * count + Math.max(first[x]!, first[z]!);
    return ky < kz;
  };
  const push = (x: number) => {
    stamp[x] = stamp[x]! + 1;
    const y = bestOf[x]!;
    if (y < 0 || bestAvg[x]! < threshold) return;
    const [lo, hi] = first[x]! < first[y]! ? [first[x]!, first[y]!] : [first[y]!, first[x]!];
    heap.push({ avg: bestAvg[x]!, a: lo, b: hi, cluster: x, stamp: stamp[x]! });
  };
  /**
   * Per cluster, the clusters that took it as best partner (`setBest`), so that a merge finds
   * the clusters it must rescan without reading every neighbour of the kept cluster. Entries
   * go stale when a best partner changes again; they are checked against `bestOf` on use.
   */
  const chosenBy: number[][] = Array.from({ length: count }, () => []);
  const setBest = (x: number, y: number, avg: number) => {
    bestOf[x] = y;
    bestAvg[x] = avg;
    if (y >= 0) chosenBy[y]!.push(x);
  };
  const rescan = (x: number) => {
    const refusedOfX = refused[x];
    let best = -1;
    let bestAvgOfX = -1;
    links[x]!.scan((y, sum) => {
      if (refusedOfX?.has(y)) return;
      const avg = sum / (size[x]! * size[y]!);
      if (better(x, y, avg, best, bestAvgOfX)) {
        best = y;
        bestAvgOfX = avg;
      }
    });
    setBest(x, best, bestAvgOfX);
    push(x);
  };
  for (let x = 0; x < count; x++) rescan(x);

  while (heap.size > 0) {
    const e = heap.pop()!;
    const x = e.cluster;
    if (!alive[x] || stamp[x] !== e.stamp) continue;
    const y = bestOf[x]!;
    const asked = (c: number): Cluster => ({ members: members[c]!, cohesion: cohesion(c) });
    if (mayMerge && !mayMerge(asked(x), asked(y), bestAvg[x]!)) {
      (refused[x] ??= new Set()).add(y);
      (refused[y] ??= new Set()).add(x);
      rescan(x);
      rescan(y);
      continue;
    }
    const [keep, gone] = links[x]!.size >= links[y]!.size ? [x, y] : [y, x];
    // Both clusters change: every refusal involving either is asked again.
    for (const c of [keep, gone]) {
      for (const d of refused[c] ?? []) refused[d]!.delete(c);
      refused[c] = undefined;
    }
    alive[gone] = 0;
    stamp[gone] = stamp[gone]! + 1;
    const lk = links[keep]!;
    innerSum[keep] = innerSum[keep]! + innerSum[gone]! + (lk.get(gone) ?? 0);
    lk.delete(gone);
    // Neighbours whose sum with the kept cluster changed are marked with this merge's number.
    merges++;
    const affected: number[] = [];
    links[gone]!.forEach((c, s) => {
      if (c === keep) return;
      const lc = links[c]!;
      lc.delete(gone);
      const merged = (lk.get(c) ?? 0) + s;
      lk.set(c, merged);
      lc.set(keep, merged);
      touched[c] = merges;
      affected.push(c);
    });
    links[gone]!.release();
    links[gone] = none;
    size[keep] = size[keep]! + size[gone]!;
    first[keep] = Math.min(first[keep]!, first[gone]!);
    members[keep] = members[keep]!.concat(members[gone]!);
    members[gone] = [];
    // Only two kinds of neighbour can change their best partner: those whose sum with the kept
    // cluster changed (`affected`), and those whose best partner was one of the two (`chosenBy`).
    // Every other neighbour's best stands: its averages with the others did not move, and its
    // average with the kept cluster only fell (the same sum over a larger cluster). Each is
    // handled on its own, reading nothing another one's update writes, so the order does not
    // matter.
    const chose = chosenBy[keep]!.concat(chosenBy[gone]!);
    chosenBy[keep] = [];
    chosenBy[gone] = [];
    rescan(keep);
    const update = (c: number) => {
      if (handled[c] === merges) return;
      handled[c] = merges;
      if (!alive[c] || c === keep) return;
      if (bestOf[c] === keep || bestOf[c] === gone) rescan(c);
      else if (touched[c] === merges) {
        const avg = lk.get(c)! / (size[keep]! * size[c]!);
        if (better(c, keep, avg, bestOf[c]!, bestAvg[c]!)) {
          setBest(c, keep, avg);
          push(c);
        }
      }
    };
    for (const c of chose) update(c);
    for (const c of affected) update(c);
  }
  const groups: number[][] = [];
  for (let i = 0; i < count; i++) if (alive[i]) groups.push(members[i]!.sort((p, q) => p - q));
  return groups.sort((p, q) => p[0]! - q[0]!);
}
