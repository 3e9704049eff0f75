import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkFacts, goldenCases, serialise } from '../../scripts/lib/golden';
import type { Article, Corpus } from '../../src/core/types';

describe('golden cases (tests/golden)', () => {
  for (const c of goldenCases()) {
    it(`${c.name}: the ingest reproduces expected.json`, () => {
      const expected = readFileSync(join(c.dir, 'expected.json'), 'utf8');
      expect(serialise(c.run())).toBe(expected);
    });
    if (c.spec.facts)
      it(`${c.name}: the corpus shows the facts its case.json names`, () => {
        expect(checkFacts(c.run(), c.spec)).toEqual([]);
      });
  }
});

const corpora = new Map<string, Corpus>();
/** The corpus of one golden case, built once. */
function corpusOf(name: string): Corpus {
  let corpus = corpora.get(name);
  if (!corpus) {
    const c = goldenCases().find((g) => g.name === name);
    if (!c) throw new Error(`golden.test: no case "${name}" in tests/golden`);
    corpus = c.run();
    corpora.set(name, corpus);
  }
  return corpus;
}
/** The one article read from `file`. */
function articleFrom(corpus: Corpus, file: string): Article {
  const found = corpus.articles.filter((a) => a.sourceFile === file);
  expect(found, `articles read from ${file}`).toHaveLength(1);
  return found[0]!;
}
/** Everything a reader sees as the article's own text. */
const textOf = (a: Article) => [a.title, a.subtitle ?? '', ...a.body].join('\n');

