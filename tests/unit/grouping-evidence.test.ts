import { describe, expect, it } from 'vitest';
import { coverage, keyFeatureKeys } from '../../src/core/group/evidence';
import { groupArticles } from '../../src/core/group/group';
import { agreementFactor, buildVectors, DEFAULT_GROUPING, type GroupInput } from '../../src/core/group/vectors';
import { HAPPENINGS } from '../helpers';

/**
 * Invented happenings of one kind: two earthquakes in different places, on different days,
 * with other tolls and magnitudes, told in the kind's common words. Neither report is
 * dated (as many scraped pages are not), so time cannot keep them apart.
 */
const QUAKE_MARNOSA: GroupInput[] = [
  {
    id: 'q-marnosa-1',
    title: 'Strong earthquake kills 14 in Marnosa province',
    body: [
      'A strong earthquake struck Marnosa province on March 3, killing 14 people and injuring dozens, officials said.',
      'The quake had a magnitude of 6.4 and its epicentre lay near the town of Veldrin, the geological institute said.',
      'Rescue teams searched collapsed buildings through the night as aftershocks shook the region.',
      'Governor Ilse Carovan said schools would stay closed while engineers inspected damaged homes.',
    ],
    date: null,
  },
  {
    id: 'q-marnosa-2',
    title: 'Veldrin residents sleep outdoors after deadly Marnosa quake',
    body: [
      'Residents of Veldrin spent the night in the streets after a magnitude 6.4 earthquake hit Marnosa province on March 3.',
      'Governor Ilse Carovan put the death toll at 14 and said rescue teams were still searching the rubble of collapsed buildings.',
      'Aftershocks rattled the region and damaged homes were being inspected by engineers, she said.',
    ],
    date: null,
  },
];
const QUAKE_OSTREV: GroupInput[] = [
  {
    id: 'q-ostrev-1',
    title: 'Nine dead as quake hits Ostrev region',
    body: [
      'A magnitude 5.8 tremor shook the Ostrev region on October 21, leaving 9 people dead near Pellarca.',
      'Rescue teams searched collapsed buildings for survivors.',
      'Mayor Tomas Reyno asked residents of Pellarca to stay out of damaged homes until engineers had checked them.',
    ],
    date: null,
  },
];

/** Unrelated happenings, so that document frequencies look like a corpus's. */
const OTHERS: GroupInput[] = HAPPENINGS.slice(1).flatMap((h, k) =>
  [0, 1].map((n) => ({
    id: `o-${k}-${n}`,
    title: h.title,
    body: h.sentences.map((_, i) => h.sentences[(i + n) % h.sentences.length]!),
    date: null,
  })),
);

const WITHOUT_EVIDENCE = { disagreementFloor: 1 };

function together(inputs: readonly GroupInput[], a: string, b: string, options = {}): boolean {
  const g = groupArticles(inputs, options);
  const at = (id: string) => g.inputs.findIndex((x) => x.id === id);
  return g.groups.some((grp) => grp.includes(at(a)) && grp.includes(at(b)));
}

describe('keyFeatureKeys', () => {
  it('takes the names and numbers of the headline and lead, not the kind words', () => {
    const keys = keyFeatureKeys(QUAKE_MARNOSA[0]!.title, QUAKE_MARNOSA[0]!.body);
    expect([...keys]).toEqual(expect.arrayContaining(['marnosa', 'veldrin', 'ilse', 'carovan', '#14', '#6.4']));
    expect(keys.has('earthquak')).toBe(false);
    expect(keys.has('rescu')).toBe(false);
  });

  it('does not read a title-case headline as names unless the lead names them too', () => {
    const keys = keyFeatureKeys('Strong Earthquake Shakes Marnosa Province', [
      'Officials in Marnosa counted the damage.',
    ]);
    expect(keys.has('marnosa')).toBe(true);
    expect(keys.has('shak')).toBe(false);
    expect(keys.has('provinc')).toBe(false);
  });
});

describe('coverage', () => {
  it('weighs the share of one article’s key features the other carries, and is 1 without any', () => {
    const v = buildVectors([...QUAKE_MARNOSA, ...QUAKE_OSTREV, ...OTHERS]);
    const keys = v.keys!;
    expect(coverage(keys, v.ids, v.df, 0, 1)).toBeGreaterThan(0.6);
    expect(coverage(keys, v.ids, v.df, 0, 2)).toBeLessThan(0.2);
    expect(coverage([new Int32Array(0)], v.ids, v.df, 0, 1)).toBe(1);
  });
});

describe('grouping with evidence of names and numbers', () => {
  const inputs = [...QUAKE_MARNOSA, ...QUAKE_OSTREV, ...OTHERS];

  it('keeps two earthquakes in different places, on different days, with other tolls apart', () => {
    expect(together(inputs, 'q-marnosa-1', 'q-ostrev-1')).toBe(false);
  });

  it('needs that evidence: the kind words alone would merge them', () => {
    expect(together(inputs, 'q-marnosa-1', 'q-ostrev-1', WITHOUT_EVIDENCE)).toBe(true);
  });

  it('still merges two differently worded reports of one earthquake', () => {
    expect(together(inputs, 'q-marnosa-1', 'q-marnosa-2')).toBe(true);
  });

  it('lowers the similarity of the two happenings and leaves the two reports whole', () => {
    const g = groupArticles(inputs);
    const at = (id: string) => g.inputs.findIndex((x) => x.id === id);
    expect(agreementFactor(g.vectors, at('q-marnosa-1'), at('q-ostrev-1'))).toBeLessThan(0.5);
    expect(agreementFactor(g.vectors, at('q-marnosa-1'), at('q-marnosa-2'))).toBe(1);
    expect(DEFAULT_GROUPING.disagreementFloor).toBeLessThan(1);
  });
});
