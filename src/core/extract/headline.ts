/**
 * An article's headline and standfirst, from the lines above its body.
 */
import { authorsInLine, isPersonName } from './byline';
import { AUTHOR_BIO, isHeadingLike, isProse, type LineFeatures } from './lines';

export interface Headline {
  title: string;
  /** Line index of the headline, or -1 when the article has none and one was made up. */
  line: number;
  subtitle?: string;
}

/** How many non-blank lines above a body its headline may stand. */
export const HEADLINE_WINDOW = 12;
/** A standfirst is a sentence or two. */
export const STANDFIRST_MAX_WORDS = 70;

/**
 * Most words of a kicker: a section or newsletter label printed above a headline or a teaser
 * ("The Big Story", "Top Stories", "Breaking News"). It is short, every word capitalised, and
 * has no sentence punctuation; a short headline in sentence case ("Trump fires Comey") is not one.
 */
export const KICKER_MAX_WORDS = 4;

function isKicker(f: LineFeatures): boolean {
  return f.words <= KICKER_MAX_WORDS && f.capitalRatio === 1 && !f.endsLikeSentence;
}

/** A line that says who wrote or posted something, whatever follows: "written by Regan", "Posted by Vortex". */
const BY_PREFIX = /^(?:(?:posted|written|reported|published|photos?|words|story|text|video)\s+)?by\s/i;
/** A person's name alone, or with their handle: an author's line, not a headline ("Natasha Turak @NatashaTurak"). */
const NAME_WITH_HANDLE = /^(.+?)(?:\s+@\w+)?$/;
/** A line that is only an address. */
const URL_LINE = /^(?:https?:\/\/|www\.)\S+$/;
/** Share of a line's tokens that are figures above which it is a score or a time, not a headline ("VIDEO 3:45 03:45"). */
const MAX_FIGURE_SHARE = 0.4;

/**
 * A line a headline could be: not a date, a caption, page chrome, a link, a byline, an
 * address, a person's name alone or a row of figures.
 */
export function isHeadlineShaped(f: LineFeatures): boolean {
  if (f.timestamp || f.caption || f.chrome || f.link) return false;
  if (authorsInLine(f.text).length > 0 || BY_PREFIX.test(f.text) || URL_LINE.test(f.text)) return false;
  if (isPersonName(NAME_WITH_HANDLE.exec(f.text)?.[1] ?? '')) return false;
  const tokens = f.text.split(/\s+/);
  return tokens.filter((t) => /^[\d:.,—–-]+$/.test(t)).length <= tokens.length * MAX_FIGURE_SHARE;
}

function isHeadlineCandidate(f: LineFeatures): boolean {
  return isHeadingLike(f) && isHeadlineShaped(f);
}

