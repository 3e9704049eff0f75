/**
 * Pins of an article's header: the headline found from the document title or a repeated
 * heading, the headline and deck above a body (not a kicker or a byline), where a body that
 * opens with its byline and date really starts, and hard-wrapped text joined back into
 * paragraphs.
 */
import { describe, expect, it } from 'vitest';
import { assembleBody } from '../../src/core/extract/body';
import { findHeadlineAnchor, REPEAT_WINDOW, titleParts } from '../../src/core/extract/anchor';
import {
  bodyStartAfterHeader,
  BYLINE_MAX_WORDS,
  HEADLINE_WINDOW,
  isByOrDateLine,
  pickHeadline,
  STANDFIRST_MAX_WORDS,
} from '../../src/core/extract/headline';
import { describeLine } from '../../src/core/extract/lines';
import {
  findWrapWidth,
  MAX_WRAP_COLUMNS,
  MIN_FULL_LINES,
  MIN_WRAP_COLUMNS,
  unwrapLines,
} from '../../src/core/extract/unwrap';

const PROSE = 'The council voted on Tuesday to approve the budget for the coming year after weeks of debate.';
const TITLE = 'Council approves the budget after a long debate';
const lines = (texts: string[]) => texts.map(describeLine);

describe('titleParts', () => {
  it('splits a document title at its separators and keeps the parts of three words or more, longest first', () => {
    expect(titleParts('Council approves the budget - Example Times')).toEqual(['Council approves the budget']);
    expect(titleParts('City news today | Council approves the budget')).toEqual([
      'Council approves the budget',
      'City news today',
    ]);
    expect(titleParts('Council approves the budget :: City news today • Example Times')).toEqual([
      'Council approves the budget',
      'City news today',
    ]);
  });

  it('does not split a hyphenated word or a colon inside a headline', () => {
    expect(titleParts('Mayor-elect says: budget first')).toEqual(['Mayor-elect says: budget first']);
  });
});

describe('findHeadlineAnchor', () => {
  it('finds the document title’s main part where the page prints it again', () => {
    const page = lines([
      '',
      'Council approves the budget - Example Times',
      'Home',
      'Council approves the budget',
      PROSE,
    ]);
    expect(findHeadlineAnchor(page)).toEqual({ line: 3, text: 'Council approves the budget' });
  });

  it('matches a headline that the title cuts short, or that is cut short itself, from 20 characters', () => {
    const cut = lines([`${TITLE} - Example Times`, 'Home', 'Council approves the budget after', PROSE]);
    expect(findHeadlineAnchor(cut)?.line).toBe(2);
    const short = lines(['Council approves the budget now - Example Times', 'Home', 'Council approves', PROSE]);
    expect(findHeadlineAnchor(short)).toBeNull();
  });

  it('falls back to the first heading the page repeats within REPEAT_WINDOW lines', () => {
    const gap = Array.from({ length: REPEAT_WINDOW - 1 }, (_, i) => `Menu ${i}`);
    expect(findHeadlineAnchor(lines(['Example Times', TITLE, ...gap, TITLE, PROSE]))).toEqual({ line: 1, text: TITLE });
    expect(findHeadlineAnchor(lines(['Example Times', TITLE, ...gap, 'Menu', TITLE, PROSE]))).toBeNull();
  });

  it('looks only within the lines it is given', () => {
    const page = lines([
      'Example Times',
      TITLE,
      TITLE,
      PROSE,
      'Ferry runs aground off Paros',
      'Ferry runs aground off Paros',
    ]);
    expect(findHeadlineAnchor(page, 3)).toEqual({ line: 4, text: 'Ferry runs aground off Paros' });
    expect(findHeadlineAnchor(page, 0, 1)).toBeNull();
  });
});

