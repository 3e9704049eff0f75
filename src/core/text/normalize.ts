/**
 * Text normalisation shared by every input kind: one form of line end, of space and of
 * Unicode composition, so that equal text compares equal.
 */

/** Zero-width and bidi formatting characters that scraping leaves behind invisibly. */
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u200E\u200F\u202A-\u202E]/g;
/** Control characters other than line feed and tab. */
// eslint-disable-next-line no-control-regex -- stripping control characters is the point
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g;
/** Every kind of horizontal space, folded to one ASCII space. */
const SPACES = /[\t \u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]+/g;
/** A line that folding its spaces changes: one with a space of another kind, or two together. */
const SPACES_TO_FOLD = /[\t\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]| {2}/;
/** A text that `tidyParagraph` changes inside: white space of another kind than a space, or two together. */
const WHITE_SPACE_TO_TIDY = /[^\S ]| {2}/;

/** The last text normalised and its result: a file's text is normalised for its key, then again to be read. */
let last: { raw: string; normal: string } | null = null;

/** CRLF and lone CR to LF, NFC, invisible and control characters out, spaces folded, lines trimmed. */
export function normalizeText(raw: string): string {
  if (last?.raw === raw) return last.normal;
  const normal = normalize(raw);
  last = { raw, normal };
  return normal;
}

function normalize(raw: string): string {
  return raw
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .normalize('NFC')
    .replace(INVISIBLE, '')
    .replace(CONTROL, '')
    .split('\n')
    .map((line) => (SPACES_TO_FOLD.test(line) ? line.replace(SPACES, ' ') : line).trim())
    .join('\n');
}

/** A key under which two texts that differ only in spacing, line ends or case are equal. */
export function comparisonKey(text: string): string {
  return normalizeText(text).replace(WHITE_SPACE_RUN, ' ').trim().toLowerCase();
}

/** A run of white space that is not one space alone: `/\s+/` but for the runs it would leave as they are. */
const WHITE_SPACE_RUN = / (?=\s)\s*|[^\S ]\s*/g;

/** Collapse spaces inside a paragraph and trim it. */
export function tidyParagraph(text: string): string {
  return (WHITE_SPACE_TO_TIDY.test(text) ? text.replace(/\s+/g, ' ') : text).trim();
}
