import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, findAbsoluteDate, findDateInLine, findRelativeDate } from '../../src/core/extract/dates';

describe('findAbsoluteDate', () => {
  it.each([
    ['STANISLAV POHORILOVMonday, 5 May 2025, 13:16', '2025-05-05', '13:16'],
    ['Nov 18, 2019 at 9:24 pm ET • 2 min read', '2019-11-18', '21:24'],
    ['First Published: Tuesday, November 19, 2019 08:38 AM', '2019-11-19', '08:38'],
    [' date 2025-05-05 All Sections', '2025-05-05', undefined],
    ['Posted 19.11.2019 12:00', '2019-11-19', '12:00'],
    ['12 March 2024', '2024-03-12', undefined],
  ])('reads %j', (text, date, time) => {
    const d = findAbsoluteDate(text);
    expect(d?.date).toBe(date);
    expect(d?.time).toBe(time);
    expect(d?.relative).toBe(false);
  });
  it('rejects impossible dates', () => {
    expect(findAbsoluteDate('31 February 2024')).toBeNull();
    expect(findAbsoluteDate('2024-13-01')).toBeNull();
  });
});

describe('findRelativeDate', () => {
  it('resolves "a day ago" glued to a source name against the reference day', () => {
    expect(findRelativeDate('Yahooa day ago', '2025-06-03')?.date).toBe('2025-06-02');
  });
  it('keeps minutes and hours on the reference day', () => {
    expect(findRelativeDate('time21 minutes ago', '2025-06-03')?.date).toBe('2025-06-03');
  });
  it('counts weeks and yesterday', () => {
    expect(findRelativeDate('2 weeks ago', '2025-03-01')?.date).toBe('2025-02-15');
    expect(findRelativeDate('Yesterday', '2025-01-01')?.date).toBe('2024-12-31');
  });
  it('gives nothing without a reference day rather than a guess', () => {
    expect(findRelativeDate('a day ago', null)).toBeNull();
  });
});

describe('findDateInLine', () => {
  it('ignores update and copyright dates', () => {
    expect(findDateInLine('Updated: 12 May 2025', null)).toBeNull();
    expect(findDateInLine('Copyright © 2025-01-01 Example', null)).toBeNull();
  });
});

describe('addDays', () => {
  it('crosses month and year ends', () => {
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
    expect(addDays('2024-12-31', 1)).toBe('2025-01-01');
  });
});

describe('findAbsoluteDate: all-digit dates', () => {
  it.each([
    ['By Jane Doe - 11/19/19 06:56 AM EST', '2019-11-19', '06:56'],
    ['21/06/2014 Jane Doe All, Books', '2014-06-21', undefined],
    ['11.14.2019 09:00 AM', '2019-11-14', '09:00'],
    ['5:45 AM PST 11/19/2019 by Jane Doe', '2019-11-19', undefined],
    ['19-11-2019', '2019-11-19', undefined],
    ['01.02.2019', '2019-02-01', undefined],
    ['by Example ／ 2016.12.01', '2016-12-01', undefined],
    ['2019/11/19 12:30', '2019-11-19', '12:30'],
  ])('reads %j', (text, date, time) => {
    const d = findAbsoluteDate(text);
    expect(d?.date).toBe(date);
    expect(d?.time).toBe(time);
  });
  it('reads a two-digit year of the 1990s as such', () => {
    expect(findAbsoluteDate('posted 12/24/98')?.date).toBe('1998-12-24');
  });
  it('gives nothing for a slashed date whose day and month could be either', () => {
    expect(findAbsoluteDate('05/10/2018 - Publicado por')).toBeNull();
  });
  it('reads a two-digit year only with slashes, not in a dotted version number', () => {
    expect(findAbsoluteDate('version 3.14.15')).toBeNull();
  });
  it('does not read a date out of a longer number', () => {
    expect(findAbsoluteDate('ref 111/19/2019')).toBeNull();
  });
});

describe('findAbsoluteDate: month names beyond English', () => {
  it.each([
    ['segunda-feira, 22 de janeiro de 2018 às 0:13', '2018-01-22', '00:13'],
    ['martes, 19 de noviembre de 2019', '2019-11-19', undefined],
    ['Posted on Maret 30, 2015 by Admin', '2015-03-30', undefined],
    ['Cartoni 02 Ago 2017', '2017-08-02', undefined],
    ['Текст: Анна Иванова · 24 сентября 2018', '2018-09-24', undefined],
    ['5. Mai 2019', '2019-05-05', undefined],
    ['12 décembre 2019', '2019-12-12', undefined],
    ['5th June 2019', '2019-06-05', undefined],
  ])('reads %j', (text, date, time) => {
    const d = findAbsoluteDate(text);
    expect(d?.date).toBe(date);
    expect(d?.time).toBe(time);
  });
  it('reads East Asian dates', () => {
    expect(findAbsoluteDate('2019年11月19日 10:00')?.date).toBe('2019-11-19');
    expect(findAbsoluteDate('입력 2019년 11월 19일')?.date).toBe('2019-11-19');
  });
  it('does not take the start of a longer word for a month', () => {
    expect(findAbsoluteDate('Decimal 12, 2019')).toBeNull();
    expect(findAbsoluteDate('Marching 3 2019')).toBeNull();
  });
});

describe('findDateInLine: publication and update on one line', () => {
  it('takes the date before an update phrase', () => {
    const d = findDateInLine('Mon 18 Nov 2019 18.54 GMT Last modified on Tue 19 Nov 2019 08.56 GMT', null);
    expect(d).toMatchObject({ date: '2019-11-18', time: '18:54' });
  });
  it('takes the date after "Posted" even when an update comes first', () => {
    const line = 'Updated Nov 19, 2019 9:41 AM; Posted Nov 18, 2019 8:19 PM';
    const d = findDateInLine(line, null);
    expect(d).toMatchObject({ date: '2019-11-18', time: '20:19' });
    expect(line.slice(d!.index, d!.index + d!.match.length)).toBe(d!.match);
  });
  it('reads "Original" as the publication beside an update', () => {
    const line = 'Updated Nov. 19, 2019 8:21 am ET / Original Nov. 18, 2019 8:02 am ET';
    expect(findDateInLine(line, null)?.date).toBe('2019-11-18');
  });
  it('still reads a date printed before "Posted by"', () => {
    expect(findDateInLine('November 19, 2019 | Posted by Jane Doe', null)?.date).toBe('2019-11-19');
  });
  it('ignores a line that opens with an update and never says "Published"', () => {
    expect(findDateInLine('Updated 10:01 pm PST, Tuesday, November 19, 2019', null)).toBeNull();
  });
  it('stops the published part at a later update phrase', () => {
    expect(findDateInLine('PUBLISHED: 10:48, Tue | UPDATED: 11:05, Tue, Nov 19, 2019', null)).toBeNull();
  });
});

describe('findDateInLine (properties)', () => {
  it('never throws, and a date it finds is a real day printed where it says', () => {
    const pieces = fc.constantFrom(
      '2019',
      '11',
      '/',
      '.',
      '-',
      ' ',
      'Nov',
      'de',
      'Updated',
      'Posted',
      '年',
      '5th',
      ':',
      'am',
    );
    fc.assert(
      fc.property(fc.array(fc.oneof(pieces, fc.string()), { maxLength: 12 }), (parts) => {
        const text = parts.join('');
        const d = findDateInLine(text, '2025-06-03');
        if (!d) return;
        expect(addDays(d.date, 0)).toBe(d.date);
        expect(text.slice(d.index, d.index + d.match.length)).toBe(d.match);
      }),
    );
  });
});
