/**
 * An event's sentences aligned into facts: the same claim in other words, across articles.
 * Each sentence is described by its word roots, names, numbers and days, weighted by how
 * rare they are within the event (every report of a Putin–Trump meeting names Putin and
 * Trump; only two say "Middle East"); two sentences of different articles are one claim when
 * their weighted overlap (Dice) is high enough, or when they carry renderings of one quote.
 * Facts grow by average link, one sentence per article at most, so a claim never chains into
 * a different one. Identical sentences (a copy and its original) are compared once.
 */
import type { Article, ArticleId, Fact, FactSpan, QuoteGroup } from '../types';
import { ArticleUnion, TextMemo } from './keys';

/**
 * Weighted Dice overlap at which two sentences state one claim. Chosen by reading one real
 * event (the seeds' 5 May reports: 0.45 split a paraphrased "no trip to the Middle East" pair,
 * lower values joined unrelated sentences); no sentence-alignment benchmark checks it yet.
 */
export const FACT_SIMILARITY = 0.3;
/** Fewest shared keys: two sentences sharing only "Putin" and "Trump" are not one claim. */
export const MIN_SHARED_KEYS = 3;
/** Sentences carrying renderings of one quote group are the same claim at least this much. */
export const QUOTE_LINK = 0.9;
/** A key in more than this share of an event's sentences proposes no pairs (it still counts in the overlap). */
const COMMON_KEY_SHARE = 0.5;

interface Sentence extends FactSpan {
  /** Position in reading order across the event. */
  order: number;
}

/**
 * A line that only credits where the text or a photo came from ("Source: RIA Novosti;
 * Interfax", "Photo: …"): not a claim about the event. Whom an outlet cites is the Sources
 * view's (citations), so such a line is no fact.
 */
const CREDIT_LINE = /^(?:sources?|photos?|credits?|via)\s*:/iu;
/**
 * A one-word label some outlets set before a paragraph ("Quote: …", "Details: …",
 * "Update: …"): the fact is the sentence after it.
 */
const LEAD_LABEL = /^\p{Lu}\p{Ll}+:\s+(?=\S)/u;
/** A fact says something in words or numbers: a stray quotation mark or ellipsis left on its own is none. */
const WORDS = /[\p{L}\p{N}]/u;

/** One wording of a sentence with every article that prints it (republished copies print the same sentences). */
interface Node {
  keys: string[];
  sentences: Sentence[];
  /** The article that added the last sentence (articles are read one after another, so this says whether it is in the node). */
  last: ArticleId;
}

/** The event's sentences grouped into nodes of identical wording, at most one sentence per article in a node. */
function nodesOf(articles: readonly Article[], memo: TextMemo): Node[] {
  const nodes: Node[] = [];
  const byWording = new Map<string, Node[]>();
  let order = 0;
  for (const a of articles)
    a.body.forEach((p, paragraph) => {
      for (const whole of memo.sentencesOf(p)) {
        const said = p.slice(whole.start, whole.end);
        if (CREDIT_LINE.test(said) || !WORDS.test(said)) continue;
        const label = LEAD_LABEL.exec(said)?.[0].length ?? 0;
        const s = { start: whole.start + label, end: whole.end };
        const text = p.slice(s.start, s.end);
        const sentence: Sentence = { articleId: a.id, paragraph, start: s.start, end: s.end, order: order++ };
        // The same sentence in a copy and its original is the same string.
        const same = byWording.get(text) ?? [];
        const node = same.find((n) => n.last !== a.id);
        if (node) {
          node.sentences.push(sentence);
          node.last = a.id;
        } else {
          const created = { keys: memo.keysOf(text, p), sentences: [sentence], last: a.id };
          nodes.push(created);
          if (same.length) same.push(created);
          else byWording.set(text, [created]);
        }
      }
    });
  return nodes;
}

/** Which quote group each quote id belongs to. */
function quoteGroupOf(groups: readonly QuoteGroup[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const g of groups) for (const v of g.variants) out.set(v.quoteId, g.id);
  return out;
}

/** The quote groups whose renderings lie inside each node's sentences. */
function nodeQuoteGroups(
  nodes: readonly Node[],
  articles: readonly Article[],
  groupOf: ReadonlyMap<string, string>,
): string[][] {
  const byArticle = new Map(articles.map((a) => [a.id, a]));
  return nodes.map((node) => {
    const out = new Set<string>();
    for (const s of node.sentences)
      for (const q of byArticle.get(s.articleId)!.quotes) {
        const g = groupOf.get(q.id);
        if (g && q.paragraph === s.paragraph && q.start < s.end && q.end > s.start) out.add(g);
      }
    return [...out];
  });
}

