/**
 * Articles as weighted feature vectors (TF-IDF over words, names, quotes, numbers and
 * mentioned days), the candidate pairs an inverted index proposes, and how alike two
 * articles are once their days (or, undated, the years and months they name) are taken into
 * account.
 */
import { articleFeatures, dayOfYear, FeaturePool } from './article-features';
import { binarySearch } from './binary-search';
import { dayNumber } from './features';
import { marksFactor, type TimeMarks } from './marks';

export { SAME_HEADLINE_WORDS } from './article-features';

export interface GroupInput {
  id: string;
  title: string;
  subtitle?: string;
  body: readonly string[];
  /** YYYY-MM-DD, or null when the article states no date. */
  date: string | null;
  /** The date is inferred (relative phrase, editor's estimate), so allow it a day's slack. */
  dateEstimated?: boolean;
}

/** One configuration for every corpus; the reasons are beside each value. */
export interface GroupingOptions {
  /** Headline words count this many times a body word: the headline says what happened. */
  titleWeight: number;
  /** Body words read per article: the lead says what happened, the tail is background. */
  leadWords: number;
  /** A number (casualties, sums, scores, percentages) counts this many times a word: it pins one happening. */
  numberWeight: number;
  /** A feature found in more than this share of the articles says nothing about which happening (sklearn's max_df). */
  maxShare: number;
  /** Strongest features per article that go into the candidate index. */
  indexTerms: number;
  /** Index features a pair must share to be proposed at all. */
  minIndexShared: number;
  /** A feature with more postings than this within the time window is too common to propose pairs. */
  maxPostings: number;
  /** Articles further apart than this many days are not proposed as a pair, unless both are full reports... */
  windowDays: number;
  /**
   * ...then up to this many days: a page published weeks or months after the others (a late
   * copy, a follow-up, an early announcement) can still join their event, its similarity
   * halved by the time floor. Headlines and briefs keep to `windowDays`: with a handful of
   * words, a shared name is often all two unrelated headlines have in common (UCI headlines
   * lose 0.015 B³ F1 at 60 days). Two groups of reports meet across this wider window only
   * as `nearShare` allows (`group.ts`).
   */
  reportWindowDays: number;
  /** Days apart that cost nothing (reports follow a happening by a day or two). */
  sameDays: number;
  /** Beyond `sameDays`, the time factor falls by e for each this many days... */
  decayDays: number;
  /** ...down to this floor: time is a strong cue, not an absolute one (a misdated page, a late follow-up). */
  timeFloor: number;
  /** Factor when an article has no date at all: time can neither join nor separate it. */
  undatedFactor: number;
  /**
   * Least content similarity of two full reports under the same headline (the same content
   * words, at least `SAME_HEADLINE_WORDS`): copies of one report, one of them with a body
   * the extraction got wrong (a page of navigation, a paywall notice). 0 turns it off.
   */
  sameHeadline: number;
  /** Fewest features two articles must share to be compared: one shared word is no evidence of one happening (it decides short headline-only pairs). */
  minShared: number;
  /** An article with fewer features than this is a headline or a brief: a pair with one must share one feature more (on headline-only UCI, B³ F1 0.77 → 0.80; full articles never reach it). */
  shortFeatures: number;
  /** Least pairwise similarity kept as an edge. */
  minEdge: number;
  /**
   * Factor on the similarity of two reports, one or both undated, that name years and none
   * in common (see `marks.ts`). On the training halves 0.3–0.5 are within 0.003 of each
   * other, 0.7 and 1 (no factor) lower.
   */
  yearConflict: number;
  /**
   * Factor when they name months (as dates: "in May", "March 3") and none in common; without it the training halves lose 0.011.
   * Below 1, months also speak between groups: a group whose undated reports name only other
   * months than the other group's reports are dated in stays apart from it (`timeMarksRule` in `marks.ts`).
   */
  monthConflict: number;
  /** Least average similarity at which two groups merge into one event. */
  threshold: number;
  /**
   * Two groups of two reports or more merge only when their closeness × agreement of core
   * names reaches this (see `groupMergeRule` in `evidence.ts`); 0 turns the rule off. Set on
   * the training halves (Giveme5W1H `sampling.json` training articles, ECB+ odd topics):
   * 0.4–0.45 is their plateau, and 0.45 holds it at every threshold from 0.09 to 0.11.
   */
  groupAgreement: number;
}

