import { isGalleryCounter, isLabelledLink, isLinkListLabel, isPromoLine } from './furniture';
import { isCaptionLine, isCreditLine, startsWithEndMarker } from './inline';
import { isTimestampLine } from './timestamp';

/**
 * Line features of a page dump: what makes a line read like an article's prose, like page
 * chrome, or like a heading. Every rule here is about pages in general; none names a site.
 */

/** Function words of the languages Parallax meets most; prose has many, menus almost none. */
const STOPWORDS = new Set(
  // English
  (
    'a an the and or but of to in on at by for from with as is are was were be been being it its ' +
    'this that these those he she they we you i his her their our your not no has have had will would ' +
    'can could should may might must do does did than then there which who whom whose what when where ' +
    'while after before about into over under also more most such said says if so up out just only ' +
    // Spanish / Portuguese / Italian / French
    'el la los las de del y en que por para con un una es se su sus al lo como más pero o ' +
    'os as do da dos das em no na nos nas um uma é não mais ao à ' +
    'il di che è per non una sono gli le dei della nel alla ' +
    'le les des du et est une dans pour qui sur pas au avec ce ces ' +
    // German / Dutch
    'der die das und ist nicht mit den dem ein eine zu von sich auf für im auch es als wie ' +
    'het een van en op te dat voor zijn niet met ' +
    // Indonesian
    'yang dan di ke dari ini itu untuk dengan tidak akan pada adalah dalam'
  ).split(/\s+/),
);

const STOPWORD_MAX_LENGTH = Math.max(...[...STOPWORDS].map((w) => w.length));

/** Phrases that mark a line as page chrome wherever they stand. Each is common across sites. */
export const CHROME_PATTERNS: readonly RegExp[] = [
  /^(advertisement|advertising|sponsored( content)?|ad|promoted|anzeige|publicidade|pubblicità)$/i,
  /\b(all rights reserved|copyright ©|© ?\d{4}|\(c\) ?\d{4})/i,
  /\b(cookie|cookies)\b.*\b(policy|consent|accept|use|settings)\b/i,
  /\b(privacy policy|terms of (use|service)|terms & conditions|sitemap|site map)\b/i,
  /^(share|tweet|email|print|comments?|reply|like|follow( us)?|log ?in|sign ?in|sign ?up|register|subscribe|menu|search|home|close|more|next|previous|back to top|skip to (main )?content|loading\.*)$/i,
  /^(share|follow|like) (this|us|on)\b/i,
  /^share (your thoughts|this|on|via)\b/i,
  /\b(subscribe (to|now|here|for)|sign up (for|to|now)|newsletter sign[- ]?up|get our newsletter|join our newsletter|subscribe to (our|the) newsletter)\b/i,
  /\b(download (the|our) app|get the app|app store|google play)\b/i,
  /\bsupport [\p{Lu}][\p{L}.'’ -]{1,40} on (patreon|patron)\b/iu,
  /^\d+\s*(min|mins|minute|minutes)( read)?$/i,
  /^(read more|see more|show more|load more|view more|more stories|related( articles| stories| posts| news)?|recommended|most (read|popular|viewed)|popular|trending( now)?|latest( news| stories)?|you (may|might) (also )?like|more from .{1,40}|now reading|last materials|editor'?s picks|top stories|in other news)\s*:?$/i,
  /^[\p{L}\p{N}._@-]+( [\p{L}\p{N}._@-]+){0,3} (says|said|wrote|commented|replied):?$/iu,
  /^(rating|votes?|likes?|points?):? ?[+-]?\d+( votes?| points?)?$/i,
  /^(no comments yet|be the first to comment|leave a (comment|reply)|\d+ comments?|post comment)\b/i,
  /\bselect (the )?spelling error\b|\bpress ctrl\s*\+\s*enter\b/i,
  /\b(this website uses|we use cookies|by using (our|this) (site|website))\b/i,
  /^(photo|image|video|watch|listen|gallery)s?$/i,
  /^[-–—•·|*#>]+$/,
];

/**
 * Sections that follow an article's body on most pages: once one starts, what comes after is
 * the page's, not the article's (used to decide which article is the page's own).
 */
export const SECTION_BREAK_PATTERN =
  /^(\[?\s*\d+\s+(comments?|responses?|replies)\b.*|.{0,40}\b(comments|discussion)\s*\]?|share this( article| story)?|(top|most) (rated|recent) comments|view (all )?comments|show comments|join the (conversation|discussion)|read more|related( articles| stories| posts| news| coverage)?|more (stories|from|on this)\b.*|more( from)? [\p{Lu}][\p{L}.'’&]*( [\p{Lu}&][\p{L}.'’&]*){0,3}|recommended( for you)?|you (may|might) (also )?(like|be interested)|comments?|most (read|popular|viewed)|popular|trending( now| today)?|latest( news| stories)?|now reading|last materials|also read|see also|further reading|more news|top stories|editor'?s picks)\s*:?$/iu;

/**
 * An author box's bio: the article has ended. "Kateryna Hodunova is a News Editor at …",
 * "Jeff Foust (jeff@…) is the editor and publisher of …", "Emiliano joined pv magazine in
 * March 2017. He has been reporting on …". (A first-person "I'm a three-time author" opens
 * many a blogger's post.)
 */
export const AUTHOR_BIO =
  /^[\p{Lu}][\p{L}'’.-]+(?: [\p{Lu}][\p{L}'’.-]*){1,3}(?: \([^()]{1,60}\))? (?:is|was) (?:an?|the) (?:[\p{L}-]+ ){0,4}(?:writer|reporter|journalist|editor|correspondent|contributor|columnist|author|producer|intern|freelancer)\b|^[\p{Lu}][\p{L}'’.-]+(?: [\p{Lu}][\p{L}'’.-]*){0,3} joined [^.]{1,60}\. (?:He|She|They) (?:has|have) been (?:reporting|covering|writing)\b/u;

/** Walls that open a comment thread (a subset of the section walls). */
export const COMMENT_BREAK_PATTERN =
  /^(\[?\s*\d+\s+(comments?|responses?|replies)\b.*|.{0,40}\b(comments|discussion)\s*\]?|(top|most) (rated|recent) comments|view (all )?comments|show comments|join the (conversation|discussion)|comments?|leave a (comment|reply))\s*:?$/i;

/** A line that ends the way a sentence or a quotation ends. */
const TERMINAL_PUNCTUATION = /[.!?。！？…:;]["”’»)\]]*\s*$|["”»]\s*$/u;
/** Scripts written without spaces between words: length is counted in characters. */
const UNSPACED_SCRIPT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]/u;
/** A glued relative or absolute date / read-time marker makes a line metadata, not prose. */
const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu;