describe('small golden cases: the behaviour each is named for', () => {
  it('byline-glued-to-date: the name printed with the date is the author, the date and time the publication', () => {
    const corpus = corpusOf('byline-glued-to-date');
    const cases = [
      ['harbour-courier-ferry-fares.txt', 'Jane Roe', { date: '2025-03-03', time: '14:05' }],
      ['fenwick-tribune-library.txt', 'Dan Smith', { date: '2015-04-16' }],
      ['valley-ledger-bridge.txt', 'Marek Nowak', { date: '2015-04-16', time: '09:12' }],
    ] as const;
    for (const [file, author, when] of cases) {
      const a = articleFrom(corpus, file);
      expect(a.authors, `${file}: authors`).toEqual([author]);
      expect(a.published, `${file}: published`).toMatchObject({ ...when, basis: 'text' });
      expect(textOf(a), `${file}: the byline line is no text of the article`).not.toMatch(new RegExp(author, 'i'));
    }
  });

  it('aggregator-embedded-article: each carried article is credited to the outlet named above it, via the aggregator', () => {
    const credits = Object.fromEntries(
      corpusOf('aggregator-embedded-article').articles.map((a) => [a.title, [a.role, a.outletId, ...a.viaOutletIds]]),
    );
    expect(credits).toEqual({
      'Wind farm off Cape Merrow wins final approval': ['primary', 'coastal-times', 'newspile'],
      'City library extends weekend hours from June': ['embedded', 'northgate-post', 'newspile'],
      'Rail operator orders twelve new trains for the valley line': ['embedded', 'valley-ledger', 'newspile'],
    });
  });

  it('caption-before-lead: a caption above the lead is neither title nor text, and its date is not the publication', () => {
    const corpus = corpusOf('caption-before-lead');
    const herald = articleFrom(corpus, 'westland-herald-reservoir.txt');
    const post = articleFrom(corpus, 'northgate-post-pier.txt');
    expect(herald.title).toBe('Reservoir levels fall to lowest in a decade');
    expect(post.title).toBe('Old pier to be rebuilt with lottery money');
    expect(herald.published, 'the date under the byline, not the caption’s 2022-08-02').toMatchObject({
      date: '2025-03-08',
      basis: 'text',
    });
    expect(post.published, 'the manifest’s date, not the caption’s 2019-05-01').toMatchObject({
      date: '2025-04-02',
      basis: 'manifest',
    });
    for (const [a, caption] of [
      [herald, 'The dry bed of the Hollins reservoir'],
      [post, 'Visitors on the old pier at Northgate'],
    ] as const) {
      expect(textOf(a), `${a.sourceFile}: the caption is no text of the article`).not.toContain(caption);
      expect(a.captions?.[0], `${a.sourceFile}: the caption is kept as a caption`).toMatch(new RegExp(`^${caption}`));
    }
  });

  it('hard-wrapped-text: the lines of each wrapped paragraph are joined back into one paragraph', () => {
    const a = articleFrom(corpusOf('hard-wrapped-text'), 'eastbrook-gazette-school-week.txt');
    expect(a.body, 'five paragraphs of four wrapped lines each').toHaveLength(5);
    expect(a.body[0]).toBe(
      'The Eastbrook school board postponed a vote on moving its six rural schools to a four-day week on Monday night, after more than two hundred parents packed the meeting at the district office and most of the forty speakers asked for more time.',
    );
    expect(a.title).toBe('School board delays vote on four-day week');
  });

  it('bio-before-teaser: an author box above the teaser gives the author and none of its bio', () => {
    const a = articleFrom(corpusOf('bio-before-teaser'), 'lakeside-review-ice-fishing.txt');
    expect(a.authors).toEqual(['Tomas Berglund']);
    expect(textOf(a), 'the bio is no text of the article').not.toContain('is an outdoors correspondent');
    expect(a.body[0], 'the body starts with the teaser').toMatch(/^Anglers have until Sunday/);
  });

  it('relative-date-from-retrieved: "2 hours ago" and "yesterday" count back from the retrieval day', () => {
    const corpus = corpusOf('relative-date-from-retrieved');
    const relative = { estimated: true, basis: 'relative' };
    expect(articleFrom(corpus, 'riverside-daily-market.txt').published, '2 hours ago').toEqual({
      date: '2025-04-10',
      ...relative,
    });
    expect(articleFrom(corpus, 'riverside-daily-bus.txt').published, 'yesterday').toEqual({
      date: '2025-04-09',
      ...relative,
    });
  });

  it('relative-date-from-now: without a retrieval time, "3 days ago" counts back from --now', () => {
    const a = articleFrom(corpusOf('relative-date-from-now'), 'riverside-daily-pool.txt');
    expect(a.published).toEqual({ date: '2025-09-17', estimated: true, basis: 'relative' });
  });

  it('republished-copy: the same report on two outlets is one event and one independent report', () => {
    const corpus = corpusOf('republished-copy');
    const agency = articleFrom(corpus, 'meridian-dam-inspection.txt');
    const paper = articleFrom(corpus, 'saltmarsh-echo-dam.txt');
    expect(corpus.events, 'one event').toHaveLength(1);
    const [event] = corpus.events;
    expect([...event!.articleIds].sort()).toEqual([agency.id, paper.id].sort());
    expect(event!.provenance).toMatchObject({ outlets: 2, independentReports: 1 });
    expect(event!.provenance.copies.map((c) => [c.articleId, c.of])).toEqual([[paper.id, agency.id]]);
  });

  it('rejected-input: an empty file, a binary file and a page without an article are each rejected with the reason', () => {
    const corpus = corpusOf('rejected-input');
    const reasons = Object.fromEntries(corpus.sources.map((s) => [s.file, [s.status, s.reason]]));
    expect(reasons).toEqual({
      'empty-download.txt': ['rejected', expect.stringMatching(/^empty file/)],
      'lead-photo-saved-as-text.txt': ['rejected', expect.stringMatching(/^binary file/)],
      'section-front-no-article.txt': ['rejected', expect.stringMatching(/^no article found on the page/)],
    });
    expect(corpus.articles).toEqual([]);
  });

  it('list-post: list lines without sentence punctuation are an article’s body, every line a paragraph', () => {
    const corpus = corpusOf('list-post');
    const weekend = articleFrom(corpus, 'harlow-weekly-weekend.txt');
    expect(weekend.body.map((p) => p.slice(0, 3))).toEqual(['1. ', '2. ', '3. ', '4. ', '5. ', '6. ', '7. ', '8. ']);
    const bins = articleFrom(corpus, 'harlow-weekly-bins.txt');
    expect(bins.body, 'the lead sentence and six list lines').toHaveLength(7);
    expect(bins.body).toContain('Friday collections on Monday 5 January');
  });

  it('widget-inside-body: the body carries on past a Related box, which is not in it', () => {
    const a = articleFrom(corpusOf('widget-inside-body'), 'fenwick-tribune-orchard.txt');
    expect(a.body, 'the paragraphs after the box').toEqual(
      expect.arrayContaining([expect.stringMatching(/^Several growers had lit fires/)]),
    );
    expect(textOf(a), 'the box').not.toMatch(/Related|Apple growers turn to hail nets/);
  });

  it('comments-after-body: a comment thread longer than the article is not the article, nor are its commenters authors', () => {
    const a = articleFrom(corpusOf('comments-after-body'), 'harbour-courier-parking.txt');
    expect(a.body.at(-1)).toMatch(/repair of the sea wall steps\.$/);
    expect(textOf(a), 'the comments').not.toMatch(/I have lived on the front|Every other seaside town/);
    expect(a.authors).toEqual(['Owen Pryce']);
  });

  it('glued-link-label: link text glued into a sentence is taken out only when the page shows it on its own, and recorded', () => {
    const a = articleFrom(corpusOf('glued-link-label'), 'coastal-times-dredging.txt');
    expect(a.body[0]).toContain('said on Monday. The contract, worth 14 million');
    expect(a.warnings).toContain(
      'removed link text glued into a sentence: "Harbour Dredging" (it stands on its own elsewhere on the page)',
    );
    expect(a.body[1], 'a glued sentence the page shows nowhere else keeps its words').toContain(
      'at the harbour mouth. Port Director Anna Vos said',
    );
  });
});

