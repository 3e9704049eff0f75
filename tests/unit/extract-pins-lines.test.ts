/**
 * Pins of line features: what makes a line prose, a heading, a teaser cut off, a date line,
 * page chrome or a section wall, and the marks that need a line's neighbours (repeats,
 * captions by a credit, author boxes, link lists, paragraphs broken in two). Length limits
 * are checked on both sides.
 */
import { describe, expect, it } from 'vitest';
import {
  AUTHOR_BOX_WINDOW,
  CAPTION_BESIDE_CREDIT_MAX_WORDS,
  countWords,
  describeLine,
  HEADLINE_REPEAT_WINDOW,
  isHeadingLike,
  isProse,
  isTruncated,
  markAuthorBoxes,
  markCaptions,
  markLinkLists,
  markRepeats,
  markRunOns,
  MIN_PROSE_STOPWORD_RATIO,
  MIN_PROSE_WORDS,
  REPEAT_MIN_CHARS,
  TRUNCATED_MIN_WORDS,
  type LineFeatures,
} from '../../src/core/extract/lines';
import { readPageLines } from '../../src/core/extract/page-lines';

const PROSE = 'The council voted on Tuesday to approve the budget for the coming year after weeks of debate.';
/** `prefix`, then one long filler word, `n` characters in all. */
const exactly = (prefix: string, n: number) => `${prefix} ${'x'.repeat(n - prefix.length - 1)}`;
/** A sentence of `n` words, most of them function words. */
const sentence = (n: number, end = '.') =>
  `${Array.from({ length: n }, (_, i) => ['The', 'council', 'voted', 'on', 'the', 'budget', 'and', 'the', 'roads', 'of', 'the', 'city'][i % 12]).join(' ')}${end}`;
const lines = (texts: string[]) => texts.map(describeLine);

describe('countWords and describeLine', () => {
  it('counts words with their apostrophes, and half the characters of a text written without spaces', () => {
    expect(countWords("Putin's talks in Istanbul")).toBe(4);
    expect(countWords('東京で会議が開かれた')).toBe(5);
    expect(countWords('')).toBe(0);
  });

  it('describes the trimmed text: its length, words and shares of function words and capitals', () => {
    const f = describeLine('  The council and the Mayor  ');
    expect(f).toMatchObject({
      text: 'The council and the Mayor',
      chars: 25,
      words: 5,
      stopwordRatio: 3 / 5,
      capitalRatio: 2 / 5,
    });
    expect(f).toMatchObject({ repeated: false, headline: false, runsOn: false, unspaced: false });
  });

  it('gives a blank line zero shares rather than no number', () => {
    expect(describeLine('')).toMatchObject({ words: 0, chars: 0, stopwordRatio: 0, capitalRatio: 0 });
  });

  it('marks text written without spaces and counts it by characters', () => {
    expect(describeLine('東京で会議が開かれた')).toMatchObject({ unspaced: true, words: 5, stopwordRatio: 0 });
  });

  it('reads a line as ending a sentence after a full stop, a question, a quotation or a colon', () => {
    for (const t of [
      'It ended.',
      'Did it end?',
      'It ended!',
      'He said "it ended."',
      'Il a dit «oui»',
      'As follows:',
      'So it goes…',
    ])
      expect(describeLine(t).endsLikeSentence).toBe(true);
    for (const t of ['Council approves the budget', '"Yes," he said', 'Read more at example.com/x'])
      expect(describeLine(t).endsLikeSentence).toBe(false);
  });

  it('reads a copyright or cookie line as chrome below 400 characters, and a paragraph that long as text', () => {
    expect(describeLine('© 2024 Example Times. All rights reserved.').chrome).toBe(true);
    expect(describeLine(exactly('All rights reserved', 399)).chrome).toBe(true);
    expect(describeLine(exactly('All rights reserved', 400)).chrome).toBe(false);
  });

  it('reads a short "More from" or comment-count line as a section wall, not a long line that opens so', () => {
    expect(describeLine(exactly('More from the council', 79)).sectionBreak).toBe(true);
    expect(describeLine(exactly('More from the council', 80)).sectionBreak).toBe(false);
    expect(describeLine(exactly('12 comments on', 79))).toMatchObject({ sectionBreak: true, commentBreak: true });
    expect(describeLine(exactly('12 comments on', 80))).toMatchObject({ sectionBreak: false, commentBreak: false });
  });

  it('reads an author bio as a wall, up to 400 characters', () => {
    const bio = (n: number) =>
      `${exactly('Jane Example is a senior reporter at the Example Times who covers', n - 1)}.`;
    expect(describeLine(bio(399)).sectionBreak).toBe(true);
    expect(describeLine(bio(400)).sectionBreak).toBe(false);
  });

  it('tells a comment wall from a section wall that opens no comments', () => {
    expect(describeLine('Comments')).toMatchObject({ sectionBreak: true, commentBreak: true });
    expect(describeLine('Related stories')).toMatchObject({ sectionBreak: true, commentBreak: false });
  });

  it('reads dates, times and ages as timestamps, and a sentence or heading that names a day as none', () => {
    for (const t of ['March 3, 2024, 10:15', '2024-03-03', '3 hours ago', 'Yesterday', 'Nov 3'])
      expect(describeLine(t).timestamp).toBe(true);
    for (const t of ['Today, the council met to vote on the budget', 'Clinching in November', PROSE])
      expect(describeLine(t).timestamp).toBe(false);
  });
});

