/**
 * Blocks whose lines only make sense together: link cards ("Read more" under a blurb cut
 * off), numbered lists and rankings, and lists of teasers. Each is marked on the lines so the
 * weights and the body read them as what they are.
 */
import { findTeaserLists } from './furniture';
import { isHeadingLike, isTruncated, type LineFeatures } from './lines';

/** The button that closes a link card ("Read more"), which also heads related-story sections. */
const READ_MORE = /^(?:read more|continue reading|read the full (?:story|article))\s*[:»›→>.…]*$/i;
/** Non-blank lines above a card's "Read more" in which its headline may stand. */
const LINK_CARD_LINES = 2;

/**
 * Link cards inside an article: a headline, a blurb cut off mid-sentence, then "Read more".
 * That "Read more" closes the card and does not open a related-stories section: the article
 * goes on below it. The card's lines are a link, no part of the body.
 */
export function markLinkCards(lines: LineFeatures[]): void {
  lines.forEach((f, i) => {
    if (!f.sectionBreak || !READ_MORE.test(f.text)) return;
    const above: number[] = [];
    for (let j = i - 1; j >= 0 && above.length < LINK_CARD_LINES; j--) if (lines[j]!.chars > 0) above.push(j);
    const blurb = above[0] === undefined ? undefined : lines[above[0]];
    if (!blurb || !isTruncated(blurb)) return;
    f.sectionBreak = false;
    f.chrome = true;
    blurb.link = true;
    const heading = above[1] === undefined ? undefined : lines[above[1]];
    if (heading && isHeadingLike(heading)) heading.link = true;
  });
}

/**
 * The number a row opens with: "1 Kyle Busch 5040", "2a etapa: 8 de abril", "3. Preheat",
 * "#4 …". Not a time, a decimal or a gallery's "1 of 5".
 */
const ROW_NUMBER = /^[#(]?(\d{1,3})(?:[a-zº°ª]{0,2}[.)]?)(?=\s)(?!\s+(?:of|de|von|\/)\s+\d)/u;
/** Fewest rows whose numbers count up one by one for a numbered list. */
export const NUMBERED_LIST_MIN_ROWS = 3;
/** Fewest words of a numbered row (a page number or a bare "1" is no row). */
const NUMBERED_ROW_MIN_WORDS = 3;

function rowNumber(f: LineFeatures): number | null {
  if (f.words < NUMBERED_ROW_MIN_WORDS || f.chrome || f.timestamp) return null;
  const m = ROW_NUMBER.exec(f.text);
  return m ? Number(m[1]) : null;
}

/**
 * Numbered lists and rankings ("1 Kyle Busch 5040 5 1 17 27", then 2, 3, …): rows whose
 * numbers count up by one from line to line, blank lines between them allowed. A menu does
 * not number its entries; an article's list or table does, and its rows are its text.
 */
export function markNumberedRows(lines: LineFeatures[]): void {
  let run: LineFeatures[] = [];
  let last: number | null = null;
  const flush = () => {
    if (run.length >= NUMBERED_LIST_MIN_ROWS) for (const f of run) f.numberedRow = true;
    run = [];
    last = null;
  };
  for (const f of lines) {
    if (f.chars === 0) continue;
    const n = rowNumber(f);
    if (n !== null && last !== null && n === last + 1) run.push(f);
    else {
      flush();
      if (n !== null) run = [f];
    }
    last = n;
  }
  flush();
}

/** Lists of teasers, each a headline glued to its blurb: other stories, as teasers cut off are. */
export function markTeaserLists(lines: LineFeatures[]): void {
  for (const i of findTeaserLists(lines)) lines[i]!.teaser = true;
}
