/**
 * Pins of what a line is inside and around a body: a photo caption or credit, a share bar, a
 * promo, a link to another story, a card of teasers, a long line that runs from an article
 * into newsletter chrome, and the labels a page shows on their own. Word and length limits
 * are checked on both sides.
 */
import { describe, expect, it } from 'vitest';
import {
  findTeaserLists,
  GLUED_HEADLINE_MIN_WORDS,
  isGluedTeaser,
  isLabelledLink,
  isLinkListLabel,
  isPromoLine,
  isShareBar,
  LINK_MAX_WORDS,
  PROMO_MAX_WORDS,
  SHOUTED_LINK_MIN_WORDS,
  TEASER_LIST_MIN,
} from '../../src/core/extract/furniture';
import {
  CAPTION_MAX_WORDS,
  CREDIT_LINE_MAX_WORDS,
  extractInlineCredits,
  isCaptionLine,
  isCreditLine,
  LABEL_MAX_WORDS,
  LONG_LINE_CHARS,
  pageLabels,
  splitLongLine,
  startsWithEndMarker,
} from '../../src/core/extract/inline';
import { countWords, describeLine } from '../../src/core/extract/lines';

/** `n` words of a caption's description. */
const words = (n: number) =>
  Array.from({ length: n }, (_, i) => ['delegates', 'walk', 'past', 'the', 'flags'][i % 5]).join(' ');

describe('isCaptionLine and isCreditLine', () => {
  it('reads a line ending in a photo credit or an agency as a caption', () => {
    expect(isCaptionLine('Delegates arrive at the palace (AP Photo/Jane Roe)')).toBe(true);
    expect(isCaptionLine('Delegates arrive at the palace on Monday (Reuters)')).toBe(true);
    expect(isCaptionLine('Photo: Getty Images')).toBe(true);
  });

  it('reads a caption with its credit at the end up to CAPTION_MAX_WORDS words', () => {
    expect(isCaptionLine(`${words(CAPTION_MAX_WORDS - 1)} (AP)`)).toBe(true);
    expect(isCaptionLine(`${words(CAPTION_MAX_WORDS)} (AP)`)).toBe(false);
  });

  it('reads a credit phrase as a caption in a short line only', () => {
    expect(isCaptionLine(`Photo by Jane Roe ${words(21)}`)).toBe(true);
    expect(isCaptionLine(`Photo by Jane Roe ${words(22)}`)).toBe(false);
  });

  it('does not read prose that names an agency as a caption', () => {
    expect(isCaptionLine('The AP reported that the talks had ended without a deal on Monday.')).toBe(false);
  });

  it('reads a line that is only a credit, up to CREDIT_LINE_MAX_WORDS words', () => {
    expect(isCreditLine('Photo: Maria Example / Example Agency')).toBe(true);
    const credit = (n: number) => `Photo: ${words(n - 1)}`;
    expect(isCreditLine(credit(CREDIT_LINE_MAX_WORDS))).toBe(true);
    expect(isCreditLine(credit(CREDIT_LINE_MAX_WORDS + 1))).toBe(false);
    expect(isCreditLine('Delegates arrive at the palace')).toBe(false);
  });
});

describe('extractInlineCredits', () => {
  it('moves an inline photo credit out of a paragraph', () => {
    expect(extractInlineCredits('The talks ended on Monday. © AP Ukrainian officials said nothing.')).toEqual({
      text: 'The talks ended on Monday. Ukrainian officials said nothing.',
      credits: ['© AP'],
    });
  });

  it('leaves a paragraph without one alone', () => {
    const text = 'The talks ended on Monday and officials said nothing.';
    expect(extractInlineCredits(text)).toEqual({ text, credits: [] });
  });
});

describe('pageLabels', () => {
  const labels = pageLabels([
    'Politics | World • Business',
    'Tags: Kremlin, Putin-Trump Summit; Istanbul',
    'Council approves the budget',
  ]);

  it('knows whole lines, menu entries and tags, whatever their case and punctuation', () => {
    for (const l of ['Council approves the budget!', 'World', 'kremlin', 'Putin Trump Summit', 'Istanbul'])
      expect(labels(l)).toBe(true);
    expect(labels('Sport')).toBe(false);
  });

  it('takes a line of up to LABEL_MAX_WORDS words as a label, not a longer one', () => {
    const line = (n: number) => Array.from({ length: n }, (_, i) => `word${i}`).join(' ');
    expect(pageLabels([line(LABEL_MAX_WORDS)])(line(LABEL_MAX_WORDS))).toBe(true);
    expect(pageLabels([line(LABEL_MAX_WORDS + 1)])(line(LABEL_MAX_WORDS + 1))).toBe(false);
  });

  it('knows no empty label', () => {
    expect(pageLabels(['', '   '])('')).toBe(false);
  });
});

describe('splitLongLine and startsWithEndMarker', () => {
  const article = 'The council voted on the budget after a long debate. ';

  it('ends an article run into one long line where newsletter chrome begins', () => {
    const text = article.repeat(Math.ceil(LONG_LINE_CHARS / article.length)).trim();
    const [body, chrome] = splitLongLine(`${text} Continue reading the main story here.`);
    expect(body).toBe(text);
    expect(chrome).toBe('Continue reading the main story here.');
  });

  it('leaves a line shorter than LONG_LINE_CHARS whole', () => {
    const text = `${article.repeat(10).trim()} Continue reading the main story here.`;
    expect(text.length).toBeLessThan(LONG_LINE_CHARS);
    expect(splitLongLine(text)).toEqual([text]);
  });

  it('does not split at a marker in the opening text of the line', () => {
    const text = `Continue reading: ${article.repeat(40).trim()}`;
    expect(splitLongLine(text)).toEqual([text]);
  });

  it('reads a line that opens with an end marker as chrome, not one that has it inside', () => {
    expect(startsWithEndMarker('Continue reading')).toBe(true);
    expect(startsWithEndMarker(' Subscribe here for more')).toBe(true);
    expect(startsWithEndMarker('We will continue reading the report')).toBe(false);
  });
});

