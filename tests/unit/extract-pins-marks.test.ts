/**
 * Pins of the line shapes read before any weighing: a line that only says when (a date line,
 * as bylines and comment headers print it), and the blocks whose lines only make sense
 * together (a link card closed by "Read more", the rows of a numbered list). Each limit is
 * checked on both sides with lines written here.
 */
import { describe, expect, it } from 'vitest';
import { describeLine, type LineFeatures } from '../../src/core/extract/lines';
import { markLinkCards, markNumberedRows, NUMBERED_LIST_MIN_ROWS } from '../../src/core/extract/lists';
import { isTimestampLine } from '../../src/core/extract/timestamp';

const lines = (texts: string[]): LineFeatures[] => texts.map(describeLine);
/** `n` plain words that are no part of a date ("word word …"). */
const words = (n: number) => Array.from({ length: n }, () => 'desk').join(' ');

describe('isTimestampLine', () => {
  it('reads a date with its time, an age and a numeric date as date lines', () => {
    expect(isTimestampLine('Nov. 19, 2019, 8:41 AM UTC')).toBe(true);
    expect(isTimestampLine('2 hours ago')).toBe(true);
    expect(isTimestampLine('2019-11-19')).toBe(true);
    expect(isTimestampLine('19.11.2019')).toBe(true);
    expect(isTimestampLine('10:15 am')).toBe(true);
  });

  it('reads a month or a time alone only in a line of four words or fewer with a number', () => {
    expect(isTimestampLine('Sunday, March 3, 2024')).toBe(true);
    expect(isTimestampLine('Opened on Sunday, March 3, 2024')).toBe(false);
    expect(isTimestampLine('Clinching in November')).toBe(false);
  });

  it('reads an age word without a number only in a line of five words or fewer', () => {
    expect(isTimestampLine('Yesterday')).toBe(true);
    expect(isTimestampLine('Posted yesterday by the desk')).toBe(true);
    expect(isTimestampLine('Posted yesterday by the news desk')).toBe(false);
  });

  it('allows a line that ends like a sentence four words beside its date, not five', () => {
    expect(isTimestampLine('Posted by Jane Doe Nov. 18, 2019 9:24 pm.')).toBe(true);
    expect(isTimestampLine('Posted by Jane Anne Doe Nov. 18, 2019 9:24 pm.')).toBe(false);
    // Without the sentence's end the same words are a date line.
    expect(isTimestampLine('Posted by Jane Anne Doe Nov. 18, 2019 9:24 pm')).toBe(true);
  });

  it('allows twelve words beside the dates, not thirteen', () => {
    expect(isTimestampLine(`Nov 18, 2019 10:15 ${words(12)}`)).toBe(true);
    expect(isTimestampLine(`Nov 18, 2019 10:15 ${words(13)}`)).toBe(false);
  });

  it('allows a line of 110 characters, not a longer one', () => {
    const stamp = 'PUBLISHED: 00:01, Tue, Nov 19, 2019 | UPDATED: 10:43, Tue, Nov 19, 2019';
    const pad = (n: number) => `${stamp} ${'x'.repeat(n - stamp.length - 1)}`;
    expect(isTimestampLine(pad(110))).toBe(true);
    expect(isTimestampLine(pad(111))).toBe(false);
  });

  it('does not read a sentence that mentions a date, or an address with a date in it, as a date line', () => {
    expect(isTimestampLine('The findings were published today (Nov. 18) in the journal.')).toBe(false);
    expect(isTimestampLine('https://example.com/2019/11/19/council-budget')).toBe(false);
    expect(isTimestampLine('www.example.com/2019-11-19/story')).toBe(false);
  });

  it('does not read a line without any date cue as a date line', () => {
    expect(isTimestampLine('Council approves the budget')).toBe(false);
    expect(isTimestampLine('42')).toBe(false);
  });
});

