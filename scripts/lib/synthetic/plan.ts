/**
 * The shape of the synthetic news stream, before any text: how many articles each event has
 * (heavy-tailed: most events one to three articles, a few with dozens), when it happens
 * (spread over months) and when each of its articles appears (within a few days), which
 * outlets report it (all different, big outlets more often), and which articles are
 * republished copies of another (wire copy) or shown through an aggregator.
 */
import type { SyntheticOutlet } from './outlets';
import { shiftDay } from './print-dates';
import type { Random } from './random';

/** Exponent of the event-size power law P(s) ∝ s^-a: with 2.2, about 69% of events are single reports. */
export const SIZE_EXPONENT = 2.2;
/** Largest event (the biggest stories of a period draw dozens of reports). */
export const MAX_EVENT_SIZE = 60;
/** At most this share of a run's articles in one event (keeps small runs from being one story). */
export const MAX_EVENT_SHARE = 0.2;
/** Share of events of two or more articles that a news agency breaks, others republishing its copy. */
export const WIRE_EVENT_SHARE = 0.35;
/** In such an event, the chance that a further article is the agency's copy rather than a report. */
export const WIRE_COPY_SHARE = 0.4;
/** Elsewhere, the chance that a further article republishes an earlier report (syndication). */
export const SYNDICATION_SHARE = 0.06;
/** Chance that a further report reaches the folder only through an aggregator's page. */
export const AGGREGATED_SHARE = 0.04;
/** An event's articles appear within this many days of its first (more for bigger events). */
export const MAX_SPREAD_DAYS = 5;

/** Days the events of a run spread over: a month for a small run, up to three years for a large one. */
export function defaultDays(articles: number): number {
  return Math.min(1095, Math.max(30, Math.round(30 * Math.sqrt(articles / 100))));
}

/** Largest event for a run of `articles`. */
export function maxEventSize(articles: number): number {
  return Math.max(1, Math.min(MAX_EVENT_SIZE, Math.floor(articles * MAX_EVENT_SHARE)));
}

/** A sampler of event sizes 1..max with P(s) ∝ s^-SIZE_EXPONENT. */
export function eventSizes(max: number, exponent = SIZE_EXPONENT): (r: Random) => number {
  const cumulative: number[] = [];
  let total = 0;
  for (let s = 1; s <= max; s++) cumulative.push((total += Math.pow(s, -exponent)));
  return (r) => {
    const x = r.float() * total;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid]! > x) hi = mid;
      else lo = mid + 1;
    }
    return lo + 1;
  };
}

export interface PlannedArticle {
  /** The outlet that published it. */
  outlet: SyntheticOutlet;
  /** The aggregator whose page shows it, if it reaches the folder that way. */
  via?: SyntheticOutlet;
  day: string;
  /** HH:MM. */
  time: string;
  /** Index (in the event) of the article it republishes, if it is a copy. */
  copyOf?: number;
}

export interface PlannedEvent {
  day: string;
  articles: PlannedArticle[];
  /** The first article is a news agency's, which the copies in the event republish. */
  wire: boolean;
}

/** Outlets drawn by weight, fast enough for 100,000 draws (cumulative weights, binary search). */
export class OutletPicker {
  private readonly cumulative: number[] = [];
  private readonly total: number;

  constructor(private readonly outlets: readonly SyntheticOutlet[]) {
    if (outlets.length === 0) throw new Error('synthetic/plan: no outlets to draw from');
    let t = 0;
    for (const o of outlets) this.cumulative.push((t += o.weight));
    this.total = t;
  }

  pick(r: Random, except: ReadonlySet<SyntheticOutlet> = new Set()): SyntheticOutlet {
    for (let attempt = 0; attempt < 50; attempt++) {
      const x = r.float() * this.total;
      let lo = 0;
      let hi = this.cumulative.length - 1;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (this.cumulative[mid]! > x) hi = mid;
        else lo = mid + 1;
      }
      const o = this.outlets[lo]!;
      if (!except.has(o)) return o;
    }
    return this.outlets.find((o) => !except.has(o)) ?? this.outlets[0]!;
  }
}

const DAY_MINUTES = 24 * 60;

function clockOf(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

export interface Pools {
  reporters: OutletPicker;
  agencies: OutletPicker;
  aggregators: OutletPicker;
}

/** One event of `size` articles, its first on a day within `days` of `start`. */
export function planEvent(size: number, start: string, days: number, pools: Pools, r: Random): PlannedEvent {
  const day = shiftDay(start, r.int(0, days - 1));
  const wire = size >= 2 && r.chance(WIRE_EVENT_SHARE);
  const spread = Math.min(MAX_SPREAD_DAYS, 1 + Math.floor(Math.log2(size)));
  const used = new Set<SyntheticOutlet>();
  /** Minutes from the start of the event's first day, per article. */
  const at: number[] = [];
  const articles: PlannedArticle[] = [];
  for (let k = 0; k < size; k++) {
    const outlet = k === 0 && wire ? pools.agencies.pick(r) : pools.reporters.pick(r, used);
    used.add(outlet);
    const a: PlannedArticle = { outlet, day, time: '' };
    let minute: number;
    if (k > 0 && (wire ? r.chance(WIRE_COPY_SHARE) : r.chance(SYNDICATION_SHARE))) {
      // A copy appears after its original, the same day or the next.
      a.copyOf = wire ? 0 : r.int(0, k - 1);
      minute = at[a.copyOf]! + r.int(20, 240) + (r.chance(0.3) ? DAY_MINUTES : 0);
    } else {
      const offset = k === 0 ? 0 : r.geometric(0.55, spread);
      minute = offset * DAY_MINUTES + r.int(6 * 60, 22 * 60 + 59);
      if (k > 0 && r.chance(AGGREGATED_SHARE)) a.via = pools.aggregators.pick(r);
    }
    at.push(minute);
    a.day = shiftDay(day, Math.floor(minute / DAY_MINUTES));
    a.time = clockOf(minute % DAY_MINUTES);
    articles.push(a);
  }
  return { day, articles, wire };
}
