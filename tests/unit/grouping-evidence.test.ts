import { describe, expect, it } from 'vitest';
import {
  ABSENT_SHARE,
  CORE_SHARE,
  coreContrast,
  groupMergeRule,
  keyFeatureKeys,
  MIN_GROUP_FOR_EVIDENCE,
} from '../../src/core/group/evidence';
import { groupArticles } from '../../src/core/group/group';
import { leadOf, marksFactor, timeMarks } from '../../src/core/group/marks';
import { buildVectors, DEFAULT_GROUPING, timeFactor, type GroupInput } from '../../src/core/group/vectors';
import { HAPPENINGS } from '../helpers';

/**
 * Invented happenings of one kind: two earthquakes in different places, with other tolls,
 * magnitudes and officials, told in the kind's common words, two reports each. None is
 * dated (as many scraped pages are not), so time cannot keep them apart; the third Marnosa
 * report names an official the others do not, as reports of one happening do.
 */
const QUAKE_MARNOSA: GroupInput[] = [
  {
    id: 'q-marnosa-1',
    title: 'Strong earthquake kills 14 in Marnosa province',
    body: [
      'A strong earthquake struck Marnosa province, killing 14 people and injuring dozens, officials said.',
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
      'Residents of Veldrin spent the night in the streets after a magnitude 6.4 earthquake hit Marnosa province.',
      'Governor Ilse Carovan put the death toll at 14 and said rescue teams were still searching the rubble of collapsed buildings.',
      'Aftershocks rattled the region and damaged homes were being inspected by engineers, she said.',
    ],
    date: null,
  },
  {
    id: 'q-marnosa-3',
    title: 'Marnosa quake: Veldrin hospital treats dozens of injured',
    body: [
      'Doctors at the Veldrin hospital treated dozens of people injured when the earthquake hit Marnosa province.',
      'Hospital director Tomaz Belic said 14 people had died and rescue teams were still bringing in the injured.',
      'Engineers inspected damaged homes as aftershocks shook the region.',
    ],
    date: null,
  },
];
const QUAKE_OSTREV: GroupInput[] = [
  {
    id: 'q-ostrev-1',
    title: 'Nine dead as quake hits Ostrev region',
    body: [
      'A magnitude 5.8 tremor shook the Ostrev region, leaving 9 people dead near Pellarca.',
      'Rescue teams searched collapsed buildings for survivors.',
      'Mayor Tomas Reyno asked residents of Pellarca to stay out of damaged homes until engineers had checked them.',
    ],
    date: null,
  },
  {
    id: 'q-ostrev-2',
    title: 'Pellarca counts its dead after Ostrev earthquake',
    body: [
      'The earthquake that hit the Ostrev region killed 9 people in and around Pellarca, Mayor Tomas Reyno said.',
      'Rescue teams searched collapsed buildings and engineers inspected damaged homes as aftershocks shook the town.',
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

const INPUTS = [...QUAKE_MARNOSA, ...QUAKE_OSTREV, ...OTHERS];
const WITHOUT_RULE = { groupAgreement: 0 };

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

describe('coreContrast', () => {
  const v = buildVectors(INPUTS);
  const contrast = coreContrast({ keys: v.keys!, ids: v.ids, df: v.df });
  const idx = (...ids: string[]) => ids.map((id) => INPUTS.findIndex((x) => x.id === id));

  it('is high when each group has core names the other never mentions', () => {
    expect(contrast(idx('q-marnosa-1', 'q-marnosa-2'), idx('q-ostrev-1', 'q-ostrev-2'))).toBeGreaterThan(0.6);
  });

  it('is low between two groups of one happening, though one names an official the other does not', () => {
    expect(contrast(idx('q-marnosa-1', 'q-marnosa-2'), idx('q-marnosa-3', 'q-marnosa-2'))).toBeLessThan(0.2);
  });

  it('is 0 when one group’s core names all stand in the other group’s reports', () => {
    const v2 = buildVectors([
      ...INPUTS,
      { id: 'brief-1', title: 'Quake in Marnosa', body: ['An earthquake hit Marnosa province.'], date: null },
      { id: 'brief-2', title: 'Marnosa earthquake', body: ['Marnosa province was hit by an earthquake.'], date: null },
    ]);
    const c2 = coreContrast({ keys: v2.keys!, ids: v2.ids, df: v2.df });
    const n = INPUTS.length;
    expect(c2([n, n + 1], idx('q-marnosa-1', 'q-marnosa-2'))).toBe(0);
  });

  it('takes as core what most of a group’s reports name, and as missing what few of the other’s mention', () => {
    // Features 0–3, equally rare. Group x = reports 0–2, group y = reports 3–4.
    const ids = (...k: number[]) => Int32Array.from(k);
    const f = {
      keys: [ids(0, 1), ids(0, 1), ids(0, 2), ids(3), ids(3)],
      ids: [ids(0, 1), ids(0, 1), ids(0, 2), ids(0, 3), ids(0, 2, 3)],
      df: [5, 2, 2, 2],
    };
    const c = coreContrast({ ...f, df: [2, 2, 2, 2] });
    // x's core is 0 (3 of 3) and 1 (2 of 3), not 2 (1 of 3); y mentions 0, never 1: half of x's core is missing.
    // y's core is 3, which x never mentions: all of it is missing. The smaller share counts.
    expect(c([0, 1, 2], [3, 4])).toBeCloseTo(0.5, 10);
    expect(c([3, 4], [0, 1, 2])).toBeCloseTo(0.5, 10);
    expect(CORE_SHARE).toBeGreaterThan(1 / 3);
    expect(CORE_SHARE).toBeLessThanOrEqual(2 / 3);
    expect(ABSENT_SHARE).toBeLessThan(1 / 2);
    // Rarer features weigh more: feature 0 in every report says little.
    expect(coreContrast(f)([0, 1, 2], [3, 4])).toBeGreaterThan(0.5);
  });
});

describe('groupMergeRule', () => {
  const v = buildVectors(INPUTS);
  const f = { keys: v.keys!, ids: v.ids, df: v.df };
  const rule = groupMergeRule(f, DEFAULT_GROUPING.groupAgreement)!;
  const idx = (...ids: string[]) => ids.map((id) => INPUTS.findIndex((x) => x.id === id));

  it('leaves a single report to the threshold: one report’s names may all be incidental', () => {
    expect(MIN_GROUP_FOR_EVIDENCE).toBe(2);
    expect(
      rule(
        { members: idx('q-marnosa-1'), cohesion: 0 },
        { members: idx('q-ostrev-1', 'q-ostrev-2'), cohesion: 0.4 },
        0.01,
      ),
    ).toBe(true);
  });

  it('refuses two groups with names of their own, even as alike across as within', () => {
    const x = { members: idx('q-marnosa-1', 'q-marnosa-2'), cohesion: 0.3 };
    const y = { members: idx('q-ostrev-1', 'q-ostrev-2'), cohesion: 0.3 };
    expect(rule(x, y, 0.3)).toBe(false);
  });

  it('refuses groups of one happening only when they are far less alike across than within', () => {
    const x = { members: idx('q-marnosa-1', 'q-marnosa-2'), cohesion: 0.5 };
    const y = { members: idx('q-marnosa-3', 'q-marnosa-2'), cohesion: 0.5 };
    expect(rule(x, y, 0.5)).toBe(true);
    expect(rule(x, y, 0.1)).toBe(false);
  });

  it('is off at an agreement of 0', () => {
    expect(groupMergeRule(f, 0)).toBeUndefined();
  });
});

describe('grouping with the group evidence', () => {
  it('keeps two earthquakes of one kind, two reports each, apart', () => {
    expect(together(INPUTS, 'q-marnosa-1', 'q-ostrev-1')).toBe(false);
    expect(together(INPUTS, 'q-ostrev-1', 'q-ostrev-2')).toBe(true);
  });

  it('needs that evidence: the kind words alone would merge them', () => {
    expect(together(INPUTS, 'q-marnosa-1', 'q-ostrev-1', WITHOUT_RULE)).toBe(true);
    expect(DEFAULT_GROUPING.groupAgreement).toBeGreaterThan(0);
  });

  it('keeps the reports of one earthquake together, whatever officials each names', () => {
    expect(together(INPUTS, 'q-marnosa-1', 'q-marnosa-2')).toBe(true);
    expect(together(INPUTS, 'q-marnosa-1', 'q-marnosa-3')).toBe(true);
  });
});

describe('time marks', () => {
  it('reads years, and months named as dates', () => {
    const m = timeMarks(
      'The quake struck on March 3, 2008. In May the rebuilding began; since 12 October it has slowed.',
      null,
    );
    expect([...m.years]).toEqual([2008]);
    expect([...m.months].sort((a, b) => a - b)).toEqual([2, 4, 9]);
  });

  it('does not read a name, a verb or a long number as a date', () => {
    const m = timeMarks(
      'Theresa May said they would march on. May I add that 2,008 people and 20081 votes came?',
      null,
    );
    expect(m.years.size).toBe(0);
    expect(m.months.size).toBe(0);
  });

  it('adds the year and month of a date', () => {
    const m = timeMarks('Nothing dated here.', '2013-09-18');
    expect([...m.years]).toEqual([2013]);
    expect([...m.months]).toEqual([8]);
  });

  it('reads only the lead: the first words of the paragraphs', () => {
    expect(leadOf(['one two', 'three in 2008'], 3)).toBe('one two\nthree');
    expect(timeMarks(leadOf(['one two', 'three in 2008'], 3), null).years.size).toBe(0);
    expect(timeMarks(leadOf(['one two', 'three in 2008'], 5), null).years.size).toBe(1);
  });

  it('lowers the factor for each kind of mark both name without one in common', () => {
    const o = { yearConflict: 0.5, monthConflict: 0.4 };
    const a = timeMarks('In December 2008 the patch came.', null);
    const b = timeMarks('In September 2013 the patch came.', null);
    const c = timeMarks('The patch came in 2008.', null);
    const none = timeMarks('The patch came.', null);
    expect(marksFactor(a, b, o)).toBeCloseTo(0.2, 10);
    expect(marksFactor(a, c, o)).toBe(1);
    expect(marksFactor(b, c, o)).toBe(0.5);
    expect(marksFactor(a, none, o)).toBe(1);
  });

  it('separates two undated reports by the years they name, dated pairs by their dates alone', () => {
    const inputs: GroupInput[] = [
      { id: 'p-1', title: 'Patch for browser flaw', body: ['The patch was released in 2008.'], date: null },
      { id: 'p-2', title: 'Patch for browser flaw', body: ['The patch was released in 2013.'], date: null },
      { id: 'p-3', title: 'Patch for browser flaw', body: ['The patch was released in 2013.'], date: '2008-12-17' },
      { id: 'p-4', title: 'Patch for browser flaw', body: ['The patch was released in 2008.'], date: '2008-12-17' },
    ];
    const v = buildVectors(inputs);
    expect(timeFactor(v, 0, 1)).toBeCloseTo(DEFAULT_GROUPING.undatedFactor * DEFAULT_GROUPING.yearConflict, 10);
    expect(timeFactor(v, 1, 2)).toBeCloseTo(DEFAULT_GROUPING.undatedFactor, 10);
    expect(timeFactor(v, 2, 3)).toBe(1);
    expect(DEFAULT_GROUPING.yearConflict).toBeLessThan(1);
    expect(DEFAULT_GROUPING.monthConflict).toBeLessThan(1);
  });
});