describe('seed events and stories', () => {
  const seeds = goldenCases().find((c) => c.name === 'seeds')!;
  const corpus = seeds.run();
  const outletsOf = (e: { articleIds: string[] }) =>
    e.articleIds.map((id) => corpus.articles.find((a) => a.id === id)!.outletId).sort();
  const eventWith = (outlet: string, date: string) =>
    corpus.events.find((e) =>
      e.articleIds.some((id) => {
        const a = corpus.articles.find((x) => x.id === id)!;
        return a.outletId === outlet && (a.published.date ?? '').startsWith(date);
      }),
    )!;

  it('joins the three 2025-05-05 reports of Peskov’s statement into one event', () => {
    const e = eventWith('pravda-ru', '2025-05-05');
    expect(outletsOf(e)).toEqual(['kyiv-independent', 'pravda-ru', 'ukrainska-pravda']);
    expect(e.date).toBe('2025-05-05');
    expect(e.why.names).toContain('Dmitry Peskov');
  });

  it('keeps the April Al Mayadeen report, the June Ushakov report and the strikes report each alone', () => {
    expect(outletsOf(eventWith('al-mayadeen', '2025-04'))).toEqual(['al-mayadeen']);
    expect(eventWith('ukrainska-pravda', '2025-06').articleIds).toHaveLength(1);
    expect(outletsOf(eventWith('reuters', '2025-06'))).toEqual(['reuters']);
  });

  it('joins the two reports of the Istanbul talks', () => {
    expect(outletsOf(eventWith('the-hill', '2025-06'))).toEqual(['the-hill', 'yahoo']);
  });

  it('links April, May 5 and June into one summit storyline, oldest first, and nothing else into it', () => {
    const story = corpus.stories.find((s) => s.id === eventWith('pravda-ru', '2025-05-05').storyId)!;
    expect(story.eventIds).toEqual([
      eventWith('al-mayadeen', '2025-04').id,
      eventWith('pravda-ru', '2025-05-05').id,
      eventWith('ukrainska-pravda', '2025-06').id,
    ]);
    expect(corpus.stories).toHaveLength(3);
  });
});

