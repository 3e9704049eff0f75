/**
 * Repairs inside a line: photo captions and credits told apart from prose, link text glued
 * into a sentence, inline photo credits, and long lines that run from an article into
 * newsletter chrome.
 */

import { memoized } from '../text/memo';
import { piecesOf } from '../text/spaces';

/** A credit that closes a caption: "(Yuri Kadobnov / AFP)", "(AP Photo/Alan Diaz, File)", "(Image: GETTY )". */
const CLOSING_CREDIT =
  /\((?:(?:photo|image|picture|credit|foto|source)s?\s*:?\s*)?[^()]{0,50}(?:\/|\bphoto\b|\bimages?\b|\bAP\b|\bAFP\b|\bReuters\b|\bEPA\b|\bGetty\b|\bShutterstock\b)[^()]{0,40}\)\s*$/i;
/** A bare agency credit at the end of a caption: "… on July 16, 2018 (AP)". */
const CLOSING_AGENCY =
  /\((AP|AFP|Reuters|EPA|Getty Images|Getty|Shutterstock|Bloomberg|PA|Xinhua|TASS|Sputnik|UPI)\)\s*$/;
/** Credit phrases: "Photo: Getty Images", "Photo by …", "Image credit", "| Getty Images". */
const CREDIT_PHRASE =
  /(^|[\s.|])(photo|image|picture|foto|credit|illustration)s?\s*(by|credit|courtesy|:)\s*\S|\b(getty images|shutterstock|istock(photo)?)\s*$|^\s*©\s*\S/i;
/**
 * A labelled credit that closes a caption: "(Credit: iStock)", "(Image credit: NASA)", "[File: Reuters]",
 * "… Photograph: Jeenah Moon/Bloomberg/Getty Images", "… Kathrin Ziegler/Getty".
 */
const CLOSING_LABELLED_CREDIT =
  /\[(?:file|photo|image|credit)\s*:\s*[^[\]]{1,60}\]\s*$|\[(?:AP|AFP|Reuters|EPA|Getty Images)\b[^[\]]{0,40}\]\s*$|\((?:photo|image|picture|foto|photograph)?\s*credit\s*:[^()]{1,60}\)\s*$|(?:^|[\s.])(?:photograph|photo|image|picture|foto)s?\s*:\s*[^.!?:]{2,80}$|\s\S+\/(?:Getty(?: Images)?|AP|AFP|Reuters|EPA|Bloomberg)\s*$/i;
/** Most words a caption has (long lines with a credit at the end are captions up to this). */
export const CAPTION_MAX_WORDS = 60;

export function isCaptionLine(text: string): boolean {
  const words = piecesOf(text, CAPTION_MAX_WORDS);
  if (words > CAPTION_MAX_WORDS) return false;
  if (CLOSING_CREDIT.test(text) || CLOSING_AGENCY.test(text) || CLOSING_LABELLED_CREDIT.test(text)) return true;
  return words <= 25 && CREDIT_PHRASE.test(text);
}

/** Most words of a line that is only a photo credit ("Photo: Maria Example / Example Agency"). */
export const CREDIT_LINE_MAX_WORDS = 12;

/** A line that is only a credit, not a caption that ends with one. */
export function isCreditLine(text: string): boolean {
  return piecesOf(text, CREDIT_LINE_MAX_WORDS) <= CREDIT_LINE_MAX_WORDS && CREDIT_PHRASE.test(text);
}

/**
 * Link text glued into a sentence by the scraper: "…as quoted by TASS.Putin-Trump Summit
 * According to Peskov…". After a full stop with no space, a run of capitalised words followed
 * by a capitalised word that opens a lower-case sentence may be a link label (one word alone
 * is rather a domain: "Pravda.Ru"), but it may as well be the outlet's own words ("…would
 * resume.White House Press Secretary Karoline Leavitt told reporters"). The shape alone never
 * deletes words: the label is taken out only when the page shows it elsewhere as a link or
 * label of its own (see `LabelEvidence`); otherwise the sentences only get their missing space.
 */
