/**
 * Repairs inside a line: photo captions and credits told apart from prose, link text glued
 * into a sentence, inline photo credits, and long lines that run from an article into
 * newsletter chrome.
 */

/** A credit that closes a caption: "(Yuri Kadobnov / AFP)", "(AP Photo/Alan Diaz, File)", "(Image: GETTY )". */
const CLOSING_CREDIT =
  /\((?:(?:photo|image|picture|credit|foto|source)s?\s*:?\s*)?[^()]{0,50}(?:\/|\bphoto\b|\bimages?\b|\bAP\b|\bAFP\b|\bReuters\b|\bEPA\b|\bGetty\b|\bShutterstock\b)[^()]{0,40}\)\s*$/i;
/** A bare agency credit at the end of a caption: "… on July 16, 2018 (AP)". */
const CLOSING_AGENCY =
  /\((AP|AFP|Reuters|EPA|Getty Images|Getty|Shutterstock|Bloomberg|PA|Xinhua|TASS|Sputnik|UPI)\)\s*$/;
/** Credit phrases: "Photo: Getty Images", "Photo by …", "Image credit", "| Getty Images". */
const CREDIT_PHRASE =
  /(^|[\s.|])(photo|image|picture|foto|credit|illustration)s?\s*(by|credit|courtesy|:)\s*\S|\b(getty images|shutterstock|istock(photo)?)\s*$|^\s*©\s*\S/i;
/** Most words a caption has (long lines with a credit at the end are captions up to this). */
export const CAPTION_MAX_WORDS = 60;

export function isCaptionLine(text: string): boolean {
  const words = text.split(/\s+/).length;
  if (words > CAPTION_MAX_WORDS) return false;
  if (CLOSING_CREDIT.test(text) || CLOSING_AGENCY.test(text)) return true;
  return words <= 25 && CREDIT_PHRASE.test(text);
}

/**
 * Link text glued into a sentence by the scraper: "…as quoted by TASS.Putin-Trump Summit
 * According to Peskov…". After a full stop with no space, a run of two or more capitalised
 * words followed by a capitalised word that opens a lower-case sentence is a link label.
 * A single capitalised word (or a domain like "Pravda.Ru") is only given its missing space.
 */
const GLUED_LINK =
  /([\p{Ll}\p{Lu}\d)"”’]{2})([.!?])((?:[\p{Lu}][\p{L}\d'’-]*\s+){2,8}?)([\p{Lu}][\p{Ll}]+\s+[\p{Ll}])/gu;
const MISSING_SPACE = /([\p{Ll}]{2}|[\p{Lu}]{3,})([.!?])([\p{Lu}][\p{Ll}]{2,}\s)/gu;

export interface Repaired {
  text: string;
  removed: string[];
}

export function repairGluedText(text: string): Repaired {
  const removed: string[] = [];
  let out = text.replace(GLUED_LINK, (_m, before: string, stop: string, label: string, next: string) => {
    removed.push(label.trim());
    return `${before}${stop} ${next}`;
  });
  out = out.replace(MISSING_SPACE, (_m, before: string, stop: string, next: string) => `${before}${stop} ${next}`);
  return { text: out, removed };
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
