/**
 * From one raw page dump to the complete articles on it: the page's own article, and on
 * aggregator pages the further complete articles it carries. Teasers and headline lists are
 * not articles.
 */
import { tidyParagraph } from '../text/normalize';
import { findHeadlineAnchor } from './anchor';
import { authorsInLine, findAuthors, trailingAuthorNote } from './byline';
import { findDateInLine, type FoundDate } from './dates';
import { bodyStartAfterHeader, isByOrDateLine, pickHeadline, STANDFIRST_MAX_WORDS } from './headline';
import { extractInlineCredits, pageLabels, repairGluedText, splitGluedKicker, type LabelEvidence } from './inline';
import { isHeadingLike, isTruncated, type LineFeatures } from './lines';
import { readPageLines } from './page-lines';
import { choosePrimary, extendAcrossWidgets, findRegions, weighLines, type Region } from './regions';

/** A further article on a page needs about 120 words of its own prose. */
export const EMBEDDED_MIN_SCORE = 700;
/** Lines above a further article's body searched for its headline and source or date line. */
export const EMBEDDED_HEADER_WINDOW = 10;
/** Lines after a body searched for author boxes and outlet promos. */
export const FOOTER_WINDOW = 25;
/** A placeholder reference day for locating relative date phrases (their value is not used). */
const ANY_DAY = '2000-01-01';
/** Longest line in a header that can carry a date. */
const META_LINE_MAX_CHARS = 120;
/** Longest line that can be an outlet's name on its own (with a glued age). */
const CARRIER_LINE_MAX_CHARS = 60;

export interface DraftArticle {
  role: 'primary' | 'embedded';
  title: string | null;
  subtitle?: string;
  authors: string[];
  /** The date printed (or relatively stated) above the article, if any. */
  date: FoundDate | null;
  body: string[];
  captions: string[];
  warnings: string[];
  /**
   * The article's own header, body and footer as one text: where a page says who wrote it
   * ("(Reuters) -", "Support X on Patreon"); the resolve stage reads the publisher from it.
   */
  publisherText: string;
  /** Outlet names printed on their own line above the article (who shows it), nearest first, as printed. */
  carrierNames: string[];
}

export interface PageOptions {
  /**
   * Whether a name printed alone on a line is a known outlet's: such a source line above a
   * run of prose marks a further article. Which outlet it is, is for the resolve stage.
   */
  isOutletName: (name: string) => boolean;
  /** The day relative dates count back from (retrieval day or --now), YYYY-MM-DD. */
  referenceDay: string | null;
}

interface Span {
  role: 'primary' | 'embedded';
  parts: Region[];
  headerFrom: number;
}

export function extractArticles(text: string, options: PageOptions): DraftArticle[] {
  const lines = readPageLines(text);
  const weights = weighLines(lines);
  const regions = findRegions(weights);
  const primary = choosePrimary(regions, weights, -1, lines);
  if (!primary) return [];
  const spans: Span[] = [{ role: 'primary', parts: extendAcrossWidgets(primary, regions, lines), headerFrom: 0 }];
  const used = new Set(spans[0]!.parts);
  for (const r of regions) {
    if (used.has(r) || r.score < EMBEDDED_MIN_SCORE) continue;
    const headerFrom = embeddedHeaderStart(lines, r, spans, options.isOutletName);
    if (headerFrom === null) continue;
    spans.push({ role: 'embedded', parts: [r], headerFrom });
  }
  spans.sort((a, b) => a.parts[0]!.start - b.parts[0]!.start);
  // The primary's header runs from the top of the page, or from the end of an earlier article.
  for (let k = 1; k < spans.length; k++) {
    const prevEnd = spans[k - 1]!.parts.at(-1)!.end + 1;
    spans[k]!.headerFrom = Math.max(spans[k]!.headerFrom, prevEnd);
  }
  const anchor = findHeadlineAnchor(lines);
  const labels = pageLabels(lines.map((f) => f.text));
  return spans
    .sort((a, b) => (a.role === b.role ? a.parts[0]!.start - b.parts[0]!.start : a.role === 'primary' ? -1 : 1))
    .map((span) => draftFor(span, spans, lines, anchor?.line ?? null, labels, options));
}

/**
 * Where a further article's header starts, or null when the run has no headline above it and
 * no date or source line (a known outlet named on its own) between the headline and the body.
 */