describe('markLinkCards', () => {
  const TEASER =
    'The council voted on Tuesday to approve the budget for the coming year after weeks of debate about how to pay for the roads and';
  const HEADING = 'Council approves the budget after a long debate';

  it('turns the "Read more" under a headline and a blurb cut off into the card’s button, and the card into a link', () => {
    const ls = lines([HEADING, TEASER, 'Read more']);
    expect(ls[2]!.sectionBreak).toBe(true);
    markLinkCards(ls);
    expect([ls[0]!.link, ls[1]!.link]).toEqual([true, true]);
    expect(ls[2]).toMatchObject({ sectionBreak: false, chrome: true });
  });

  it('looks across blank lines, and at the two lines above the button only', () => {
    const ls = lines([HEADING, '', TEASER, '', 'Read more']);
    markLinkCards(ls);
    expect(ls[0]!.link).toBe(true);
    expect(ls[2]!.link).toBe(true);
    const far = lines([HEADING, 'Posted by the city desk', TEASER, 'Read more']);
    markLinkCards(far);
    expect(far[0]!.link).toBe(false);
    expect(far[2]!.link).toBe(true);
  });

  it('leaves a "Read more" that heads a section alone when the line above it is whole', () => {
    const ls = lines([HEADING, 'The council voted on Tuesday to approve the budget for the coming year.', 'Read more']);
    markLinkCards(ls);
    expect(ls[2]!.sectionBreak).toBe(true);
    expect([ls[0]!.link, ls[1]!.link]).toEqual([false, false]);
  });

  it('marks no heading of the card when the line above the blurb is not heading-like', () => {
    const ls = lines(['The council met.', TEASER, 'Read more']);
    markLinkCards(ls);
    expect(ls[0]!.link).toBe(false);
    expect(ls[1]!.link).toBe(true);
  });

  it('does nothing for a "Read more" at the top of the page', () => {
    const ls = lines(['Read more', TEASER]);
    markLinkCards(ls);
    expect(ls[0]!.sectionBreak).toBe(true);
    expect(ls[1]!.link).toBe(false);
  });
});

describe('markNumberedRows', () => {
  const row = (n: number | string) => `${n} Kyle Busch 5040 points`;
  const marked = (texts: string[]) => {
    const ls = lines(texts);
    markNumberedRows(ls);
    return ls.map((f) => f.numberedRow);
  };

  it(`marks rows whose numbers count up one by one, from ${NUMBERED_LIST_MIN_ROWS} rows, blank lines between allowed`, () => {
    expect(marked([row(1), row(2), row(3)])).toEqual([true, true, true]);
    expect(marked([row(1), '', row(2), '', row(3)])).toEqual([true, false, true, false, true]);
    expect(marked([row(1), row(2)])).toEqual([false, false]);
  });

  it('reads "3.", "4)", "#5" and "2a" as row numbers', () => {
    expect(marked(['3. Preheat the oven well', '4) Mix the flour in', '#5 Bake it for an hour'])).toEqual([
      true,
      true,
      true,
    ]);
    expect(marked(['1a etapa: 8 de abril', '2a etapa: 9 de abril', '3a etapa: 10 de abril'])).toEqual([
      true,
      true,
      true,
    ]);
  });

  it('starts a new run where the count breaks, and marks a run that ends the page', () => {
    expect(marked([row(1), row(2), row(4), row(5), row(6)])).toEqual([false, false, true, true, true]);
    expect(marked([row(3), row(2), row(1)])).toEqual([false, false, false]);
  });

  it('ends a run at a line that is not a row', () => {
    expect(marked([row(1), row(2), 'The standings after the race', row(3), row(4)])).toEqual([
      false,
      false,
      false,
      false,
      false,
    ]);
  });

  it('takes no gallery counter, clock time or line of under three words for a row', () => {
    expect(marked(['1 of 5 photos here', '2 of 5 photos here', '3 of 5 photos here'])).toEqual([false, false, false]);
    expect(marked(['10:30 Kyle Busch wins', '11:30 Kyle Busch wins', '12:30 Kyle Busch wins'])).toEqual([
      false,
      false,
      false,
    ]);
    expect(marked(['1 Busch', '2 Logano', '3 Larson'])).toEqual([false, false, false]);
  });
});