export const DEFAULT_GROUPING: GroupingOptions = {
  titleWeight: 3,
  leadWords: 300,
  numberWeight: 2,
  maxShare: 0.5,
  indexTerms: 15,
  minIndexShared: 1,
  maxPostings: 100,
  windowDays: 30,
  reportWindowDays: 365,
  sameDays: 2,
  decayDays: 3,
  timeFloor: 0.5,
  undatedFactor: 0.9,
  sameHeadline: 0.3,
  minShared: 2,
  shortFeatures: 15,
  minEdge: 0.05,
  yearConflict: 0.5,
  monthConflict: 0.5,
  threshold: 0.1,
  groupAgreement: 0.45,
};

const MIN_ARTICLES_FOR_MAX_SHARE = 4;

export interface Vectors {
  /** Feature strings by id. */
  vocabulary: string[];
  /** Articles that carry each feature. */
  df: number[];
  /** Per article: feature ids ascending, and their weights (L2-normalised). */
  ids: Int32Array[];
  weights: Float64Array[];
  /** The same features packed (absent: vectors made by hand; `packedOf` packs them). */
  packed?: Packed;
  /** Day number of each article's date, or null. */
  days: (number | null)[];
  /** Day of the year of each dated article (0 = 1 January). */
  dayOfYear: number[];
  /** For an undated article: day-of-year of the days its lead mentions (the year is not known). */
  mentioned: number[][];
  estimated: boolean[];
  /** Per article: feature ids of the names and numbers of its headline and lead, ascending (absent: no group evidence). */
  keys?: Int32Array[];
  /** Per article: the years and months it names (absent: undated pairs are judged by mentioned days alone). */
  marks?: TimeMarks[];
  /** Per article: its headline's content words, sorted and joined, or '' when fewer than `SAME_HEADLINE_WORDS` (absent: no headline is compared). */
  headlines?: string[];
}

/**
 * Sparse TF-IDF weights (sublinear term frequency, smoothed IDF, L2-normalised), features
 * ascending, of the pool's articles at `slots` (in the articles' canonical order). Features
 * are numbered as first met in that order, so that the vectors do not depend on the order the
 * pool was filled in. All articles' features lie in one packed pair of arrays (`Packed`), each
 * article's `ids` and `weights` a view of its part: comparing millions of pairs reads them from
 * contiguous memory, and another thread can share them. `remap` gives each pool id its feature
 * id (-1: no article here has it).
 */
function weigh(
  pool: FeaturePool,
  slots: readonly number[],
  maxShare: number,
): Pick<Vectors, 'vocabulary' | 'df' | 'ids' | 'weights' | 'packed'> & { remap: Int32Array } {
  const { ids: rawIds, counts: rawCounts } = pool.raw;
  const n = slots.length;
  const remap = new Int32Array(pool.words.length).fill(-1);
  const vocabulary: string[] = [];
  const df: number[] = [];
  for (const s of slots) {
    const { from, to } = pool.span(s);
    for (let i = from; i < to; i++) {
      let id = remap[rawIds[i]!]!;
      if (id < 0) {
        id = remap[rawIds[i]!] = vocabulary.length;
        vocabulary.push(pool.words[rawIds[i]!]!);
        df.push(0);
      }
      df[id] = df[id]! + 1;
    }
  }
  const common = (id: number) => n >= MIN_ARTICLES_FOR_MAX_SHARE && df[id]! > maxShare * n;
  const offsets = new Int32Array(newBuffer((n + 1) * 4));
  for (let a = 0; a < n; a++) {
    const { from, to } = pool.span(slots[a]!);
    let kept = 0;
    for (let i = from; i < to; i++) if (!common(remap[rawIds[i]!]!)) kept++;
    offsets[a + 1] = offsets[a]! + kept;
  }
  const allIds = new Int32Array(newBuffer(offsets[n]! * 4));
  const allWeights = new Float64Array(newBuffer(offsets[n]! * 8));
  const ids: Int32Array[] = [];
  const weights: Float64Array[] = [];
  // An article's kept features, ids ascending: each as id × span + its place among the
  // article's `span` raw counts, one whole number (exact while vocabulary × span stays under
  // 2^53, billions of features), so that a typed array sorts them natively, without a comparator.
  let order = new Float64Array(256);
  for (let a = 0; a < n; a++) {
    const { from, to } = pool.span(slots[a]!);
    const span = to - from;
    if (span > order.length) order = new Float64Array(span);
    let kept = 0;
    for (let i = from; i < to; i++) {
      const id = remap[rawIds[i]!]!;
      if (!common(id)) order[kept++] = id * span + (i - from);
    }
    const sorted = order.subarray(0, kept).sort();
    const out = allIds.subarray(offsets[a]!, offsets[a + 1]!);
    const w = allWeights.subarray(offsets[a]!, offsets[a + 1]!);
    let sq = 0;
    for (let k = 0; k < kept; k++) {
      const i = from + (sorted[k]! % span);
      const id = remap[rawIds[i]!]!;
      out[k] = id;
      const x = (1 + Math.log(rawCounts[i]!)) * Math.log(1 + n / df[id]!);
      w[k] = x;
      sq += x * x;
    }
    const norm = Math.sqrt(sq) || 1;
    for (let i = 0; i < w.length; i++) w[i] = w[i]! / norm;
    ids.push(out);
    weights.push(w);
  }
  return { vocabulary, df, ids, weights, packed: { offsets, ids: allIds, weights: allWeights }, remap };
}