describe('share bars and promos', () => {
  it('reads a row of share buttons naming a network as a share bar', () => {
    expect(isShareBar('Facebook Twitter Email')).toBe(true);
    expect(isShareBar('Share | Facebook | Tweet')).toBe(true);
  });

  it('needs two share words, one a network, and nothing else', () => {
    expect(isShareBar('Facebook')).toBe(false);
    expect(isShareBar('Email Print')).toBe(false);
    expect(isShareBar('Facebook Twitter News')).toBe(false);
  });

  it('reads a newsletter sign-up as a promo, up to PROMO_MAX_WORDS words', () => {
    const promo = 'Sign up for our newsletter to get the news in your inbox';
    expect(isPromoLine(promo, countWords(promo))).toBe(true);
    expect(isPromoLine(promo, PROMO_MAX_WORDS)).toBe(true);
    expect(isPromoLine(promo, PROMO_MAX_WORDS + 1)).toBe(false);
    expect(isPromoLine('The council voted on the budget.', 6)).toBe(false);
  });

  it('reads a share bar as a promo whatever its length', () => {
    expect(isPromoLine('Facebook Twitter Email', 3)).toBe(true);
  });
});

describe('links to other stories', () => {
  it('reads a labelled link as a link, up to LINK_MAX_WORDS words', () => {
    const link = 'Related: Council approves the budget';
    expect(isLabelledLink(link, countWords(link))).toBe(true);
    expect(isLabelledLink(link, LINK_MAX_WORDS)).toBe(true);
    expect(isLabelledLink(link, LINK_MAX_WORDS + 1)).toBe(false);
    expect(isLabelledLink('The council voted on the budget', 6)).toBe(false);
  });

  it('reads a whole headline shouted in capitals as a link, not a short cross-head or a row of figures', () => {
    const shout = (n: number) =>
      Array.from({ length: n }, (_, i) => ['COUNCIL', 'APPROVES', 'THE', 'BUDGET'][i % 4]).join(' ');
    expect(isLabelledLink(shout(SHOUTED_LINK_MIN_WORDS), SHOUTED_LINK_MIN_WORDS)).toBe(true);
    expect(isLabelledLink(shout(SHOUTED_LINK_MIN_WORDS - 1), SHOUTED_LINK_MIN_WORDS - 1)).toBe(false);
    expect(isLabelledLink(`${shout(SHOUTED_LINK_MIN_WORDS)}.`, SHOUTED_LINK_MIN_WORDS)).toBe(false);
    expect(isLabelledLink(`${shout(SHOUTED_LINK_MIN_WORDS)} 225.86 -5.44%`, SHOUTED_LINK_MIN_WORDS + 2)).toBe(false);
    expect(isLabelledLink(`${shout(SHOUTED_LINK_MIN_WORDS - 1)} Budget`, SHOUTED_LINK_MIN_WORDS)).toBe(false);
  });

  it('reads "More:" and "See also" as labels of a list of links', () => {
    for (const l of ['More:', 'Related', 'See also', 'Further reading:']) expect(isLinkListLabel(l)).toBe(true);
    expect(isLinkListLabel('More from the council')).toBe(false);
  });
});

describe('teasers', () => {
  const teaser = 'Customers Leave Without Paying Bill At Troy Steakhouse A party of six left without paying.';

  it('reads a headline glued to its blurb as a teaser, from GLUED_HEADLINE_MIN_WORDS capitalised words', () => {
    expect(isGluedTeaser(teaser, countWords(teaser))).toBe(true);
    const run = (n: number) =>
      `${['Council', 'Approves', 'Budget', 'After', 'Long', 'Night', 'Of', 'Debate'].slice(0, n).join(' ')} the council said.`;
    expect(isGluedTeaser(run(GLUED_HEADLINE_MIN_WORDS), 10)).toBe(true);
    expect(isGluedTeaser(run(GLUED_HEADLINE_MIN_WORDS - 1), 10)).toBe(false);
  });

  it('does not read a roundup label before a colon, or a paragraph of prose, as a teaser', () => {
    expect(isGluedTeaser('Wild 4, Sabres 1: Zach Parise scored twice', 8)).toBe(false);
    expect(isGluedTeaser('The council voted on Tuesday to approve the budget.', 9)).toBe(false);
  });

  it('finds lists of at least TEASER_LIST_MIN teasers in a row, one with a blurb', () => {
    const card = (i: number) => `Council Approves Budget After Long Night Number ${i} the council said.`;
    const list = (n: number) => Array.from({ length: n }, (_, i) => card(i)).map(describeLine);
    expect(findTeaserLists(list(TEASER_LIST_MIN))).toEqual([...Array(TEASER_LIST_MIN).keys()]);
    expect(findTeaserLists(list(TEASER_LIST_MIN - 1))).toEqual([]);
  });

  it('lets a blank line or a short section label stand between the teasers of a list', () => {
    const card = describeLine('Council Approves Budget After Long Night Of Debate the council said.');
    const lines = [card, describeLine(''), card, describeLine('Autos'), card];
    expect(findTeaserLists(lines)).toEqual([0, 2, 4]);
  });
});
