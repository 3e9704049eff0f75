/**
 * What the event page's views read from the URL and an event: the view and focus as the URL
 * carries them (`?view=quotes&item=…&in=…`), the spans an item points to, and a paragraph cut
 * at the passages to mark. The views' own selectors: select-quotes.ts (renderings and their
 * differences), select-facts.ts (common ground and the facts × outlets matrix),
 * select-sources.ts (citations, naming, provenance, perspective). Pure: no DOM, no React.
 */
import type { ArticleSet } from '../select';
import type { ParsedQuery, QueryLike } from '../filters';
import { findArticle, outletName, sortArticlesByDate } from '../select';
import type { Article, ArticleId, ArticleMeta, FactSpan, NewsEvent, Quote, TextSpan } from '../types';

/** The event page's views, in the order of its tabs; `coverage` (the columns) is the default. */
export const VIEWS = ['coverage', 'quotes', 'facts', 'sources'] as const;
export type ComparisonView = (typeof VIEWS)[number];

export const VIEW_LABELS: Record<ComparisonView, string> = {
  coverage: 'Coverage',
  quotes: 'Quotes',
  facts: 'Facts',
  sources: 'Sources',
};

export function isComparisonView(value: string): value is ComparisonView {
  return (VIEWS as readonly string[]).includes(value);
}

export interface ComparisonQuery {
  view: ComparisonView;
  /** A quote group, fact, quote or citation id to bring into view; null when none. */
  item: string | null;
  /** For a fact: the article whose sentence to bring into view; null for all of them. */
  in: string | null;
}

/** `?view=&item=&in=` as given; an unknown view falls back to the columns with a notice. */
export function parseComparisonQuery(query: QueryLike): ParsedQuery<ComparisonQuery> {
  const problems: string[] = [];
  const raw = query.get('view');
  let view: ComparisonView = 'coverage';
  if (raw !== null && raw !== '') {
    if (isComparisonView(raw)) view = raw;
    else problems.push(`There is no “${raw}” view; showing the coverage side by side.`);
  }
  const item = query.get('item') || null;
  const inArticle = query.get('in') || null;
  return { value: { view, item, in: inArticle }, problems };
}

/**
 * The query string (without "?") of a view of the event, keeping the reader's outlet choice.
 * `outlets` is the raw `?outlets=` value, or null to show every outlet.
 */
export function comparisonSearch(target: Partial<ComparisonQuery> & { outlets?: string | null }): string {
  const parts: string[] = [];
  if (target.outlets) parts.push(`outlets=${target.outlets.split(',').map(encodeURIComponent).join(',')}`);
  if (target.view && target.view !== 'coverage') parts.push(`view=${target.view}`);
  else if (target.item) parts.push('view=coverage');
  if (target.item) parts.push(`item=${encodeURIComponent(target.item)}`);
  if (target.in) parts.push(`in=${encodeURIComponent(target.in)}`);
  return parts.join('&');
}

/** A citation has no id of its own in the corpus: it is named by its article and its position there. */
export function citationId(articleId: string, index: number): string {
  return `${articleId}:c${index}`;
}

/** The event's articles in the order the page shows them: newest first (as the columns). */
export function eventArticles<A extends ArticleMeta>(corpus: ArticleSet<A>, event: Pick<NewsEvent, 'articleIds'>): A[] {
  return sortArticlesByDate(event.articleIds.map((id) => findArticle(corpus, id)).filter((a) => a !== undefined));
}

export type FocusKind = 'quote-group' | 'quote' | 'fact' | 'citation';

export interface Focus {
  kind: FocusKind;
  id: string;
  /** The quote group a quote belongs to, so the quotes view can bring it into view. */
  groupId?: string;
  /** Every place in the columns it stands, to be marked. */
  spans: FactSpan[];
  /** The place to bring into view: the one in `?in=` when given, else the first. */
  primary: FactSpan | null;
}

function quoteSpan(articleId: ArticleId, q: Quote): FactSpan {
  return { articleId, paragraph: q.paragraph, start: q.start, end: q.end };
}