/** Memory that another thread may share where the runtime allows it (Node; an isolated page), else plain. */
function newBuffer(bytes: number): ArrayBufferLike {
  return typeof SharedArrayBuffer === 'function' ? new SharedArrayBuffer(bytes) : new ArrayBuffer(bytes);
}

/** Every article's features in one pair of arrays: article `a`'s are at `offsets[a]` up to `offsets[a + 1]`. */
export interface Packed {
  offsets: Int32Array;
  ids: Int32Array;
  weights: Float64Array;
}

/** The vectors' packed features, packed now if they were built another way (by hand, in tests). */
export function packedOf(v: Vectors): Packed {
  if (v.packed) return v.packed;
  const n = v.ids.length;
  const offsets = new Int32Array(n + 1);
  for (let a = 0; a < n; a++) offsets[a + 1] = offsets[a]! + v.ids[a]!.length;
  const ids = new Int32Array(offsets[n]!);
  const weights = new Float64Array(offsets[n]!);
  for (let a = 0; a < n; a++) {
    ids.set(v.ids[a]!, offsets[a]!);
    weights.set(v.weights[a]!, offsets[a]!);
  }
  return { offsets, ids, weights };
}

/** Sparse TF-IDF weights (sublinear term frequency, smoothed IDF, L2-normalised) from raw feature counts. */
export function weighFeatures(
  counts: readonly Map<string, number>[],
  maxShare: number,
): Pick<Vectors, 'vocabulary' | 'df' | 'ids' | 'weights' | 'packed'> {
  const pool = new FeaturePool(DEFAULT_GROUPING);
  counts.forEach((c) =>
    pool.push({
      keys: [...c.keys()],
      counts: [...c.values()],
      evidence: [],
      headline: '',
      years: [],
      months: [],
      mentioned: [],
    }),
  );
  const { remap: _remap, ...weighed } = weigh(
    pool,
    counts.map((_, a) => a),
    maxShare,
  );
  return weighed;
}

/**
 * Feature vectors of articles in canonical order, with the days time is judged by. `pool`:
 * the articles' features worked out beforehand (`articleFeatures`) by article id (ids unique),
 * read once; an article it lacks, or every article when it was filled under other options, is
 * worked out now.
 */
export function buildVectors(
  inputs: readonly GroupInput[],
  o: GroupingOptions = DEFAULT_GROUPING,
  pool?: FeaturePool,
): Vectors {
  const given = pool?.fits(o) ? pool : undefined;
  const features = given ?? new FeaturePool(o);
  const slots = inputs.map((input) => given?.slotOf(input.id) ?? features.push(articleFeatures(input, o)));
  const { vocabulary, df, ids, weights, packed, remap } = weigh(features, slots, o.maxShare);
  features.release();
  // Only features the article keeps (a feature in most articles is dropped) are evidence.
  const kept = slots.map((s, a) =>
    features
      .evidenceOf(s)
      .map((p) => remap[p]!)
      .filter((id) => binarySearch(ids[a]!, id) >= 0)
      .sort((x, y) => x - y),
  );
  const keys = packViews(kept);
  return {
    vocabulary,
    df,
    ids,
    weights,
    packed,
    keys,
    headlines: slots.map((s) => features.headlines[s]!),
    marks: slots.map((s) => features.marks[s]!),
    days: inputs.map((i) => (i.date ? dayNumber(i.date) : null)),
    dayOfYear: inputs.map((i) => (i.date ? dayOfYear(i.date.slice(5, 10)) : -1)),
    mentioned: slots.map((s) => [...features.mentioned[s]!]),
    estimated: inputs.map((i) => i.dateEstimated ?? false),
  };
}

