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