describe('pickHeadline', () => {
  it('takes the anchor when it stands above the body', () => {
    // Without the anchor, the upper of the two headings would be the headline.
    const ls = lines([TITLE, 'Another heading above the body', PROSE]);
    expect(pickHeadline(ls, 0, 2, 1)).toMatchObject({ title: 'Another heading above the body', line: 1 });
    expect(pickHeadline(ls, 0, 2, 2)).toMatchObject({ line: 0 });
    expect(pickHeadline(ls, 1, 2, 0)).toMatchObject({ line: 1 });
  });

  it('takes the upper of two headings together as the headline and the lower as its deck', () => {
    const ls = lines([TITLE, 'Spending on roads rises by a tenth this year', '', PROSE]);
    expect(pickHeadline(ls, 0, 3, null)).toEqual({
      title: TITLE,
      line: 0,
      subtitle: 'Spending on roads rises by a tenth this year',
    });
  });

  it('does not take a kicker above the headline for the headline', () => {
    expect(pickHeadline(lines(['The Big Story', TITLE, PROSE]), 0, 2, null)).toEqual({ title: TITLE, line: 1 });
  });

  it('passes over a kicker right above the body for the longer headline further up', () => {
    const ls = lines([TITLE, 'By Jane Example', 'The Big Story', PROSE]);
    expect(pickHeadline(ls, 0, 3, null)).toMatchObject({ title: TITLE, line: 0 });
  });

  it('takes a heading the header prints twice', () => {
    const ls = lines([TITLE, 'Politics and the city council', TITLE, 'By Jane Example', PROSE]);
    expect(pickHeadline(ls, 0, 4, null)).toMatchObject({ line: 0 });
  });

  it('does not read a byline, a date or a caption as the headline', () => {
    const ls = lines([
      TITLE,
      'By Jane Example',
      'March 3, 2024, 10:15',
      'The mayor at City Hall (Photo: Jane Roe)',
      PROSE,
    ]);
    expect(pickHeadline(ls, 0, 4, null)).toMatchObject({ title: TITLE, line: 0 });
  });

  it('reads a sentence under the headline as its standfirst, up to STANDFIRST_MAX_WORDS words', () => {
    const standfirst =
      'Spending on roads will rise by a tenth while property taxes stay where they are, the mayor said.';
    expect(pickHeadline(lines([TITLE, standfirst, PROSE]), 0, 2, null)?.subtitle).toBe(standfirst);
    const long = `${'The council and the mayor met again on the budget for the roads. '.repeat(6).trim()}`;
    expect(describeLine(long).words).toBeGreaterThan(STANDFIRST_MAX_WORDS);
    expect(pickHeadline(lines([TITLE, long, PROSE]), 0, 2, null)?.subtitle).toBeUndefined();
  });

  it('stops at a section wall and looks HEADLINE_WINDOW lines up', () => {
    expect(pickHeadline(lines([TITLE, 'Related stories', PROSE]), 0, 2, null)).toBeNull();
    const menu = (n: number) => Array.from({ length: n }, () => 'Home');
    expect(pickHeadline(lines([TITLE, ...menu(HEADLINE_WINDOW - 1), PROSE]), 0, HEADLINE_WINDOW, null)?.line).toBe(0);
    expect(pickHeadline(lines([TITLE, ...menu(HEADLINE_WINDOW), PROSE]), 0, HEADLINE_WINDOW + 1, null)).toBeNull();
  });

  it('looks through an author box above the body for the headline', () => {
    const bio = 'Jane Example is a senior reporter at the Example Times who covers the council.';
    expect(pickHeadline(lines([TITLE, 'Jane Example', bio, PROSE]), 0, 3, null)).toMatchObject({ line: 0 });
  });

  it('is null without a heading above the body', () => {
    expect(pickHeadline(lines(['By Jane Example', PROSE]), 0, 1, null)).toBeNull();
  });
});

describe('isByOrDateLine', () => {
  it('reads bylines and date lines, and a "By" line naming a desk', () => {
    for (const t of ['By Phil Helsel', 'Nov. 19, 2019, 8:41 AM UTC', 'By HNN Staff | History News Network'])
      expect(isByOrDateLine(describeLine(t))).toBe(true);
  });

  it('does not read a sentence opening with "By", a long line or a blank line as one', () => {
    expect(isByOrDateLine(describeLine('By the way, the council voted.'))).toBe(false);
    expect(isByOrDateLine(describeLine(''))).toBe(false);
    const words = (n: number) => `By HNN ${Array.from({ length: n - 2 }, () => 'staff').join(' ')}`;
    expect(isByOrDateLine(describeLine(words(BYLINE_MAX_WORDS)))).toBe(true);
    expect(isByOrDateLine(describeLine(words(BYLINE_MAX_WORDS + 1)))).toBe(false);
  });
});

