import type { ComparisonView } from '../../core/compare/select-comparison';
import type { CompareViewProps } from './compare-props';
import { FactsView } from './facts-view';
import { QuotesView } from './quotes-view';
import { SourcesView } from './sources-view';

export interface ComparisonPanelProps extends CompareViewProps {
  view: Exclude<ComparisonView, 'coverage'>;
}

/** One of the comparison views beside the coverage columns. */
export function ComparisonPanel({ view, ...props }: ComparisonPanelProps) {
  if (view === 'quotes') return <QuotesView {...props} />;
  if (view === 'facts') return <FactsView {...props} />;
  return <SourcesView {...props} />;
}
