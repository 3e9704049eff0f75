import { describe, expect, it } from 'vitest';
import { authorsFromBio, authorsInLine, findAuthors, isPersonName } from '../../src/core/extract/byline';

describe('authorsInLine', () => {
  it.each([
    ['STANISLAV POHORILOVMonday, 5 May 2025, 13:16', ['Stanislav Pohorilov']],
    ['By Amy Kuperinsky | NJ Advance Media for NJ.com', ['Amy Kuperinsky']],
    ['by Bryan DeArdo', ['Bryan DeArdo']],
    ['Posted by Michael David Smith on November 19, 2019, 6:21 AM EST', ['Michael David Smith']],
    ['Author`s name Pavel Morozov', ['Pavel Morozov']],
    ['By Anna Smith and John Doe', ['Anna Smith', 'John Doe']],
    ['By JOHN SMITH, Associated Press', ['John Smith']],
    ['By Ann Lee, Staff Writer', ['Ann Lee']],
  ])('reads %j', (line, names) => {
    expect(authorsInLine(line)).toEqual(names);
  });
  it('does not take editors for authors', () => {
    expect(authorsInLine('Editor Dmitry Sudakov')).toEqual([]);
    expect(authorsInLine('Edited by Jane Roe')).toEqual([]);
  });
  it('does not take ordinary lines for bylines', () => {
    expect(authorsInLine('Subscribe to our newsletter')).toEqual([]);
    expect(authorsInLine('By the end of the year, prices rose.')).toEqual([]);
  });
});

describe('authorsFromBio', () => {
  it('finds the author of an author box whose bio repeats the name', () => {
    expect(
      authorsFromBio([
        'Avatar',
        'Kateryna Hodunova',
        '',
        'News Editor',
        '',
        'Kateryna Hodunova is a News Editor at the Kyiv Independent.',
      ]),
    ).toEqual(['Kateryna Hodunova']);
  });
  it('needs the bio to start with the name', () => {
    expect(authorsFromBio(['Donald Trump', 'The president said on Monday.'])).toEqual([]);
  });
});

describe('findAuthors', () => {
  it('merges header and footer names without repeats', () => {
    expect(findAuthors(['By Jane Example'], ['Jane Example', 'Jane Example is a reporter.'])).toEqual(['Jane Example']);
  });
});

describe('isPersonName', () => {
  it('accepts two to four capitalised words and rejects dates and labels', () => {
    expect(isPersonName('Ludwig van Beethoven')).toBe(true);
    expect(isPersonName('Monday May')).toBe(false);
    expect(isPersonName('News Editor')).toBe(false);
    expect(isPersonName('Madonna')).toBe(false);
  });
});
