/**
 * Articles to events: candidate pairs from the index, similarity = cosine × time factor,
 * average-link clustering in which two groups of reports merge only when their core names
 * agree (`evidence.ts`), their undated reports' months do not place them apart (`marks.ts`)
 * and, for groups whose reports lie more than `windowDays` apart, they are alike within the
 * window too. Inputs are put in canonical order (by id) first, so the result does not depend
 * on the order they arrive in.
 */
import type { FeaturePool } from './article-features';
import { averageLink, EdgeBuffer, edgeObjects, type Edge, type EdgeList, type MayMerge } from './cluster';
import { groupMergeRule } from './evidence';
import { timeMarksRule } from './marks';
import {
  buildVectors,
  candidateIndex,
  forEachCandidate,
  isFar,
  DEFAULT_GROUPING,
  timeFactor,
  type CandidateIndex,
  type CandidateVisitor,
  type GroupInput,
  type GroupingOptions,
  type Vectors,
} from './vectors';

export interface Grouping {
  /** The inputs in canonical order (sorted by id). */
  inputs: GroupInput[];
  vectors: Vectors;
  /** The pairs compared and kept (similarity at least `minEdge`), `a < b`, ascending. */
  pairs: EdgeList;
  /** `pairs` as objects, made when first read (at 100,000 articles there are millions). */
  readonly edges: Edge[];
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

/** Bits of the filter of one article's features in `groupArticles` (8 KB: it stays in the nearest cache). */
const FILTER_BITS = 1 << 16;
const FILTER_MASK = FILTER_BITS - 1;

/**
 * Two groups of reports meet across more than `windowDays` (see `reportWindowDays`) only when
 * their average similarity over the pairs within the window alone reaches this share of the
 * threshold: a single report may join a group weeks or months away (a late page, a
 * follow-up), but two groups, each a burst of reports on its own days, are two happenings
 * (an announcement and, weeks later, the launch) unless they are alike within the window
 * too. 0.25 and 0.5 score the same on all three corpora; 0.75 and 1 split ECB+ events whose
 * reports span years (a shooting and its trial): ECB+ odd topics 0.920 → 0.916.
 */
export const NEAR_SHARE = 0.5;

/**
 * The rule of `NEAR_SHARE`: `far` holds, per report, its pairs further apart than
 * `windowDays`; groups of one report, and groups with no such pair between them, are not asked.
 */
function nearMergeRule(count: number, far: FarPairs, least: number): MayMerge {
  const mark = new Int32Array(count);
  const { start, partner, sim } = far;
  let stamp = 0;
  return (x, y, similarity) => {
    if (x.members.length < 2 || y.members.length < 2) return true;
    const [small, large] = x.members.length <= y.members.length ? [x.members, y.members] : [y.members, x.members];
    stamp++;
    for (const i of large) mark[i] = stamp;
    let farSum = 0;
    for (const i of small)
      for (let k = start[i]!; k < start[i + 1]!; k++) if (mark[partner[k]!] === stamp) farSum += sim[k]!;
    if (farSum === 0) return true;
    return similarity - farSum / (small.length * large.length) >= least;
  };
}

/** Merges allowed only when every rule allows them. */
function allOf(rules: readonly (MayMerge | undefined)[]): MayMerge | undefined {
  const given = rules.filter((r): r is MayMerge => r !== undefined);
  if (given.length === 0) return undefined;
  return (x, y, similarity) => given.every((r) => r(x, y, similarity));
}

/** A grouping whose `edges` are made from its `pairs`, and `vectors` by `vectorsOf`, when first read. */
export function withEdges(g: Omit<Grouping, 'edges' | 'vectors'>, vectorsOf: () => Vectors): Grouping {
  let edges: Edge[] | undefined;
  let vectors: Vectors | undefined;
  return {
    ...g,
    get vectors() {
      return (vectors ??= vectorsOf());
    },
    get edges() {
      return (edges ??= edgeObjects(g.pairs));
    },
  };
}

/**
 * The sum of the products of `b`'s features (`ids` and `weights` at `start` up to `end`) with
 * those of the article spread over `dense` and `present`, when they share at least `least`; else 0.
 */
function sharedSum(
  ids: Int32Array,
  weights: Float64Array,
  start: number,
  end: number,
  dense: Float64Array,
  present: Uint8Array,
  filter: Int32Array,
  least: number,
): number {
  let sum = 0;
  let shared = 0;
  // Without a branch per feature: a feature of `b`'s that `a` lacks reads slot 0 and adds 0
  // to the sum, which leaves it as it was, bit for bit (every weight is positive and finite).
  // About one feature in six is shared, too many and too irregular for the processor to guess
  // which; a test per feature made the comparison a quarter slower.
  for (let i = start; i < end; i++) {
    const id = ids[i]!;
    const slot = (id + 1) * ((filter[(id & FILTER_MASK) >> 5]! >>> (id & 31)) & 1);
    sum += dense[slot]! * weights[i]!;
    shared += present[slot]!;
  }
  return shared >= least ? sum : 0;
}

/** The comparison of each candidate pair, one article's partners at a time (`scorePairs`). */
export class PairScoring implements CandidateVisitor {
  readonly pairs = new EdgeBuffer();
  // The candidates come article by article (all of `a`'s partners, then the next `a`): spread
  // `a`'s weights over a dense array once, and each cosine reads only `b`'s features. The sum
  // runs over the shared features in ascending order, as `cosineIfShared` adds them.
  // Feature `id` sits at `id + 1`; slot 0 stays 0, for the features `a` does not have.
  private readonly dense: Float64Array;
  private readonly present: Uint8Array;
  // A bit per feature id modulo FILTER_BITS, set for `a`'s features: most of `b`'s features are
  // not `a`'s, and the filter, small enough to stay in the processor's nearest cache, sends them
  // to slot 0 without a read of `dense` (millions of entries at 100,000 articles).
  private readonly filter = new Int32Array(FILTER_BITS >> 5);
  private spread = -1;