describe('seed comparison (reviewed against the raw pages)', () => {
  const corpus = goldenCases()
    .find((c) => c.name === 'seeds')!
    .run();
  const article = (outlet: string, date: string) =>
    corpus.articles.find((a) => a.outletId === outlet && (a.published.date ?? 'undated').startsWith(date))!;
  const ki = corpus.articles.find((a) => a.outletId === 'kyiv-independent')!;
  const up = article('ukrainska-pravda', '2025-05-05');
  const pr = article('pravda-ru', '2025-05-05');
  const am = article('al-mayadeen', '2025-04');
  const ushakov = article('ukrainska-pravda', '2025-06');
  const event = corpus.events.find((e) => e.articleIds.includes(pr.id))!;
  const quoteText = (id: string) => corpus.articles.flatMap((a) => a.quotes).find((q) => q.id === id)!.text;
  const groupWith = (a: { id: string; quotes: { id: string; text: string }[] }, words: string) => {
    const q = a.quotes.find((x) => x.text.includes(words))!;
    return event.quotes.find((g) => g.variants.some((v) => v.quoteId === q.id))!;
  };
  const factWith = (a: { id: string; body: string[] }, words: string) =>
    event.facts.find((f) =>
      f.spans.some((s) => s.articleId === a.id && a.body[s.paragraph]!.slice(s.start, s.end).includes(words)),
    )!;

  it('renders Peskov’s “clearly on the radar” as each of the three outlets did, Pravda.ru’s “clearly being discussed publicly” among them', () => {
    const g = groupWith(ki, 'clearly on the radar');
    expect(g.speaker).toBe('Dmitry Peskov');
    expect(g.variants.map((v) => v.articleId).sort()).toEqual([ki.id, up.id, pr.id].sort());
    expect(g.variants.map((v) => quoteText(v.quoteId)).join(' | ')).toContain('clearly being discussed publicly');
  });

  it('joins “continuation of contacts” and “continued contacts”', () => {
    const g = groupWith(ki, 'continuation of contacts');
    expect(g.variants.map((v) => quoteText(v.quoteId)).join(' | ')).toContain('continued contacts');
  });

  it('keeps Ukrainska Pravda’s partial quote “there are no specifics yet” as carried by it alone', () => {
    const g = groupWith(up, 'there are no specifics yet');
    expect(g.variants).toHaveLength(1);
    expect(g.missingFrom.sort()).toEqual([ki.id, pr.id].sort());
  });

  it('finds the facts the issue names: common ground, the Middle East trip, the minerals deal, Ushakov in March', () => {
    expect(factWith(ki, 'is necessary in many ways').articleIds.sort()).toEqual([ki.id, up.id, pr.id].sort());
    expect(factWith(ki, 'trip to the Middle East').articleIds.sort()).toEqual([ki.id, up.id].sort());
    expect(factWith(ki, 'minerals agreement').articleIds).toEqual([ki.id]);
    expect(factWith(pr, 'Earlier in March, Russian presidential aide Yuri Ushakov').articleIds).toEqual([pr.id]);
  });

  it('puts every sentence of the event in exactly one fact', () => {
    const spans = event.facts.flatMap((f) => f.spans.map((s) => `${s.articleId}/${s.paragraph}/${s.start}`));
    expect(new Set(spans).size).toBe(spans.length);
  });

  it('names whom each cites and with which words', () => {
    const cites = (a: typeof up) => a.citations.map((c) => [c.name, c.label, c.kind, c.outletId ?? null]);
    expect(cites(up)).toEqual(
      expect.arrayContaining([
        ['RIA Novosti', 'Russian propaganda outlet', 'agency', 'ria-novosti'],
        ['Interfax', 'Russian news agency', 'agency', 'interfax'],
      ]),
    );
    expect(cites(pr)).toEqual([['TASS', '', 'agency', 'tass']]);
    expect(cites(am)).toEqual(expect.arrayContaining([['TASS', 'Russian state news agency', 'agency', 'tass']]));
    expect(cites(ushakov)).toEqual(expect.arrayContaining([['Pavel Zarubin', 'Kremlin propagandist', 'person', null]]));
    for (const a of corpus.articles)
      for (const c of a.citations) expect(a.body[c.paragraph]!.slice(c.start, c.end)).toContain(c.name);
  });

  it('shows how the outlets name Peskov in the event, and “Kiev regime” beside “Kyiv” across the storyline', () => {
    const peskov = event.naming.find((n) => n.referent === 'Dmitry Peskov')!;
    expect(peskov.variants.map((v) => v.words).sort()).toEqual([
      'Kremlin spokesman',
      'Kremlin spokesperson',
      "Putin's spokesperson",
    ]);
    const story = corpus.stories.find((s) => s.id === event.storyId)!;
    const kyiv = story.naming.find((n) => n.referent === 'Kyiv')!;
    expect(kyiv.variants).toEqual(
      expect.arrayContaining([
        { words: 'Kiev regime', articleIds: [am.id] },
        { words: 'Kyiv', articleIds: [ki.id] },
      ]),
    );
  });

  it('counts three outlets and three independent reports in the 5 May event', () => {
    expect(event.provenance).toEqual({ outlets: 3, independentReports: 3, copies: [] });
  });
});
