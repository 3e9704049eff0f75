/**
 * Pins of the vectors as exact numbers: TF-IDF weights ((1 + ln count) × ln(1 + n / df), unit
 * length), what each part of an article counts (headline ×3, numbers ×2, subtitle and lead ×1,
 * only the first `leadWords` body words), the key names kept for the group evidence, and the
 * days, mentioned days and time marks each article is placed by.
 */
import { describe, expect, it } from 'vitest';
import { dayNumber } from '../../src/core/group/features';
import { buildVectors, DEFAULT_GROUPING, weighFeatures, type GroupInput } from '../../src/core/group/vectors';

const weightsByKey = (
  v: { vocabulary: string[]; ids: Int32Array[]; weights: Float64Array[] },
  a: number,
): Record<string, number> => Object.fromEntries([...v.ids[a]!].map((id, i) => [v.vocabulary[id]!, v.weights[a]![i]!]));

describe('weighFeatures', () => {
  it('weighs (1 + ln count) × ln(1 + n / df), then scales the article to unit length', () => {
    const w = weighFeatures(
      [
        new Map([
          ['quake', 4],
          ['chile', 1],
        ]),
        new Map([['quake', 1]]),
      ],
      1,
    );
    const quake = (1 + Math.log(4)) * Math.log(2);
    const chile = Math.log(3);
    const norm = Math.hypot(quake, chile);
    expect(weightsByKey(w, 0)).toEqual({
      quake: expect.closeTo(quake / norm, 12),
      chile: expect.closeTo(chile / norm, 12),
    });
    expect(weightsByKey(w, 1)).toEqual({ quake: 1 });
  });

  it('keeps a feature in exactly maxShare of the articles, drops one in more', () => {
    const counts = (...keys: string[][]) => keys.map((k) => new Map(k.map((x) => [x, 1])));
    const w = weighFeatures(counts(['said', 'quake'], ['said', 'chile'], ['ferry'], ['paros'], ['said']), 0.6);
    expect(Object.keys(weightsByKey(w, 0))).toEqual(['said', 'quake']);
    const more = weighFeatures(counts(['said', 'quake'], ['said', 'chile'], ['said'], ['paros'], ['said']), 0.6);
    expect(Object.keys(weightsByKey(more, 0))).toEqual(['quake']);
    expect(weightsByKey(more, 2)).toEqual({});
  });
});

describe('buildVectors', () => {
  /** With one article every feature has one IDF, so each weight is (1 + ln count) / norm. */
  const countsOf = (input: GroupInput, options = DEFAULT_GROUPING) => {
    const w = weightsByKey(buildVectors([input], options), 0);
    const unit = Math.min(...Object.values(w));
    return Object.fromEntries(Object.entries(w).map(([k, x]) => [k, Math.round(Math.exp(x / unit - 1) * 1000) / 1000]));
  };

  it('counts a headline word three times, a number twice more, subtitle and lead words once', () => {
    expect(
      countsOf({
        id: 'a',
        title: 'Antofagasta quake: 12 dead',
        subtitle: 'Quake damage',
        body: ['The quake killed 12 people near Antofagasta.'],
        date: null,
      }),
    ).toEqual({ antofagasta: 4, quake: 5, '#12': 8, dead: 3, damag: 1, kill: 1, peopl: 1 });
  });

  it('reads only the first leadWords words of the body', () => {
    const input = { id: 'a', title: 'Ferry', body: ['Passengers waited.', 'Divers searched the harbour.'], date: null };
    expect(countsOf(input, { ...DEFAULT_GROUPING, leadWords: 3 })).toEqual({
      ferry: 3,
      passenger: 1,
      wait: 1,
      diver: 1,
    });
    expect(Object.keys(countsOf(input, { ...DEFAULT_GROUPING, leadWords: 2 }))).toEqual(['ferry', 'passenger', 'wait']);
  });

  it('keeps as key features the names and numbers an article keeps after common features are dropped', () => {
    const inputs: GroupInput[] = ['a', 'b', 'c', 'd'].map((id, i) => ({
      id,
      title: `Officials in Oslo and Bergen${i === 0 ? ' and Tromso' : ''} counted 40${i} votes`,
      body: [],
      date: null,
    }));
    const v = buildVectors(inputs);
    const keys = (a: number) => [...v.keys![a]!].map((id) => v.vocabulary[id]);
    // Oslo and Bergen are in all four (more than half): dropped from the vectors and from the keys.
    expect(keys(0)).toEqual(['tromso', '#400']);
    expect(keys(1)).toEqual(['#401']);
    expect([...v.keys![0]!]).toEqual([...v.keys![0]!].sort((x, y) => x - y));
  });

  it('places each article by its date, an undated one by the days its headline and first two paragraphs mention', () => {
    const v = buildVectors([
      {
        id: 'a',
        title: 'Ferry sank on May 5',
        subtitle: 'Divers searched on 5 May and April 1',
        body: [
          'Passengers were rescued on March 3.',
          'The port reopened on June 9.',
          'An inquiry opens on July 1, 2019.',
        ],
        date: null,
      },
      {
        id: 'b',
        title: 'Ferry sank on May 5',
        body: ['The port reopened in 2023.'],
        date: '2024-02-01',
        dateEstimated: true,
      },
    ]);
    const doy = (md: string) => dayNumber(`2001-${md}`) - dayNumber('2001-01-01');
    expect(v.days).toEqual([null, dayNumber('2024-02-01')]);
    expect(v.dayOfYear).toEqual([-1, 31]);
    expect(v.mentioned).toEqual([[doy('05-05'), doy('04-01'), doy('03-03'), doy('06-09')], []]);
    expect(v.estimated).toEqual([false, true]);
    expect(v.marks!.map((m) => [[...m.years].sort(), [...m.months].sort((x, y) => x - y)])).toEqual([
      [[2019], [2, 3, 4, 5, 6]],
      [
        [2023, 2024],
        [1, 4],
      ],
    ]);
  });
});