  constructor(
    private readonly vectors: Vectors,
    private readonly o: GroupingOptions,
    private readonly index: CandidateIndex,
  ) {
    this.dense = new Float64Array(vectors.vocabulary.length + 1);
    this.present = new Uint8Array(vectors.vocabulary.length + 1);
  }

  private place(a: number, on: boolean): void {
    const { offsets, ids, weights } = this.index.packed;
    const { dense, present, filter } = this;
    for (let i = offsets[a]!; i < offsets[a + 1]!; i++) {
      const id = ids[i]!;
      const word = (id & FILTER_MASK) >> 5;
      dense[id + 1] = on ? weights[i]! : 0;
      present[id + 1] = on ? 1 : 0;
      filter[word] = on ? filter[word]! | (1 << (id & 31)) : 0;
    }
  }

  visit(a: number, b: number): void {
    if (a !== this.spread) {
      if (this.spread >= 0) this.place(this.spread, false);
      this.place(a, true);
      this.spread = a;
    }
    const { o } = this;
    const { offsets, ids, weights } = this.index.packed;
    const { full, headline } = this.index;
    const { dense, present, filter } = this;
    const start = offsets[b]!;
    const end = offsets[b + 1]!;
    const least =
      Math.min(offsets[a + 1]! - offsets[a]!, end - start) < o.shortFeatures ? o.minShared + 1 : o.minShared;
    let content = sharedSum(ids, weights, start, end, dense, present, filter, least);
    // `contentSimilarity`, with the headlines as numbers.
    if (
      content > 0 &&
      content < o.sameHeadline &&
      headline[a]! >= 0 &&
      headline[a] === headline[b] &&
      full[a] === 1 &&
      full[b] === 1
    )
      content = o.sameHeadline;
    if (content < o.minEdge) return;
    const sim = pairSimilarity(this.vectors, a, b, content, o);
    if (sim >= o.minEdge) this.pairs.push(a, b, sim);
  }
}

/**
 * Compares the candidate pairs (`forEachCandidate`) of the articles `from`..`to` and keeps
 * those alike enough (similarity at least `minEdge`), in the order visited. The pairs of
 * consecutive ranges, joined in order, are the pairs of the whole range: a caller may score
 * ranges apart (on other threads) and join them (`PairScorer`).
 */
export function scorePairs(
  vectors: Vectors,
  o: GroupingOptions,
  from = 0,
  to = vectors.ids.length,
  index: CandidateIndex = candidateIndex(vectors, o),
): EdgeBuffer {
  const scoring = new PairScoring(vectors, o, index);
  forEachCandidate(vectors, o, scoring, index, from, to);
  return scoring.pairs;
}

/**
 * What `groupArticles` compares the candidate pairs with: `scorePairs` over all articles, in
 * this thread, unless the caller has more threads to lend (`scripts/lib/ingest-threads.ts`).
 * It must give exactly the pairs `scorePairs` gives, in the same order.
 */
export type PairScorer = (vectors: Vectors, o: GroupingOptions) => EdgeList;

/**
 * Per report, its pairs further apart than `windowDays`, in the pairs' order: report `i`'s
 * partners and similarities at `start[i]` up to `start[i + 1]`. Three flat arrays: at 100,000
 * articles there are millions of such pairs (a pair of numbers per array each took ~0.7 GB).
 */
interface FarPairs {
  start: Int32Array;
  partner: Int32Array;
  sim: Float64Array;
}

/** The pairs' `FarPairs`, or undefined when there are none. */
function farPairs(vectors: Vectors, pairs: EdgeList, o: GroupingOptions): FarPairs | undefined {
  const n = vectors.ids.length;
  const start = new Int32Array(n + 1);
  const far = new Uint8Array(pairs.length);
  for (let k = 0; k < pairs.length; k++) {
    if (!isFar(vectors, pairs.a[k]!, pairs.b[k]!, o)) continue;
    far[k] = 1;
    start[pairs.a[k]! + 1]!++;
    start[pairs.b[k]! + 1]!++;
  }
  for (let i = 0; i < n; i++) start[i + 1]! += start[i]!;
  if (start[n] === 0) return undefined;
  const fill = start.slice(0, n);
  const partner = new Int32Array(start[n]!);
  const sim = new Float64Array(start[n]!);
  const put = (x: number, y: number, s: number) => {
    const at = fill[x]!++;
    partner[at] = y;
    sim[at] = s;
  };
  for (let k = 0; k < pairs.length; k++) {
    if (far[k] === 0) continue;
    put(pairs.a[k]!, pairs.b[k]!, pairs.sim[k]!);
    put(pairs.b[k]!, pairs.a[k]!, pairs.sim[k]!);
  }
  return { start, partner, sim };
}

/**
 * Groups articles into happenings. `features`: the articles' features worked out beforehand
 * (`article-features.ts`), read once; the result is the same without them. `paired`: told when the
 * candidate pairs are compared and the vectors let go (`GroupRun.paired`).
 */
export function groupArticles(
  inputs: readonly GroupInput[],
  options: Partial<GroupingOptions> = {},
  scorer: PairScorer = scorePairs,
  features?: FeaturePool,
  paired?: () => void,
): Grouping {
  const o = { ...DEFAULT_GROUPING, ...options };
  const sorted = [...inputs].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  for (let i = 1; i < sorted.length; i++)
    if (sorted[i]!.id === sorted[i - 1]!.id) throw new Error(`core/group: duplicate article id "${sorted[i]!.id}"`);
  const { pairs, rule } = pairsAndRule(sorted, o, scorer, features);
  paired?.();
  // The vectors, when a caller reads them, are made again (from the text: the features are read once).
  return withEdges({ inputs: sorted, pairs, groups: averageLink(sorted.length, pairs, o.threshold, rule) }, () =>
    buildVectors(sorted, o),
  );
}

/**
 * The candidate pairs compared, and the rule merges must pass, from the articles' vectors,
 * which are let go when it returns: the rules keep only what they read.
 */
function pairsAndRule(
  sorted: readonly GroupInput[],
  o: GroupingOptions,
  scorer: PairScorer,
  features: FeaturePool | undefined,
): { pairs: EdgeList; rule: MayMerge | undefined } {
  const vectors = buildVectors(sorted, o, features);
  const pairs = scorer(vectors, o);
  return { pairs, rule: mergeRule(sorted, vectors, pairs, o) };
}

/**
 * The rule merges must pass (`groupArticles`), for articles in canonical order, their vectors
 * and their compared pairs (its far pairs read from them).
 */
export function mergeRule(
  sorted: readonly GroupInput[],
  vectors: Vectors,
  pairs: EdgeList,
  o: GroupingOptions,
): MayMerge | undefined {
  const far = farPairs(vectors, pairs, o);
  const datedMonths = sorted.map((x) => (x.date ? Number(x.date.slice(5, 7)) - 1 : null));
  return allOf([
    vectors.marks && o.monthConflict < 1 ? timeMarksRule(vectors.marks, datedMonths) : undefined,
    far ? nearMergeRule(sorted.length, far, NEAR_SHARE * o.threshold) : undefined,
    vectors.keys
      ? groupMergeRule({ keys: vectors.keys, ids: vectors.ids, df: vectors.df }, o.groupAgreement)
      : undefined,
  ]);
}

/** Mean similarity of each group's pairs (pairs never compared count 0), or undefined for a single article. */
export function groupCohesion(
  groups: readonly (readonly number[])[],
  count: number,
  pairs: EdgeList,
): (number | undefined)[] {
  const groupOf = new Int32Array(count).fill(-1);
  groups.forEach((g, gi) => g.forEach((i) => (groupOf[i] = gi)));
  const sums = new Float64Array(groups.length);
  for (let k = 0; k < pairs.length; k++) {
    const g = groupOf[pairs.a[k]!]!;
    if (g >= 0 && g === groupOf[pairs.b[k]!]) sums[g] = sums[g]! + pairs.sim[k]!;
  }
  return groups.map((g, gi) => (g.length < 2 ? undefined : sums[gi]! / ((g.length * (g.length - 1)) / 2)));
}