function embeddedHeaderStart(
  lines: readonly LineFeatures[],
  r: Region,
  spans: readonly Span[],
  isOutletName: (name: string) => boolean,
): number | null {
  if (isTruncated(lines[r.end]!)) return null;
  const floor = Math.max(0, ...spans.map((s) => (s.parts[0]!.start < r.start ? s.parts.at(-1)!.end + 1 : 0)));
  let heading = false;
  let meta = false;
  let seen = 0;
  let i = r.start - 1;
  for (; i >= floor && seen < EMBEDDED_HEADER_WINDOW; i--) {
    const f = lines[i]!;
    if (f.chars === 0) continue;
    seen++;
    if (isHeadingLike(f)) heading = true;
    if (f.timestamp || carrierOf(f, isOutletName)) meta = true;
  }
  return heading && meta ? i + 1 : null;
}

function draftFor(
  span: Span,
  spans: readonly Span[],
  lines: readonly LineFeatures[],
  anchorLine: number | null,
  labels: LabelEvidence,
  options: PageOptions,
): DraftArticle {
  const runStart = span.parts[0]!.start;
  // A run that opens with the article's header (a standfirst, a byline, a date): the body starts after it.
  const bodyFrom = bodyStartAfterHeader(lines, runStart, span.parts[0]!.end);
  const spanParts = bodyFrom === null ? span.parts : [{ ...span.parts[0]!, start: bodyFrom }, ...span.parts.slice(1)];
  const start = spanParts[0]!.start;
  const end = span.parts.at(-1)!.end;
  const next = spans.find((s) => s.parts[0]!.start > end);
  const footerTo = Math.min(next ? next.headerFrom - 1 : lines.length - 1, end + FOOTER_WINDOW);
  // The headline stands above the run, or among the header lines it opened with when the
  // page's own headline (the document title's) is one of them.
  const anchorInRun = anchorLine !== null && anchorLine >= runStart && anchorLine < start;
  const headline = pickHeadline(lines, span.headerFrom, anchorInRun ? start : runStart, anchorLine);
  const headerFrom = span.headerFrom;
  const header = lines.slice(headerFrom, start).map((f) => f.text);
  const footer = lines.slice(end + 1, footerTo + 1).map((f) => f.text);
  const standfirst = headline && !headline.subtitle ? splitStandfirst(lines, spanParts, headline.line) : null;
  const parts = standfirst ? standfirst.parts : spanParts;
  const { body, captions: bodyCaptions, warnings } = assemble(lines, parts, headline?.title ?? null, labels);
  // Captions of the lead photo stand between the headline and the body.
  const around = [headline?.title ?? '', headline?.subtitle ?? standfirst?.text ?? '', ...body.slice(1)];
  const kicker = body[0] ? splitGluedKicker(body[0], around) : null;
  if (kicker) {
    body[0] = kicker.text;
    warnings.push(`dropped a section label glued to the start of the text: "${kicker.label}"`);
  }
  const leadCaptions = lines.slice(headline ? headline.line + 1 : start, start).filter((f) => f.caption);
  const captions = [...leadCaptions.map((f) => f.text), ...bodyCaptions];
  // A further article's card starts at its headline: what stands above it is the end of the
  // card before, whatever order the page shows the cards in.
  const ownHeader =
    span.role === 'embedded' && headline && headline.line >= headerFrom
      ? lines.slice(headline.line, start).map((f) => f.text)
      : header;
  const authors = findAuthors(header, footer);
  const note = trailingAuthorNote(body, authors);
  if (note > 0) warnings.push(`left out ${note} closing paragraph(s) about the author`);
  body.splice(body.length - note, note);
  const draft: DraftArticle = {
    role: span.role,
    title: headline?.title ?? null,
    authors,
    date: findHeaderDate(lines, headerFrom, start, headline?.line ?? -1, options.referenceDay),
    body,
    captions,
    warnings,
    publisherText: [...ownHeader, ...body, ...footer].join('\n'),
    carrierNames: findCarriers(lines, headerFrom, start, options.isOutletName),
  };
  const subtitle = headline?.subtitle ?? standfirst?.text ?? standfirstAbove(lines, runStart, start);
  if (subtitle) draft.subtitle = subtitle;
  return draft;
}

/** The standfirst among the header lines a run opened with: the first sentence that is not a byline or a caption. */
function standfirstAbove(lines: readonly LineFeatures[], from: number, to: number): string | undefined {
  return lines
    .slice(from, to)
    .find((f) => f.words >= 5 && f.endsLikeSentence && !f.chrome && !f.caption && !isByOrDateLine(f))?.text;
}

/**
 * A standfirst printed as the first paragraph: right under the headline, and set apart from
 * the body by a caption, a rule, a byline or a date.
 */
