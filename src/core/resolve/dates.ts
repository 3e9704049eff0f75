/**
 * When an article was published: the date printed above it, the editor's date in the manifest,
 * a relative phrase ("a day ago") counted back from the retrieval day, or a structured record's
 * field, in that order of trust; and the day relative phrases count back from.
 */
import type { FoundDate } from '../extract/dates';
import { isClockTime, isIsoDay } from '../schema';
import type { ArticleRole, ManifestEntry, Published } from '../types';

/** The calendar day an instant or day starts with (YYYY-MM-DD), or null when it starts with none. */
export function dayOf(instant: string | undefined): string | null {
  const day = instant?.slice(0, 10);
  return day && isIsoDay(day) ? day : null;
}

/** The clock time (HH:MM) after a day's "T" (or, with `spaced`, a space too), or undefined. */
function timeOf(instant: string, spaced: boolean): string | undefined {
  const time = (spaced ? /[T ](\d{2}:\d{2})/ : /T(\d{2}:\d{2})/).exec(instant)?.[1];
  return time && isClockTime(time) ? time : undefined;
}

/** The day relative dates on a page count back from: when it was retrieved, else "today" as given. */
export function retrievalDay(entry: ManifestEntry | undefined, now: string | undefined): string | null {
  return dayOf(entry?.retrieved) ?? dayOf(now);
}

/** What the extractor found of a page article's date, and whether it is the page's own article. */
export interface DateEvidence {
  role: ArticleRole;
  /** The date printed (or relatively stated) above the article, if any. */
  date: FoundDate | null;
}

/**
 * A page article's publication date: one printed above it; else, for the page's own article,
 * the manifest's; else a relative phrase's (estimated). `warnings` is told when there is none.
 */
export function resolvePublished(d: DateEvidence, entry: ManifestEntry, warnings: string[]): Published {
  if (d.date && !d.date.relative) {
    const p: Published = { date: d.date.date, estimated: false, basis: 'text' };
    if (d.date.time) p.time = d.date.time;
    return p;
  }
  if (d.role === 'primary' && entry.published) {
    const p: Published = {
      date: dayOf(entry.published),
      estimated: entry.publishedEstimated ?? false,
      basis: 'manifest',
    };
    const time = timeOf(entry.published, false);
    if (time) p.time = time;
    return p;
  }
  if (d.date?.relative) return { date: d.date.date, estimated: true, basis: 'relative' };
  warnings.push('no publication date on the page or in the manifest');
  return { date: null, estimated: false, basis: 'none' };
}

/** A structured record's publication date ("2017-12-28 14:30:00", or an ISO-8601 instant). */
export function structuredPublished(published: string | undefined): Published {
  const day = dayOf(published);
  if (!day) return { date: null, estimated: false, basis: 'none' };
  const p: Published = { date: day, estimated: false, basis: 'structured' };
  const time = timeOf(published!, true);
  if (time) p.time = time;
  return p;
}
