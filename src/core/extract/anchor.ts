/**
 * Where the page's own article starts: its headline. A page dump usually opens with the
 * document title ("Headline - Site"), and the headline appears again above the body, often
 * twice (the visible heading and a share or breadcrumb copy).
 */
import { isHeadlineShaped } from './headline';
import { labelKey as key } from './inline';
import { isHeadingLike, type LineFeatures } from './lines';

/** Separators between a headline and the site name in a document title. */
const TITLE_SEPARATOR = /\s+[-|–—:•·»]\s+|\s+::\s+/;
/** How far down the page a repeated heading may still be the headline (lines). */
export const REPEAT_WINDOW = 8;

/** The parts of a document title, longest first ("Headline - Site" gives "Headline", "Site"). */
export function titleParts(first: string): string[] {
  return first
    .split(TITLE_SEPARATOR)
    .map((p) => p.trim())
    .filter((p) => p.split(/\s+/).length >= 3)
    .sort((a, b) => b.length - a.length);
}

/**
 * The site's name as the document title prints it beside the headline: every part but the
 * headline's ("Headline | Kabar tentang Dunia Islam" gives "Kabar tentang Dunia Islam"). The
 * headline's part is the longest of those the page prints again on a line of its own
 * (`printed`), else the longest. None when the title has a single part.
 */
export function siteNameParts(first: string, printed: (part: string) => boolean = () => false): string[] {
  const parts = first
    .split(TITLE_SEPARATOR)
    .map((p) => p.trim())
    .filter(Boolean);
  if (parts.length < 2) return [];
  const longest = (ps: string[]) => ps.reduce((a, b) => (b.length > a.length ? b : a));
  const again = parts.filter(printed);
  const headline = longest(again.length ? again : parts);
  return parts.filter((p) => p !== headline);
}

/** One text starts the other ("Headline" and "Headline: the subtitle"). */
function startsTheSame(a: string, b: string): boolean {
  return a === b || (b.length >= 20 && (a.startsWith(b) || b.startsWith(a)));
}

/**
 * The two differ by one word at either end ("Doobie Brothers Unite …" and "The Doobie Brothers
 * Unite …"). A breadcrumb that prints the headline after three section names is not the headline.
 */
function oneWordApart(a: string, b: string): boolean {
  const words = (t: string) => t.split(' ').length;
  return b.length >= 20 && (a.includes(b) || b.includes(a)) && Math.abs(words(a) - words(b)) <= 1;
}

/** Whether a line prints a part of the document title again, word for word or nearly. */
export function printsTitlePart(line: string, part: string): boolean {
  const [a, b] = [key(part), key(line)];
  return a === b || startsTheSame(a, b) || oneWordApart(a, b);
}

export interface Anchor {
  /** Line of the headline above the body. */
  line: number;
  text: string;
}

/**
 * The headline's line: the document title's main part where it appears again below, else the
 * first heading that the page repeats within a few lines.
 */
export function findHeadlineAnchor(lines: readonly LineFeatures[], from = 0, to = lines.length - 1): Anchor | null {
  let first = from;
  while (first <= to && (lines[first]?.chars ?? 0) === 0) first++;
  const head = lines[first];
  if (head) {
    const parts = titleParts(head.text).map(key);
    // The title's own words first; a line a word longer or shorter only when none has them.
    for (const same of [startsTheSame, oneWordApart]) {
      for (let i = first + 1; i <= to && parts.length; i++) {
        const f = lines[i];
        // The site's name printed as a masthead matches the title's other part (see `siteNameParts`).
        if (!f || f.words < 3 || f.chars > 300 || f.chrome) continue;
        const k = key(f.text);
        if (parts.some((p) => same(p, k))) return { line: i, text: f.text };
      }
    }
  }
  for (let i = from; i <= to; i++) {
    const f = lines[i];
    if (!f || !isHeadingLike(f) || !isHeadlineShaped(f)) continue;
    const k = key(f.text);
    for (let j = i + 1; j <= Math.min(to, i + REPEAT_WINDOW); j++) {
      const g = lines[j];
      if (g && g.chars > 0 && key(g.text) === k) return { line: i, text: f.text };
    }
  }
  return null;
}
