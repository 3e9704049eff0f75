/**
 * Finding the article text in a page dump: each line gets a weight (prose counts for, chrome
 * against), and an article's body is a run of lines with the largest total weight, the way
 * Body Text Extraction (Finn, Kushmerick & Smyth 2001) finds it among tags. A page can hold
 * several such runs (an aggregator page carries several articles).
 */
import { AUTHOR_BIO, isProse, isTruncated, type LineFeatures } from './lines';

/** What crossing a line of page chrome costs a run (about one short paragraph). */
export const CHROME_WEIGHT = -60;
/** A section boundary (comments, related stories, share bar): a run does not cross it. */
export const WALL_WEIGHT = -2000;
/** A line that is only a date or a time: bylines and comment headers, rare inside a body. */
export const TIMESTAMP_WEIGHT = -45;
/** What crossing a short non-prose line costs: headings and captions inside a body are cheap. */
export const SHORT_LINE_WEIGHT = -18;
/** Extra cost of a teaser cut off mid-sentence, beyond its own length. */
export const TRUNCATED_WEIGHT = -40;
/** A short sentence counts for a share of its length: it may be body or a blurb. */
export const SHORT_SENTENCE_FACTOR = 0.5;

/** A numbered or bulleted list item: part of a listicle's body, unlike a bare menu entry. */
const LIST_ITEM = /^(\d{1,2}[.)]|[•▪●■◦‣])\s+\S/;

export function weighLine(f: LineFeatures): number {
  if (f.chars === 0) return 0;
  if (f.sectionBreak || f.headline) return WALL_WEIGHT;
  if (f.chrome || (f.repeated && isProse(f))) return CHROME_WEIGHT;
  if (f.timestamp) return TIMESTAMP_WEIGHT;
  if (f.caption) return SHORT_LINE_WEIGHT;
  if (isTruncated(f)) return TRUNCATED_WEIGHT - f.chars / 2;
  if (isProse(f)) return f.chars;
  if ((f.words >= 5 && f.endsLikeSentence) || (f.words >= 3 && LIST_ITEM.test(f.text)) || f.numberedRow)
    return f.chars * SHORT_SENTENCE_FACTOR;
  return SHORT_LINE_WEIGHT;
}

/** Cap on how many consecutive non-prose lines escalate the cost (keeps walls the strongest). */
export const MAX_ESCALATION = 8;

/**
 * Weights of all lines. A lone heading or caption between paragraphs is cheap to cross, but
 * each further non-prose line in a row costs more: menus, tag lists and link lists are long
 * runs of short lines.
 */
export function weighLines(lines: readonly LineFeatures[]): number[] {
  const out: number[] = [];
  let streak = 0;
  // Inside a list introduced by a line ending in a colon ("Tour dates:"), up to a blank line
  // after its first entry.
  let inList = false;
  let entries = 0;
  // The last non-blank line was a paragraph of prose.
  let afterProse = false;
  for (const f of lines) {
    let w = weighLine(f);
    if (f.chars === 0) {
      if (entries > 0) inList = false;
      out.push(0);
      continue;
    }
    // Text without its full stop right after a paragraph carries the paragraph on (a paragraph
    // cut by a paywall, a post missing its last stop); a teaser stands after a headline.
    if (afterProse && isTruncated(f) && w > WALL_WEIGHT && !(f.chrome || f.caption || f.teaser || f.link || f.repeated))
      w = f.chars * SHORT_SENTENCE_FACTOR;
    afterProse = isProse(f) && !f.repeated;
    if (inList) entries++;
    if (inList && w < 0 && w > WALL_WEIGHT && !f.chrome) w = f.chars * SHORT_SENTENCE_FACTOR;
    if (/:$/.test(f.text) && f.words >= 3 && !f.chrome && !f.sectionBreak) {
      inList = true;
      entries = 0;
    }
    // A photo (caption and credit) inside a body costs the same wherever it stands: a gallery
    // of captioned photos is part of the article, unlike a run of menu entries.
    if (f.caption && w < 0 && w > WALL_WEIGHT) {
      out.push(w);
      continue;
    }
    if (w < 0 && w > WALL_WEIGHT) {
      streak = Math.min(streak + 1, MAX_ESCALATION);
      w *= streak;
    } else if (w > 0) streak = 0;
    out.push(w);
  }
  return out;
}

export interface Region {
  /** First line of the run (index into the page's lines). */
  start: number;
  /** Last line of the run, inclusive. */
  end: number;
  score: number;
}

