import { describe, expect, it } from 'vitest';
import { baselineQuotes } from '../../src/core/eval/quote-baseline';
import {
  aggregate,
  goldName,
  goldQuotes,
  quotedPassages,
  sameSpeaker,
  scoreArticle,
  splitParagraphs,
  wordOverlap,
  type Attribution,
} from '../../src/core/eval/quote-metric';

const TEXT = 'Budget vote delayed.\n\n"We need more time," Anna Berg said. Critics called it "a stalling tactic".';

/** An attribution whose content is `content` (found in TEXT) and source `source`. */
function attribution(content: string, source?: string): Attribution {
  const start = TEXT.indexOf(content);
  return {
    content: [{ spans: [[start, start + content.length]], text: content }],
    ...(source ? { source: [{ text: source }] } : {}),
  };
}

describe('splitParagraphs', () => {
  it('splits on blank lines and keeps offsets', () => {
    const paragraphs = splitParagraphs(TEXT);
    expect(paragraphs.map((p) => p.offset)).toEqual([0, 22]);
    expect(paragraphs[1]!.text.startsWith('"We need')).toBe(true);
  });
});

describe('quotedPassages', () => {
  it('finds double-quoted passages and skips apostrophes', () => {
    const t = `He said "yes" and 'no' but don't`;
    expect(quotedPassages(t, 0, t.length).map(([s, e]) => t.slice(s, e))).toEqual(['yes', 'no']);
  });
});

describe('goldQuotes', () => {
  it('takes the quoted passages inside attribution contents, per paragraph, with their sources', () => {
    const paragraphs = splitParagraphs(TEXT);
    const gold = goldQuotes(
      TEXT,
      [attribution('"We need more time,"', 'Anna Berg'), attribution('Budget vote')],
      paragraphs,
    );
    expect(gold).toEqual([{ paragraph: 1, start: 1, end: 19, source: 'Anna Berg' }]);
  });
});

describe('wordOverlap', () => {
  it('counts the gold words inside both spans', () => {
    expect(wordOverlap('one two three four', { start: 0, end: 18 }, { start: 4, end: 13 })).toEqual({
      gold: 4,
      shared: 2,
    });
  });
});

describe('goldName', () => {
  it('reads the name at the head of a source', () => {
    expect(goldName('Jane Doe, a spokeswoman for the ministry')).toEqual(['Jane', 'Doe']);
    expect(goldName('Sen. Ted Cruz (R-Texas)')).toEqual(['Sen.', 'Ted', 'Cruz']);
  });

  it('pronouns and generics name nobody', () => {
    expect(goldName('he')).toBeNull();
    expect(goldName('a source close to the talks')).toBeNull();
    expect(goldName('the campaign')).toBeNull();
    expect(goldName('officials')).toBeNull();
  });
});

describe('sameSpeaker', () => {
  it('a shared surname names the same person', () => {
    expect(sameSpeaker('Ted Cruz', 'Sen. Ted Cruz (R-Texas)')).toBe(true);
    expect(sameSpeaker('Dmitry Peskov', 'Peskov')).toBe(true);
    expect(sameSpeaker('Haley Morris', 'Spokeswoman Haley Morris')).toBe(true);
  });

  it('a different first name before the same surname is another person', () => {
    expect(sameSpeaker('Donald Trump', 'Eric Trump')).toBe(false);
    expect(sameSpeaker('J. Smith', 'John Smith')).toBe(true);
  });

  it('no prediction, or a gold source that names nobody, is never correct', () => {
    expect(sameSpeaker(null, 'Peskov')).toBe(false);
    expect(sameSpeaker('Peskov', 'he')).toBe(false);
  });
});

describe('scoreArticle and aggregate', () => {
  const paragraphs = splitParagraphs('"We need more time," Anna Berg said. Critics called it "a stalling tactic".');
  const gold = [
    { paragraph: 0, start: 1, end: 19, source: 'Anna Berg' },
    { paragraph: 0, start: 56, end: 73, source: 'Critics' },
  ];

  it('matches one-to-one at half the gold words and scores speakers on named gold sources', () => {
    const score = scoreArticle(paragraphs, gold, [
      { paragraph: 0, start: 1, end: 10, speaker: 'Berg' }, // "We need m…": 2 of 4 words, enough alone
      { paragraph: 0, start: 1, end: 18, speaker: 'Anna Berg' }, // all 4 words: the larger overlap wins
      { paragraph: 0, start: 58, end: 66, speaker: null }, // "stalling": 1 of 3 words, no match
    ]);
    expect(score.matched).toBe(1);
    expect(score.named).toBe(1);
    expect(score.speakerCorrect).toBe(1);
    expect(score.spurious).toHaveLength(2);
    expect(score.missed).toHaveLength(1);
    const totals = aggregate([score]);
    expect(totals.precision).toBeCloseTo(1 / 3);
    expect(totals.recall).toBeCloseTo(1 / 2);
    expect(totals.f1).toBeCloseTo(0.4);
    expect(totals.speakerAccuracy).toBe(1);
  });

  it('the baseline guesses the nearest "X said"', () => {
    expect(baselineQuotes([paragraphs[0]!.text])).toEqual([
      { paragraph: 0, start: 1, end: 19, speaker: 'Anna Berg' },
      { paragraph: 0, start: 56, end: 73, speaker: 'Anna Berg' },
    ]);
  });
});
