import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { goldenCases, serialise } from '../../scripts/lib/golden';

describe('golden cases (tests/golden)', () => {
  for (const c of goldenCases()) {
    it(`${c.name}: the ingest reproduces expected.json`, () => {
      const expected = readFileSync(join(c.dir, 'expected.json'), 'utf8');
      expect(serialise(c.run())).toBe(expected);
    });
  }
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