describe('isProse', () => {
  it('needs MIN_PROSE_WORDS words', () => {
    expect(isProse(describeLine(sentence(MIN_PROSE_WORDS)))).toBe(true);
    expect(isProse(describeLine(sentence(MIN_PROSE_WORDS - 1)))).toBe(false);
  });

  it('needs a sentence’s end, or 25 words', () => {
    expect(isProse(describeLine(sentence(24, '')))).toBe(false);
    expect(isProse(describeLine(sentence(25, '')))).toBe(true);
  });

  it('does not read a title-cased list of names as prose', () => {
    expect(isProse(describeLine('Anna Lee, Ben Cole, Carl Dunn, Dora Eve, Emil Fox, Fay Gil, Gus Ham.'))).toBe(false);
  });

  it('takes a line for a list of names from more than 60% capitalised words, not at 60%', () => {
    const six = 'Alpha Beta Gamma Delta Epsilon Zeta budget roads bridges tunnels.';
    const seven = 'Alpha Beta Gamma Delta Epsilon Zeta Eta roads bridges tunnels.';
    expect(describeLine(six).capitalRatio).toBe(0.6);
    expect(isProse(describeLine(six))).toBe(true);
    expect(isProse(describeLine(seven))).toBe(false);
  });

  it('reads a capitalised line as prose from MIN_PROSE_STOPWORD_RATIO function words, not below it', () => {
    const names = 'Anna Lee Ben Cole Carl Dunn Dora Eve Emil Fox Fay Gil Gus Ham Ida Joy Kim Law Max Ned';
    const at = describeLine(`${names} and the Council of Paris.`);
    const under = describeLine(`${names} Rex the Council of Paris.`);
    expect(at.words).toBe(25);
    expect(at.stopwordRatio).toBe(MIN_PROSE_STOPWORD_RATIO);
    expect(under.stopwordRatio).toBeLessThan(MIN_PROSE_STOPWORD_RATIO);
    expect(isProse(at)).toBe(true);
    expect(isProse(under)).toBe(false);
  });

  it('reads a line of names that has function words in it as prose', () => {
    expect(isProse(describeLine('Anna Lee and Ben Cole of the Council met Carl Dunn, Dora Eve and Emil Fox.'))).toBe(
      true,
    );
  });

  it('never reads chrome or a caption as prose, and counts characters where words have no spaces', () => {
    expect(isProse({ ...describeLine(PROSE), chrome: true })).toBe(false);
    expect(isProse({ ...describeLine(PROSE), caption: true })).toBe(false);
    expect(isProse(describeLine('東京で開かれた会議では来年度の予算案が賛成多数で可決された。'))).toBe(true);
    expect(isProse(describeLine('東京で開かれた会議では来年度の予算案が可決。'))).toBe(false);
  });
});

describe('isHeadingLike', () => {
  it('reads a short line without a sentence’s end as a heading, a question or exclamation too', () => {
    expect(isHeadingLike(describeLine('Council approves the budget'))).toBe(true);
    expect(isHeadingLike(describeLine('Why did the council vote for it?'))).toBe(true);
    expect(isHeadingLike(describeLine('The council says "yes!"'))).toBe(true);
  });

  it('needs three words, and no full stop, colon, semicolon or comma at its end', () => {
    expect(isHeadingLike(describeLine('Budget approved'))).toBe(false);
    for (const end of ['.', ':', ';', ','])
      expect(isHeadingLike(describeLine(`Council approves the budget${end}`))).toBe(false);
  });

  it('is no heading beyond 30 words or 220 characters, nor as chrome or a wall', () => {
    expect(isHeadingLike(describeLine(sentence(30, '')))).toBe(true);
    expect(isHeadingLike(describeLine(sentence(31, '')))).toBe(false);
    expect(isHeadingLike(describeLine(exactly('Council approves', 220)))).toBe(true);
    expect(isHeadingLike(describeLine(exactly('Council approves', 221)))).toBe(false);
    expect(isHeadingLike({ ...describeLine('Council approves the budget'), chrome: true })).toBe(false);
    expect(isHeadingLike(describeLine('More from the council'))).toBe(false);
  });
});

