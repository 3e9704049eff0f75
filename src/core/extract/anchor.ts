/**
 * Where the page's own article starts: its headline. A page dump usually opens with the
 * document title ("Headline - Site"), and the headline appears again above the body, often
 * twice (the visible heading and a share or breadcrumb copy).
 */
import { isHeadingLike, type LineFeatures } from './lines';

/** Separators between a headline and the site name in a document title. */
const TITLE_SEPARATOR = /\s+[-|–—:•·»]\s+|\s+::\s+/;
/** How far down the page a repeated heading may still be the headline (lines). */
export const REPEAT_WINDOW = 8;

function key(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The parts of a document title, longest first ("Headline - Site" gives "Headline", "Site"). */
export function titleParts(first: string): string[] {
  return first
    .split(TITLE_SEPARATOR)
    .map((p) => p.trim())
    .filter((p) => p.split(/\s+/).length >= 3)
    .sort((a, b) => b.length - a.length);
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
    for (let i = first + 1; i <= to && parts.length; i++) {
      const f = lines[i];
      if (!f || f.words < 3 || f.chars > 300) continue;
      const k = key(f.text);
      if (parts.some((p) => p === k || (k.length >= 20 && (p.startsWith(k) || k.startsWith(p))))) {
        return { line: i, text: f.text };
      }
    }
  }
  for (let i = from; i <= to; i++) {
    const f = lines[i];
    if (!f || !isHeadingLike(f)) continue;
    const k = key(f.text);
    for (let j = i + 1; j <= Math.min(to, i + REPEAT_WINDOW); j++) {
      const g = lines[j];
      if (g && g.chars > 0 && key(g.text) === k) return { line: i, text: f.text };
    }
  }
  return null;
}
