/**
 * The event page's comparison views (quotes, facts, sources), each in a chunk of its own: an
 * event's page opens on its coverage, and loads the code of the view its address names, if any,
 * before it renders (`preloadComparisonView`); the others once the browser is idle.
 */
import type { ComparisonView } from '../../core/compare/select-comparison';
import { parseComparisonQuery } from '../../core/compare/select-comparison';
import type { CompareViewProps } from '../../features/compare/compare-props';
import { lazyRoute, type LazyRoute } from '../lazy-route';

export const COMPARISON_VIEWS: Record<Exclude<ComparisonView, 'coverage'>, LazyRoute<CompareViewProps>> = {
  quotes: lazyRoute(() => import('../../features/compare/quotes-view').then((m) => ({ default: m.QuotesView }))),
  facts: lazyRoute(() => import('../../features/compare/facts-view').then((m) => ({ default: m.FactsView }))),
  sources: lazyRoute(() => import('../../features/compare/sources-view').then((m) => ({ default: m.SourcesView }))),
};

/** Loads the code of the comparison view the query string `search` names, if any. */
export async function preloadComparisonView(search: string): Promise<void> {
  const { view } = parseComparisonQuery(new URLSearchParams(search)).value;
  if (view !== 'coverage') await COMPARISON_VIEWS[view].preload();
}