describe('isTruncated', () => {
  it('reads text ending in an ellipsis as cut off', () => {
    for (const end of ['...', '…', ' […]', ' [...]'])
      expect(isTruncated(describeLine(`${sentence(12, '')}${end}`))).toBe(true);
  });

  it('reads TRUNCATED_MIN_WORDS words stopping on a lower-case word as cut off, fewer as a label', () => {
    expect(isTruncated(describeLine(sentence(TRUNCATED_MIN_WORDS, '')))).toBe(true);
    expect(isTruncated(describeLine(sentence(TRUNCATED_MIN_WORDS - 1, '')))).toBe(false);
  });

  it('does not read a short line, a finished sentence or one ending on a number or an acronym as cut off', () => {
    expect(isTruncated(describeLine(`${sentence(MIN_PROSE_WORDS - 1, '')}...`))).toBe(false);
    expect(isTruncated(describeLine(sentence(TRUNCATED_MIN_WORDS + 5)))).toBe(false);
    expect(isTruncated(describeLine(`${sentence(TRUNCATED_MIN_WORDS, '')} in 2024`))).toBe(false);
    expect(isTruncated(describeLine(`${sentence(TRUNCATED_MIN_WORDS, '')} NATO`))).toBe(false);
  });

  it('does not read a sentence that runs on into the next line, or a post ending on a tag, as cut off', () => {
    expect(isTruncated({ ...describeLine(sentence(TRUNCATED_MIN_WORDS, '')), runsOn: true })).toBe(false);
    for (const tag of ['#CityBudget', '@citydesk', 'pic.twitter.com/3Bd9x', 'https://example.com/budget'])
      expect(isTruncated(describeLine(`${sentence(TRUNCATED_MIN_WORDS, '')} ${tag}`))).toBe(false);
  });
});

describe('markRepeats', () => {
  const promo = exactly('Sign up for our daily briefing', REPEAT_MIN_CHARS);

  it('marks a line of REPEAT_MIN_CHARS or more that stands twice on the page, not a shorter one', () => {
    const short = promo.slice(0, -1);
    const ls = lines([promo, short, PROSE, short, promo]);
    markRepeats(ls);
    expect(ls.map((f) => f.repeated)).toEqual([true, false, false, false, true]);
  });

  it('makes a heading printed twice around a date a headline, not one without a date between', () => {
    const dated = lines(['Council approves the budget', 'March 3, 2024', 'Council approves the budget', PROSE]);
    markRepeats(dated);
    expect(dated.map((f) => f.headline)).toEqual([true, false, true, false]);
    const undated = lines(['Council approves the budget', 'By Jane Example', 'Council approves the budget']);
    markRepeats(undated);
    expect(undated.some((f) => f.headline)).toBe(false);
  });

  it('looks for the copy within HEADLINE_REPEAT_WINDOW lines', () => {
    const gap = (n: number) => Array.from({ length: n }, (_, i) => `Menu entry ${i}`);
    const near = lines([
      'Council approves the budget',
      'March 3, 2024',
      ...gap(HEADLINE_REPEAT_WINDOW - 2),
      'Council approves the budget',
    ]);
    markRepeats(near);
    expect(near[0]!.headline).toBe(true);
    const far = lines([
      'Council approves the budget',
      'March 3, 2024',
      ...gap(HEADLINE_REPEAT_WINDOW - 1),
      'Council approves the budget',
    ]);
    markRepeats(far);
    expect(far[0]!.headline).toBe(false);
  });

  it('does not make a repeated caption a headline', () => {
    const caption = 'The mayor at City Hall (Photo: Jane Example)';
    const ls = lines([caption, 'March 3, 2024', caption]);
    markRepeats(ls);
    expect(ls.some((f) => f.headline)).toBe(false);
  });
});

