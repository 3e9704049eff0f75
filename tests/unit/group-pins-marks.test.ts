/**
 * Pins of time marks at their edges: the years 1950–2099 and no number around them, each way a
 * month is named as a date (after a word that places it, before a day or year, after a day),
 * only when capitalised, and a lead cut at exactly its word budget.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  leadOf,
  marksFactor,
  MIN_PLACING_REPORTS,
  placedElsewhere,
  timeMarks,
  timeMarksRule,
  type TimeMarks,
} from '../../src/core/group/marks';

const years = (text: string) => [...timeMarks(text, null).years].sort();
const months = (text: string) => [...timeMarks(text, null).months].sort((x, y) => x - y);

describe('timeMarks: years', () => {
  it('reads years from 1950 to 2099 and none outside', () => {
    expect(years('Built in 1950, rebuilt in 2099.')).toEqual([1950, 2099]);
    expect(years('Built in 1949, rebuilt in 2100.')).toEqual([]);
    expect(years('In 1999 and again in 2000 and 2001.')).toEqual([1999, 2000, 2001]);
  });

  it('reads a year before a comma or full stop that ends a clause, not inside a longer number', () => {
    expect(years('In 2008, the patch came. It was 2013.')).toEqual([2008, 2013]);
    expect(years('It cost 2,008 or 2008.5 or 12008 or 20081 or 1.2008 dollars.')).toEqual([]);
  });
});

describe('timeMarks: months', () => {
  it('reads a month after a word that places it in time', () => {
    expect(months('It began in May.')).toEqual([4]);
    expect(months('It ended last December.')).toEqual([11]);
    expect(months('It resumes mid-March and again early-June.')).toEqual([2, 5]);
    expect(months('Talks since Jan. and until Feb.')).toEqual([0, 1]);
  });

  it('reads a month before a day or a year, and after a day', () => {
    expect(months('Sept 3 saw rain.')).toEqual([8]);
    expect(months('Aug 2013 saw rain.')).toEqual([7]);
    expect(months('Rain came on the 3rd of November.')).toEqual([10]);
    expect(months('Rain came, 21 July.')).toEqual([6]);
  });

  it('reads no month in lower case, and none a name or a verb stands for', () => {
    expect(months('It began in may and in june.')).toEqual([]);
    expect(months('Theresa May said April Smith would March.')).toEqual([]);
    expect(months('Maybe Marching Decembers.')).toEqual([]);
  });

  it('adds the month and year of the date to those named', () => {
    const m = timeMarks('It began in May 2019.', '2024-11-02');
    expect([...m.years].sort()).toEqual([2019, 2024]);
    expect([...m.months].sort((x, y) => x - y)).toEqual([4, 10]);
  });
});

describe('leadOf', () => {
  it('takes the first words of the paragraphs, cutting the last one at the budget', () => {
    expect(leadOf(['one two three', 'four five', 'six'], 5)).toBe('one two three\nfour five');
    expect(leadOf(['one two three', 'four five', 'six'], 4)).toBe('one two three\nfour');
    expect(leadOf(['one two three', 'four five', 'six'], 3)).toBe('one two three');
    expect(leadOf(['one two three', 'four five', 'six'], 0)).toBe('');
    expect(leadOf(['  one   two  ', 'three'], 2)).toBe('  one   two  ');
    expect(leadOf(['', 'one two'], 1)).toBe('\none');
  });

  it('property: counts words as splitting at white space of every kind does', () => {
    // The words as \s+ splits them, and the text cut as that split would cut it.
    const bySplit = (paragraphs: string[], words: number) => {
      const out: string[] = [];
      let budget = words;
      for (const p of paragraphs) {
        if (budget <= 0) break;
        const w = p.split(/\s+/).filter((x) => x.length > 0);
        out.push(w.length > budget ? w.slice(0, budget).join(' ') : p);
        budget -= w.length;
      }
      return out.join('\n');
    };
    const piece = fc.constantFrom(
      'ab',
      'Kyiv',
      '2025',
      ' ',
      '  ',
      '\t',
      '\n',
      '\u00a0',
      '\u2009',
      '\u3000',
      '\ufeff',
      '\u200b',
      '—',
      '.',
    );
    const paragraph = fc.array(piece, { maxLength: 12 }).map((xs) => xs.join(''));
    fc.assert(
      fc.property(fc.array(paragraph, { maxLength: 5 }), fc.integer({ min: 0, max: 12 }), (paragraphs, words) => {
        expect(leadOf(paragraphs, words)).toBe(bySplit(paragraphs, words));
      }),
      { numRuns: 300 },
    );
  });
});

describe('marksFactor', () => {
  const o = { yearConflict: 0.5, monthConflict: 0.25 };

  it('costs nothing when either report names no mark of a kind, or both share one', () => {
    const none = timeMarks('Nothing named.', null);
    const both = timeMarks('In May 2019 and June 2020.', null);
    expect(marksFactor(none, both, o)).toBe(1);
    expect(marksFactor(both, none, o)).toBe(1);
    expect(marksFactor(both, timeMarks('In June 2020.', null), o)).toBe(1);
    expect(marksFactor(both, timeMarks('In June 2021.', null), o)).toBe(0.5);
    expect(marksFactor(both, timeMarks('In July 2020.', null), o)).toBe(0.25);
    expect(marksFactor(timeMarks('In July 2021.', null), both, o)).toBe(0.125);
  });
});

describe('placedElsewhere and timeMarksRule', () => {
  const months = (...m: number[]): TimeMarks => ({ years: new Set(), months: new Set(m) });
  // Reports 0–2 undated, naming December (11); reports 3–5 dated in April (3), naming nothing.
  const marks = [months(11), months(11), months(11, 10), months(3), months(3), months(3)];
  const dated = [null, null, null, 3, 3, 3];
  const undatedGroup = [0, 1, 2];
  const datedGroup = [3, 4, 5];

  it('places a group whose undated reports name only other months than the other group is dated in', () => {
    expect(MIN_PLACING_REPORTS).toBe(2);
    expect(placedElsewhere(undatedGroup, datedGroup, marks, dated)).toBe(true);
    expect(placedElsewhere([0, 1], datedGroup, marks, dated)).toBe(true);
    expect(placedElsewhere([0], datedGroup, marks, dated)).toBe(false);
    // The dated group has no undated reports to place it.
    expect(placedElsewhere(datedGroup, undatedGroup, marks, dated)).toBe(false);
  });

  it('takes one undated report naming a month of the other group, or a month beside it, as agreement', () => {
    const near = [months(11), months(11), months(4), months(3), months(3), months(3)];
    expect(placedElsewhere(undatedGroup, datedGroup, near, dated)).toBe(false);
    const two = [months(11), months(11), months(5), months(3), months(3), months(3)];
    expect(placedElsewhere(undatedGroup, datedGroup, two, dated)).toBe(true);
  });

  it("counts a month a quarter of the other group's reports name as its time too", () => {
    const recalled = [months(11), months(11), months(11), months(3, 11), months(3), months(3)];
    expect(placedElsewhere(undatedGroup, datedGroup, recalled, dated)).toBe(false);
  });

  it('says nothing against a group with no dated report, or undated reports that name no month', () => {
    expect(placedElsewhere(undatedGroup, [0, 1], marks, dated)).toBe(false);
    const silent = [months(), months(), months(), months(3), months(3), months(3)];
    expect(placedElsewhere(undatedGroup, datedGroup, silent, dated)).toBe(false);
  });

  it('refuses a merge either way round', () => {
    const rule = timeMarksRule(marks, dated);
    const g = (members: number[]) => ({ members, cohesion: 0.5 });
    expect(rule(g(undatedGroup), g(datedGroup), 0.5)).toBe(false);
    expect(rule(g(datedGroup), g(undatedGroup), 0.5)).toBe(false);
    expect(rule(g([0]), g(datedGroup), 0.5)).toBe(true);
  });
});
