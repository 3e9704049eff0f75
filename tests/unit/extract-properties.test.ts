/**
 * Extraction never invents a word: for generated pages (prose paragraphs, menu lines, bylines,
 * dates, captions, share bars, link cards and teasers in any order), every word of every body
 * the extractor gives stands in the page, in the same order. The oracle below is written for
 * this test alone: its own tokeniser and a plain subsequence walk, nothing of the extractor's.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractArticles } from '../../src/core/extract/page';

/** Words as the oracle sees them: runs of ASCII letters and digits (the generated pages use no others). */
function oracleWords(text: string): string[] {
  return text.match(/[A-Za-z0-9]+/g) ?? [];
}

/** Whether `body` is a subsequence of `page`, word by word. */
function inOrder(page: readonly string[], body: readonly string[]): boolean {
  let j = 0;
  for (const w of body) {
    while (j < page.length && page[j] !== w) j++;
    if (j === page.length) return false;
    j++;
  }
  return true;
}

const WORDS = [
  'the',
  'council',
  'voted',
  'on',
  'Tuesday',
  'to',
  'approve',
  'a',
  'budget',
  'for',
  'roads',
  'and',
  'schools',
  'mayor',
  'said',
  'it',
  'would',
  'raise',
  'spending',
  'by',
  'tenth',
  'while',
  'taxes',
  'stay',
  'at',
  'their',
  'level',
  'of',
  'city',
  'residents',
];

const sentence = fc
  .array(fc.constantFrom(...WORDS), { minLength: 6, maxLength: 22 })
  .map((ws) => `${ws[0]!.charAt(0).toUpperCase()}${ws.join(' ').slice(1)}.`);
const paragraph = fc.array(sentence, { minLength: 1, maxLength: 5 }).map((ss) => ss.join(' '));
/** Two sentences run together without a space, as scrapers glue them. */
const glued = fc.tuple(sentence, sentence).map(([a, b]) => `${a}${b}`);
const menu = fc.constantFrom('Home', 'World', 'Politics', 'Business', 'Sport', 'Menu', 'Search', 'Sign in');
const byline = fc.constantFrom(
  'By Jane Roe',
  'By JANE ROE MAR. 3, 2024',
  'Dan Smith - Apr 16, 2015',
  'Posted by Ann Lee on March 3, 2024',
  'Von Moritz Beispiel publiziert am 30. Juli 2018',
);
const date = fc.constantFrom('March 3, 2024, 10:15', '2 hours ago', 'Updated 5:30 PM ET', '19.11.2019');
const caption = fc.constantFrom(
  'Delegates walk past the flags before the talks (AP Photo/Jane Roe)',
  'Photo: Maria Example / Example Agency',
  'The mayor at city hall on Monday (Credit: Example Images)',
  'Image 2 of 5',
);
const shareBar = fc.constantFrom('Facebook Twitter Email', 'tweet share Reddit Pocket Flipboard Email', 'Share this');
const headline = fc
  .array(fc.constantFrom(...WORDS), { minLength: 3, maxLength: 10 })
  .map((ws) => ws.map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join(' '));
const linkCard = fc
  .tuple(headline, fc.array(fc.constantFrom(...WORDS), { minLength: 20, maxLength: 30 }))
  .map(([h, ws]) => `${h}\n${ws.join(' ')}\nRead more`);
const teaser = fc.tuple(headline, sentence).map(([h, s]) => `${h} ${s}`);
const related = headline.map((h) => `Related: ${h}`);
const numbered = fc
  .array(fc.constantFrom(...WORDS), { minLength: 3, maxLength: 6 })
  .map((ws) => ws.map((w, i) => `${i + 1} ${w} ${WORDS.length - i}`).join('\n'));

const block = fc.oneof(
  { arbitrary: paragraph, weight: 6 },
  { arbitrary: glued, weight: 1 },
  { arbitrary: menu, weight: 2 },
  { arbitrary: byline, weight: 1 },
  { arbitrary: date, weight: 1 },
  { arbitrary: caption, weight: 1 },
  { arbitrary: shareBar, weight: 1 },
  { arbitrary: headline, weight: 2 },
  { arbitrary: linkCard, weight: 1 },
  { arbitrary: teaser, weight: 1 },
  { arbitrary: related, weight: 1 },
  { arbitrary: numbered, weight: 1 },
);
const page = fc
  .tuple(fc.array(block, { minLength: 1, maxLength: 30 }), fc.constantFrom('\n', '\n\n'))
  .map(([blocks, gap]) => blocks.join(gap));

const options = { isOutletName: () => false, referenceDay: '2024-03-04' };

describe('extractArticles never invents a word (property, against an independent oracle)', () => {
  it('gives bodies whose words all stand in the page, in order', () => {
    let bodies = 0;
    fc.assert(
      fc.property(page, (text) => {
        const words = oracleWords(text);
        for (const article of extractArticles(text, options)) {
          if (article.body.length > 0) bodies++;
          expect(inOrder(words, oracleWords(article.body.join('\n')))).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
    // The pages are article-like often enough for the property to say something.
    expect(bodies).toBeGreaterThan(100);
  });

  it('the oracle itself rejects a word the page lacks and words out of order', () => {
    const words = oracleWords('Home\nThe council voted.\nIt approved the budget.');
    expect(inOrder(words, oracleWords('The council voted. It approved.'))).toBe(true);
    expect(inOrder(words, oracleWords('The council rejected it.'))).toBe(false);
    expect(inOrder(words, oracleWords('It approved the budget. The council voted.'))).toBe(false);
  });
});
