/**
 * Publication dates as pages print them, in each outlet's style: "March 5, 2024 at 2:15 pm",
 * "5 March 2024, 14:15", "2024-03-05T14:15:00Z", "05.03.2024", "Tuesday, March 5, 2024
 * 02:15 PM", or relative ("3 hours ago", "yesterday") against the day the page was saved.
 * Calendar arithmetic is in UTC and reads no clock.
 */
import type { DateStyle } from './outlets';
import type { Random } from './random';

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
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
/** Words printed before a date line ("Published 5 March 2024"), and how often. */
const PREFIXES: ReadonlyArray<readonly [string, number]> = [
  ['', 8],
  ['Published ', 2],
  ['Published: ', 1],
  ['Posted on ', 1],
  ['First published on ', 1],
];

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function parts(day: string): { y: number; m: number; d: number; weekday: string } {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return { y, m, d, weekday: WEEKDAYS[new Date(Date.UTC(y, m - 1, d)).getUTCDay()]! };
}

/** A YYYY-MM-DD day moved by whole days. */
export function shiftDay(day: string, delta: number): string {
  const { y, m, d } = parts(day);
  const t = new Date(Date.UTC(y, m - 1, d + delta));
  return `${t.getUTCFullYear()}-${pad(t.getUTCMonth() + 1)}-${pad(t.getUTCDate())}`;
}

/** Whole days from `a` to `b` (YYYY-MM-DD). */
export function daysBetween(a: string, b: string): number {
  const t = (s: string) => {
    const { y, m, d } = parts(s);
    return Date.UTC(y, m - 1, d);
  };
  return Math.round((t(b) - t(a)) / 86_400_000);
}

function clock12(time: string): string {
  const [h, min] = time.split(':').map(Number) as [number, number];
  return `${((h + 11) % 12) + 1}:${pad(min)}`;
}

function ampm(time: string, style: 'lower' | 'upper' | 'dotted'): string {
  const pm = Number(time.slice(0, 2)) >= 12;
  return style === 'upper' ? (pm ? 'PM' : 'AM') : style === 'dotted' ? (pm ? 'p.m.' : 'a.m.') : pm ? 'pm' : 'am';
}

export interface PrintedDate {
  text: string;
  /** For a relative date: the day the page was saved, which the manifest must give. */
  retrieved?: string;
}

/** The date line of a page published on `day` at `time` (HH:MM), in the outlet's style. */
export function printDate(day: string, time: string, style: DateStyle, r: Random): PrintedDate {
  const { y, m, d, weekday } = parts(day);
  const month = MONTHS[m - 1]!;
  const short = month.length > 4 ? `${month.slice(0, 3)}.` : month;
  const withTime = r.chance(0.6);
  const prefix = r.weighted(PREFIXES);
  switch (style) {
    case 'us-long':
      return {
        text: `${prefix}${month} ${d}, ${y}${withTime ? ` at ${clock12(time)} ${ampm(time, r.pick(['lower', 'dotted'] as const))}${r.chance(0.5) ? ' ET' : ''}` : ''}`,
      };
    case 'us-short':
      return { text: `${prefix}${short} ${d}, ${y}${withTime ? `, ${clock12(time)} ${ampm(time, 'upper')}` : ''}` };
    case 'uk-long':
      return { text: `${prefix}${d} ${month} ${y}${withTime ? `, ${time}` : ''}` };
    case 'uk-weekday':
      return { text: `${weekday} ${d} ${month} ${y}${withTime ? ` ${time.replace(':', '.')} GMT` : ''}` };
    case 'iso':
      return { text: `${prefix}${day}${withTime ? (r.chance(0.5) ? ` ${time}` : `T${time}:00Z`) : ''}` };
    case 'dotted':
      return { text: `${pad(d)}.${pad(m)}.${y}${withTime ? `, ${time}` : ''}` };
    case 'us-weekday':
      return {
        text: `${weekday}, ${month} ${d}, ${y} ${pad(Number(clock12(time).split(':')[0]))}:${time.slice(3)} ${ampm(time, 'upper')}`,
      };
    case 'relative':
      return printRelative(day, time, r);
  }
}

/** "3 hours ago", "yesterday", "2 days ago": saved the same day or up to three days later. */
export function printRelative(day: string, time: string, r: Random): PrintedDate {
  const after = r.weighted([
    [0, 3],
    [1, 2],
    [2, 1],
    [3, 1],
  ] as const);
  const retrieved = shiftDay(day, after);
  if (after === 0) {
    const hours = r.int(1, Math.max(1, 23 - Number(time.slice(0, 2))));
    const unit = r.chance(0.5) ? (hours === 1 ? 'hour' : 'hours') : 'hrs';
    return { text: `${hours} ${unit} ago`, retrieved };
  }
  if (after === 1) return { text: r.pick(['yesterday', 'a day ago', '1 day ago']), retrieved };
  return { text: `${after} days ago`, retrieved };
}
