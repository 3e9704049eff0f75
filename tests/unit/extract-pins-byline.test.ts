/**
 * Pins of who wrote an article and when: bylines in their common shapes read as authors
 * (editors, desks and agencies not), author boxes, and dates as pages print them, absolute
 * and relative, with update and copyright dates left out.
 */
import { describe, expect, it } from 'vitest';
import {
  authorsFromBio,
  authorsInLine,
  BIO_WINDOW,
  findAuthors,
  isPersonName,
  splitNames,
} from '../../src/core/extract/byline';
import { addDays, findAbsoluteDate, findDateInLine, findRelativeDate } from '../../src/core/extract/dates';

describe('authorsInLine', () => {
  it.each([
    ['By Ann Lee and Bob Stone | Example Times', ['Ann Lee', 'Bob Stone']],
    ['By Ann Lee, Bob Stone & Carl Dunn', ['Ann Lee', 'Bob Stone', 'Carl Dunn']],
    ['Posted by Michael David Smith on November 19, 2019', ['Michael David Smith']],
    ["Author's name Pavel Morozov", ['Pavel Morozov']],
    ['STANISLAV POHORILOVMonday, 5 May 2025, 13:16', ['Stanislav Pohorilov']],
    ['By JEFFREY GETTLEMAN JAN. 13, 2017', ['Jeffrey Gettleman']],
    ['By Ann Lee, Associated Press', ['Ann Lee']],
    ['By Sean Martin Sean Martin', ['Sean Martin']],
    ['Von Moritz Bachmann publiziert am 3. Mai', ['Moritz Bachmann']],
    ['By Ludwig van Beethoven', ['Ludwig van Beethoven']],
  ])('reads %j as a byline', (line, names) => {
    expect(authorsInLine(line)).toEqual(names);
  });

  it('reads a name and a date with only a separator between as a byline', () => {
    expect(authorsInLine('Dan Goodin - Apr 16, 2015')).toEqual(['Dan Goodin']);
    expect(authorsInLine('Ann Lee | 19 November 2019')).toEqual(['Ann Lee']);
  });

  it('does not take editors, desks or ordinary lines for authors', () => {
    for (const line of [
      'Edited by Jane Doe',
      'By the News Desk',
      'By Staff',
      'The council voted by a wide margin',
      'TOYOTA RAV4 2019',
      '',
    ])
      expect(authorsInLine(line)).toEqual([]);
  });

  it('reads no byline in a line longer than 160 characters', () => {
    const line = (n: number) => `By Ann Lee ${'x'.repeat(n - 'By Ann Lee '.length)}`;
    expect(authorsInLine(line(160))).toEqual(['Ann Lee']);
    expect(authorsInLine(line(161))).toEqual([]);
  });
});

describe('splitNames and isPersonName', () => {
  it('splits a byline tail at commas, "and" and ampersands, up to the outlet', () => {
    expect(splitNames('Ann Lee, Bob Stone and Carl Dunn | Example Times')).toEqual([
      'Ann Lee',
      'Bob Stone',
      'Carl Dunn',
    ]);
    expect(splitNames('JANE EXAMPLE')).toEqual(['Jane Example']);
  });

  it('takes two to four capitalised words, with name particles, as a person’s name', () => {
    expect(isPersonName('Jane Example')).toBe(true);
    expect(isPersonName('Anna Maria de Lopez')).toBe(true);
    expect(isPersonName('Jane')).toBe(false);
    expect(isPersonName('Anna Maria de la Cruz')).toBe(false);
  });

  it('does not take words that are no names, digits or symbols for a name', () => {
    for (const t of ['The News Desk', 'Reuters Staff', 'Jane Example 2', 'Jane@Example Times', 'March Monday'])
      expect(isPersonName(t)).toBe(false);
  });

  it('takes names of 4 to 50 characters', () => {
    expect(isPersonName('Al Bo')).toBe(true);
    expect(isPersonName('A B')).toBe(false);
    const long = (n: number) => `Anna ${'B'.repeat(n - 6)}x`;
    expect(isPersonName(long(50))).toBe(true);
    expect(isPersonName(long(51))).toBe(false);
  });
});

describe('author boxes', () => {
  it('finds the author of a name line followed by a bio that opens with the name', () => {
    for (const verb of ['is', 'was', 'has'])
      expect(
        authorsFromBio(['Jane Example', 'Follow', `Jane Example ${verb} a reporter at the Example Times.`]),
      ).toEqual(['Jane Example']);
  });

  it('looks BIO_WINDOW lines below the name, and needs the bio to open with it', () => {
    const pad = (n: number) => Array.from({ length: n }, () => 'Follow');
    const bio = 'Jane Example is a reporter at the Example Times.';
    expect(authorsFromBio(['Jane Example', ...pad(BIO_WINDOW - 1), bio])).toEqual(['Jane Example']);
    expect(authorsFromBio(['Jane Example', ...pad(BIO_WINDOW), bio])).toEqual([]);
    expect(authorsFromBio(['Jane Example', 'A reporter, Jane Example is at the Times.'])).toEqual([]);
  });

  it('merges the bylines and author boxes of header and footer, without repeats', () => {
    expect(
      findAuthors(
        ['By Jane Example'],
        ['Jane Example', 'Jane Example is a reporter.', 'By Bob Stone', 'Carl Dunn', 'Carl Dunn was an editor.'],
      ),
    ).toEqual(['Jane Example', 'Bob Stone', 'Carl Dunn']);
    expect(findAuthors(['Ann Lee', 'Ann Lee is a reporter.'], [])).toEqual(['Ann Lee']);
    expect(findAuthors([], [])).toEqual([]);
  });
});