/** What `?item=` (and `?in=`) point to in this event, or why nothing. */
export function resolveFocus(
  corpus: ArticleSet<Article>,
  event: NewsEvent,
  item: string | null,
  inArticle: string | null = null,
): ParsedQuery<Focus | null> {
  if (!item) return { value: null, problems: [] };
  const problems: string[] = [];
  const articles = eventArticles(corpus, event);
  const quoteById = new Map<string, { articleId: ArticleId; quote: Quote }>();
  for (const a of articles) for (const q of a.quotes) quoteById.set(q.id, { articleId: a.id, quote: q });
  const groupOfQuote = (quoteId: string) => event.quotes.find((g) => g.variants.some((v) => v.quoteId === quoteId));

  let focus: Focus | null = null;
  const group = event.quotes.find((g) => g.id === item);
  const fact = event.facts.find((f) => f.id === item);
  if (group) {
    const spans = group.variants.flatMap((v) => {
      const found = quoteById.get(v.quoteId);
      return found ? [quoteSpan(v.articleId, found.quote)] : [];
    });
    focus = { kind: 'quote-group', id: group.id, spans, primary: null };
  } else if (fact) {
    focus = { kind: 'fact', id: fact.id, spans: [...fact.spans], primary: null };
  } else if (quoteById.has(item)) {
    const { articleId, quote } = quoteById.get(item)!;
    const g = groupOfQuote(item);
    focus = {
      kind: 'quote',
      id: item,
      spans: [quoteSpan(articleId, quote)],
      primary: null,
      ...(g ? { groupId: g.id } : {}),
    };
  } else {
    for (const a of articles) {
      const index = a.citations.findIndex((_, i) => citationId(a.id, i) === item);
      if (index < 0) continue;
      const c = a.citations[index]!;
      focus = {
        kind: 'citation',
        id: item,
        spans: [{ articleId: a.id, paragraph: c.paragraph, start: c.start, end: c.end }],
        primary: null,
      };
      break;
    }
  }
  if (!focus) {
    problems.push(`Nothing in this event has the id “${item}”; nothing is highlighted.`);
    return { value: null, problems };
  }
  let spans = focus.spans;
  if (inArticle) {
    const inSpans = spans.filter((s) => s.articleId === inArticle);
    if (inSpans.length) spans = inSpans;
    else {
      const where = findArticle(corpus, inArticle);
      problems.push(
        where && event.articleIds.includes(where.id)
          ? `${outletName(corpus, where.outletId)}’s report does not carry it; it is marked where it stands.`
          : `There is no report “${inArticle}” in this event; it is marked wherever it stands.`,
      );
    }
  }
  const order = new Map(articles.map((a, i) => [a.id as string, i]));
  const first = [...spans].sort(
    (x, y) =>
      (order.get(x.articleId) ?? 0) - (order.get(y.articleId) ?? 0) || x.paragraph - y.paragraph || x.start - y.start,
  )[0];
  return { value: { ...focus, spans, primary: first ?? null }, problems };
}

/** The views that can show a focused item: the columns show every kind; each other view its own. */
export function viewsShowing(focus: Focus): ComparisonView[] {
  switch (focus.kind) {
    case 'quote-group':
      return ['quotes', 'coverage'];
    case 'quote':
      return focus.groupId ? ['quotes', 'coverage'] : ['coverage'];
    case 'fact':
      return ['facts', 'coverage'];
    case 'citation':
      return ['sources', 'coverage'];
  }
}

export interface TextSegment {
  text: string;
  /** Offset of the segment in the paragraph. */
  start: number;
  marked: boolean;
}

/**
 * A paragraph cut at the spans to mark, so a view can wrap them in `<mark>` and keep the text
 * text. Overlapping spans merge; spans outside the paragraph are clipped; the segments' text
 * joined is the paragraph.
 */
export function markSpans(text: string, spans: readonly Pick<TextSpan, 'start' | 'end'>[]): TextSegment[] {
  const ranges = spans
    .map((s) => [Math.max(0, Math.min(text.length, s.start)), Math.max(0, Math.min(text.length, s.end))] as const)
    .filter(([s, e]) => e > s)
    .sort((x, y) => x[0] - y[0] || x[1] - y[1]);
  const merged: [number, number][] = [];
  for (const [s, e] of ranges) {
    const last = merged[merged.length - 1];
    if (last && s <= last[1]) last[1] = Math.max(last[1], e);
    else merged.push([s, e]);
  }
  const out: TextSegment[] = [];
  let at = 0;
  for (const [s, e] of merged) {
    if (s > at) out.push({ text: text.slice(at, s), start: at, marked: false });
    out.push({ text: text.slice(s, e), start: s, marked: true });
    at = e;
  }
  if (at < text.length || out.length === 0) out.push({ text: text.slice(at), start: at, marked: false });
  return out;
}