/** Lists of numbers as views of one array (one buffer, not one per list). */
function packViews(lists: readonly (readonly number[])[]): Int32Array[] {
  let total = 0;
  for (const l of lists) total += l.length;
  const all = new Int32Array(total);
  let at = 0;
  return lists.map((l) => {
    all.set(l, at);
    at += l.length;
    return all.subarray(at - l.length, at);
  });
}

/** Features a pair must share to be compared: `minShared`, one more when either article is short. */
export function requiredShared(v: Vectors, a: number, b: number, o: GroupingOptions): number {
  return Math.min(v.ids[a]!.length, v.ids[b]!.length) < o.shortFeatures ? o.minShared + 1 : o.minShared;
}

/** A full report, not a headline or a brief: it has at least `shortFeatures` features. */
export function isFullReport(v: Vectors, a: number, o: GroupingOptions): boolean {
  return v.ids[a]!.length >= o.shortFeatures;
}

/**
 * The content similarity of a compared pair (its cosine, or 0 when they share too few
 * features), raised to `sameHeadline` for two full reports under the same headline.
 */
export function contentSimilarity(v: Vectors, a: number, b: number, cosine: number, o: GroupingOptions): number {
  if (cosine <= 0 || o.sameHeadline <= 0 || cosine >= o.sameHeadline || !v.headlines) return cosine;
  const h = v.headlines[a]!;
  return h !== '' && h === v.headlines[b] && isFullReport(v, a, o) && isFullReport(v, b, o) ? o.sameHeadline : cosine;
}

/** Cosine of two articles when they share at least `minShared` features, else 0 (one pass). */
export function cosineIfShared(v: Vectors, a: number, b: number, minShared: number): number {
  const ia = v.ids[a]!;
  const ib = v.ids[b]!;
  const wa = v.weights[a]!;
  const wb = v.weights[b]!;
  let i = 0;
  let j = 0;
  let sum = 0;
  let n = 0;
  while (i < ia.length && j < ib.length) {
    const x = ia[i]!;
    const y = ib[j]!;
    if (x === y) {
      sum += wa[i++]! * wb[j++]!;
      n++;
    } else if (x < y) i++;
    else j++;
  }
  return n >= minShared ? sum : 0;
}

export function cosine(v: Vectors, a: number, b: number): number {
  return cosineIfShared(v, a, b, 0);
}

function decay(apart: number, o: GroupingOptions): number {
  return o.timeFloor + (1 - o.timeFloor) * Math.exp(-Math.max(0, apart - o.sameDays) / o.decayDays);
}

/**
 * How much the days of two articles let them be one happening: 1 within `sameDays`, falling
 * after. An undated article is placed by the day its lead mentions ("said on May 5"),
 * compared within the year since the year is not known, and by the years and months it
 * names (`marks.ts`).
 */
export function timeFactor(v: Vectors, a: number, b: number, o: GroupingOptions = DEFAULT_GROUPING): number {
  const da = v.days[a] ?? null;
  const db = v.days[b] ?? null;
  const slack = v.estimated[a] || v.estimated[b] ? 1 : 0;
  if (da !== null && db !== null) return decay(Math.abs(da - db) - slack, o);
  const marks = v.marks ? marksFactor(v.marks[a]!, v.marks[b]!, o) : 1;
  const [day, other] = da !== null ? [da, b] : db !== null ? [db, a] : [null, a];
  const hints = v.mentioned[other]!;
  if (day === null || hints.length === 0) return o.undatedFactor * marks;
  const pos = v.dayOfYear[other === a ? b : a]!;
  const apart = Math.min(...hints.map((h) => Math.min(Math.abs(h - pos), 365 - Math.abs(h - pos))));
  return decay(apart - 1, o) * marks;
}

/** Strongest features of an article, for the index. */
function indexTermsOf(v: Vectors, a: number, k: number): number[] {
  const ids = v.ids[a]!;
  const w = v.weights[a]!;
  // A feature no other article has cannot propose a pair.
  const order = Array.from(ids.keys())
    .filter((i) => v.df[ids[i]!]! > 1)
    .sort((x, y) => w[y]! - w[x]! || ids[x]! - ids[y]!);
  return order.slice(0, k).map((i) => ids[i]!);
}

