import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  citationId,
  comparisonSearch,
  markSpans,
  parseComparisonQuery,
  resolveFocus,
} from '../../src/core/compare/select-comparison';
import { compareFacts, outletColumns } from '../../src/core/compare/select-facts';
import { compareQuotes, DIFF_MIN_SHARED, diffRendering, sharedWordShare } from '../../src/core/compare/select-quotes';
import {
  citationsByArticle,
  describeCopies,
  namingRows,
  perspective,
  provenanceSummary,
} from '../../src/core/compare/select-sources';
import type { NewsEvent } from '../../src/core/types';
import { AM, comparisonCorpus, KI, PR, RADAR_GROUP, UP, YH } from '../compare-fixture';

const corpus = comparisonCorpus();
const peskov = corpus.events[0]!;
const single = corpus.events[1]!;
const query = (q: string) => new URLSearchParams(q);

describe('parseComparisonQuery', () => {
  it('defaults to the coverage columns with nothing focused', () => {
    expect(parseComparisonQuery(query(''))).toEqual({
      value: { view: 'coverage', item: null, in: null },
      problems: [],
    });
  });

  it('reads the view, the item and the article', () => {
    expect(parseComparisonQuery(query('view=facts&item=e:f1&in=a-1')).value).toEqual({
      view: 'facts',
      item: 'e:f1',
      in: 'a-1',
    });
  });

  it('falls back to the columns for an unknown view, and says so', () => {
    expect(parseComparisonQuery(query('view=timeline'))).toEqual({
      value: { view: 'coverage', item: null, in: null },
      problems: ['There is no “timeline” view; showing the coverage side by side.'],
    });
  });
});

describe('comparisonSearch', () => {
  it('keeps the outlet choice and omits the default view', () => {
    expect(comparisonSearch({ outlets: 'a,b', view: 'coverage' })).toBe('outlets=a,b');
    expect(comparisonSearch({ view: 'quotes', item: 'e:q0' })).toBe('view=quotes&item=e%3Aq0');
  });

  it('names the coverage view when it carries an item, so the link says where it goes', () => {
    expect(comparisonSearch({ view: 'coverage', item: 'e:f1', in: 'a-1' })).toBe('view=coverage&item=e%3Af1&in=a-1');
  });

  it('round-trips through parseComparisonQuery', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('coverage', 'quotes', 'facts', 'sources' as const),
        fc.option(fc.string({ minLength: 1 }), { nil: null }),
        fc.option(fc.string({ minLength: 1 }), { nil: null }),
        (view, item, inArticle) => {
          const parsed = parseComparisonQuery(query(comparisonSearch({ view, item, in: inArticle })));
          expect(parsed.value).toEqual({ view, item, in: inArticle });
        },
      ),
    );
  });
});

describe('resolveFocus', () => {
  it('marks every rendering of a quote group, the newest report’s first', () => {
    const { value, problems } = resolveFocus(corpus, peskov, RADAR_GROUP);
    expect(problems).toEqual([]);
    expect(value!.kind).toBe('quote-group');
    expect(value!.spans.map((s) => s.articleId)).toEqual([KI, UP, PR, YH]);
    const pr = corpus.articles.find((a) => a.id === PR)!;
    const s = value!.spans[2]!;
    expect(pr.body[s.paragraph]!.slice(s.start, s.end)).toBe('The meeting is clearly being discussed publicly');
    // The columns' order (newest day first, then by headline) puts Ukrainska Pravda first.
    expect(value!.primary!.articleId).toBe(UP);
  });

  it('marks one quote and names its group', () => {
    const { value } = resolveFocus(corpus, peskov, `${PR}:q0`);
    expect(value).toMatchObject({ kind: 'quote', groupId: RADAR_GROUP, primary: { articleId: PR, paragraph: 1 } });
  });

  it('narrows a fact to the article in ?in=', () => {
    const { value, problems } = resolveFocus(corpus, peskov, 'e-peskov:f0', UP);
    expect(problems).toEqual([]);
    expect(value!.spans).toEqual([{ articleId: UP, paragraph: 0, start: 0, end: peskov.facts[0]!.spans[1]!.end }]);
    expect(value!.primary!.articleId).toBe(UP);
  });

  it('marks a fact everywhere when ?in= names a report that does not carry it, and says so', () => {
    const { value, problems } = resolveFocus(corpus, peskov, 'e-peskov:f2', PR);
    expect(value!.spans).toHaveLength(3);
    expect(problems).toEqual(['Pravda.ru’s report does not carry it; it is marked where it stands.']);
    expect(resolveFocus(corpus, peskov, 'e-peskov:f2', 'nope').problems).toEqual([
      'There is no report “nope” in this event; it is marked wherever it stands.',
    ]);
  });

  it('finds a citation by its article and position', () => {
    const { value } = resolveFocus(corpus, peskov, citationId(KI, 0));
    const ki = corpus.articles.find((a) => a.id === KI)!;
    const s = value!.primary!;
    expect(ki.body[s.paragraph]!.slice(s.start, s.end)).toBe('Russian propaganda outlet RIA Novosti');
  });

  it('says so for an id the event does not have, without throwing', () => {
    expect(resolveFocus(corpus, peskov, 'e-other:q0')).toEqual({
      value: null,
      problems: ['Nothing in this event has the id “e-other:q0”; nothing is highlighted.'],
    });
    expect(resolveFocus(corpus, peskov, null)).toEqual({ value: null, problems: [] });
  });
});

