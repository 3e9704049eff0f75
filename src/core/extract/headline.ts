/**
 * An article's headline and standfirst, from the lines above its body.
 */
import { authorsInLine } from './byline';
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

function isHeadlineCandidate(f: LineFeatures): boolean {
  return isHeadingLike(f) && !f.timestamp && !f.caption && !f.chrome && authorsInLine(f.text).length === 0;
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

function nextNonBlank(lines: readonly LineFeatures[], i: number, to: number): number {
  for (let j = i + 1; j < to; j++) if ((lines[j]?.chars ?? 0) > 0) return j;
  return to;
}

function previousNonBlank(lines: readonly LineFeatures[], i: number, from: number): number | null {
  for (let j = i - 1; j >= from; j--) if ((lines[j]?.chars ?? 0) > 0) return j;
  return null;
}
