/**
 * A page dump read into lines with their features: hard-wrapped paragraphs joined, long lines
 * split where an article runs into chrome, each line described, then the marks that need a
 * line's neighbours (repeats, author boxes, captions, paragraphs broken in two).
 */
import { printsTitlePart, siteNameParts } from './anchor';
import { splitLongLine } from './inline';
import {
  describeLine,
  markAuthorBoxes,
  markCaptions,
  markLinkLists,
  markRepeats,
  markRunOns,
  type LineFeatures,
} from './lines';
import { markLinkCards, markNumberedRows, markTeaserLists } from './lists';
import { unwrapLines } from './unwrap';
import { memoized } from '../text/memo';

/** Lines up to this long are described once (`describedLine`): page furniture repeats from page to page, prose rarely. */
const MEMO_MAX_CHARS = 160;
const describeShortLine = memoized(describeLine, 10_000);

/**
 * `describeLine` of a line, a fresh object each time (the marks below write to it); a short
 * line is described once: a site's menus, footers, section names and teasers stand on each of
 * its pages (on the synthetic corpus, 5 of 6 short lines were met before).
 */
function describedLine(line: string): LineFeatures {
  return line.length > MEMO_MAX_CHARS ? describeLine(line) : { ...describeShortLine(line) };
}

export function readPageLines(text: string): LineFeatures[] {
  const lines = unwrapLines(text.split('\n')).flatMap(splitLongLine).map(describedLine);
  markMastheads(lines);
  markRepeats(lines);
  markAuthorBoxes(lines);
  markCaptions(lines);
  markRunOns(lines);
  markLinkLists(lines);
  markTeaserLists(lines);
  markLinkCards(lines);
  markNumberedRows(lines);
  return lines;
}

/**
 * The site's name printed on its own (a masthead, a logo's text): the document title, the
 * page's first line, prints it beside the headline ("Headline | The GiveWell Blog"). A line
 * that says only that is the page's, never an article's headline or text.
 */
/** Longest line compared with the parts of the document title. */
const MASTHEAD_MAX_CHARS = 300;

function markMastheads(lines: LineFeatures[]): void {
  const first = lines.findIndex((f) => f.chars > 0);
  if (first < 0) return;
  const rest = lines.slice(first + 1).filter((f) => f.chars > 0 && f.chars <= MASTHEAD_MAX_CHARS);
  const printed = (part: string) => rest.some((f) => printsTitlePart(f.text, part));
  const names = new Set(siteNameParts(lines[first]!.text, printed).map((p) => p.toLowerCase()));
  for (let i = first + 1; i < lines.length; i++) if (names.has(lines[i]!.text.toLowerCase())) lines[i]!.chrome = true;
}