function splitStandfirst(
  lines: readonly LineFeatures[],
  parts: readonly Region[],
  headlineLine: number,
): { text: string; parts: Region[] } | null {
  const first = parts[0]!;
  for (let i = headlineLine + 1; i < first.start; i++) if (lines[i]!.chars > 0) return null;
  const f = lines[first.start]!;
  if (f.words > STANDFIRST_MAX_WORDS || !f.endsLikeSentence) return null;
  let k = first.start + 1;
  while (k < lines.length && lines[k]!.chars === 0) k++;
  const n = lines[k];
  if (!n || !(n.caption || n.chrome || n.timestamp || authorsInLine(n.text).length > 0)) return null;
  // The standfirst may be a run of its own, the body carried on past the photo below it.
  const rest = k <= first.end ? [{ ...first, start: k }, ...parts.slice(1)] : parts.slice(1);
  return rest.length > 0 ? { text: f.text, parts: rest } : null;
}

/** Most words of a caption's label line ("Vladimir Putin and Donald Trump" beside its credit). */
const CAPTION_LABEL_MAX_WORDS = 12;

function assemble(
  lines: readonly LineFeatures[],
  parts: readonly Region[],
  title: string | null,
  labels: LabelEvidence,
) {
  const body: string[] = [];
  const captions: string[] = [];
  const warnings: string[] = [];
  const isLabel = (f: LineFeatures | undefined) =>
    !!f && f.chars > 0 && !f.endsLikeSentence && f.words <= CAPTION_LABEL_MAX_WORDS && !f.chrome;
  for (const r of parts) {
    for (let i = r.start; i <= r.end; i++) {
      const f = lines[i]!;
      // A byline or a date line inside the run is the article's header or a widget's, not its text.
      if (
        f.chars === 0 ||
        f.chrome ||
        f.sectionBreak ||
        f.link ||
        isByOrDateLine(f) ||
        (title !== null && f.text === title)
      )
        continue;
      const prev = lines[i - 1];
      const next = lines[i + 1];
      if (f.caption || (isLabel(f) && (prev?.caption || next?.caption))) {
        captions.push(f.text);
        continue;
      }
      const glued = repairGluedText(f.text, labels);
      for (const label of glued.removed)
        warnings.push(
          `removed link text glued into a sentence: "${label}" (it stands on its own elsewhere on the page)`,
        );
      const credits = extractInlineCredits(glued.text);
      captions.push(...credits.credits);
      const paragraph = tidyParagraph(credits.text);
      if (paragraph) body.push(paragraph);
    }
  }
  return { body, captions, warnings };
}

/** The date above the body: absolute before relative, with a time before without, nearest the headline. */
function findHeaderDate(
  lines: readonly LineFeatures[],
  from: number,
  to: number,
  headlineLine: number,
  referenceDay: string | null,
): FoundDate | null {
  let best: { d: FoundDate; rank: number } | null = null;
  for (let i = from; i < to; i++) {
    const f = lines[i]!;
    // A caption's date is when the photo was taken ("…in Helsinki on July 16, 2018 (…/AFP)").
    if (f.chars === 0 || f.chars > META_LINE_MAX_CHARS || f.caption) continue;
    const d = findDateInLine(f.text, referenceDay);
    if (!d) continue;
    const rank = (d.relative ? 0 : 100) + (d.time ? 10 : 0) - Math.min(9, Math.abs(i - headlineLine) / 4);
    if (!best || rank > best.rank) best = { d, rank };
  }
  return best?.d ?? null;
}

/**
 * The outlet name a short line prints on its own: "Yahoo", "• The Hill", or a source glued to
 * its age ("Yahooa day ago", "time21 minutes ago" after an icon's "time" label).
 */
function carrierOf(f: LineFeatures, isOutletName: (name: string) => boolean): string | undefined {
  if (f.chars === 0 || f.chars > CARRIER_LINE_MAX_CHARS) return undefined;
  // Only where a date phrase starts matters here, so any reference day will do.
  const glued = findDateInLine(f.text, ANY_DAY);
  const name = (glued ? f.text.slice(0, glued.index) : f.text)
    .replace(/^[•·\-–*]\s*/, '')
    .replace(/\btime$/i, '')
    .trim();
  return name && isOutletName(name) ? name : undefined;
}

/** Outlet names printed alone on a line above the body, nearest first. */
function findCarriers(
  lines: readonly LineFeatures[],
  from: number,
  to: number,
  isOutletName: (name: string) => boolean,
): string[] {
  const out: string[] = [];
  for (let i = to - 1; i >= from; i--) {
    const name = carrierOf(lines[i]!, isOutletName);
    if (name && !out.includes(name)) out.push(name);
  }
  return out;
}
