import { describe, expect, it } from 'vitest';
import { compareFacts } from '../../src/core/compare/select-facts';
import {
  COMMON_GROUND_SHOWN,
  dayLabel,
  describeGrouping,
  eventOverview,
  firstSentence,
  LEAD_MAX_CHARS,
} from '../../src/core/select-event';
import { comparisonCorpus, KI, PR } from '../compare-fixture';

const corpus = comparisonCorpus();
const peskov = corpus.events[0]!;
const single = corpus.events[1]!;

describe('firstSentence', () => {
  it('gives the first sentence of the first non-empty paragraph', () => {
    expect(firstSentence(['', 'U.S. President Trump spoke. Then he left.'])).toBe('U.S. President Trump spoke.');
  });
  it('is null for an empty body', () => {
    expect(firstSentence([])).toBeNull();
    expect(firstSentence(['  '])).toBeNull();
  });
  it('cuts a very long sentence at a word boundary', () => {
    const long = `${'word '.repeat(200).trim()}.`;
    const lead = firstSentence([long])!;
    expect(lead.length).toBeLessThanOrEqual(LEAD_MAX_CHARS + 1);
    expect(lead.endsWith('word…')).toBe(true);
  });
});

describe('eventOverview', () => {
  it('has one row per outlet, in the columns’ order, each with its headline and first sentence', () => {
    const o = eventOverview(corpus, peskov);
    const columns = compareFacts(corpus, peskov).columns;
    expect(o.rows.map((r) => r.outletId)).toEqual(columns.map((c) => c.outletId));
    const ki = o.rows.find((r) => r.article.id === KI)!;
    expect(ki.name).toBe('Kyiv Independent');
    expect(ki.outlet?.country).toBe('UA');
    expect(ki.lead).toBe(firstSentence(ki.article.body));
    expect(o.rows.find((r) => r.article.id === PR)!.outlet?.stateOwned).toBe(true);
    expect(o.single).toBe(false);
  });

  it('shows the first common-ground facts and counts them all, as the Facts view does', () => {
    const o = eventOverview(corpus, peskov);
    const all = compareFacts(corpus, peskov).commonGround.map((r) => r.fact);
    expect(o.commonGroundTotal).toBe(all.length);
    expect(o.commonGround).toEqual(all.slice(0, COMMON_GROUND_SHOWN));
  });

  it('lists, per outlet that has any, the first fact it alone carries', () => {
    const o = eventOverview(corpus, peskov);
    const facts = compareFacts(corpus, peskov);
    const expected = facts.onlyIn.filter((x) => x.rows.length > 0);
    expect(o.onlyIn.map((x) => x.outletId)).toEqual(expected.map((x) => x.column.outletId));
    for (const [i, x] of o.onlyIn.entries()) {
      expect(x.facts).toEqual([expected[i]!.rows[0]!.fact]);
      expect(x.total).toBe(expected[i]!.rows.length);
    }
  });

  it('reads a one-report event as a single article: no common ground, nothing "only in"', () => {
    const o = eventOverview(corpus, single);
    expect(o.single).toBe(true);
    expect(o.rows).toHaveLength(1);
    expect(o.commonGround).toEqual([]);
    expect(o.onlyIn).toEqual([]);
  });
});

describe('dayLabel', () => {
  it('writes full dates and month-days as a reader says them', () => {
    expect(dayLabel('2025-05-05')).toBe('5 May 2025');
    expect(dayLabel('05-09')).toBe('9 May');
    expect(dayLabel('someday')).toBe('someday');
  });
});

describe('describeGrouping', () => {
  const why = {
    names: ['Dmitry Peskov', 'Kremlin'],
    quotes: ['clearly on the radar'],
    dates: ['2025-05-05', '05-09'],
    terms: ['meeting', 'necessary'],
    cohesion: 0.18,
  };
  it('says what the reports share in words, with no similarity score', () => {
    const g = describeGrouping(why, 3);
    expect(g.reasons).toEqual([
      { kind: 'names', label: 'They name', items: ['Dmitry Peskov', 'Kremlin'] },
      { kind: 'quotes', label: 'They quote the same words', items: ['clearly on the radar'] },
      { kind: 'dates', label: 'They give the same days', items: ['5 May 2025', '9 May'] },
      { kind: 'words', label: 'Their headlines and opening lines share the words', items: ['meeting', 'necessary'] },
    ]);
    expect(g.summary).toMatch(/^These 3 reports were put together/);
    expect(JSON.stringify(g)).not.toMatch(/18|%/);
  });
  it('drops the comma a quotation kept from the sentence around it', () => {
    const g = describeGrouping({ ...why, quotes: ['contacts are ongoing,'] }, 2);
    expect(g.reasons.find((r) => r.kind === 'quotes')!.items).toEqual(['contacts are ongoing']);
  });
  it('leaves out what they do not share', () => {
    expect(describeGrouping({ ...why, quotes: [], terms: [] }, 2).reasons.map((r) => r.kind)).toEqual([
      'names',
      'dates',
    ]);
  });
  it('says when the reader’s corrections made the group', () => {
    const { cohesion: _, ...corrected } = why;
    expect(describeGrouping(corrected, 2).summary).toMatch(
      /^These two reports are grouped as your corrections made them/,
    );
  });
  it('says so for a single report', () => {
    expect(describeGrouping({ names: [], quotes: [], dates: [], terms: [] }, 1)).toEqual({
      summary: 'Only one report of this happening is in the collection so far.',
      reasons: [],
    });
  });
});