/** The run with the largest total weight within [from, to], or null when every weight is ≤ 0. */
export function bestRun(weights: readonly number[], from = 0, to = weights.length - 1): Region | null {
  let best: Region | null = null;
  let sum = 0;
  let start = from;
  for (let i = from; i <= to; i++) {
    if (sum <= 0) {
      sum = 0;
      start = i;
    }
    sum += weights[i] ?? 0;
    if (sum > 0 && (best === null || sum > best.score)) best = { start, end: i, score: sum };
  }
  if (best === null) return null;
  // A run never starts or ends on a blank or negative line.
  while (best.start < best.end && (weights[best.start] ?? 0) <= 0) best.start++;
  while (best.end > best.start && (weights[best.end] ?? 0) <= 0) best.end--;
  return best;
}

/** Smallest score for a run to count as a body at all (about two sentences of prose). */
export const MIN_REGION_SCORE = 120;

/**
 * All disjoint runs worth reading, in page order: the best run, then recursively the best
 * runs left and right of it.
 */
export function findRegions(weights: readonly number[], minScore = MIN_REGION_SCORE): Region[] {
  const out: Region[] = [];
  const stack: Array<[number, number]> = [[0, weights.length - 1]];
  while (stack.length) {
    const [from, to] = stack.pop() as [number, number];
    if (from > to) continue;
    const run = bestRun(weights, from, to);
    if (!run || run.score < minScore) continue;
    out.push(run);
    stack.push([from, run.start - 1], [run.end + 1, to]);
  }
  return out.sort((a, b) => a.start - b.start);
}

/** A run this strong is an article body, not a blurb (about two paragraphs of prose). */
export const MIN_PRIMARY_SCORE = 400;

/**
 * The page's own article among the runs: the strongest run of the first stretch between
 * section walls (comments, related stories) after the headline that holds a real body.
 * Comment threads and related lists come after such walls, however long they are.
 */
export function choosePrimary(
  regions: readonly Region[],
  weights: readonly number[],
  anchorLine: number,
  lines?: readonly LineFeatures[],
): Region | null {
  // An author box (a name and a bio) is a wall a body does not cross, but it may stand above
  // the article as well as below it: it does not end the page's first stretch.
  const endsStretch = (i: number) => (weights[i] ?? 0) <= WALL_WEIGHT && !AUTHOR_BIO.test(lines?.[i]?.text ?? '');
  const after = regions.filter((r) => r.start > anchorLine);
  const pool = after.length ? after : regions;
  let zone: Region[] = [];
  const zones: Region[][] = [zone];
  for (let k = 0; k < pool.length; k++) {
    const r = pool[k] as Region;
    const prev = pool[k - 1];
    if (prev && hasWall(endsStretch, prev.end + 1, r.start - 1)) {
      zone = [];
      zones.push(zone);
    }
    zone.push(r);
  }
  const strongest = (rs: readonly Region[]) =>
    rs.reduce<Region | null>((a, b) => (!a || b.score > a.score ? b : a), null);
  for (const z of zones) {
    const best = strongest(z);
    if (best && best.score >= MIN_PRIMARY_SCORE) return best;
  }
  return strongest(pool);
}

/** Most non-blank lines between two runs for the second to continue the first across a wall. */
export const CONTINUATION_MAX_GAP = 8;

/**
 * The body of `run` carried on past inline widgets: a "Related" box or a share bar in the
 * middle of an article is a wall, but prose that resumes right after it, with no new
 * headline or timestamp, is the same article. A comment wall always ends the article.
 */
export function extendAcrossWidgets(run: Region, regions: readonly Region[], lines: readonly LineFeatures[]): Region[] {
  const parts = [run];
  let last = run;
  for (const next of regions) {
    if (next.start <= last.end) continue;
    if (!continues(lines, last.end + 1, next.start - 1) || AUTHOR_BIO.test(lines[next.start]?.text ?? '')) break;
    parts.push(next);
    last = next;
  }
  // Body printed above an inline widget, before the strongest run.
  let first = run;
  for (const prev of [...regions].reverse()) {
    if (prev.end >= first.start) continue;
    if (!continues(lines, prev.end + 1, first.start - 1)) break;
    parts.unshift(prev);
    first = prev;
  }
  return parts;
}

/** The lines between two runs are a widget the body flows around, not a boundary. */
function continues(lines: readonly LineFeatures[], from: number, to: number): boolean {
  let gap = 0;
  for (let i = from; i <= to; i++) {
    const f = lines[i];
    if (!f || f.chars === 0) continue;
    gap++;
    // A link card's blurb is cut off, and that is what makes it a link: part of the widget.
    if (f.link) continue;
    if (f.commentBreak || f.headline || f.timestamp || isTruncated(f) || isProse(f)) return false;
  }
  return gap <= CONTINUATION_MAX_GAP;
}

function hasWall(isWall: (i: number) => boolean, from: number, to: number): boolean {
  for (let i = from; i <= to; i++) if (isWall(i)) return true;
  return false;
}
