/**
 * The facts view's selector: the event's outlets as columns, the facts every one carries, the
 * facts × outlets matrix of those more than one carries, and what only one carries.
 */
import type { ArticleSet } from '../select';
import { outletName } from '../select';
import type { ArticleId, Fact, FactSpan, NewsEvent, OutletId } from '../types';
import { eventArticles } from './select-comparison';

export interface OutletColumn {
  outletId: OutletId;
  name: string;
  /** Its articles in this event, in page order. */
  articleIds: ArticleId[];
}

export interface FactCell {
  outletId: OutletId;
  /** Where this outlet says it (its first article that does); null when it does not. */
  span: FactSpan | null;
}

export interface FactRow {
  fact: Fact;
  /** One per column, in column order. */
  cells: FactCell[];
  /** How many of the event's outlets carry it. */
  carriedBy: number;
}

export interface FactsComparison {
  columns: OutletColumn[];
  /** Facts every outlet carries (none when the event has a single outlet). */
  commonGround: FactRow[];
  /** Facts more than one outlet carries, the most widely carried first: the rows of the matrix. */
  shared: FactRow[];
  /** Per outlet, the facts it alone carries (every outlet listed, in column order). */
  onlyIn: { column: OutletColumn; rows: FactRow[] }[];
}

/** The event's outlets as columns, in page order (newest report first). */
export function outletColumns(corpus: ArticleSet, event: Pick<NewsEvent, 'articleIds'>): OutletColumn[] {
  const columns: OutletColumn[] = [];
  for (const a of eventArticles(corpus, event)) {
    const col = columns.find((c) => c.outletId === a.outletId);
    if (col) col.articleIds.push(a.id);
    else columns.push({ outletId: a.outletId, name: outletName(corpus, a.outletId), articleIds: [a.id] });
  }
  return columns;
}

/** Common ground, the facts × outlets matrix, and what only one outlet carries. */
export function compareFacts(corpus: ArticleSet, event: NewsEvent): FactsComparison {
  const columns = outletColumns(corpus, event);
  const rows: FactRow[] = event.facts.map((fact) => {
    const cells = columns.map((col) => ({
      outletId: col.outletId,
      span: fact.spans.find((s) => col.articleIds.includes(s.articleId)) ?? null,
    }));
    return { fact, cells, carriedBy: cells.filter((c) => c.span).length };
  });
  const many = columns.length > 1;
  const shared = rows
    .map((r, i) => ({ r, i }))
    .filter(({ r }) => r.carriedBy > 1)
    .sort((x, y) => y.r.carriedBy - x.r.carriedBy || x.i - y.i)
    .map(({ r }) => r);
  return {
    columns,
    commonGround: many ? rows.filter((r) => r.carriedBy === columns.length) : [],
    shared,
    onlyIn: columns.map((column, c) => ({
      column,
      rows: many ? rows.filter((r) => r.carriedBy === 1 && r.cells[c]!.span) : [],
    })),
  };
}