describe('findAbsoluteDate', () => {
  it.each([
    ['22 de janeiro de 2018', '2018-01-22'],
    ['2019年11月19日', '2019-11-19'],
    ['2016.12.01', '2016-12-01'],
    ['2019/11/19', '2019-11-19'],
    ['01.02.2019', '2019-02-01'],
    ['11/19/95', '1995-11-19'],
    ['30 Maret 2015', '2015-03-30'],
    ['Tuesday, 5th May 2025', '2025-05-05'],
  ])('reads %j', (text, date) => {
    expect(findAbsoluteDate(text)?.date).toBe(date);
  });

  it('reads the clock of a date, noon and midnight included', () => {
    expect(findAbsoluteDate('May 3, 2024 12:30 am')?.time).toBe('00:30');
    expect(findAbsoluteDate('May 3, 2024 12:30 pm')?.time).toBe('12:30');
    expect(findAbsoluteDate('May 3, 2024 at 9:05 p.m.')?.time).toBe('21:05');
    expect(findAbsoluteDate('2024-05-03T07:45')?.time).toBe('07:45');
    expect(findAbsoluteDate('May 3, 2024 25:30')?.time).toBeUndefined();
  });

  it('gives nothing for an all-digit date that could be read either way with slashes', () => {
    expect(findAbsoluteDate('05/10/2018')).toBeNull();
  });

  it('gives the first date of a line, and where it stands', () => {
    expect(findAbsoluteDate('Posted 3 May 2024, updated 2024-05-04')).toMatchObject({ date: '2024-05-03', index: 7 });
  });

  it('rejects days a month does not have, leap days included', () => {
    expect(findAbsoluteDate('29 February 2024')?.date).toBe('2024-02-29');
    expect(findAbsoluteDate('29 February 2023')).toBeNull();
    expect(findAbsoluteDate('29 February 2100')).toBeNull();
    expect(findAbsoluteDate('29 February 2000')?.date).toBe('2000-02-29');
    expect(findAbsoluteDate('31 April 2024')).toBeNull();
  });

  it('reads no date from a number inside a longer one or a year out of range', () => {
    expect(findAbsoluteDate('211/19/2019')).toBeNull();
    expect(findAbsoluteDate('2016.12.015')).toBeNull();
    expect(findAbsoluteDate('3 May 1850')).toBeNull();
  });
});

describe('findRelativeDate', () => {
  it('counts days, weeks, months and years back from the reference day', () => {
    expect(findRelativeDate('3 days ago', '2024-12-31')?.date).toBe('2024-12-28');
    expect(findRelativeDate('a week ago', '2024-12-31')?.date).toBe('2024-12-24');
    expect(findRelativeDate('3 months ago', '2024-12-31')?.date).toBe('2024-10-02');
    expect(findRelativeDate('1 year ago', '2024-12-31')?.date).toBe('2024-01-01');
  });

  it('keeps seconds, minutes, hours and "just now" on the reference day', () => {
    for (const t of ['an hour ago', '30 sec ago', '5 mins ago', 'just now', 'Today'])
      expect(findRelativeDate(t, '2024-12-31')).toMatchObject({ date: '2024-12-31', relative: true });
  });

  it('gives the phrase and where it stands', () => {
    expect(findRelativeDate('Yahoo 2 hours ago', '2024-12-31')).toMatchObject({ index: 6, match: '2 hours ago' });
  });

  it('gives nothing for yesterday or today without a reference day', () => {
    expect(findRelativeDate('Yesterday', null)).toBeNull();
    expect(findRelativeDate('today', null)).toBeNull();
    expect(findRelativeDate('The council met.', '2024-12-31')).toBeNull();
  });
});

describe('findDateInLine', () => {
  it('reads the publication date where a line gives an update too', () => {
    expect(findDateInLine('Updated Nov 19, 2019 / Original Nov 18, 2019', null)?.date).toBe('2019-11-18');
    expect(findDateInLine('Mon 18 Nov 2019 18.54 GMT Last modified on 19 Nov 2019', null)).toMatchObject({
      date: '2019-11-18',
      time: '18:54',
    });
  });

  it('prefers an absolute date to a relative one, and takes a relative one alone', () => {
    expect(findDateInLine('2 days ago · 3 May 2024', '2024-06-01')?.date).toBe('2024-05-03');
    expect(findDateInLine('2 days ago', '2024-06-01')).toMatchObject({ date: '2024-05-30', relative: true });
  });
});

describe('addDays', () => {
  it('counts forward and back across a leap day', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2023-02-28', 1)).toBe('2023-03-01');
    expect(addDays('2024-01-10', -10)).toBe('2023-12-31');
    expect(addDays('2024-01-10', 0)).toBe('2024-01-10');
  });
});
