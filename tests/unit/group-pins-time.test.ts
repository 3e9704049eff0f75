/**
 * Pins of how time joins or separates two reports, as exact factors: the decay after
 * `sameDays` down to the floor, an estimated date's day of slack, an undated report placed by
 * the day its lead mentions (a day's slack, across the turn of the year), and the years and
 * months undated reports name.
 */
import { describe, expect, it } from 'vitest';
import { buildVectors, DEFAULT_GROUPING, timeFactor, type GroupInput } from '../../src/core/group/vectors';

const o = DEFAULT_GROUPING;
/** The factor a pair `apart` days apart gets: 1 within sameDays, then e-fold decay per decayDays to the floor. */
const decay = (apart: number) =>
  o.timeFloor + (1 - o.timeFloor) * Math.exp(-Math.max(0, apart - o.sameDays) / o.decayDays);

const report = (id: string, date: string | null, lead = 'The ferry ran aground near Paros.', estimated = false) =>
  ({ id, title: 'Ferry runs aground', body: [lead], date, dateEstimated: estimated }) satisfies GroupInput;
const factor = (x: GroupInput, y: GroupInput, opts = o) => timeFactor(buildVectors([x, y], opts), 0, 1, opts);

describe('timeFactor of two dated reports', () => {
  it('decays by e for every decayDays past sameDays', () => {
    expect(factor(report('a', '2024-04-15'), report('b', '2024-04-17'))).toBe(1);
    expect(factor(report('a', '2024-04-15'), report('b', '2024-04-18'))).toBeCloseTo(decay(3), 12);
    expect(factor(report('a', '2024-04-20'), report('b', '2024-04-15'))).toBeCloseTo(decay(5), 12);
    expect(decay(5)).toBeCloseTo(0.5 + 0.5 * Math.exp(-1), 12);
  });

  it('takes a day off the distance when either date is estimated', () => {
    expect(factor(report('a', '2024-04-15', undefined, true), report('b', '2024-04-20'))).toBeCloseTo(decay(4), 12);
    expect(factor(report('a', '2024-04-15'), report('b', '2024-04-20', undefined, true))).toBeCloseTo(decay(4), 12);
    expect(factor(report('a', '2024-04-15', undefined, true), report('b', '2024-04-20', undefined, true))).toBeCloseTo(
      decay(4),
      12,
    );
  });

  it('follows the options it is given', () => {
    const opts = { ...o, sameDays: 0, decayDays: 10, timeFloor: 0.2 };
    expect(factor(report('a', '2024-04-15'), report('b', '2024-04-25'), opts)).toBeCloseTo(
      0.2 + 0.8 * Math.exp(-1),
      12,
    );
  });
});

describe('timeFactor of an undated report', () => {
  const mentions = (day: string) => report('b', null, `The ferry ran aground near Paros on ${day}.`);

  it('places it by the day its lead mentions, with a day of slack', () => {
    // 15 April against a mention of 12 April: three days, one forgiven.
    expect(factor(report('a', '2024-04-15'), mentions('April 12'))).toBe(1);
    expect(factor(report('a', '2024-04-15'), mentions('April 11'))).toBeCloseTo(decay(3), 12);
    expect(factor(mentions('April 21'), report('a', '2024-04-15'))).toBeCloseTo(decay(5), 12);
  });

  it('takes the nearest of the days it mentions, and reads them across the turn of the year', () => {
    expect(
      factor(report('a', '2024-04-15'), report('b', null, 'The ferry sailed on March 1 and ran aground on April 14.')),
    ).toBe(1);
    // 31 December to 5 January is five days, not 360; the months named differ, which costs the month factor.
    expect(factor(report('a', '2024-01-05'), mentions('December 31'))).toBeCloseTo(decay(4) * o.monthConflict, 12);
    expect(factor(report('a', '2024-01-05'), mentions('December 31'), { ...o, monthConflict: 1 })).toBeCloseTo(
      decay(4),
      12,
    );
  });

  it('reads only the headline and the first two paragraphs for the day', () => {
    const third = {
      ...report('b', null),
      body: ['The ferry ran aground.', 'Passengers waited.', 'It sailed on April 14.'],
    };
    expect(factor(report('a', '2024-04-15'), third)).toBe(o.undatedFactor);
    const second = { ...third, body: ['The ferry ran aground.', 'It sailed on April 14.'] };
    expect(factor(report('a', '2024-04-15'), second)).toBe(1);
  });

  it('lowers the factor when two reports name years or months and none in common', () => {
    const named = (lead: string) => report('b', null, lead);
    expect(factor(report('a', '2024-04-15'), named('The ferry, built in 1998, ran aground.'))).toBe(
      o.undatedFactor * o.yearConflict,
    );
    expect(factor(named('The ferry ran aground in 2019.'), named('The ferry ran aground in 2021.'))).toBe(
      o.undatedFactor * o.yearConflict,
    );
    expect(factor(named('The ferry ran aground in May 2021.'), named('The ferry ran aground in June 2021.'))).toBe(
      o.undatedFactor * o.monthConflict,
    );
    expect(factor(named('It ran aground in May 2019.'), named('It ran aground in June 2021.'))).toBe(
      o.undatedFactor * o.yearConflict * o.monthConflict,
    );
    expect(factor(named('It ran aground in 2021.'), named('It ran aground in 2021.'))).toBe(o.undatedFactor);
    // A mentioned day and a year of its own: both count.
    expect(factor(report('a', '2024-04-15'), named('It ran aground on April 11, 2019.'))).toBeCloseTo(
      decay(3) * o.yearConflict,
      12,
    );
  });

  it('judges two dated reports by their dates alone, whatever years they name', () => {
    expect(factor(report('a', '2024-04-15', 'Built in 1998.'), report('b', '2024-04-15', 'Built in 2003.'))).toBe(1);
  });
});