describe('markSpans', () => {
  it('cuts a paragraph at the spans to mark', () => {
    expect(markSpans('abcdef', [{ start: 2, end: 4 }])).toEqual([
      { text: 'ab', start: 0, marked: false },
      { text: 'cd', start: 2, marked: true },
      { text: 'ef', start: 4, marked: false },
    ]);
  });

  it('merges overlapping spans and clips those outside the text', () => {
    expect(
      markSpans('abcdef', [
        { start: 3, end: 9 },
        { start: 1, end: 4 },
        { start: 5, end: 2 },
      ]),
    ).toEqual([
      { text: 'a', start: 0, marked: false },
      { text: 'bcdef', start: 1, marked: true },
    ]);
  });

  it('joins back to the paragraph, whatever the spans (property)', () => {
    fc.assert(
      fc.property(
        fc.string(),
        fc.array(fc.record({ start: fc.integer({ min: -5, max: 40 }), end: fc.integer({ min: -5, max: 40 }) })),
        (text, spans) => {
          const segments = markSpans(text, spans);
          expect(segments.map((s) => s.text).join('')).toBe(text);
          for (const s of segments) expect(text.slice(s.start, s.start + s.text.length)).toBe(s.text);
          for (let i = 1; i < segments.length; i++) expect(segments[i]!.marked && segments[i - 1]!.marked).toBe(false);
        },
      ),
    );
  });
});

describe('compareQuotes', () => {
  const [radar, travel] = compareQuotes(corpus, peskov);

  it('takes the earliest published rendering as the reference', () => {
    expect(radar!.renderings.map((r) => [r.articleId, r.reference])).toEqual([
      [KI, true],
      [UP, false],
      [PR, false],
      [YH, false],
    ]);
  });

  it('marks the words a rendering changes, through the diff library', () => {
    const pr = radar!.renderings[2]!;
    expect(pr.same).toBe(false);
    expect(pr.changes!.filter((c) => c.change === 'removed').map((c) => c.text.trim())).toEqual(['on the radar']);
    expect(pr.changes!.filter((c) => c.change === 'added').map((c) => c.text.trim())).toEqual([
      'being discussed publicly',
    ]);
    expect(
      pr
        .changes!.filter((c) => c.change !== 'removed')
        .map((c) => c.text)
        .join(''),
    ).toBe(pr.quote.text);
  });

  it('says a rendering is worded as the reference, and lists who leaves the statement out', () => {
    expect(radar!.renderings[1]).toMatchObject({ same: true, changes: null });
    expect(travel!.missing).toEqual([{ articleId: PR, outletId: 'pravda-ru' }]);
  });

  it('does not mark word by word renderings that share too few words', () => {
    expect(sharedWordShare('The meeting is clearly on the radar', 'Die Sitzung steht klar auf der Agenda')).toBe(0);
    const event: NewsEvent = {
      ...peskov,
      quotes: [{ ...peskov.quotes[0]!, variants: [peskov.quotes[0]!.variants[0]!, peskov.quotes[1]!.variants[1]!] }],
    };
    const share = sharedWordShare(
      'The meeting is clearly on the radar',
      'Putin will not travel to the Middle East in mid-May',
    );
    expect(share).toBeLessThan(DIFF_MIN_SHARED);
    expect(compareQuotes(corpus, event)[0]!.renderings[1]!.changes).toBeNull();
  });

  it('diffs words, ignoring case', () => {
    expect(diffRendering('The meeting', 'the meeting')).toEqual([{ text: 'the meeting', change: 'same' }]);
  });
});