/**
 * What comparing pairs reads besides the vectors. The inverted index candidates are drawn
 * from: each article's strongest features, and per feature its articles, dated ones sorted by
 * day (then by number), undated apart. And, per article in flat arrays (millions of pairs read
 * them): whether it is a full report, and its headline as a number.
 */
export interface CandidateIndex {
  terms: number[][];
  dated: Map<number, number[]>;
  undated: Map<number, number[]>;
  packed: Packed;
  /** 1 for a full report (`isFullReport`). */
  full: Uint8Array;
  /** Equal for equal `headlines`, -1 for none ('' or no headlines given). */
  headline: Int32Array;
}

export function candidateIndex(v: Vectors, o: GroupingOptions): CandidateIndex {
  const n = v.ids.length;
  const full = Uint8Array.from({ length: n }, (_, a) => (isFullReport(v, a, o) ? 1 : 0));
  const headline = new Int32Array(n).fill(-1);
  if (v.headlines) {
    const numbers = new Map<string, number>();
    v.headlines.forEach((h, a) => {
      if (h === '') return;
      let k = numbers.get(h);
      if (k === undefined) numbers.set(h, (k = numbers.size));
      headline[a] = k;
    });
  }
  const terms = Array.from({ length: n }, (_, a) => indexTermsOf(v, a, o.indexTerms));
  const dated = new Map<number, number[]>();
  const undated = new Map<number, number[]>();
  const order = Array.from({ length: n }, (_, a) => a).sort((x, y) => (v.days[x] ?? 0) - (v.days[y] ?? 0) || x - y);
  for (const a of order) {
    for (const t of terms[a]!) {
      const map = v.days[a] === null ? undated : dated;
      const list = map.get(t);
      if (list) list.push(a);
      else map.set(t, [a]);
    }
  }
  return { terms, dated, undated, packed: packedOf(v), full, headline };
}

/**
 * Visits each pair worth comparing once, `a < b`, in ascending order: articles that share at
 * least `minIndexShared` of their strongest features within the time window (`windowDays`;
 * `reportWindowDays` for two full reports). Postings are day-sorted so each lookup reads only
 * the window, never all pairs; a feature too common within the window proposes nothing, and
 * one too common in the wider window proposes nothing beyond the window.
 *
 * `from`..`to` limits the visit to those `a` (the pairs of each `a` do not depend on the
 * others'), so that parts of the range can be visited apart, with one `index` built for all.
 */
export function forEachCandidate(
  v: Vectors,
  o: GroupingOptions,
  visitor: CandidateVisitor,
  index: CandidateIndex = candidateIndex(v, o),
  from = 0,
  to = v.ids.length,
): void {
  const n = v.ids.length;
  const { terms, dated, undated, full: fullReport } = index;
  const lowerBound = (list: readonly number[], day: number) => firstOnOrAfter(v, list, day);
  const hits = new Int32Array(n);
  // The partners of the current `a`, first `size` entries (a typed array sorts numbers without a comparator).
  let touched = new Int32Array(1024);
  let size = 0;
  const count = (list: readonly number[], start: number, end: number, a: number) => {
    for (let k = start; k < end; k++) {
      const b = list[k]!;
      if (b <= a) continue;
      if (hits[b] === 0) {
        if (size === touched.length) {
          const grown = new Int32Array(size * 2);
          grown.set(touched);
          touched = grown;
        }
        touched[size++] = b;
      }
      hits[b] = hits[b]! + 1;
    }
  };
  const wider = Math.max(o.windowDays, o.reportWindowDays);
  for (let a = from; a < to; a++) {
    const day = v.days[a] ?? null;
    const full = fullReport[a] === 1;
    for (const t of terms[a]!) {
      const d = dated.get(t) ?? NONE;
      const u = undated.get(t) ?? NONE;
      const near = day === null ? 0 : lowerBound(d, day - o.windowDays);
      const nearEnd = day === null ? d.length : lowerBound(d, day + o.windowDays + 1);
      if (nearEnd - near + u.length > o.maxPostings) continue;
      count(d, near, nearEnd, a);
      count(u, 0, u.length, a);
      if (day === null || !full || wider === o.windowDays) continue;
      // Beyond the window, only full reports are paired (checked at the visit below).
      const farFrom = lowerBound(d, day - wider);
      const farTo = lowerBound(d, day + wider + 1);
      if (farTo - farFrom - (nearEnd - near) > o.maxPostings) continue;
      count(d, farFrom, near, a);
      count(d, nearEnd, farTo, a);
    }
    touched.subarray(0, size).sort();
    for (let k = 0; k < size; k++) {
      const b = touched[k]!;
      if (hits[b]! >= o.minIndexShared && (!full || fullReport[b] === 1 || !isFar(v, a, b, o))) visitor.visit(a, b);
      hits[b] = 0;
    }
    size = 0;
  }
}

