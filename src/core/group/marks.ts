/**
 * Time marks: the years and months a report names ("in 2008", "last December", "March 3").
 * A report without a date can still be placed by them: reports of one happening name its year
 * and month, two happenings of a kind years apart name others. On ECB+ topics 1–35, of the
 * pairs of reports that both name years, pairs of two happenings of one kind share none in
 * 85% of cases, pairs of one happening in 11%; for months, 85% and 15%. Weekdays ("on
 * Sunday") were measured too and left out: they added nothing on the training halves.
 * Between groups, the months a group's undated reports name place the group
 * (`timeMarksRule`).
 */
import type { MayMerge } from './cluster';
import { isSpace } from '../text/spaces';

/** A year: four digits from 1950 to 2099, not part of a longer number ("2,008" or "2008.5"). */
const YEAR = /(?<![\d,.])(19[5-9]\d|20\d\d)(?!\d|[,.]\d)/g;
const MONTH =
  '(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';
/**
 * A month named as a date: before a day or a year ("March 3", "May 2013"), after a day
 * ("3 March"), or after a word that places it in time ("in May", "last December"). A
 * capitalised month word elsewhere may be a name (Theresa May) or a verb at a sentence start.
 */
const MONTH_AS_DATE = new RegExp(
  `\\b(?:(?:in|on|since|until|by|from|of|last|next|early|late|mid|this)[\\s-]+${MONTH}(?![\\p{L}])|${MONTH}\\s+(?:\\d{1,2}|\\d{4})\\b|\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH}(?![\\p{L}]))`,
  'giu',
);
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

export interface TimeMarks {
  /** Years named, and the year of the date if there is one. */
  years: ReadonlySet<number>;
  /** Months named (0 = January), and the month of the date if there is one. */
  months: ReadonlySet<number>;
}

/** A capitalised month word anywhere: most texts have none, and then the month pattern need not run. */
const ANY_MONTH = /\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)/;

/** Words of a text as `/\s+/` splits it: runs of characters other than white space. */
function wordCount(text: string): number {
  let count = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const space = isSpace(text.charCodeAt(i));
    if (!space && !inWord) count++;
    inWord = !space;
  }
  return count;
}

/** The first `words` words of the paragraphs, as one text. */
export function leadOf(paragraphs: readonly string[], words: number): string {
  const out: string[] = [];
  let budget = words;
  for (const p of paragraphs) {
    if (budget <= 0) break;
    // Most paragraphs are taken whole: count their words, and split only the one cut short.
    const count = wordCount(p);
    out.push(
      count > budget
        ? p
            .split(/\s+/)
            .filter((x) => x.length > 0)
            .slice(0, budget)
            .join(' ')
        : p,
    );
    budget -= count;
  }
  return out.join('\n');
}

/** The time marks of a text; `date` (YYYY-MM-DD) adds its year and month. */
export function timeMarks(text: string, date: string | null): TimeMarks {
  const years = new Set<number>();
  const months = new Set<number>();
  for (const m of text.matchAll(YEAR)) years.add(Number(m[1]));
  if (ANY_MONTH.test(text))
    for (const m of text.matchAll(MONTH_AS_DATE)) {
      const word = m[1] ?? m[2] ?? m[3]!;
      // Only a capitalised month is a month ("march" is a verb, "may" a modal).
      if (/^\p{Lu}/u.test(word)) months.add(MONTHS.indexOf(word.slice(0, 3).toLowerCase()));
    }
  if (date) {
    years.add(Number(date.slice(0, 4)));
    months.add(Number(date.slice(5, 7)) - 1);
  }
  return { years, months };
}

/** Both name some, and none in common. */
function disjoint(x: ReadonlySet<number>, y: ReadonlySet<number>): boolean {
  if (x.size === 0 || y.size === 0) return false;
  for (const k of x) if (y.has(k)) return false;
  return true;
}

export interface MarkConflicts {
  /** Factor when two reports name years and none in common. */
  yearConflict: number;
  /** Factor when two reports name months and none in common. */
  monthConflict: number;
}

/**
 * How much the time marks of two reports, at least one of them undated, let them be one
 * happening: 1, times a factor for each kind of mark both name without one in common.
 */
export function marksFactor(x: TimeMarks, y: TimeMarks, o: MarkConflicts): number {
  let f = 1;
  if (disjoint(x.years, y.years)) f *= o.yearConflict;
  if (disjoint(x.months, y.months)) f *= o.monthConflict;
  return f;
}

/**
 * Undated reports of a group that must name months before the group can be placed by them:
 * one report's month may be a background fact.
 */
export const MIN_PLACING_REPORTS = 2;
/** Months either side of a dated report's month that still count as its time (a report follows its happening by days). */
export const MONTH_SLACK = 1;
/**
 * A month that at least this share of a dated group's reports name counts as the group's
 * time too: reports of one happening recall the same earlier days (a heist "like the one in
 * December"), and its undated reports may name only those.
 */
export const NAMED_MONTH_SHARE = 0.25;

/**
 * Whether the undated reports of group `x` place it at another time than group `y`'s dated
 * reports: at least `MIN_PLACING_REPORTS` of them name months as dates, and none names a
 * month within `MONTH_SLACK` of one in which a report of `y` is dated, or one that
 * `NAMED_MONTH_SHARE` of `y`'s reports name. Years are left out: reports name past years
 * as background far more often than past months (on ECB+ topics 1–35, with years as well
 * as months the training halves lose 0.004 B³ F1).
 */
export function placedElsewhere(
  x: readonly number[],
  y: readonly number[],
  marks: readonly TimeMarks[],
  datedMonths: readonly (number | null)[],
): boolean {
  const months = new Set<number>();
  for (const i of y) {
    const m = datedMonths[i];
    if (m === null || m === undefined) continue;
    for (let k = -MONTH_SLACK; k <= MONTH_SLACK; k++) months.add((m + k + 12) % 12);
  }
  if (months.size === 0) return false;
  const named = new Map<number, number>();
  for (const i of y) for (const m of marks[i]!.months) named.set(m, (named.get(m) ?? 0) + 1);
  for (const [m, c] of named) if (c >= NAMED_MONTH_SHARE * y.length) months.add(m);
  let placing = 0;
  for (const i of x) {
    if (datedMonths[i] !== null || marks[i]!.months.size === 0) continue;
    for (const m of marks[i]!.months) if (months.has(m)) return false;
    placing++;
  }
  return placing >= MIN_PLACING_REPORTS;
}

/**
 * The merge rule of time marks: two groups, of any size, stay apart when either one's
 * undated reports place it at another time than the other's dated reports
 * (`placedElsewhere`). Time cannot place an undated report by its date; the months it names
 * can, and a group of them names the months of its own happening. `datedMonths`: each
 * report's month of publication (0 = January), or null when it is undated.
 */
export function timeMarksRule(marks: readonly TimeMarks[], datedMonths: readonly (number | null)[]): MayMerge {
  return (x, y) =>
    !placedElsewhere(x.members, y.members, marks, datedMonths) &&
    !placedElsewhere(y.members, x.members, marks, datedMonths);
}