describe('compareFacts', () => {
  const facts = compareFacts(corpus, peskov);

  it('has one column per outlet, in the columns’ order', () => {
    expect(facts.columns.map((c) => c.outletId)).toEqual([
      'ukrainska-pravda',
      'pravda-ru',
      'kyiv-independent',
      'yahoo',
    ]);
    expect(outletColumns(corpus, single)).toEqual([
      { outletId: 'al-mayadeen', name: 'Al Mayadeen English', articleIds: [AM] },
    ]);
  });

  it('puts the facts every outlet carries on common ground', () => {
    expect(facts.commonGround.map((r) => r.fact.id)).toEqual(['e-peskov:f0', 'e-peskov:f1']);
  });

  it('makes the matrix of the facts more than one outlet carries, the most widely carried first', () => {
    expect(facts.shared.map((r) => [r.fact.id, r.carriedBy])).toEqual([
      ['e-peskov:f0', 4],
      ['e-peskov:f1', 4],
      ['e-peskov:f2', 3],
    ]);
    const row = facts.shared[2]!;
    expect(row.cells.map((c) => c.span?.articleId ?? null)).toEqual([UP, null, KI, YH]);
  });

  it('lists what only one outlet carries, per outlet', () => {
    expect(facts.onlyIn.map((o) => [o.column.outletId, o.rows.map((r) => r.fact.id)])).toEqual([
      ['ukrainska-pravda', []],
      ['pravda-ru', ['e-peskov:f4']],
      ['kyiv-independent', ['e-peskov:f3']],
      ['yahoo', []],
    ]);
  });

  it('finds nothing to compare in a one-outlet event', () => {
    const one = compareFacts(corpus, single);
    expect(one.commonGround).toEqual([]);
    expect(one.onlyIn[0]!.rows).toEqual([]);
  });
});

describe('sources', () => {
  it('lists whom each report cites with its id', () => {
    const cited = citationsByArticle(corpus, peskov);
    expect(cited.map((c) => [c.article.id, c.citations.map((x) => [x.id, x.citation.name, x.citation.label])])).toEqual(
      [
        [UP, [[`${UP}:c0`, 'Interfax', 'Russian news agency']]],
        [PR, [[`${PR}:c0`, 'TASS', '']]],
        [KI, [[`${KI}:c0`, 'RIA Novosti', 'Russian propaganda outlet']]],
        [YH, []],
      ],
    );
  });

  it('names outlets, each once, for the words they use', () => {
    expect(namingRows(corpus, peskov.naming)[0]).toEqual({
      referent: 'Dmitry Peskov',
      variants: [
        {
          words: 'Kremlin spokesperson',
          outlets: [
            { outletId: 'kyiv-independent', name: 'Kyiv Independent' },
            { outletId: 'yahoo', name: 'Yahoo News' },
          ],
        },
        { words: 'Putin’s spokesperson', outlets: [{ outletId: 'ukrainska-pravda', name: 'Ukrainska Pravda' }] },
        { words: 'Kremlin spokesman', outlets: [{ outletId: 'pravda-ru', name: 'Pravda.ru' }] },
      ],
    });
  });

  it('says how many independent reports there are, and why', () => {
    expect(provenanceSummary(peskov.provenance)).toBe('4 outlets, 3 independent reports');
    expect(provenanceSummary(single.provenance)).toBe('1 outlet, 1 independent report');
    expect(describeCopies(corpus, peskov)).toEqual([
      {
        articleId: YH,
        outletId: 'yahoo',
        outlet: 'Yahoo News',
        of: 'Kyiv Independent’s report',
        ofArticleId: KI,
        basis: 'near-identical body (94% of word shingles)',
      },
    ]);
    const wire = {
      ...peskov,
      provenance: { ...peskov.provenance, copies: [{ articleId: PR, of: 'tass', basis: 'x' }] },
    };
    expect(describeCopies(corpus, wire)[0]!.of).toBe('a TASS report not in this collection');
  });

  it('breaks the outlets down by country and kind, and marks the state-owned', () => {
    const p = perspective(corpus, peskov);
    expect(p.countries.map((c) => [c.country, c.outlets.map((o) => o.id)])).toEqual([
      ['UA', ['ukrainska-pravda', 'kyiv-independent']],
      ['RU', ['pravda-ru']],
      ['US', ['yahoo']],
    ]);
    expect(p.kinds.map((k) => [k.kind, k.outlets.length])).toEqual([
      ['online', 3],
      ['aggregator', 1],
    ]);
    expect(p.stateOwned.map((o) => o.id)).toEqual(['pravda-ru']);
  });
});