/** In a list of dated articles sorted by day, the position of the first on or after `day`. */
function firstOnOrAfter(v: Vectors, list: readonly number[], day: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (v.days[list[mid]!]! < day) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const NONE: readonly number[] = [];

/**
 * Whether `forEachCandidate` visits the pair `a < b`: the same count of shared index features,
 * as `a` counts them (within `a`'s window, a feature too common there proposing nothing), for
 * this one pair, without visiting `a`'s others.
 */
export function isCandidatePair(v: Vectors, o: GroupingOptions, index: CandidateIndex, a: number, b: number): boolean {
  const { terms, dated, undated, full } = index;
  const wider = Math.max(o.windowDays, o.reportWindowDays);
  const dayA = v.days[a] ?? null;
  const dayB = v.days[b] ?? null;
  const apart = dayA === null || dayB === null ? 0 : Math.abs(dayA - dayB);
  const termsOfB = terms[b]!;
  let hits = 0;
  for (const t of terms[a]!) {
    if (!termsOfB.includes(t)) continue;
    const d = dated.get(t) ?? NONE;
    const u = undated.get(t) ?? NONE;
    const near = dayA === null ? 0 : firstOnOrAfter(v, d, dayA - o.windowDays);
    const nearEnd = dayA === null ? d.length : firstOnOrAfter(v, d, dayA + o.windowDays + 1);
    if (nearEnd - near + u.length > o.maxPostings) continue;
    if (apart <= o.windowDays) {
      hits++;
      continue;
    }
    // Beyond the window: only from a full report, and only when the feature is not too common there.
    if (full[a] !== 1 || wider === o.windowDays || apart > wider) continue;
    const farFrom = firstOnOrAfter(v, d, dayA! - wider);
    const farTo = firstOnOrAfter(v, d, dayA! + wider + 1);
    if (farTo - farFrom - (nearEnd - near) <= o.maxPostings) hits++;
  }
  return hits >= o.minIndexShared && (full[a] !== 1 || full[b] === 1 || !isFar(v, a, b, o));
}

/**
 * Every article `forEachCandidate` pairs with `a`, before or after it, ascending: the articles
 * that share one of `a`'s index features within the wider window (any day, when either is
 * undated), each pair then checked as the smaller of the two counts it (`isCandidatePair`).
 */
export function candidatePartners(v: Vectors, o: GroupingOptions, index: CandidateIndex, a: number): number[] {
  const wider = Math.max(o.windowDays, o.reportWindowDays);
  const day = v.days[a] ?? null;
  const seen = new Set<number>();
  for (const t of index.terms[a]!) {
    const d = index.dated.get(t) ?? NONE;
    const from = day === null ? 0 : firstOnOrAfter(v, d, day - wider);
    const to = day === null ? d.length : firstOnOrAfter(v, d, day + wider + 1);
    for (let k = from; k < to; k++) seen.add(d[k]!);
    for (const b of index.undated.get(t) ?? NONE) seen.add(b);
  }
  seen.delete(a);
  return [...seen]
    .filter((b) => (a < b ? isCandidatePair(v, o, index, a, b) : isCandidatePair(v, o, index, b, a)))
    .sort((x, y) => x - y);
}

/**
 * What `forEachCandidate` hands each pair to: an object with a method, not a function. Called
 * millions of times from one place, a method of one class stays one target the engine can
 * build into the loop; a new function per call (chunks of pairs are visited apart) makes that
 * place see hundreds of targets, and the loop ran at half the speed.
 */
export interface CandidateVisitor {
  visit(a: number, b: number): void;
}

/** Both articles are dated, further apart than `windowDays`. */
export function isFar(v: Vectors, a: number, b: number, o: GroupingOptions): boolean {
  const da = v.days[a] ?? null;
  const db = v.days[b] ?? null;
  return da !== null && db !== null && Math.abs(da - db) > o.windowDays;
}

/** The candidate pairs as a list (see `forEachCandidate`). */
export function candidatePairs(v: Vectors, o: GroupingOptions = DEFAULT_GROUPING): [number, number][] {
  const pairs: [number, number][] = [];
  forEachCandidate(v, o, {
    visit(a, b) {
      pairs.push([a, b]);
    },
  });
  return pairs;
}
