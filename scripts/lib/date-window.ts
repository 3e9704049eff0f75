/**
 * The lines around an extracted article's headline where pages print its date, and two ways
 * to read a date from them: Parallax's own parser (src/core/extract/dates.ts) and chrono-node,
 * a general natural-language date parser, so that the two can be measured on the same lines.
 */
import * as chrono from 'chrono-node';
import { findDateInLine, publicationParts } from '../../src/core/extract/dates';
import { normalizeText } from '../../src/core/text/normalize';

/** Longest line that can be a date or byline line (as in the extractor). */
const META_LINE_MAX_CHARS = 120;
/** Lines above the headline searched too: some pages print the date over it. */
const LINES_ABOVE_HEADLINE = 3;
/** Lines searched when the headline is not found above the body. */
const LINES_ABOVE_BODY = 15;
/** Prefix of the first body paragraph used to find where the body starts. */
const BODY_PROBE_CHARS = 40;
/**
 * chrono's parsers, English first; the others for pages in the languages the benchmark
 * holds. A parse must state its year, month and day: a weekday or "5:30 PM" alone is not a date.
 */
const CHRONO_PARSERS = [
  chrono.casual,
  chrono.pt.casual,
  chrono.it.casual,
  chrono.es.casual,
  chrono.fr.casual,
  chrono.de.casual,
  chrono.nl.casual,
  chrono.ru.casual,
  chrono.id.casual,
];
/** Reference for chrono's incomplete dates; only complete ones are kept, so it does not matter which. */
const CHRONO_REFERENCE = new Date(Date.UTC(2020, 0, 1));

/**
 * The short lines from just above the headline down to the first body paragraph, in page
 * order, or those just above the body when the headline is not on the page.
 */
export function headerWindow(
  pageText: string,
  title: string | undefined,
  firstParagraph: string | undefined,
): string[] {
  const lines = normalizeText(pageText).split('\n');
  const probe = (firstParagraph ?? '').slice(0, BODY_PROBE_CHARS);
  let bodyAt = probe ? lines.findIndex((l) => l.includes(probe)) : -1;
  if (bodyAt < 0) bodyAt = lines.length;
  let titleAt = -1;
  for (let i = 0; i < bodyAt; i++) if (title && lines[i] === title) titleAt = i;
  const from = titleAt >= 0 ? Math.max(0, titleAt - LINES_ABOVE_HEADLINE) : Math.max(0, bodyAt - LINES_ABOVE_BODY);
  return lines.slice(from, bodyAt).filter((l) => l.length > 0 && l.length <= META_LINE_MAX_CHARS);
}

/** The first absolute date Parallax's parser reads in the lines, or null. */
export function ownDate(lines: readonly string[]): string | null {
  for (const line of lines) {
    const d = findDateInLine(line, null);
    if (d && !d.relative) return d.date;
  }
  return null;
}

/**
 * A parse that states its day, month and year, the year in digits: chrono also marks "now",
 * "today" and "1 day ago" as certain, which here would be dates relative to no known day.
 */
function isStatedDate(r: chrono.ParsedResult): boolean {
  const year = r.start.get('year');
  if (!r.start.isCertain('year') || !r.start.isCertain('month') || !r.start.isCertain('day') || year === null)
    return false;
  return r.text.includes(String(year)) || new RegExp(`\\b${String(year % 100).padStart(2, '0')}\\b`).test(r.text);
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** The first complete date (year, month and day stated) chrono reads in the lines, or null. */
export function chronoDate(lines: readonly string[]): string | null {
  for (const line of lines) {
    // The same parts of the line as Parallax reads: not an update or a copyright date.
    for (const part of publicationParts(line)) {
      for (const parser of CHRONO_PARSERS) {
        const hit = parser.parse(part.text, CHRONO_REFERENCE, { forwardDate: false }).find(isStatedDate);
        if (hit) return `${hit.start.get('year')}-${pad(hit.start.get('month')!)}-${pad(hit.start.get('day')!)}`;
      }
    }
  }
  return null;
}