/** Pairwise similarities of nodes that share a key (sparse: through an inverted index), keyed i * n + j with i < j. */
function similarities(nodes: readonly Node[], quoteGroups: readonly string[][]): Map<number, number> {
  const n = nodes.length;
  // Keys as numbers of the event's own vocabulary, so each pair is scored on arrays.
  const vocabulary = new Map<string, number>();
  const keys = nodes.map((s) => {
    const ids = new Int32Array(s.keys.length);
    s.keys.forEach((k, x) => {
      let id = vocabulary.get(k);
      if (id === undefined) vocabulary.set(k, (id = vocabulary.size));
      ids[x] = id;
    });
    return ids;
  });
  const df = new Int32Array(vocabulary.size);
  for (const ids of keys) for (const id of ids) df[id] = df[id]! + 1;
  const weight = Float64Array.from(df, (d) => Math.log(1 + n / d));
  const mass = keys.map((ids) => ids.reduce((sum, id) => sum + weight[id]!, 0));
  const postings: number[][] = Array.from({ length: vocabulary.size }, () => []);
  keys.forEach((ids, i) => {
    for (const id of ids) if (df[id]! <= Math.max(2, n * COMMON_KEY_SHARE)) postings[id]!.push(i);
  });
  const byGroup = new Map<string, number[]>();
  quoteGroups.forEach((gs, i) => {
    for (const g of gs) {
      const list = byGroup.get(g);
      if (list) list.push(i);
      else byGroup.set(g, [i]);
    }
  });
  const sims = new Map<number, number>();
  // own[id] === i + 1: node i has key id; partner[j] === i + 1: j is already among i's partners.
  const own = new Int32Array(vocabulary.size);
  const partner = new Int32Array(n);
  const partners: number[] = [];
  for (let i = 0; i < n; i++) {
    const mark = i + 1;
    partners.length = 0;
    const add = (j: number) => {
      if (j > i && partner[j] !== mark) {
        partner[j] = mark;
        partners.push(j);
      }
    };
    for (const id of keys[i]!) {
      own[id] = mark;
      for (const j of postings[id]!) add(j);
    }
    for (const g of quoteGroups[i]!) for (const j of byGroup.get(g)!) add(j);
    for (const j of partners) {
      let shared = 0;
      let count = 0;
      for (const id of keys[j]!)
        if (own[id] === mark) {
          shared += weight[id]!;
          count++;
        }
      let sim = count >= MIN_SHARED_KEYS ? (2 * shared) / (mass[i]! + mass[j]!) : 0;
      if (quoteGroups[i]!.some((g) => quoteGroups[j]!.includes(g))) sim = Math.max(sim, QUOTE_LINK);
      if (sim >= FACT_SIMILARITY) sims.set(i * n + j, sim);
    }
  }
  return sims;
}

/**
 * Facts of one event; `articles` in the event's reading order (byPublication). Every sentence
 * is in exactly one fact; a fact holds at most one sentence per article. Facts carried by more
 * articles come first, then in reading order.
 */
export function alignFacts(
  eventId: string,
  articles: readonly Article[],
  quoteGroups: readonly QuoteGroup[],
  memo = new TextMemo(),
): Fact[] {
  const nodes = nodesOf(articles, memo);
  const n = nodes.length;
  // One article has no other to share a claim with: each sentence is a fact of its own.
  const sims =
    articles.length > 1
      ? similarities(nodes, nodeQuoteGroups(nodes, articles, quoteGroupOf(quoteGroups)))
      : new Map<number, number>();
  const union = new ArticleUnion(nodes.map((node) => node.sentences.map((s) => s.articleId)));
  const members = nodes.map((_, i) => [i]);
  const simOf = (i: number, j: number) => (i === j ? 1 : (sims.get(i < j ? i * n + j : j * n + i) ?? 0));
  const pairs = [...sims].sort((x, y) => y[1] - x[1] || x[0] - y[0]);
  for (const [key] of pairs) {
    const i = Math.floor(key / n);
    const j = key % n;
    const [ri, rj] = [union.find(i), union.find(j)];
    if (ri === rj) continue;
    // Average link: the two facts join only if their wordings are, on average, one claim.
    let total = 0;
    for (const x of members[ri]!) for (const y of members[rj]!) total += simOf(x, y);
    if (total / (members[ri]!.length * members[rj]!.length) < FACT_SIMILARITY) continue;
    if (!union.union(i, j)) continue;
    const root = union.find(i);
    const other = root === ri ? rj : ri;
    members[root] = [...members[ri]!, ...members[rj]!];
    members[other] = [];
  }
  const rank = new Map<ArticleId, number>(articles.map((a, k) => [a.id, k]));
  const facts = union
    .groups()
    .map((g) => g.flatMap((i) => nodes[i]!.sentences).sort((x, y) => rank.get(x.articleId)! - rank.get(y.articleId)!))
    .map((g) => ({ g, first: g.reduce((m, s) => Math.min(m, s.order), Number.POSITIVE_INFINITY) }))
    .sort((x, y) => y.g.length - x.g.length || x.first - y.first)
    .map((x) => x.g);
  const byId = new Map(articles.map((a) => [a.id, a]));
  return facts.map((g, k) => {
    const first = g[0]!;
    return {
      id: `${eventId}:f${k + 1}`,
      text: byId.get(first.articleId)!.body[first.paragraph]!.slice(first.start, first.end),
      articleIds: g.map((s) => s.articleId),
      spans: g.map(({ articleId, paragraph, start, end }) => ({ articleId, paragraph, start, end })),
    };
  });
}
