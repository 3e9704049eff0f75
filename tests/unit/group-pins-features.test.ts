/**
 * Pins of the features grouping compares: the light stemmer's rules at their length limits,
 * which tokens count (names, numbers, content words), quoted passages, mentioned days and
 * name phrases.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  dayNumber,
  mentionedDays,
  namePhrases,
  namePhrasesOf,
  QUOTE_SHINGLE,
  quoteShingles,
  stem,
  tokenize,
} from '../../src/core/group/features';

describe('stem', () => {
  it('brings plurals to their singular', () => {
    for (const [plural, singular] of [
      ['talks', 'talk'],
      ['stories', 'story'],
      ['flies', 'fly'],
      ['classes', 'class'],
      ['wishes', 'wish'],
      ['watches', 'watch'],
      ['boxes', 'box'],
      ['cats', 'cat'],
      ['ties', 'tie'],
    ])
      expect(stem(plural!)).toBe(stem(singular!));
  });

  it('leaves the s of -ss, -us and -is words and of three-letter words', () => {
    for (const w of ['boss', 'virus', 'crisis', 'gas', 'bus']) expect(stem(w)).toBe(w);
  });

  it('brings verb forms to one key', () => {
    expect(new Set(['launch', 'launched', 'launching', 'launches'].map(stem)).size).toBe(1);
    expect(new Set(['retire', 'retired', 'retiring'].map(stem)).size).toBe(1);
    expect(stem('hunting')).toBe('hunt');
    expect(stem('hinted')).toBe('hint');
  });

  it('keeps short words whole: no ending is taken that would leave a stub', () => {
    for (const w of ['bring', 'acting', 'bused', 'stone', 'used', 'red', 'sing', 'tie']) expect(stem(w)).toBe(w);
    expect(stem('become')).toBe('becom');
  });

  it('drops a possessive, straight or curly', () => {
    expect(stem("putin's")).toBe('putin');
    expect(stem('putin’s')).toBe('putin');
    expect(stem('witkoff’')).toBe('witkoff');
  });
});

describe('tokenize', () => {
  const keys = (text: string) => tokenize(text).map((t) => t.key);

  it('drops function words, newsroom verbs and words under three letters', () => {
    expect(keys('The mayor said an ox was in the council hall on Monday')).toEqual(['mayor', 'council', 'hall']);
  });

  it('keys numbers by their digits, without thousands separators, and drops single digits', () => {
    expect(keys('1,200 people and 1.200 more, 3 dogs, 2.5 million, 45% and 7')).toEqual([
      '#1200',
      'peopl',
      '#1200',
      'dog',
      '#2.5',
      'million',
      '#45',
    ]);
    expect(tokenize('45 people').map((t) => [t.number, t.name])).toEqual([
      [true, false],
      [false, false],
    ]);
  });

  it('marks a capital inside a sentence as a name, not after a sentence ends or a line breaks', () => {
    const names = (text: string) =>
      tokenize(text)
        .filter((t) => t.name)
        .map((t) => t.surface);
    expect(names('Officials said Peskov spoke in Moscow')).toEqual(['Peskov', 'Moscow']);
    expect(names('Talks ended. Peskov spoke! Moscow agreed? Kremlin: Russia\nUkraine replied')).toEqual([]);
    expect(names('It ended. "Peskov" spoke')).toEqual([]);
    expect(names('officials met Peskov')).toEqual(['Peskov']);
  });

  it('gives each token its place in the text, as written', () => {
    expect(tokenize('Officials met Peskov').map((t) => [t.surface, t.index])).toEqual([
      ['Officials', 0],
      ['met', 10],
      ['Peskov', 14],
    ]);
  });

  it('keeps a hyphenated or apostrophised word whole', () => {
    expect(tokenize("ceasefire-talks in Kyiv's centre").map((t) => t.surface)).toEqual([
      'ceasefire-talks',
      "Kyiv's",
      'centre',
    ]);
  });
});

describe('quoteShingles', () => {
  it('cuts a quoted passage into overlapping word triples, lower-cased', () => {
    expect(quoteShingles('He said “We Will rebuild the city” on Monday.')).toEqual([
      '"we will rebuild',
      '"will rebuild the',
      '"rebuild the city',
    ]);
  });

  it('gives one shingle for a quote of exactly QUOTE_SHINGLE words, none for fewer', () => {
    const words = ['alphabet', 'bravo', 'charlie', 'delta', 'echo'];
    expect(quoteShingles(`"${words.slice(0, QUOTE_SHINGLE).join(' ')}"`)).toHaveLength(1);
    expect(quoteShingles(`"${words.slice(0, QUOTE_SHINGLE + 1).join(' ')}"`)).toHaveLength(2);
    expect(quoteShingles(`"${words.slice(0, QUOTE_SHINGLE - 1).join(' ')}"`)).toEqual([]);
  });

  it('ignores quoted words too short to be a quote (a title, a nickname)', () => {
    expect(quoteShingles('the "Iron Lady" said')).toEqual([]);
  });
});

describe('mentionedDays', () => {
  it('reads a day before or after its month, in full or abbreviated', () => {
    expect(mentionedDays('on May 5, on 13th of April, Sept 3 and 1 Dec')).toEqual(['05-05', '04-13', '09-03', '12-01']);
  });

  it('drops days a month cannot have and numbers longer than a day', () => {
    expect(mentionedDays('32 May, May 0, May 512 and 0 June')).toEqual([]);
    expect(mentionedDays('May 31 and 31 May')).toEqual(['05-31', '05-31']);
  });
});

describe('dayNumber', () => {
  it('counts days from 1970-01-01 across a leap day', () => {
    expect(dayNumber('1970-01-01')).toBe(0);
    expect(dayNumber('1970-01-02')).toBe(1);
    expect(dayNumber('2024-03-01') - dayNumber('2024-02-28')).toBe(2);
    expect(dayNumber('2023-03-01') - dayNumber('2023-02-28')).toBe(1);
  });
});

describe('namePhrases', () => {
  it('keeps capitalised words that stand together as one name, without a possessive', () => {
    expect(namePhrases("Officials said Putin's envoy met Steve Witkoff, Jared Kushner and Moscow's mayor.")).toEqual([
      'Putin',
      'Steve Witkoff',
      'Jared Kushner',
      'Moscow',
    ]);
  });

  it('splits names that a comma or a lower-case word separates', () => {
    expect(namePhrases('talks between Russia, Ukraine and Turkey')).toEqual(['Russia', 'Ukraine', 'Turkey']);
  });

  it('is empty when the text names no one', () => {
    expect(namePhrases('the talks ended without a deal')).toEqual([]);
  });

  it('property: the same names from tokens that past some point hold only the names', () => {
    const word = fc.constantFrom(
      'Putin',
      'Steve',
      'Witkoff',
      'talks',
      'the',
      'and',
      'US',
      '2025',
      'May',
      'Kyiv’s',
      'ÉLYSÉE',
    );
    const gap = fc.constantFrom(' ', ', ', '. ', '\n', ' — ', ' "', '" ');
    const text = fc.array(fc.tuple(word, gap), { maxLength: 14 }).map((xs) => xs.map(([w, g]) => w + g).join(''));
    fc.assert(
      fc.property(text, fc.nat(), (t, at) => {
        const from = at % (t.length + 1);
        expect(namePhrasesOf(t, tokenize(t, from))).toEqual(namePhrases(t));
        // Before that point, every token as `tokenize` gives it.
        expect(tokenize(t, from).filter((x) => x.index < from)).toEqual(tokenize(t).filter((x) => x.index < from));
      }),
      { numRuns: 300 },
    );
  });
});
