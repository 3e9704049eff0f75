import { describe, expect, it } from 'vitest';
import {
  authorsFromBio,
  authorsInLine,
  findAuthors,
  isPersonName,
  trailingAuthorNote,
} from '../../src/core/extract/byline';

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
  it.each([
    ['By JEFFREY EXAMPLE JAN. 13, 2017', ['Jeffrey Example']],
    ['Dan Example - Apr 16, 2015', ['Dan Example']],
    ['Jan de Vries | 3 May 2019', ['Jan de Vries']],
    ['By Mike Example 2019-11-18T20:51:19Z Science & Astronomy', ['Mike Example']],
    ['Von Moritz Beispiel publiziert am 30. Juli 2018', ['Moritz Beispiel']],
    ['Por Ana Ejemplo y Luis Ejemplo', ['Ana Ejemplo', 'Luis Ejemplo']],
    ['By Sean Example Sean Example', ['Sean Example']],
    ['By Ann Lee Staff Writer', ['Ann Lee']],
  ])('reads the name before a date, a section or a repeat in %j', (line, names) => {
    expect(authorsInLine(line)).toEqual(names);
  });
  it('does not take a capitalised product name before a figure, or a sentence, for a byline', () => {
    expect(authorsInLine('TOYOTA RAV4 PRIME')).toEqual([]);
    expect(authorsInLine('TERROR LEVEL 100')).toEqual([]);
    expect(authorsInLine('Breaking News - 5 May 2019')).toEqual([]);
    expect(authorsInLine('Por qué ganó el alcalde')).toEqual([]);
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

describe('trailingAuthorNote', () => {
  const body = ['The council met.', 'It voted.', 'The mayor spoke.', 'The budget passed.'];
  it('counts the closing paragraphs that name the article’s author in full', () => {
    expect(trailingAuthorNote([...body, 'Ann Example covers the city hall for the paper.'], ['Ann Example'])).toBe(1);
    expect(
      trailingAuthorNote([...body, 'Ann Example covers the city hall.', 'Write to Ann Example.'], ['Ann Example']),
    ).toBe(2);
  });
  it('keeps a short piece, an author named earlier and a page without a byline whole', () => {
    expect(trailingAuthorNote(['The council met.', 'Ann Example wrote it.'], ['Ann Example'])).toBe(0);
    expect(trailingAuthorNote(['Ann Example reports.', ...body], ['Ann Example'])).toBe(0);
    expect(trailingAuthorNote([...body, 'Ann Example covers the city.'], [])).toBe(0);
  });
});
