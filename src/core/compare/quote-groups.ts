/**
 * The same statement as each outlet rendered it: an event's quotes joined across articles
 * when they share enough word roots (translations differ in wording, not in substance) and
 * their speakers do not contradict each other.
 */
import type { Article, ArticleId, Quote, QuoteGroup } from '../types';
import { ArticleUnion, speakerKey, TextMemo } from './keys';

/** Share of the shorter rendering's roots the other must carry ("clearly on the radar" / "clearly being discussed publicly" share 10 of 14). */
export const QUOTE_OVERLAP = 0.5;
/** Fewest shared roots for two renderings to be one statement; short fragments must match whole. */
export const MIN_SHARED_ROOTS = 3;

interface Item {
  article: ArticleId;
  quote: Quote;
  /** Position in the event's reading order, for stable ties. */
  order: number;
}

/** One wording of a quote by one speaker, with every article that prints it (copies print the same). */
interface Node {
  keys: Set<string>;
  speaker: string | null;
  items: Item[];
}

/**
 * Whether two renderings are one statement (overlap: the share of the shorter one's roots the
 * other carries) and how alike they are (cosine), which decides the order groups are formed
 * in: a full rendering pairs with a full one before a four-word paraphrase that happens to
 * fit inside it.
 */
function likeness(a: Node, b: Node): { overlap: number; cosine: number } {
  let shared = 0;
  const [small, large] = a.keys.size <= b.keys.size ? [a.keys, b.keys] : [b.keys, a.keys];
  for (const k of small) if (large.has(k)) shared++;
  const cosine = shared === 0 ? 0 : shared / Math.sqrt(small.size * large.size);
  // A short fragment ("very good") is the same statement only if every root of it is there.
  if (small.size < MIN_SHARED_ROOTS) return { overlap: shared === small.size && shared > 0 ? 1 : 0, cosine };
  return { overlap: shared >= MIN_SHARED_ROOTS ? shared / small.size : 0, cosine };
}

/** The fullest form of the group's speaker as printed ("Dmitry Peskov" over "Peskov"). */
function groupSpeaker(items: readonly Item[]): string | null {
  const named = items.map((i) => i.quote.speaker).filter((s): s is string => s !== null);
  if (named.length === 0) return null;
  const count = new Map<string, number>();
  for (const s of named) count.set(s, (count.get(s) ?? 0) + 1);
  return [...count].sort((x, y) => y[0].length - x[0].length || y[1] - x[1] || (x[0] < y[0] ? -1 : 1))[0]![0];
}

function nodesOf(articles: readonly Article[], memo: TextMemo): Node[] {
  const nodes: Node[] = [];
  const byWording = new Map<string, Node[]>();
  let order = 0;
  for (const a of articles)
    for (const q of a.quotes) {
      const item = { article: a.id, quote: q, order: order++ };
      const speaker = speakerKey(q.speaker);
      const key = `${speaker ?? ''}\n${q.text.toLowerCase().replace(/\s+/g, ' ')}`;
      const same = byWording.get(key) ?? [];
      // Articles are read one after another: a node holds this article iff the last item is its.
      const node = same.find((n) => n.items[n.items.length - 1]!.article !== a.id);
      if (node) node.items.push(item);
      else {
        const created = { keys: new Set(memo.keysOf(q.text, a.body[q.paragraph])), speaker, items: [item] };
        nodes.push(created);
        if (same.length) same.push(created);
        else byWording.set(key, [created]);
      }
    }
  return nodes;
}

/**
 * Quote groups of one event. `articles` must be in the event's reading order (byPublication).
 * Kept: statements two or more articles carry, and a direct or partial quote one article alone
 * attributes to a person the others quote too (what the others left out of that person's words).
 */
export function groupQuotes(eventId: string, articles: readonly Article[], memo = new TextMemo()): QuoteGroup[] {
  const nodes = nodesOf(articles, memo);
  const byKey = new Map<string, number[]>();
  nodes.forEach((node, i) => {
    for (const k of node.keys) {
      const list = byKey.get(k);
      if (list) list.push(i);
      else byKey.set(k, [i]);
    }
  });
  const pairs: { i: number; j: number; sim: number }[] = [];
  const seen = new Set<number>();
  nodes.forEach((a, i) => {
    seen.clear();
    for (const k of a.keys)
      for (const j of byKey.get(k)!) {
        if (j <= i || seen.has(j)) continue;
        seen.add(j);
        const b = nodes[j]!;
        if (a.speaker !== null && b.speaker !== null && a.speaker !== b.speaker) continue;
        const { overlap, cosine } = likeness(a, b);
        if (overlap >= QUOTE_OVERLAP) pairs.push({ i, j, sim: cosine });
      }
  });
  pairs.sort((x, y) => y.sim - x.sim || x.i - y.i || x.j - y.j);
  const union = new ArticleUnion(nodes.map((node) => node.items.map((it) => it.article)));
  // A group speaks with one voice: a rendering with no speaker may bridge, never two different speakers.
  const voice = nodes.map((node) => node.speaker);
  for (const p of pairs) {
    const a = voice[union.find(p.i)] ?? null;
    const b = voice[union.find(p.j)] ?? null;
    if (a !== null && b !== null && a !== b) continue;
    if (union.union(p.i, p.j)) voice[union.find(p.i)] = a ?? b;
  }

  const quotedBy = new Map<string, Set<ArticleId>>();
  for (const node of nodes)
    if (node.speaker) {
      const set = quotedBy.get(node.speaker) ?? new Set<ArticleId>();
      for (const it of node.items) set.add(it.article);
      quotedBy.set(node.speaker, set);
    }
  const kept = union
    .groups()
    .map((g) => ({
      speaker: voice[union.find(g[0]!)] ?? null,
      items: g.flatMap((i) => nodes[i]!.items).sort((x, y) => x.order - y.order),
    }))
    .filter(({ speaker, items }) => {
      if (items.length > 1) return true;
      const only = items[0]!;
      if (only.quote.kind === 'paraphrase' || !speaker) return false;
      return [...(quotedBy.get(speaker) ?? [])].some((a) => a !== only.article);
    })
    .map((g) => g.items)
    .sort((x, y) => y.length - x.length || x[0]!.order - y[0]!.order);
  const all = articles.map((a) => a.id);
  return kept.map((g, n) => {
    const carried = new Set(g.map((i) => i.article));
    return {
      id: `${eventId}:q${n + 1}`,
      speaker: groupSpeaker(g),
      variants: g.map((i) => ({ articleId: i.article, quoteId: i.quote.id })),
      missingFrom: all.filter((a) => !carried.has(a)),
    };
  });
}