export interface LineFeatures {
  text: string;
  /** Words, or for unspaced scripts characters / 2 (a rough word equivalent). */
  words: number;
  chars: number;
  /** Share of words that are function words (0 for unspaced scripts). */
  stopwordRatio: number;
  /** Share of words that start with a capital letter. */
  capitalRatio: number;
  endsLikeSentence: boolean;
  chrome: boolean;
  sectionBreak: boolean;
  /** A photo caption or credit. */
  caption: boolean;
  /** A section wall that opens reader comments: nothing after it is the article's. */
  commentBreak: boolean;
  /** The same text stands elsewhere on the page (set by markRepeats). */
  repeated: boolean;
  /** A heading printed twice within a few lines: an article's headline (set by markRepeats). */
  headline: boolean;
  /** A short line that is only a date, a time or an age ("2 days ago at 07:52 am"). */
  timestamp: boolean;
  unspaced: boolean;
  /** The sentence runs on into the next line (set by markRunOns): a paragraph broken in two. */
  runsOn: boolean;
  /** A link to another story ("Related: …", an entry of a "More:" list): no part of a body. */
  link: boolean;
  /** One of a list of teasers, each a headline glued to its blurb (set by markTeaserLists). */
  teaser: boolean;
  /** A row of a numbered list or ranking whose numbers count up line by line (set by markNumberedRows). */
  numberedRow: boolean;
}

/** Words in a text; for scripts written without spaces, characters / 2 (a rough word equivalent). */
export function countWords(text: string): number {
  const tokens = text.match(WORD)?.length ?? 0;
  return UNSPACED_SCRIPT.test(text) ? Math.max(tokens, Math.round(text.trim().length / 2)) : tokens;
}

/**
 * `countWords(paragraphs.join(' ')) >= least`, reading no further than it must: the paragraphs'
 * words are counted one paragraph at a time (no word spans the space that joins two).
 */
export function hasWords(paragraphs: readonly string[], least: number): boolean {
  let words = 0;
  for (const p of paragraphs) {
    words += p.match(WORD)?.length ?? 0;
    if (words >= least) return true;
  }
  return countWords(paragraphs.join(' ')) >= least;
}

/** `/^\p{Lu}/u.test(word)`, without the pattern for a word that starts in ASCII. */
function startsWithCapital(word: string): boolean {
  const c = word.charCodeAt(0);
  return c < 128 ? c >= 65 && c <= 90 : CAPITAL_FIRST.test(word);
}
const CAPITAL_FIRST = /^\p{Lu}/u;

