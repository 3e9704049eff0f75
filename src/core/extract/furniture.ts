/**
 * Page furniture that reads like text: promos for the site's newsletter or app, the author's
 * contact line, share bars, gallery counters, and links to other stories printed inside or
 * after an article ("Related: …", a "More:" list). Every rule is about what such a line is on
 * any site; none names one.
 */

/**
 * Promos and calls to action, wherever they stand: a newsletter or alert sign-up ("No spam, we
 * promise", "delivered weekday mornings", "Let our news meet your inbox"), an invitation to a
 * forum, a "by clicking here" link, and the line that tells readers how to reach the author ("Have a
 * tip? … may be reached at …", "Email Tariq Malik at …").
 */
export const PROMO_PATTERNS: readonly RegExp[] = [
  /\bno spam\b|\bunsubscribe (?:at )?any ?time\b|\bopt-in box\b/i,
  /\b(?:delivered|sent) (?:\w+ ){0,2}(?:to|into|through) your (?:inbox|door|letterbox|mailbox)\b|\b(?:meet|hit|in|into|to) your inbox\b/i,
  /\bnewsletters?\b.{0,80}\b(?:sign ?up|subscribe|inbox)\b|\b(?:sign ?up|subscribe)\b.{0,80}\bnewsletters?\b/i,
  /\bbreaking news (?:alerts|emails)\b|\bget (?:breaking|the latest) [\p{L} ]{0,40}\bnews\b.{0,60}\b(?:inbox|alerts?|updates)\b/iu,
  /\bjoin our [\p{L} ]{0,40}\b(?:forums?|community|mailing list)\b/iu,
  /\bhave a (?:news )?tip\b|\b(?:may|can) be reached at\b|^(?:email|contact|follow) (?:\p{Lu}[\p{L}.'’-]* ){1,3}(?:at|on|via) /iu,
  /\bfollow (?:us|him|her|them) (?:on|@)/i,
  /\bsharing options\b/i,
  // A contributor network's disclaimer ("Opinions expressed by Forbes Contributors are their own.").
  /^(?:the )?(?:opinions|views) expressed (?:by|in) .{1,60} are (?:their|his|her|the author['’]?s?|solely) /i,
  /\bby clicking here\b|^click here to (?:support|subscribe|sign up|download|donate)\b/i,
  // "Click the image above and see …" (in any of the languages Parallax reads most): a card's call to click.
  /^(?:click|clique|cliquez|klik|klicken|haz clic)\b/i,
  /\b(?:get|download) (?:the|our) [\p{L} ]{0,30}\bapp\b/iu,
];

/**
 * The controls of a page read as text: share and print buttons, an ad slot's label, a gallery's
 * way back ("Show more sharing options", "Sharing is caring!", "View PDF/Print Mode", "Place
 * an Ad", "Back to Gallery", "Dawgs By Nature homepage").
 */
const CONTROL =
  /^(?:(?:show )?(?:more|all)? ?(?:share )?(?:all |more )?sharing options|sharing is caring!?|place an ad|back to (?:gallery|top|home|article|story|results|search)|view pdf\b.*|.*\bprint (?:mode|version)|.{1,40}\bhome ?page)$/i;
/** Most words of a page control. */
const CONTROL_MAX_WORDS = 6;

/** Longest line a promo is (a paragraph that mentions a newsletter in passing is text). */
export const PROMO_MAX_WORDS = 45;

/** "Image 1 of 5", "Photo 3/12": a gallery's counter, part of a photo as its caption is. */
const GALLERY_COUNTER = /^(?:image|photo|picture|slide|foto)s?\s+\d+\s*(?:of|\/|de|von)\s*\d+$/i;

export function isGalleryCounter(text: string): boolean {
  return GALLERY_COUNTER.test(text);
}

/** Words of a share bar: the networks and the verbs beside them ("Facebook Twitter Google+ Whatsapp"). */
const SHARE_WORDS = new Set([
  'facebook',
  'twitter',
  'google+',
  'google',
  'whatsapp',
  'pinterest',
  'pint',
  'pin',
  'linkedin',
  'reddit',
  'pocket',
  'flipboard',
  'tumblr',
  'telegram',
  'messenger',
  'vk',
  'email',
  'e-mail',
  'mail',
  'sms',
  'share',
  'tweet',
  'print',
  'copy',
  'link',
  'save',
  'comments',
  'comment',
]);
/** Networks among the share words: a share bar names at least one. */
const NETWORKS = new Set(['facebook', 'twitter', 'whatsapp', 'pinterest', 'linkedin', 'reddit', 'flipboard', 'tumblr']);

/** The first word of a line as `isShareBar` splits it. */
const FIRST_SHARE_WORD = /^[\s|•·,/]*([^\s|•·,/]+)/;

/** A share bar: two or more share words and nothing else, one of them a network. */
export function isShareBar(text: string): boolean {
  // Its first word must be a share word: most lines are ruled out before they are split.
  const first = FIRST_SHARE_WORD.exec(text)?.[1];
  if (first === undefined || !SHARE_WORDS.has(first.toLowerCase())) return false;
  const words = text
    .toLowerCase()
    .split(/[\s|•·,/]+/)
    .filter(Boolean);
  return words.length >= 2 && words.every((w) => SHARE_WORDS.has(w)) && words.some((w) => NETWORKS.has(w));
}

export function isPromoLine(text: string, words: number): boolean {
  if (isShareBar(text) || (words <= CONTROL_MAX_WORDS && CONTROL.test(text))) return true;
  return words <= PROMO_MAX_WORDS && PROMO_PATTERNS.some((p) => p.test(text));
}

/**
 * A link to another story with its label on the same line: "Related: SpaceX's Starship in
 * Pictures", "Read more: …", "Also on rt.com Journalists threatened …", or to a section or
 * tag ("Filed to: innovation", "Tags: Kremlin, Summit").
 */
const LINK_WITH_LABEL =
  /^(?:filed (?:to|under)|tags?|topics?|categor(?:y|ies))\s*:\s*\S|^(?:related(?: articles?| stories| coverage| posts?| news)?|read (?:more|also|next)|also read|see also|more on this|further reading|watch|listen)\s*[:»›|–—-]\s*\S|^also on [\w-]+\.[\p{L}]{2,}\s/iu;
/** A label that opens a list of links to other stories: "More:", "Related:", "See also" ("More" alone is a button). */
const LINK_LIST_LABEL =
  /^(?:more:|(?:related(?: articles?| stories| coverage| posts?| news)?|read (?:more|also)|also read|see also|more on this(?: story)?|further reading)\s*:?)$/i;
/** Most words of a link's headline. */
export const LINK_MAX_WORDS = 25;

/**
 * Fewest words of a headline set in capitals that links to another story. A cross-head in a
 * body is a few words ("WHAT YOU NEED TO MAKE JAM"); a whole headline shouted between two
 * paragraphs ("TAYLOR SWIFT'S FORMER LABEL BOSS BLASTS HER …") is a link to another story.
 */
export const SHOUTED_LINK_MIN_WORDS = 8;

function isShoutedHeadline(text: string, words: number): boolean {
  const letters = text.replace(/[^\p{L}]/gu, '');
  return (
    words >= SHOUTED_LINK_MIN_WORDS &&
    words <= LINK_MAX_WORDS &&
    /^[\p{Lu}\p{Lo}]+$/u.test(letters) &&
    /\p{Lu}/u.test(letters) &&
    !/[.?!]["”’']?$/.test(text) &&
    // A row of figures in capitals ("HD THE HOME DEPOT INC. 225.86 -12.99 -5.44%") is a table's.
    !/\d[.,]\d|%/.test(text)
  );
}

/** A line that is a link to another story: labelled as one, or a headline set in capitals. */
export function isLabelledLink(text: string, words: number): boolean {
  return words <= LINK_MAX_WORDS && (LINK_WITH_LABEL.test(text) || isShoutedHeadline(text, words));
}

export function isLinkListLabel(text: string): boolean {
  return LINK_LIST_LABEL.test(text);
}

/**
 * Fewest capitalised words a teaser's headline has before its blurb starts ("Customers Leave
 * Without Paying $690 Bill At Troy Steakhouse A party of six left …"), counted after the last
 * colon of that run ("Wild 4, Sabres 1: Zach Parise scored …" is a roundup's label, not a
 * headline glued to a blurb).
 */
export const GLUED_HEADLINE_MIN_WORDS = 6;
/** Most words of a teaser: a headline and a sentence or two. */
export const TEASER_MAX_WORDS = 60;
/** Fewest teasers in a row that make a list of them (one such line may be a lead that opens with a name). */
export const TEASER_LIST_MIN = 3;

/**
 * Capitalised words a line opens with, after the last colon among them; figures and short
 * lower-case words ("of", "to") neither count nor stop the run (a table row, "DL Larry
 * Ogunjobi 63 85% 1 tackle", has few).
 */
function headlineCaseRun(text: string): number {
  let run = 0;
  for (const token of text.split(/\s+/)) {
    const w = token.replace(/^[^\p{L}\p{N}$]+/u, '');
    if (!w) continue;
    if (/^\p{Lu}/u.test(w)) run = /:$/.test(w) ? 0 : run + 1;
    else if (/^[\p{N}$]/u.test(w)) continue;
    else if (w.length > 3) break;
  }
  return run;
}

/**
 * A headline glued to its blurb by a scraper that flattened a card, or a card's headline alone:
 * the shape of one teaser.
 */
export function isGluedTeaser(text: string, words: number): boolean {
  return words <= TEASER_MAX_WORDS && headlineCaseRun(text) >= GLUED_HEADLINE_MIN_WORDS;
}

/** Most words of a section label between two teasers of a list ("Autos", "Travel"). */
const LIST_LABEL_MAX_WORDS = 3;

/**
 * Indices of lines in lists of glued teasers: at least three such lines in a row, with blank
 * lines or a section label between them allowed, of which at least one carries a
 * blurb (a sentence after its headline). A body's paragraphs do not all open with a headline.
 */
export function findTeaserLists(
  lines: ReadonlyArray<{ text: string; words: number; endsLikeSentence: boolean }>,
): number[] {
  const out: number[] = [];
  let run: number[] = [];
  let gap = 0;
  const flush = () => {
    if (run.length >= TEASER_LIST_MIN && run.some((i) => lines[i]!.endsLikeSentence)) out.push(...run);
    run = [];
  };
  lines.forEach((f, i) => {
    if (f.text.length === 0) return;
    if (isGluedTeaser(f.text, f.words)) {
      run.push(i);
      gap = 0;
    } else if (f.words <= LIST_LABEL_MAX_WORDS && !f.endsLikeSentence && ++gap <= 1) return;
    else {
      flush();
      gap = 0;
    }
  });
  flush();
  return out;
}