const GLUED_LINK =
  /([\p{Ll}\p{Lu}\d)"”’]{2})([.!?])((?:[\p{Lu}][\p{L}\d'’-]*\s+){2,8}?)([\p{Lu}][\p{Ll}]+\s+[\p{Ll}])/gu;
const MISSING_SPACE = /([\p{Ll}]{2}|[\p{Lu}]{3,})([.!?])([\p{Lu}][\p{Ll}]{2,}\s)/gu;

/** Whether a label stands elsewhere on the page as a link or label (a menu entry, a tag, a related link). */
export type LabelEvidence = (label: string) => boolean;

export interface Repaired {
  text: string;
  /** Link labels taken out of the text, each shown elsewhere on the page. */
  removed: string[];
}

/** What both repairs need: an end mark glued to a capital letter. A line without one is left as it is, unread. */
const GLUED_STOP = /[.!?]\p{Lu}/u;

export function repairGluedText(text: string, standsElsewhere: LabelEvidence = () => false): Repaired {
  if (!GLUED_STOP.test(text)) return { text, removed: [] };
  const removed: string[] = [];
  let out = text.replace(GLUED_LINK, (_m, before: string, stop: string, label: string, next: string) => {
    if (standsElsewhere(label.trim())) {
      removed.push(label.trim());
      return `${before}${stop} ${next}`;
    }
    return `${before}${stop} ${label}${next}`;
  });
  out = out.replace(MISSING_SPACE, (_m, before: string, stop: string, next: string) => `${before}${stop} ${next}`);
  return { text: out, removed };
}

/**
 * Case- and punctuation-blind form of a label or a line, for finding it elsewhere on a page.
 * A page's lines are keyed again and again (against each part of the document title, each
 * label, each nearby heading), and a site's menus stand on every one of its pages: each is
 * worked out once.
 */
export const labelKey = memoized(
  (text: string): string =>
    text
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim(),
  10_000,
);

/** Separators between the entries of a menu line ("Politics | World • Business"). */
const ENTRY_SEPARATOR = /\s+[|•·]\s+/;
/** A tag line: "Tags: Kremlin, Putin-Trump Summit". */
const TAG_LINE = /^(?:tags?|topics?|related|see also|read more)\s*:\s*(.+)$/i;
/** Most words a label has (a link to a related story is a headline). */
export const LABEL_MAX_WORDS = 16;

/**
 * More runs of letters and numbers than a label's words: a sentence, not a label, told without
 * keying the whole paragraph. (Lower-casing never joins two runs, so a text with more runs than
 * that has a key of more words than that.) Asked only of an entry longer than `LONG_ENTRY`: most
 * of those are prose, and a short line is keyed once for the whole corpus (`labelKey`).
 */
const LONG_ENTRY = 160;
const LONGER_THAN_A_LABEL = new RegExp(
  `^[^\\p{L}\\p{N}]*(?:[\\p{L}\\p{N}]+[^\\p{L}\\p{N}]+){${LABEL_MAX_WORDS}}[\\p{L}\\p{N}]`,
  'u',
);

/**
 * The labels a page shows on their own: whole short lines, the entries of menu lines and of
 * tag lines. The evidence `repairGluedText` needs before it takes words out of a sentence.
 */
export function pageLabels(lines: readonly string[]): LabelEvidence {
  const keys = new Set<string>();
  const add = (entry: string) => {
    if (entry.length > LONG_ENTRY && LONGER_THAN_A_LABEL.test(entry)) return;
    const k = labelKey(entry);
    if (k && k.split(' ').length <= LABEL_MAX_WORDS) keys.add(k);
  };
  for (const line of lines) {
    add(line);
    const entries = line.split(ENTRY_SEPARATOR);
    if (entries.length > 1) entries.forEach(add);
    TAG_LINE.exec(line)?.[1]
      ?.split(/\s*[,;]\s*/)
      .forEach(add);
  }
  return (label) => keys.has(labelKey(label));
}

/**
 * A section label glued to the start of an article's text by a scraper that flattened a
 * newsletter or a teaser card ("The Big Story Delegations from Russia and Ukraine wrapped up
 * …"): two to four capitalised words, then a capitalised word that opens a sentence.
 */
const GLUED_KICKER = /^((?:[\p{Lu}][\p{L}'’-]*\s+){2,4}?)([\p{Lu}][\p{Ll}]+)\s+[\p{Ll}]/u;
/** Words a label shares with any text (they say nothing about the story). */
const LABEL_FUNCTION_WORDS = new Set(['the', 'a', 'an', 'our', 'your', 'this', 'in', 'on', 'of', 'and', 'for', 'to']);
/** Letters of a word compared when looking for it written in lower case ("Delegations" / "delegation"). */
const STEM_LETTERS = 5;

/**
 * The label glued to the start of an article's first paragraph, and the paragraph without it,
 * or null. The shape alone cannot tell a label from a sentence's subject ("White House Press
 * Secretary Karoline Leavitt told…", "The United States lost…"), so two things must hold: none
 * of the label's words stands anywhere else in the article (a subject is talked about again;
 * a label is about the page, not the story), and the word after it is one the article also
 * writes in lower case (a common word capitalised only because a sentence starts there, not
 * the rest of a name).
 */
export function splitGluedKicker(first: string, rest: readonly string[]): { label: string; text: string } | null {
  const m = GLUED_KICKER.exec(first);
  if (!m) return null;
  const label = m[1]!.trim();
  const text = first.slice(m[1]!.length);
  const words = (t: string) => t.match(/[\p{L}'’-]+/gu) ?? [];
  const elsewhere = [text, ...rest].flatMap(words);
  const others = new Set(elsewhere.map((w) => w.toLowerCase()));
  const content = words(label).filter((w) => !LABEL_FUNCTION_WORDS.has(w.toLowerCase()));
  if (content.length === 0 || content.some((w) => others.has(w.toLowerCase()))) return null;
  const stem = m[2]!.toLowerCase().slice(0, STEM_LETTERS);
  if (!elsewhere.some((w) => /^\p{Ll}/u.test(w) && w.startsWith(stem))) return null;
  return { label, text };
}

/** An inline photo credit inside a paragraph: "… Monday. © AP Ukrainian officials …". */
const INLINE_CREDIT = /\s©\s?(?:[\p{Lu}][\p{L}.&-]*)(?:\s[\p{Lu}][\p{L}.&-]*){0,2}(?=\s[\p{Lu}])/gu;

export function extractInlineCredits(text: string): { text: string; credits: string[] } {
  const credits: string[] = [];
  const out = text.replace(INLINE_CREDIT, (m) => {
    credits.push(m.trim());
    return '';
  });
  return { text: out, credits };
}

/**
 * Where an article that was run into one long line ends and newsletter or promo chrome
 * begins. Each phrase opens a sentence on many sites.
 */
const END_MARKERS =
  /(?:^|(?<=[.!?"”’]\s?))\s*(read the full (?:story|report|article)\b|continue reading\b|did someone forward you this\b|subscribe here\b|sign up (?:here|now|for)\b|thank you for signing up\b|this (?:article|story) (?:was|first|originally) (?:first )?(?:published|appeared)\b|click here to (?:read|subscribe)\b|welcome to [^.]{0,60}\bnewsletter\b)/i;
/** Lines longer than this are checked for an article running into chrome. */
export const LONG_LINE_CHARS = 1500;
/** A marker only ends an article after this much text. */
const MIN_TEXT_BEFORE_MARKER = 300;

/** Splits a long line where its article ends: [the article's text, the chrome after it]. */
export function splitLongLine(line: string): string[] {
  if (line.length < LONG_LINE_CHARS) return [line];
  const m = END_MARKERS.exec(line.slice(MIN_TEXT_BEFORE_MARKER));
  if (!m) return [line];
  const at = MIN_TEXT_BEFORE_MARKER + m.index;
  return [line.slice(0, at).trim(), line.slice(at).trim()];
}

/** A line that opens with one of the end markers is chrome whatever its length. */
export function startsWithEndMarker(line: string): boolean {
  const m = END_MARKERS.exec(line);
  return m !== null && m.index <= 1;
}