export function describeLine(text: string): LineFeatures {
  const trimmed = text.trim();
  const tokens = trimmed.match(WORD) ?? [];
  const unspaced = UNSPACED_SCRIPT.test(trimmed);
  let stop = 0;
  let caps = 0;
  for (const t of tokens) {
    // Lower-casing never shortens a word: one longer than every function word is none.
    if (t.length <= STOPWORD_MAX_LENGTH && STOPWORDS.has(t.toLowerCase())) stop++;
    if (startsWithCapital(t)) caps++;
  }
  const words = unspaced ? Math.max(tokens.length, Math.round(trimmed.length / 2)) : tokens.length;
  return {
    text: trimmed,
    words,
    chars: trimmed.length,
    stopwordRatio: tokens.length ? stop / tokens.length : 0,
    capitalRatio: tokens.length ? caps / tokens.length : 0,
    endsLikeSentence: TERMINAL_PUNCTUATION.test(trimmed),
    chrome:
      (trimmed.length < 400 && CHROME_PATTERNS.some((p) => p.test(trimmed))) ||
      startsWithEndMarker(trimmed) ||
      isPromoLine(trimmed, words),
    caption: isCaptionLine(trimmed) || isGalleryCounter(trimmed),
    sectionBreak:
      (trimmed.length < 80 && SECTION_BREAK_PATTERN.test(trimmed)) ||
      (trimmed.length < 400 && AUTHOR_BIO.test(trimmed)),
    timestamp: isTimestampLine(trimmed),
    commentBreak: trimmed.length < 80 && COMMENT_BREAK_PATTERN.test(trimmed),
    repeated: false,
    headline: false,
    unspaced,
    runsOn: false,
    link: isLabelledLink(trimmed, words) || isLinkListLabel(trimmed),
    teaser: false,
    numberedRow: false,
  };
}

/** Lines at least this long that stand twice on a page are the page's, not an article's. */
export const REPEAT_MIN_CHARS = 60;

/** A heading repeated within this many lines, with a date among them, is a headline. */
export const HEADLINE_REPEAT_WINDOW = 8;

/**
 * Flags lines whose text stands more than once on the page (disclaimers, footers, promos),
 * and headings printed twice close together: the headline of an article.
 */
export function markRepeats(lines: LineFeatures[]): void {
  const seen = new Map<string, number>();
  for (const f of lines) if (f.chars >= REPEAT_MIN_CHARS) seen.set(f.text, (seen.get(f.text) ?? 0) + 1);
  for (const f of lines) if (f.chars >= REPEAT_MIN_CHARS && (seen.get(f.text) ?? 0) > 1) f.repeated = true;
  // A repeated table header or credit is no headline: an article's headline has its date by it.
  lines.forEach((f, i) => {
    if (!isHeadingLike(f) || f.caption) return;
    const window = lines.slice(i + 1, i + 1 + HEADLINE_REPEAT_WINDOW);
    const copies = window.filter((g) => g.text === f.text);
    if (copies.length === 0 || !window.some((g) => g.timestamp)) return;
    f.headline = true;
    for (const g of copies) g.headline = true;
  });
}

/** Most words of a caption recognised by the credit line printed against it. */
export const CAPTION_BESIDE_CREDIT_MAX_WORDS = 25;

/**
 * Captions recognised by what they stand against: a short line printed directly above or
 * below a line that is only a photo credit ("Photo: …") is that photo's caption, wherever the
 * photo is. (A caption that ends with its credit, "… (AP)", says nothing about its neighbours.)
 */
export function markCaptions(lines: LineFeatures[]): void {
  const credits = lines.map((f) => f.caption && isCreditLine(f.text));
  lines.forEach((f, i) => {
    if (f.chars === 0 || f.caption || f.chrome || f.sectionBreak || f.timestamp || f.headline) return;
    if (f.words > CAPTION_BESIDE_CREDIT_MAX_WORDS) return;
    if (credits[i - 1] || credits[i + 1]) f.caption = true;
  });
}

/** Lines above a bio in which its author box may print the name alone. */
export const AUTHOR_BOX_WINDOW = 4;

/**
 * Author boxes whatever the bio's length: a bio ("Kateryna Hodunova is a News Editor at …")
 * whose name stands alone on a line just above it is the box's, not the article's, however
 * long it runs. (A short bio needs no name line: see `describeLine`.)
 */