describe('bodyStartAfterHeader', () => {
  const standfirst = 'Spending on roads will rise by a tenth, the mayor said.';

  it('starts the body after a byline and date at the top of its run', () => {
    const ls = lines([standfirst, 'By Phil Helsel', 'March 3, 2024', PROSE, PROSE]);
    expect(bodyStartAfterHeader(ls, 0, 4)).toBe(3);
  });

  it('is null when the run opens with the body', () => {
    expect(bodyStartAfterHeader(lines([PROSE, PROSE]), 0, 1)).toBeNull();
  });

  it('is null when the byline ends the run', () => {
    expect(bodyStartAfterHeader(lines([standfirst, 'By Phil Helsel']), 0, 1)).toBeNull();
  });

  it('is null when too much text stands above the byline to be a header', () => {
    const ls = lines([standfirst, standfirst, standfirst, standfirst, standfirst, 'By Phil Helsel', PROSE]);
    expect(bodyStartAfterHeader(ls, 0, 6)).toBeNull();
  });
});

describe('assembleBody', () => {
  it('keeps the run’s lines of text and leaves out blanks, chrome and walls', () => {
    const ls = lines([PROSE, '', 'Advertisement', 'Related stories', 'The mayor said the plan would work.']);
    expect(assembleBody(ls, { start: 0, end: 4, score: 1 })).toEqual({
      body: [PROSE, 'The mayor said the plan would work.'],
      captions: [],
    });
    expect(assembleBody(ls, { start: 1, end: 3, score: 1 }).body).toEqual([]);
  });
});

describe('unwrapLines', () => {
  /** `text` broken into lines of at most `width` columns, the way `fold -s` does. */
  const wrap = (text: string, width: number) => {
    const out: string[] = [];
    let line = '';
    for (const word of text.split(' ')) {
      if (line && line.length + 1 + word.length > width) {
        out.push(line);
        line = word;
      } else line = line ? `${line} ${word}` : word;
    }
    return [...out, line];
  };
  const paragraph = `${PROSE} ${PROSE} ${PROSE}`;
  const page = (width: number) => [
    ...wrap(paragraph, width),
    '',
    ...wrap(paragraph, width),
    '',
    ...wrap(paragraph, width),
  ];

  it('finds the column a page was wrapped at and joins its paragraphs back', () => {
    expect(findWrapWidth(page(72))).toBe(72);
    expect(unwrapLines(page(72))).toEqual([paragraph, '', paragraph, '', paragraph]);
  });

  it('takes widths from MIN_WRAP_COLUMNS to MAX_WRAP_COLUMNS only', () => {
    expect(findWrapWidth(page(MIN_WRAP_COLUMNS))).toBe(MIN_WRAP_COLUMNS);
    expect(findWrapWidth(page(MIN_WRAP_COLUMNS - 5))).toBeNull();
    const wide = (w: number) => {
      const long = `${paragraph} ${paragraph} ${paragraph}`;
      return [...wrap(long, w), '', ...wrap(long, w)];
    };
    expect(findWrapWidth(wide(MAX_WRAP_COLUMNS))).not.toBeNull();
    expect(findWrapWidth(wide(MAX_WRAP_COLUMNS + 8))).toBeNull();
  });

  it('needs MIN_FULL_LINES lines that stopped for want of room', () => {
    const few = wrap(paragraph, 72);
    expect(few.length - 1).toBeLessThan(MIN_FULL_LINES);
    expect(findWrapWidth(few)).toBeNull();
  });

  it('leaves a page of short lines and paragraphs alone', () => {
    const plain = ['Home', 'World', '', PROSE, '', PROSE];
    expect(findWrapWidth(plain)).toBeNull();
    expect(unwrapLines(plain)).toEqual(plain);
  });

  it('does not take a long link for the width', () => {
    const withUrl = [...page(72), '', `https://example.com/${'x'.repeat(120)}`];
    expect(findWrapWidth(withUrl)).toBe(72);
  });
});
