/**
 * What the views read from their address, shared by the feed's filters (filters.ts) and the event
 * page's outlet choice (`?outlets=a,b`), which lives here so that an event's page does not carry
 * the feed's filtering. Invalid values are dropped with a problem a reader can read, never thrown.
 */
import { outletName, type ArticleSet } from './select';
import type { OutletId } from './types';

export interface ParsedQuery<T> {
  value: T;
  /** What was ignored and why. */
  problems: string[];
}

/** What the views read from URLSearchParams. */
export interface QueryLike {
  get(name: string): string | null;
  getAll(name: string): string[];
}

/** The ids that name an outlet of the corpus, each once, in order; a problem said for each that does not. */
export function knownOutlets(corpus: ArticleSet, ids: readonly string[], problems: string[]): OutletId[] {
  const known = new Set(corpus.outlets.map((o) => o.id as string));
  const out: OutletId[] = [];
  for (const id of ids) {
    if (!id) continue;
    if (!known.has(id)) problems.push(`There is no outlet “${id}”; that filter was ignored.`);
    else if (!out.includes(id as OutletId)) out.push(id as OutletId);
  }
  return out;
}

/** The event page's `?outlets=a,b`: the outlets whose reports to show side by side; all when absent. */
export function parseOutletChoice(
  query: QueryLike,
  corpus: ArticleSet,
  available: readonly string[],
): ParsedQuery<OutletId[]> {
  const raw = query.get('outlets');
  if (raw === null || raw.trim() === '') return { value: available as OutletId[], problems: [] };
  const problems: string[] = [];
  const chosen = knownOutlets(corpus, raw.split(','), problems).filter((o) => {
    if (available.includes(o)) return true;
    problems.push(`${outletName(corpus, o)} has no report of this event.`);
    return false;
  });
  if (chosen.length === 0) {
    problems.push('None of the chosen outlets covers this event, so all are shown.');
    return { value: available as OutletId[], problems };
  }
  return { value: chosen, problems };
}
