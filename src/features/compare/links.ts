import { comparisonSearch } from '../../core/compare/select-comparison';

/**
 * Where a passage stands in the columns: `?view=coverage&item=…` (and `&in=` for one report of a
 * fact). The reader's outlet choice is kept unless it hides the outlet the link leads to.
 */
export function placeHref(
  eventId: string,
  outlets: string | null,
  item: string,
  at: { outletId?: string; articleId?: string } = {},
): string {
  const keep = outlets && (!at.outletId || outlets.split(',').includes(at.outletId)) ? outlets : null;
  return `/events/${eventId}?${comparisonSearch({ outlets: keep, view: 'coverage', item, in: at.articleId ?? null })}`;
}
