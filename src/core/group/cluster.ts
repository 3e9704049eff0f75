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

/** A possible merge as the heap orders it: by average, then by the pair's smallest items. */
export interface Ranked {
  avg: number;
  /** The pair's smallest items, smaller first: the tie-break. */
  a: number;
  b: number;
}

/** A cluster's best partner as it stood when pushed; stale once the cluster's stamp moves on. */
interface Entry extends Ranked {
  cluster: number;
  stamp: number;
}

/** `x` comes out of the heap before `y`: the higher average, ties to the smaller items. */
export function before(x: Ranked, y: Ranked): boolean {
  if (x.avg !== y.avg) return x.avg > y.avg;
  if (x.a !== y.a) return x.a < y.a;
  return x.b < y.b;
}

/** A binary heap: `before(x, y)` when `x` comes out first. */
export class Heap<T> {
  private readonly items: T[] = [];
  constructor(private readonly before: (x: T, y: T) => boolean) {}
  get size(): number {
    return this.items.length;
  }
  push(e: T): void {
    const before = this.before;
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
  pop(): T | undefined {
    const { items: h, before } = this;
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
    parent[i] = r;
    const list = members.get(r);
    if (list) list.push(i);
    else members.set(r, [i]);
  }
  // Every item's table of neighbours in its component, made from the edges in their order: the
  // edges are read where they are (a copy per component would be one more list of all of them
  // while the largest component is clustered, 126 MB at 100,000 articles).
  const inside = (k: number) => parent[edges.a[k]!] === parent[edges.b[k]!];
  const degree = new Int32Array(count);
  for (let k = 0; k < edges.length; k++)
    if (inside(k)) {
      degree[edges.a[k]!]!++;
      degree[edges.b[k]!]!++;
    }
  let slots = 0;
  for (let i = 0; i < count; i++) if (degree[i]! > 0) slots += SumTable.slotsFor(degree[i]!);
  const linking = new Linking(count, slots, threshold, mayMerge);
  for (const list of members.values()) if (list.length > 1) for (const i of list) linking.open(i, degree[i]!);
  for (let k = 0; k < edges.length; k++) if (inside(k)) linking.link(edges.a[k]!, edges.b[k]!, edges.sim[k]!);
  const groups: number[][] = [];
  for (const list of members.values()) {
    if (list.length === 1) groups.push(list);
    else for (const g of linking.cluster(list)) groups.push(g);
  }
  return groups.sort((x, y) => x[0]! - y[0]!);
}

/**
 * Average link within each component, over the caller's item numbers. Each cluster keeps its
 * best partner (highest average); the heap holds one entry per cluster, so a merge costs a
 * rescan of the clusters whose best partner it touched, not a heap entry per edge. The cluster
 * with more neighbours survives a merge, so fewer neighbour lists are rewritten; ties go to the
 * pair with the smallest items, whichever cluster survives. A pair the rule refuses is set
 * aside until either cluster changes. The tables of all components share one arena; each
 * component is clustered on its own (`cluster`), every item in one component only.
 */
class Linking {
  private readonly size: Int32Array;
  /** Sum of the similarities of each cluster's own pairs. */
  private readonly innerSum: Float64Array;
  /** Per cluster, the clusters the rule refused it (both ways: each refusal is in both sets). */
  private readonly refused: (Set<number> | undefined)[] = [];
  private readonly first: Int32Array;
  private readonly alive: Uint8Array;
  private readonly stamp: Int32Array;
  private readonly bestAvg: Float64Array;
  private readonly bestOf: Int32Array;
  private readonly members: number[][] = [];
  private readonly arena: SumArena;
  private readonly links: SumTable[] = [];
  /** The table of a cluster merged into another: empty, never written. */
  private readonly none: SumTable;
  private readonly touched: Int32Array;
  /** The merge in which each cluster was last updated (each is updated at most once per merge). */
  private readonly handled: Int32Array;
  /**
   * Per cluster, the clusters that took it as best partner (`setBest`), so that a merge finds
   * the clusters it must rescan without reading every neighbour of the kept cluster. Entries
   * go stale when a best partner changes again; they are checked against `bestOf` on use.
   */
  private readonly chosenBy: number[][] = [];
  private merges = 0;
  private heap = new Heap<Entry>(before);

  /** `slots`: what the items' tables take at first (`SumTable.slotsFor` of each degree). */
  constructor(
    private readonly count: number,
    slots: number,
    private readonly threshold: number,
    private readonly mayMerge?: MayMerge,
  ) {
    this.size = new Int32Array(count);
    this.innerSum = new Float64Array(count);
    this.first = new Int32Array(count);
    this.alive = new Uint8Array(count);
    this.stamp = new Int32Array(count);
    this.bestAvg = new Float64Array(count);
    this.bestOf = new Int32Array(count);
    this.touched = new Int32Array(count);
    this.handled = new Int32Array(count);
    // Every cluster's table in one arena: a pair of typed arrays, not a pair per cluster; made
    // large enough for all of them at once (grown a table at a time, it would be moved again and
    // again as they are made: at 100,000 articles, 3 of the average link's 15 seconds).
    this.arena = new SumArena(slots);
    this.none = new SumTable(0, this.arena);
  }