describe('markCaptions', () => {
  const credit = 'Photo: Jane Example / Example Times';

  it('makes a short line above or below a credit line a caption', () => {
    const ls = lines(['The mayor at City Hall', credit, 'Delegates arrive at the palace', PROSE]);
    markCaptions(ls);
    expect(ls.map((f) => f.caption)).toEqual([true, true, true, false]);
  });

  it('leaves a line of more than CAPTION_BESIDE_CREDIT_MAX_WORDS words, a date, chrome, a wall or a blank alone', () => {
    const long = sentence(CAPTION_BESIDE_CREDIT_MAX_WORDS + 1);
    const ok = sentence(CAPTION_BESIDE_CREDIT_MAX_WORDS);
    for (const [text, caption] of [
      [long, false],
      [ok, true],
      ['March 3, 2024', false],
      ['Advertisement', false],
      ['Related stories', false],
      ['', false],
    ] as const) {
      const ls = lines([text, credit]);
      markCaptions(ls);
      expect([text, ls[0]!.caption]).toEqual([text, caption]);
    }
    const headline: LineFeatures[] = lines(['Council approves the budget', credit]);
    headline[0]!.headline = true;
    markCaptions(headline);
    expect(headline[0]!.caption).toBe(false);
  });
});

describe('markAuthorBoxes', () => {
  const bio = `${exactly('Jane Example is a senior reporter at the Example Times who covers', 499)}.`;

  it('makes a long bio a wall when its name stands alone within AUTHOR_BOX_WINDOW lines above', () => {
    const pad = Array.from({ length: AUTHOR_BOX_WINDOW - 1 }, () => 'Follow');
    const ls = lines(['Jane Example', ...pad, bio]);
    expect(ls.at(-1)!.sectionBreak).toBe(false);
    markAuthorBoxes(ls);
    expect(ls.at(-1)!.sectionBreak).toBe(true);
  });

  it('leaves it text when the name stands further up or not at all', () => {
    const pad = Array.from({ length: AUTHOR_BOX_WINDOW }, () => 'Follow');
    const far = lines(['Jane Example', ...pad, bio]);
    markAuthorBoxes(far);
    expect(far.at(-1)!.sectionBreak).toBe(false);
    const none = lines(['Ann Other', bio]);
    markAuthorBoxes(none);
    expect(none.at(-1)!.sectionBreak).toBe(false);
  });
});

describe('markLinkLists', () => {
  it('marks the headlines under a "More:" label as links, up to the first line that is none', () => {
    const ls = lines([
      'More:',
      'Council approves the budget',
      'Mayor opens the new bridge',
      PROSE,
      'Another headline here',
    ]);
    markLinkLists(ls);
    expect(ls.map((f) => f.link)).toEqual([true, true, true, false, false]);
  });

  it('skips blank lines inside the list and ends it at a one-word line', () => {
    const ls = lines(['Related:', '', 'Council approves the budget', 'Sport', 'Mayor opens the new bridge']);
    markLinkLists(ls);
    expect(ls.map((f) => f.link)).toEqual([true, false, true, false, false]);
  });

  it('marks nothing without a label', () => {
    const ls = lines(['Council approves the budget', 'Mayor opens the new bridge']);
    markLinkLists(ls);
    expect(ls.some((f) => f.link)).toBe(false);
  });
});

describe('markRunOns', () => {
  it('marks a line whose sentence goes on in lower case on the next line, across one blank line', () => {
    const ls = lines(['The council voted on Tuesday to approve', '', 'the budget for the coming year.', 'Next line']);
    markRunOns(ls);
    expect(ls.map((f) => f.runsOn)).toEqual([true, false, false, false]);
  });

  it('does not mark a finished sentence, a line before a capital or a link, or one two blank lines away', () => {
    for (const [first, next] of [
      [PROSE, 'and then it ended'],
      ['The council voted on Tuesday', 'The budget passed'],
      ['Read the report at', 'https://example.com/report'],
      ['Read the report at', 'www.example.com'],
    ]) {
      const ls = lines([first!, next!]);
      markRunOns(ls);
      expect(ls[0]!.runsOn).toBe(false);
    }
    const far = lines(['The council voted on Tuesday to approve', '', '', 'the budget.']);
    markRunOns(far);
    expect(far[0]!.runsOn).toBe(false);
  });
});

describe('readPageLines', () => {
  it('gives each page its own line objects: what one page marks on a line it shares with another stays on that page', () => {
    const shared = exactly('Most read: the council voted to approve the budget', REPEAT_MIN_CHARS);
    const first = readPageLines(['Headline - Site', PROSE, shared, PROSE, shared].join('\n'));
    const second = readPageLines(['Other headline - Site', PROSE, shared].join('\n'));
    expect(first.filter((f) => f.text === shared).map((f) => f.repeated)).toEqual([true, true]);
    expect(second.filter((f) => f.text === shared).map((f) => f.repeated)).toEqual([false]);
    // Described as `describeLine` describes it, whether met before or not.
    const { repeated: _r, ...again } = second.find((f) => f.text === shared)!;
    const { repeated: _d, ...direct } = describeLine(shared);
    expect(again).toEqual(direct);
  });
});