function fold(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * The headline: the anchor when it stands in the header; else the heading nearest the body,
 * or the one just above it when two headings stand together (headline, then deck).
 * The standfirst: a sentence-shaped or heading line between the headline and the body.
 */
export function pickHeadline(
  lines: readonly LineFeatures[],
  from: number,
  bodyStart: number,
  anchorLine: number | null,
): Headline | null {
  const candidates: number[] = [];
  let seen = 0;
  for (let i = bodyStart - 1; i >= from && seen < HEADLINE_WINDOW; i--) {
    const f = lines[i];
    if (!f || f.chars === 0) continue;
    seen++;
    // An author box above the body (name, bio) is no boundary: the headline is above it.
    if (f.sectionBreak && !AUTHOR_BIO.test(f.text)) break;
    if (isHeadlineCandidate(f)) candidates.push(i);
  }
  let line: number | undefined;
  if (anchorLine !== null && anchorLine >= from && anchorLine < bodyStart) line = anchorLine;
  else if (candidates.length) {
    // A heading that the header repeats is the headline.
    const counts = new Map<string, number>();
    for (const i of candidates) counts.set(fold(lines[i]!.text), (counts.get(fold(lines[i]!.text)) ?? 0) + 1);
    const repeated = candidates.filter((i) => (counts.get(fold(lines[i]!.text)) ?? 0) > 1);
    if (repeated.length) line = repeated[repeated.length - 1];
    else {
      line = candidates[0]!;
      // A kicker right above the teaser, with the headline further up (a byline or date between).
      const next = nextNonBlank(lines, line, bodyStart);
      const longer = candidates.find((i) => i < line! && lines[i]!.words > lines[line!]!.words);
      if (isKicker(lines[line]!) && next === bodyStart && longer !== undefined) line = longer;
      // Two headings together: headline, then deck; but a kicker above a headline is no headline.
      const above = previousNonBlank(lines, line, from);
      const kickerAbove = above !== null && isKicker(lines[above]!) && lines[above]!.words < lines[line]!.words;
      if (above !== null && candidates.includes(above) && !kickerAbove) line = above;
    }
  }
  if (line === undefined) return null;
  const title = lines[line]!.text;
  const out: Headline = { title, line };
  for (let i = line + 1; i < bodyStart; i++) {
    const f = lines[i]!;
    if (f.chars === 0 || f.chrome || f.timestamp || f.caption || fold(f.text) === fold(title)) continue;
    if (authorsInLine(f.text).length) continue;
    if (
      (isHeadlineCandidate(f) && f.words >= 5) ||
      (isProse(f) && f.words <= STANDFIRST_MAX_WORDS && f.endsLikeSentence)
    ) {
      out.subtitle = f.text;
      break;
    }
  }
  return out;
}

/** Lines at the top of a body searched for a byline or date line that the body starts after. */
export const LEAD_HEADER_WINDOW = 6;
/** Most lines (a headline, a standfirst, a caption, a promo) that may stand above that byline or date. */
export const LEAD_HEADER_MAX_LINES = 4;

/** Most words of a line that opens with "By" and a capital and is a byline, whoever it names ("By HNN Staff | …"). */
export const BYLINE_MAX_WORDS = 20;
const BY_CAPITAL = /^(?:[Bb]y|BY)\s+\p{Lu}/u;

/** A line that only says who wrote an article or when: "By Phil Helsel", "Nov. 19, 2019, 8:41 AM UTC". */
export function isByOrDateLine(f: LineFeatures): boolean {
  if (f.chars === 0) return false;
  if (f.timestamp || authorsInLine(f.text).length > 0) return true;
  return BY_CAPITAL.test(f.text) && f.words <= BYLINE_MAX_WORDS && !f.endsLikeSentence;
}

/**
 * Where the body starts when its run opens with the article's header: a byline or a date line
 * among the first few lines, with only a standfirst, a caption or a promo above it ("Patrick
 * W. Carlineo Jr., 55, faces …", "Breaking News Emails", "Nov. 19, 2019", "By Phil Helsel").
 * An article's text starts after who wrote it and when. Null when the run opens with the body.
 */
export function bodyStartAfterHeader(lines: readonly LineFeatures[], start: number, end: number): number | null {
  let seen = 0;
  let above = 0;
  let header: number | null = null;
  for (let i = start; i <= end && seen < LEAD_HEADER_WINDOW; i++) {
    const f = lines[i]!;
    if (f.chars === 0) continue;
    seen++;
    if (isByOrDateLine(f)) header = i;
    else if (f.chrome || f.caption) continue;
    else if (f.words > STANDFIRST_MAX_WORDS || ++above > LEAD_HEADER_MAX_LINES) break;
  }
  if (header === null) return null;
  const next = nextNonBlank(lines, header, end + 1);
  return next <= end ? next : null;
}

function nextNonBlank(lines: readonly LineFeatures[], i: number, to: number): number {
  for (let j = i + 1; j < to; j++) if ((lines[j]?.chars ?? 0) > 0) return j;
  return to;
}

function previousNonBlank(lines: readonly LineFeatures[], i: number, from: number): number | null {
  for (let j = i - 1; j >= from; j--) if ((lines[j]?.chars ?? 0) > 0) return j;
  return null;
}