  /** Makes item `i` a cluster of its own, with room for `degree` neighbours. */
  open(i: number, degree: number): void {
    this.size[i] = 1;
    this.first[i] = i;
    this.alive[i] = 1;
    this.bestAvg[i] = -1;
    this.bestOf[i] = -1;
    this.members[i] = [i];
    this.chosenBy[i] = [];
    this.links[i] = new SumTable(degree, this.arena);
  }

  /** A pair of items of one component and their similarity. */
  link(a: number, b: number, sim: number): void {
    if (a === b) return;
    this.links[a]!.add(b, sim);
    this.links[b]!.add(a, sim);
  }

  private cohesion(x: number): number {
    const n = this.size[x]!;
    return n > 1 ? this.innerSum[x]! / ((n * (n - 1)) / 2) : 0;
  }

  /** `y` is a better partner for `x` than `z` at these averages (ties: smaller first items). */
  private better(x: number, y: number, avgY: number, z: number, avgZ: number): boolean {
    if (avgY !== avgZ) return avgY > avgZ;
    if (z < 0) return true;
    const { first, count } = this;
    const ky = Math.min(first[x]!, first[y]!) * count + Math.max(first[x]!, first[y]!);
    const kz = Math.min(first[x]!, first[z]!) * count + Math.max(first[x]!, first[z]!);
    return ky < kz;
  }

  private push(x: number): void {
    const { first, bestOf, bestAvg } = this;
    this.stamp[x] = this.stamp[x]! + 1;
    const y = bestOf[x]!;
    if (y < 0 || bestAvg[x]! < this.threshold) return;
    const [lo, hi] = first[x]! < first[y]! ? [first[x]!, first[y]!] : [first[y]!, first[x]!];
    this.heap.push({ avg: bestAvg[x]!, a: lo, b: hi, cluster: x, stamp: this.stamp[x]! });
  }

  private setBest(x: number, y: number, avg: number): void {
    this.bestOf[x] = y;
    this.bestAvg[x] = avg;
    if (y >= 0) this.chosenBy[y]!.push(x);
  }

  private rescan(x: number): void {
    const refusedOfX = this.refused[x];
    const size = this.size;
    const sizeX = size[x]!;
    let best = -1;
    let bestAvgOfX = -1;
    this.links[x]!.scan((y, sum) => {
      if (refusedOfX?.has(y)) return;
      const avg = sum / (sizeX * size[y]!);
      if (this.better(x, y, avg, best, bestAvgOfX)) {
        best = y;
        bestAvgOfX = avg;
      }
    });
    this.setBest(x, best, bestAvgOfX);
    this.push(x);
  }

  private asked(c: number): Cluster {
    return { members: this.members[c]!, cohesion: this.cohesion(c) };
  }

  /** The groups of one component, `items` all its items, ascending: each group sorted. */
  cluster(items: readonly number[]): number[][] {
    const { alive, stamp, bestOf, bestAvg, links, refused, size, members, chosenBy, touched, handled } = this;
    for (const x of items) this.rescan(x);
    const heap = this.heap;
    while (heap.size > 0) {
      const e = heap.pop()!;
      const x = e.cluster;
      if (!alive[x] || stamp[x] !== e.stamp) continue;
      const y = bestOf[x]!;
      if (this.mayMerge && !this.mayMerge(this.asked(x), this.asked(y), bestAvg[x]!)) {
        (refused[x] ??= new Set()).add(y);
        (refused[y] ??= new Set()).add(x);
        this.rescan(x);
        this.rescan(y);
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
      this.innerSum[keep] = this.innerSum[keep]! + this.innerSum[gone]! + (lk.get(gone) ?? 0);
      lk.delete(gone);
      // Neighbours whose sum with the kept cluster changed are marked with this merge's number.
      const merge = ++this.merges;
      const affected: number[] = [];
      links[gone]!.forEach((c, s) => {
        if (c === keep) return;
        const lc = links[c]!;
        lc.delete(gone);
        const merged = (lk.get(c) ?? 0) + s;
        lk.set(c, merged);
        lc.set(keep, merged);
        touched[c] = merge;
        affected.push(c);
      });
      links[gone]!.release();
      links[gone] = this.none;
      size[keep] = size[keep]! + size[gone]!;
      this.first[keep] = Math.min(this.first[keep]!, this.first[gone]!);
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
      this.rescan(keep);
      const update = (c: number) => {
        if (handled[c] === merge) return;
        handled[c] = merge;
        if (!alive[c] || c === keep) return;
        if (bestOf[c] === keep || bestOf[c] === gone) this.rescan(c);
        else if (touched[c] === merge) {
          const avg = lk.get(c)! / (size[keep]! * size[c]!);
          if (this.better(c, keep, avg, bestOf[c]!, bestAvg[c]!)) {
            this.setBest(c, keep, avg);
            this.push(c);
          }
        }
      };
      for (const c of chose) update(c);
      for (const c of affected) update(c);
    }
    const groups: number[][] = [];
    for (const i of items)
      if (alive[i]) {
        groups.push(members[i]!.sort((p, q) => p - q));
        // Done with: its table's slots are free for the components still to come.
        links[i]!.release();
        links[i] = this.none;
        members[i] = [];
        chosenBy[i] = [];
        refused[i] = undefined;
      }
    return groups;
  }
}
