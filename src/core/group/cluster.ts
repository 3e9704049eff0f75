/**
 * Average-link agglomerative clustering on a sparse similarity graph. Only the pairs the
 * candidate index proposes carry a similarity; every other pair counts as 0, so two groups
 * merge only when their members are, on average, alike. Deterministic: ties go to the lower
 * item numbers, and items are numbered by the caller in a canonical order. A caller's merge
 * rule may refuse a merge that the averages allow; the two groups then stay apart until one
 * of them merges with another group.
 */

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
export function averageLink(count: number, edges: readonly Edge[], threshold: number, mayMerge?: MayMerge): number[][] {
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
  for (const { a, b, sim } of edges) {
    if (sim < threshold) continue;
    const [ra, rb] = [find(a), find(b)];
    if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }
  const members = new Map<number, number[]>();
  for (let i = 0; i < count; i++) {
    const r = find(i);
    const list = members.get(r);
    if (list) list.push(i);
    else members.set(r, [i]);
  }
  const local = new Int32Array(count);
  const inner = new Map<number, Edge[]>();
  for (const list of members.values()) if (list.length > 1) list.forEach((x, k) => (local[x] = k));
  for (const e of edges) {
    const r = find(e.a);
    if (r !== find(e.b) || members.get(r)!.length < 2) continue;
    const list = inner.get(r);
    const le = { a: local[e.a]!, b: local[e.b]!, sim: e.sim };
    if (list) list.push(le);
    else inner.set(r, [le]);
  }
  const groups: number[][] = [];
  for (const [r, list] of members) {
    if (list.length === 1) groups.push(list);
    else {
      // The rule is asked about the caller's item numbers, not the component's.
      // One array per cluster, so a rule may cache what it reads of a cluster by its members.
      const mapped = new WeakMap<readonly number[], number[]>();
      const global = (c: Cluster): Cluster => {
        let m = mapped.get(c.members);
        if (!m) mapped.set(c.members, (m = c.members.map((k) => list[k]!)));
        return { members: m, cohesion: c.cohesion };
      };
      const rule = mayMerge && ((x: Cluster, y: Cluster, sim: number) => mayMerge(global(x), global(y), sim));
      for (const g of linkComponent(list.length, inner.get(r) ?? [], threshold, rule))
        groups.push(g.map((k) => list[k]!));
    }
  }
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
function linkComponent(count: number, edges: readonly Edge[], threshold: number, mayMerge?: MayMerge): number[][] {
  const size = new Int32Array(count).fill(1);
  /** Sum of the similarities of each cluster's own pairs. */
  const innerSum = new Float64Array(count);
  /** Pairs of clusters the rule refused, as `min * count + max`. */
  const refused = new Set<number>();
  const pairKey = (x: number, y: number) => Math.min(x, y) * count + Math.max(x, y);
  const cohesion = (x: number) => (size[x]! > 1 ? innerSum[x]! / ((size[x]! * (size[x]! - 1)) / 2) : 0);
  const first = Int32Array.from({ length: count }, (_, i) => i);
  const alive = new Uint8Array(count).fill(1);
  const stamp = new Int32Array(count);
  const bestAvg = new Float64Array(count).fill(-1);
  const bestOf = new Int32Array(count).fill(-1);
  const members: number[][] = Array.from({ length: count }, (_, i) => [i]);
  const links: Map<number, number>[] = Array.from({ length: count }, () => new Map());
  for (const { a, b, sim } of edges) {
    if (a === b) continue;
    links[a]!.set(b, (links[a]!.get(b) ?? 0) + sim);
    links[b]!.set(a, (links[b]!.get(a) ?? 0) + sim);
  }
  const heap = new Heap();
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
  const rescan = (x: number) => {
    bestOf[x] = -1;
    bestAvg[x] = -1;
    for (const [y, sum] of links[x]!) {
      if (refused.size > 0 && refused.has(pairKey(x, y))) continue;
      const avg = sum / (size[x]! * size[y]!);
      if (better(x, y, avg, bestOf[x]!, bestAvg[x]!)) {
        bestOf[x] = y;
        bestAvg[x] = avg;
      }
    }
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
      refused.add(pairKey(x, y));
      rescan(x);
      rescan(y);
      continue;
    }
    const [keep, gone] = links[x]!.size >= links[y]!.size ? [x, y] : [y, x];
    // Both clusters change: every refusal involving either is asked again.
    if (refused.size > 0)
      for (const c of [...links[keep]!.keys(), ...links[gone]!.keys()]) {
        refused.delete(pairKey(keep, c));
        refused.delete(pairKey(gone, c));
      }
    alive[gone] = 0;
    stamp[gone] = stamp[gone]! + 1;
    const lk = links[keep]!;
    innerSum[keep] = innerSum[keep]! + innerSum[gone]! + (lk.get(gone) ?? 0);
    lk.delete(gone);
    const touched = new Set<number>();
    for (const [c, s] of links[gone]!) {
      if (c === keep) continue;
      const lc = links[c]!;
      lc.delete(gone);
      const merged = (lk.get(c) ?? 0) + s;
      lk.set(c, merged);
      lc.set(keep, merged);
      touched.add(c);
    }
    links[gone] = new Map();
    size[keep] = size[keep]! + size[gone]!;
    first[keep] = Math.min(first[keep]!, first[gone]!);
    members[keep] = members[keep]!.concat(members[gone]!);
    members[gone] = [];
    rescan(keep);
    for (const c of lk.keys()) {
      const avg = lk.get(c)! / (size[keep]! * size[c]!);
      if (bestOf[c] === keep || bestOf[c] === gone) rescan(c);
      else if (touched.has(c) && better(c, keep, avg, bestOf[c]!, bestAvg[c]!)) {
        bestOf[c] = keep;
        bestAvg[c] = avg;
        push(c);
      }
    }
  }
  const groups: number[][] = [];
  for (let i = 0; i < count; i++) if (alive[i]) groups.push(members[i]!.sort((p, q) => p - q));
  return groups.sort((p, q) => p[0]! - q[0]!);
}
