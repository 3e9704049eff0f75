/**
 * The event page's first screen: one headline row per outlet, the common ground and what only
 * one outlet carries (first few of each), and the evidence for the grouping in plain words.
 */
import type { ArticleSet } from './select';
import { compareFacts } from './compare/select-facts';
import { splitSentences } from './compare/sentences';
import { findArticle, findOutlet, outletName } from './select';
import type { Article, EventEvidence, Fact, NewsEvent, Outlet, OutletId } from './types';

/** Common-ground facts shown on the first screen; the Facts view has them all. */
export const COMMON_GROUND_SHOWN = 3;
/** "Only in X" facts shown per outlet on the first screen: one says what it adds at a glance. */
export const ONLY_IN_FIRST_SHOWN = 1;
/** A lead longer than this is cut at a word boundary: the row is a teaser, the column has the rest. */
export const LEAD_MAX_CHARS = 320;
/** Punctuation left at the end of a quoted passage by the sentence around it ("…are ongoing," Peskov said). */
const TRAILING_CLAUSE_MARK = /[,;:]\s*$/;

export interface HeadlineRow {
  outletId: OutletId;
  name: string;
  /** The registered outlet; undefined when the corpus does not know it. */
  outlet: Outlet | undefined;
  /** Its newest report in the event (the one the columns show first). */
  article: Article;
  /** Names of the republishers it came through, nearest first. */
  via: string[];
  /** The report's first sentence; null for an empty body. */
  lead: string | null;
  /** Its other reports in the event. */
  more: number;
}

export interface OnlyInFirst {
  outletId: OutletId;
  name: string;
  /** Its first facts no other outlet carries. */
  facts: Fact[];
  /** How many facts it alone carries. */
  total: number;
}

export interface EventOverview {
  /** One per outlet, in page order (newest report first). */
  rows: HeadlineRow[];
  /** A single report: the page reads as one article, with no strip and no common ground. */
  single: boolean;
  /** The first facts every outlet carries. */
  commonGround: Fact[];
  /** How many facts every outlet carries. */
  commonGroundTotal: number;
  /** Outlets that carry something alone, in page order, with their first such facts. */
  onlyIn: OnlyInFirst[];
}

/** The first sentence of a body, cut to `LEAD_MAX_CHARS` at a word boundary. */
export function firstSentence(body: readonly string[]): string | null {
  const paragraph = body.find((p) => p.trim().length > 0);
  if (paragraph === undefined) return null;
  const [span] = splitSentences(paragraph);
  const sentence = span ? paragraph.slice(span.start, span.end) : paragraph.trim();
  if (sentence.length <= LEAD_MAX_CHARS) return sentence;
  return `${sentence.slice(0, LEAD_MAX_CHARS).replace(/\s+\S*$/, '')}…`;
}

/** What the first screen of an event shows, before any view. */
export function eventOverview(corpus: ArticleSet<Article>, event: NewsEvent): EventOverview {
  const facts = compareFacts(corpus, event);
  const rows: HeadlineRow[] = facts.columns.map((c) => {
    const article = findArticle(corpus, c.articleIds[0]!)!;
    return {
      outletId: c.outletId,
      name: c.name,
      outlet: findOutlet(corpus, c.outletId),
      article,
      via: article.viaOutletIds.map((v) => outletName(corpus, v)),
      lead: firstSentence(article.body),
      more: c.articleIds.length - 1,
    };
  });
  return {
    rows,
    single: event.articleIds.length === 1,
    commonGround: facts.commonGround.slice(0, COMMON_GROUND_SHOWN).map((r) => r.fact),
    commonGroundTotal: facts.commonGround.length,
    onlyIn: facts.onlyIn
      .filter((o) => o.rows.length > 0)
      .map((o) => ({
        outletId: o.column.outletId,
        name: o.column.name,
        facts: o.rows.slice(0, ONLY_IN_FIRST_SHOWN).map((r) => r.fact),
        total: o.rows.length,
      })),
  };
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** "2025-05-05" → "5 May 2025"; "05-09" (a day the text mentions, no year) → "9 May". */
export function dayLabel(d: string): string {
  const full = /^(\d{4})-(\d{2})-(\d{2})$/.exec(d);
  const short = /^(\d{2})-(\d{2})$/.exec(d);
  if (full) return `${Number(full[3])} ${MONTHS[Number(full[2]) - 1] ?? full[2]} ${full[1]}`;
  if (short) return `${Number(short[2])} ${MONTHS[Number(short[1]) - 1] ?? short[1]}`;
  return d;
}

export type GroupingReasonKind = 'names' | 'quotes' | 'dates' | 'words';

export interface GroupingReason {
  kind: GroupingReasonKind;
  /** What the reports share, as a sentence opening ("They name"). */
  label: string;
  items: string[];
}

export interface GroupingStory {
  /** One sentence on the grouping as a whole. */
  summary: string;
  reasons: GroupingReason[];
}

/**
 * Why the reports were put together, in words a reader can check against them: the names,
 * quotations, days and words they share. No similarity score: a number says nothing a reader can check.
 */
export function describeGrouping(why: EventEvidence, reports: number): GroupingStory {
  if (reports < 2) return { summary: 'Only one report of this happening is in the collection so far.', reasons: [] };
  const reasons: GroupingReason[] = [];
  if (why.names.length) reasons.push({ kind: 'names', label: 'They name', items: why.names });
  if (why.quotes.length)
    reasons.push({
      kind: 'quotes',
      label: 'They quote the same words',
      // A quotation cut where its attribution began keeps that clause's comma: not the speaker's words.
      items: why.quotes.map((q) => q.replace(TRAILING_CLAUSE_MARK, '')),
    });
  if (why.dates.length)
    reasons.push({ kind: 'dates', label: 'They give the same days', items: why.dates.map(dayLabel) });
  if (why.terms.length)
    reasons.push({ kind: 'words', label: 'Their headlines and opening lines share the words', items: why.terms });
  const who = reports === 2 ? 'These two reports' : `These ${reports} reports`;
  const summary =
    why.cohesion === undefined
      ? `${who} are grouped as your corrections made them. What at least two of them share:`
      : `${who} were put together because they share what follows (each item is in at least two of them).`;
  return { summary, reasons };
}