export function markAuthorBoxes(lines: LineFeatures[]): void {
  lines.forEach((f, i) => {
    if (f.sectionBreak || !AUTHOR_BIO.test(f.text)) return;
    const name = /^(.+?) (?:is|was) /u.exec(f.text)?.[1];
    const above = lines.slice(Math.max(0, i - AUTHOR_BOX_WINDOW), i);
    if (name && above.some((g) => g.text === name)) f.sectionBreak = true;
  });
}

/** Fewest words for a line to count as a paragraph of prose rather than a label. */
export const MIN_PROSE_WORDS = 10;
/** Prose in a language with function words has at least this share of them (menus have ~0). */
export const MIN_PROSE_STOPWORD_RATIO = 0.12;

/** Reads like running text: long enough, sentence-shaped, not a title-cased list of names. */
export function isProse(f: LineFeatures): boolean {
  if (f.chrome || f.caption) return false;
  if (f.words < MIN_PROSE_WORDS) return false;
  if (f.unspaced) return f.chars >= 25;
  if (f.stopwordRatio < MIN_PROSE_STOPWORD_RATIO && f.capitalRatio > 0.6) return false;
  return f.endsLikeSentence || f.words >= 25;
}

/**
 * A heading: a short line of words that does not end like a sentence (a question or an
 * exclamation may), e.g. a headline or a section title.
 */
export function isHeadingLike(f: LineFeatures): boolean {
  if (f.chrome || f.sectionBreak) return false;
  if (f.words < 3 || f.words > 30 || f.chars > 220) return false;
  return !/[.:;,]$/.test(f.text) || /[?!]["”’]?$/.test(f.text);
}

/** Words a line needs before a missing full stop means it was cut off rather than a label. */
export const TRUNCATED_MIN_WORDS = 20;
/**
 * How a post on a social network ends when a page embeds it: a hashtag, a handle or a link
 * ("… #TodayInSenatePlenary", "… pic.twitter.com/3Bd…"). Such a text is whole, not cut off.
 */
const SOCIAL_POST_END = /(?:^|\s)(?:#[\p{L}\p{N}_]+|@[\w.]+|\S+\.\p{L}{2,}\/\S*|https?:\/\/\S+)$/u;

/** Text cut off mid-sentence, or a teaser in a list of them: another story, not a paragraph of this one. */
export function isTruncated(f: LineFeatures): boolean {
  if (f.teaser) return true;
  if (f.words < MIN_PROSE_WORDS) return false;
  if (/(\.\.\.|…|\[…\]|\[\.\.\.\])\s*$/.test(f.text)) return true;
  // A long run of text that stops on a bare word: the rest was behind a "read more" link,
  // unless the sentence goes on in the next line or the text is a post that ends on a tag
  // (looked for last: the most of a page's lines end like a sentence).
  if (f.words < TRUNCATED_MIN_WORDS || f.endsLikeSentence || !/\p{Ll}$/u.test(f.text)) return false;
  return !(f.runsOn || SOCIAL_POST_END.test(f.text));
}

/** Most words of an entry of a link list. */
const LINK_LIST_ENTRY_MAX_WORDS = 20;

/**
 * The entries of a list of links that a label opens ("More:", then headlines): each a headline
 * without a sentence's end, up to the first line that is not one.
 */
export function markLinkLists(lines: LineFeatures[]): void {
  let inList = false;
  for (const f of lines) {
    if (f.chars === 0) continue;
    const entry = f.words >= 2 && f.words <= LINK_LIST_ENTRY_MAX_WORDS && !f.endsLikeSentence;
    if (isLinkListLabel(f.text)) inList = true;
    else if (inList && entry && !(f.timestamp || f.chrome || f.caption || f.sectionBreak || f.headline)) f.link = true;
    else inList = false;
  }
}

/** A line that opens in the middle of a sentence: a lower-case word (not a bullet, a number or a link). */
const OPENS_MID_SENTENCE = /^\p{Ll}[\p{Ll}'’-]*(?:\s|[,;:]|$)/u;

/**
 * Paragraphs that a scraper broke in two: a line that stops without a sentence's end, with the
 * next line (across at most one blank line) carrying on in lower case, runs on. Its missing
 * full stop says nothing about it being cut off.
 */
export function markRunOns(lines: LineFeatures[]): void {
  lines.forEach((f, i) => {
    if (f.chars === 0 || f.endsLikeSentence) return;
    const next = lines[i + 1]?.chars ? lines[i + 1] : lines[i + 2];
    if (next && next.chars > 0 && OPENS_MID_SENTENCE.test(next.text) && !/^(?:https?:|www\.)/.test(next.text))
      f.runsOn = true;
  });
}
