import type { Focus } from '../../core/compare/select-comparison';
import type { NewsEvent } from '../../core/types';

export interface CompareViewProps {
  event: NewsEvent;
  /** What `?item=` points to, when this view shows it. */
  focus: Focus | null;
  /** The raw `?outlets=` choice, kept in links unless it hides their target. */
  outlets: string | null;
}
