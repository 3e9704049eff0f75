import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareEvent } from '../../src/core/compare/compare-event';
import { alignFacts } from '../../src/core/compare/facts';
import { byPublication, textKeys } from '../../src/core/compare/keys';
import { copyPrint, datelineLead, findCopies, fingerprint, provenanceOf } from '../../src/core/compare/provenance';
import { groupQuotes } from '../../src/core/compare/quote-groups';
import { extractQuotes, type ParagraphMemo } from '../../src/core/compare/quotes';
import { splitSentences } from '../../src/core/compare/sentences';
import type { Article, ArticleId, Outlet, OutletId, Quote } from '../../src/core/types';
import { ingestTexts, makeArticle, newsPage, seedRegistry } from '../helpers';

const id = (s: string) => s as ArticleId;

/** A quote of `text` where it stands in `body[paragraph]`. */
function quoteIn(
  article: Article,
  n: number,
  text: string,
  speaker: string | null,
  kind: Quote['kind'] = 'direct',
): Quote {
  const paragraph = article.body.findIndex((p) => p.includes(text));
  if (paragraph < 0) throw new Error(`test: "${text}" is not in ${article.id}`);
  const start = article.body[paragraph]!.indexOf(text);
  return { id: `${article.id}:q${n}`, text, speaker, kind, paragraph, start, end: start + text.length };
}

function withQuotes(article: Article, quotes: [string, string | null, Quote['kind']?][]): Article {
  return { ...article, quotes: quotes.map(([t, s, k], n) => quoteIn(article, n + 1, t, s, k)) };
}

const slice = (a: Article, s: { paragraph: number; start: number; end: number }) =>
  a.body[s.paragraph]!.slice(s.start, s.end);

describe('splitSentences', () => {
  const sentences = (t: string) => splitSentences(t).map((s) => t.slice(s.start, s.end));

  it('does not end a sentence after an abbreviation before a name or number', () => {
    expect(sentences('Then Gen. Lee met U.S. President Joe Miller on Feb. 28 in Rome. He left.')).toEqual([
      'Then Gen. Lee met U.S. President Joe Miller on Feb. 28 in Rome.',
      'He left.',
    ]);
  });

  it('ends a sentence after a word that merely ends like an abbreviation', () => {
    expect(sentences('They ran out of oxygen. Rescuers came.')).toEqual(['They ran out of oxygen.', 'Rescuers came.']);
  });

  it('keeps a quotation of several sentences with its attribution', () => {
    expect(sentences('"It is done. We are glad," she said. Then she left.')).toEqual([
      '"It is done. We are glad," she said.',
      'Then she left.',
    ]);
  });

  it('property: spans are trimmed, ordered, disjoint and cover every non-space character', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (t) => {
        const spans = splitSentences(t);
        let covered = '';
        let last = 0;
        for (const s of spans) {
          expect(s.start).toBeGreaterThanOrEqual(last);
          expect(s.end).toBeGreaterThan(s.start);
          expect(t.slice(s.start, s.end)).toBe(t.slice(s.start, s.end).trim());
          covered += t.slice(s.start, s.end);
          last = s.end;
        }
        expect(covered.replace(/\s/g, '')).toBe(t.replace(/\s/g, ''));
      }),
      { numRuns: 300 },
    );
  });
});

describe('textKeys', () => {
  it('meets translations of one word at a five-letter root', () => {
    const a = textKeys('It requires the continuation of contacts');
    const b = textKeys('This requires continued contacts');
    expect(a.filter((k) => b.includes(k))).toEqual(['requi', 'conti', 'conta']);
  });
});

// Three outlets' reports of one statement, written for these tests in the manner of wire copy.
const ki = withQuotes(
  makeArticle(
    'a-ki',
    'Talks are clearly on the agenda, spokesperson says',
    [
      'A meeting between the two presidents is necessary but has not been scheduled yet, spokesperson Anna Berg said on May 5.',
      '"Such a meeting is clearly on the agenda, and we believe that it is certainly necessary. It must be prepared properly," Berg said.',
      '"It requires the continuation of contacts between the capitals, which are now ongoing," the spokesperson added.',
      'Berg added that the president has no trip to the coast planned for mid-May.',
      'The two countries signed a fisheries agreement establishing a joint fund on April 30.',
    ],
    '2025-05-05',
    'outlet-ki',
  ),
  [
    [
      'Such a meeting is clearly on the agenda, and we believe that it is certainly necessary. It must be prepared properly',
      'Anna Berg',
    ],
    ['It requires the continuation of contacts between the capitals, which are now ongoing', 'Anna Berg'],
  ],
);
const up = withQuotes(
  makeArticle(
    'a-up',
    'Spokesperson says meeting is necessary',
    [
      'Spokeswoman Anna Berg has stated that a meeting between the two presidents is necessary, though there are no details yet.',
      'Quote: "We have said that such a meeting is clearly on the agenda, and we believe that it is certainly necessary."',
      'Details: "This requires continued contacts between the capitals, which are ongoing," Berg said.',
      'Berg stated that the president has no plans to visit the coast in mid-May.',
    ],
    '2025-05-05',
    'outlet-up',
  ),
  [
    [
      'We have said that such a meeting is clearly on the agenda, and we believe that it is certainly necessary.',
      'Anna Berg',
    ],
    ['This requires continued contacts between the capitals, which are ongoing', 'Anna Berg'],
  ],
);
const pr = withQuotes(
  makeArticle(
    'a-pr',
    'Meeting between presidents necessary',
    [
      'A meeting between the two presidents is necessary and should be prepared, spokesperson Anna Berg told reporters.',
      '"This meeting is clearly being discussed publicly, and we believe it is indeed necessary. It must be prepared properly," she said.',
      'Earlier in March, aide Tomas Ritter stated that a meeting would be arranged once the need arises.',
    ],
    '2025-05-05',
    'outlet-pr',
  ),
  [
    [
      'This meeting is clearly being discussed publicly, and we believe it is indeed necessary. It must be prepared properly',
      'Anna Berg',
    ],
    ['a meeting would be arranged once the need arises', 'Tomas Ritter', 'paraphrase'],
  ],
);
const members = [ki, up, pr];

describe('groupQuotes', () => {
  const groups = groupQuotes('e-1', byPublication(members));

  it('joins one statement as three outlets translated it ("on the agenda" / "being discussed publicly")', () => {
    const agenda = groups.find((g) => g.variants.some((v) => v.quoteId === 'a-ki:q1'))!;
    expect(agenda.variants.map((v) => v.quoteId).sort()).toEqual(['a-ki:q1', 'a-pr:q1', 'a-up:q1']);
    expect(agenda.speaker).toBe('Anna Berg');
    expect(agenda.missingFrom).toEqual([]);
  });

  it('joins "continuation of contacts" and "continued contacts", and names the outlet that left it out', () => {
    const contacts = groups.find((g) => g.variants.some((v) => v.quoteId === 'a-ki:q2'))!;
    expect(contacts.variants.map((v) => v.quoteId).sort()).toEqual(['a-ki:q2', 'a-up:q2']);
    expect(contacts.missingFrom).toEqual([id('a-pr')]);
  });

  it('drops a paraphrase of a person no other outlet quotes', () => {
    expect(groups.some((g) => g.variants.some((v) => v.quoteId === 'a-pr:q2'))).toBe(false);
  });

  it('keeps a quote one outlet alone attributes to a person the others quote', () => {
    const alone = withQuotes(
      makeArticle('a-zz', 'x', ['Berg also said "there are no specifics yet" about the venue.'], '2025-05-06', 'o-zz'),
      [['there are no specifics yet', 'Anna Berg', 'partial']],
    );
    const g = groupQuotes('e-1', byPublication([...members, alone]));
    const solo = g.find((x) => x.variants[0]!.quoteId === 'a-zz:q1')!;
    expect(solo.variants).toHaveLength(1);
    expect(solo.missingFrom.sort()).toEqual(['a-ki', 'a-pr', 'a-up']);
  });

  it('a rendering with no speaker never bridges two different speakers into one statement', () => {
    const say = (key: string, outlet: string, speaker: string | null) =>
      withQuotes(
        makeArticle(key, 'x', ['"We will not sign this deal today in Geneva," someone said.'], '2025-05-05', outlet),
        [['We will not sign this deal today in Geneva', speaker]],
      );
    const groups = groupQuotes('e-1', [
      say('a-a', 'o-a', 'Anna Berg'),
      say('a-n', 'o-n', null),
      say('a-r', 'o-r', 'Tomas Ritter'),
    ]);
    for (const g of groups) {
      const speakers = new Set(
        g.variants.map((v) => (v.articleId === 'a-a' ? 'Berg' : v.articleId === 'a-r' ? 'Ritter' : '')),
      );
      expect(speakers.has('Berg') && speakers.has('Ritter')).toBe(false);
    }
  });

  it('never joins the same words from two different speakers', () => {
    const a = withQuotes(
      makeArticle('a-a', 'x', ['"We will not sign this deal today," Berg said.'], '2025-05-05', 'o-a'),
      [['We will not sign this deal today', 'Anna Berg']],
    );
    const b = withQuotes(
      makeArticle('a-b', 'x', ['"We will not sign this deal today," Ritter said.'], '2025-05-05', 'o-b'),
      [['We will not sign this deal today', 'Tomas Ritter']],
    );
    expect(groupQuotes('e-1', [a, b]).filter((g) => g.variants.length > 1)).toEqual([]);
  });
});

describe('alignFacts', () => {
  const ordered = byPublication(members);
  const facts = alignFacts('e-1', ordered, groupQuotes('e-1', ordered));
  const outletsOf = (needle: string) => {
    const f = facts.find((x) =>
      x.spans.some((s) =>
        slice(
          members.find((a) => a.id === s.articleId)!,
          s,
        ).includes(needle),
      ),
    )!;
    return [...f.articleIds].sort();
  };

  it('joins the lead claim all three make in their own words (common ground)', () => {
    expect(outletsOf('is necessary but has not been scheduled')).toEqual(['a-ki', 'a-pr', 'a-up']);
  });

  it('joins sentences carrying renderings of one quote, whatever else they say', () => {
    expect(outletsOf('clearly being discussed publicly')).toEqual(['a-ki', 'a-pr', 'a-up']);
  });

  it('joins "no trip to the coast" with "no plans to visit the coast" and nothing else', () => {
    expect(outletsOf('no trip to the coast')).toEqual(['a-ki', 'a-up']);
  });

  it('two sentences that share only two words are not one claim ("prices rose sharply" / "prices fell sharply")', () => {
    const a = makeArticle('a-1', 'x', ['Prices rose sharply.'], '2024-01-01', 'o-1');
    const b = makeArticle('a-2', 'x', ['Prices fell sharply.'], '2024-01-01', 'o-2');
    expect(alignFacts('e', [a, b], []).map((f) => f.articleIds.length)).toEqual([1, 1]);
  });

  it('sentences carrying one statement are one fact even when their own words differ', () => {
    const a = withQuotes(makeArticle('a-1', 'x', ['"It is on the radar," Berg said.'], '2024-01-01', 'o-1'), [
      ['It is on the radar', 'Anna Berg'],
    ]);
    const b = withQuotes(
      makeArticle(
        'a-2',
        'x',
        ['Officials agreed on Monday evening, Berg recalled, that "it is being discussed".'],
        '2024-01-01',
        'o-2',
      ),
      [['it is being discussed', 'Anna Berg']],
    );
    const group = {
      id: 'e:q0',
      speaker: 'Anna Berg',
      variants: [
        { articleId: a.id, quoteId: 'a-1:q1' },
        { articleId: b.id, quoteId: 'a-2:q1' },
      ],
      missingFrom: [],
    };
    expect(alignFacts('e', [a, b], []).map((f) => f.articleIds.length)).toEqual([1, 1]);
    expect(alignFacts('e', [a, b], [group]).map((f) => f.articleIds.length)).toEqual([2]);
  });

  it('makes no fact of a credit line, and a fact of a labelled sentence starts after its label', () => {
    const a = makeArticle(
      'a-1',
      'x',
      ['Source: Harbour Radio; Coast News Agency', 'Details: The ferry ran aground off Marren island on Saturday.'],
      '2024-01-01',
      'o-1',
    );
    const b = makeArticle(
      'a-2',
      'x',
      ['The ferry ran aground off Marren island on Saturday morning.'],
      '2024-01-01',
      'o-2',
    );
    const facts = alignFacts('e', [a, b], []);
    const texts = facts.flatMap((f) => f.spans.map((sp) => slice(sp.articleId === a.id ? a : b, sp)));
    expect(texts.some((t) => t.includes('Harbour Radio'))).toBe(false);
    expect(texts).toContain('The ferry ran aground off Marren island on Saturday.');
    expect(facts.map((f) => f.articleIds.length)).toEqual([2]);
  });

  it('makes no fact of a quotation mark or an ellipsis left on its own after the last sentence', () => {
    const body = (end: string) => [`The ferry ran aground off Marren island on Saturday. ${end}`];
    const a = makeArticle('a-1', 'x', body('"'), '2024-01-01', 'o-1');
    const b = makeArticle('a-2', 'x', body('“'), '2024-01-01', 'o-2');
    const c = makeArticle('a-3', 'x', body('…'), '2024-01-01', 'o-3');
    const facts = alignFacts('e', [a, b, c], []);
    expect(facts.map((f) => f.text)).toEqual(['The ferry ran aground off Marren island on Saturday.']);
    expect(facts[0]!.articleIds).toHaveLength(3);
  });

  it('keeps a claim only one outlet makes as a fact of one', () => {
    expect(outletsOf('fisheries agreement')).toEqual(['a-ki']);
    expect(outletsOf('Tomas Ritter')).toEqual(['a-pr']);
  });

  it('gives each fact the wording of its earliest article, and spans that slice their sentence', () => {
    const dated = members.map((a, k) => ({ ...a, published: { ...a.published, time: `0${k}:00` } }));
    const order = byPublication(dated);
    for (const f of alignFacts('e-1', order, [])) {
      const first = order.find((a) => f.articleIds.includes(a.id))!;
      expect(f.articleIds[0]).toBe(first.id);
      expect(f.text).toBe(slice(first, f.spans[0]!));
    }
  });
});

// Arbitrary events made of sentences from a small pool, so that overlaps happen.
const POOL = [
  'The council approved the budget on Tuesday after a long debate.',
  'On Tuesday the council approved its budget following long debate.',
  'The mayor said spending on buses would rise by a tenth.',
  '"This budget puts people first," the mayor told reporters.',
  'Opponents said the revenue forecasts were far too optimistic.',
  'Critics called the revenue forecasts optimistic.',
  'The vote was 7 to 4.',
  'Snow fell in the mountains overnight.',
];
const arbitraryArticles = fc
  .array(fc.array(fc.array(fc.constantFrom(...POOL), { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 4 }), {
    minLength: 1,
    maxLength: 5,
  })
  .map((arts) =>
    arts.map((paras, k) =>
      makeArticle(
        `a-${k}`,
        `Report ${k}`,
        paras.map((ss) => ss.join(' ')),
        `2024-03-0${1 + (k % 3)}`,
        `o-${k % 3}`,
      ),
    ),
  );

describe('comparison properties', () => {
  const context = { outlets: [] as Outlet[], placeNames: [], copies: new Map() };

  it('every sentence of every article is in exactly one fact, at most one sentence per article in a fact', () => {
    fc.assert(
      fc.property(arbitraryArticles, (articles) => {
        const facts = alignFacts('e', byPublication(articles), []);
        const seen = new Set<string>();
        for (const f of facts) {
          expect(new Set(f.articleIds).size).toBe(f.articleIds.length);
          expect(f.spans.map((s) => s.articleId)).toEqual(f.articleIds);
          for (const s of f.spans) {
            const key = `${s.articleId}/${s.paragraph}/${s.start}`;
            expect(seen.has(key)).toBe(false);
            seen.add(key);
          }
        }
        const all = articles.flatMap((a) =>
          a.body.flatMap((p, i) => splitSentences(p).map((s) => `${a.id}/${i}/${s.start}`)),
        );
        expect([...seen].sort()).toEqual(all.sort());
      }),
      { numRuns: 150 },
    );
  });

  it('quote groups and facts do not depend on the order of the articles', () => {
    fc.assert(
      fc.property(arbitraryArticles, fc.integer(), (articles, seed) => {
        const shuffled = [...articles].sort(
          (x, y) => ((x.id.charCodeAt(2) * seed) % 7) - ((y.id.charCodeAt(2) * seed) % 7),
        );
        expect(compareEvent('e', shuffled, context)).toEqual(compareEvent('e', articles, context));
      }),
      { numRuns: 100 },
    );
    const reversed = [...members].reverse();
    expect(compareEvent('e', reversed, context)).toEqual(compareEvent('e', members, context));
  });
});

describe('extractQuotes with a paragraph memo', () => {
  it('property: gives the same quotes with or without the memo, for articles that share paragraphs', () => {
    const paragraph = fc.constantFrom(
      '"We will not sign this deal today," Berg said.',
      'Berg said that the talks would resume in June.',
      'He added: "There are no specifics yet."',
      'The council approved the budget on Tuesday.',
      '"It is done," she told reporters, adding that "more will follow".',
    );
    fc.assert(
      fc.property(fc.array(fc.array(paragraph, { minLength: 1, maxLength: 5 }), { maxLength: 6 }), (bodies) => {
        const memo: ParagraphMemo = new Map();
        for (const [k, body] of bodies.entries())
          expect(extractQuotes(body, `a-${k}`, memo)).toEqual(extractQuotes(body, `a-${k}`));
      }),
      { numRuns: 100 },
    );
  });
});

describe('provenance', () => {
  const agency: Outlet = { id: 'wire' as OutletId, name: 'Wire', country: null, kind: 'news agency', homepage: null };
  const body = [
    'Flood waters rose along the river on Monday, forcing hundreds of families from their homes in three villages.',
    'Rescue teams used boats to reach people stranded on rooftops, the regional emergency service said in a statement.',
    'The river peaked at more than six metres above its usual level overnight, the highest reading in two decades.',
    'Officials opened schools and sports halls as shelters and asked residents to boil drinking water until further notice.',
    'Forecasters expect more rain in the hills later in the week, which could send a second surge down the valley by Friday.',
    'Farmers said whole fields of winter wheat were under water and feared the harvest in the lowlands would be lost.',
  ];
  const origin = makeArticle('a-wire', 'Floods force hundreds from homes', body, '2024-03-04', 'wire');
  const edited = makeArticle(
    'a-copy',
    'Hundreds flee as river floods villages',
    [
      body[0]!.replace('on Monday', 'early on Monday'),
      body[1]!,
      body[2]!.replace('two decades', '20 years'),
      body[3]!,
      body[4]!.replace('Forecasters expect', 'Forecasters said they expect'),
    ],
    '2024-03-04',
    'local-paper',
  );
  const other = makeArticle(
    'a-own',
    'River floods',
    [
      'Our reporter saw the water reach the church steps by noon as families carried furniture upstairs.',
      'Neighbours said nothing like it had happened since their grandparents were young.',
    ],
    '2024-03-04',
    'daily',
  );

  it('a lightly edited, cut republication is a copy of the original; the two are one independent report', () => {
    const copies = findCopies([edited, other, origin], [agency]);
    expect(copies.get(id('a-copy'))?.of).toBe('a-wire');
    expect(copies.has(id('a-wire'))).toBe(false);
    expect(copies.has(id('a-own'))).toBe(false);
    const p = provenanceOf([origin, edited, other], copies);
    expect(p).toMatchObject({ outlets: 3, independentReports: 2 });
    expect(p.copies[0]!.basis).toMatch(/^near-identical body: \d+% of its word sequences/);
  });

  it('finds the same copies from prints worked out beforehand, and reads those prints', () => {
    const articles = [edited, other, origin];
    const plain = findCopies(articles, [agency]);
    const given = findCopies(articles, [agency], new Map(), (a) => Int32Array.from(copyPrint(a.body)));
    expect([...given]).toEqual([...plain]);
    // The reporter's own piece given the wire's print: a copy of it.
    const swapped = findCopies(articles, [agency], new Map(), (a) =>
      Int32Array.from(copyPrint(a.id === other.id ? origin.body : a.body)),
    );
    expect(swapped.get(id('a-own'))?.of).toBe('a-wire');
  });

  it('two reports of the same flood written separately are not copies of each other', () => {
    const own = makeArticle(
      'a-sep',
      'Villages evacuated as the river floods',
      [
        'Hundreds of families left three villages on Monday as the river burst its banks after days of rain.',
        'The regional emergency service said boats were sent to reach people on rooftops and in the church tower.',
        'The water level was the highest in twenty years, the service said, and schools were opened as shelters.',
        'Residents were asked to boil their drinking water, and more rain is forecast in the hills this week.',
        'Farmers in the lowlands said the winter wheat was under water and much of the harvest would be lost.',
      ],
      '2024-03-04',
      'daily',
    );
    expect(findCopies([origin, own], [agency]).size).toBe(0);
  });

  it('reads no more of a first paragraph than datelineLead keeps: the same copies from the leads alone', () => {
    const paragraphs = [
      `(Wire) - ${body[0]}`,
      `KYIV, May 5 (Wire)${' '.repeat(300)}— ${body[1]}`,
      `KYIV, May 5 (Wire)${' '.repeat(300)}x — ${body[4]}`,
      `${'A long opening sentence with no dateline in it at all, '.repeat(4)}(Wire) - ${body[2]}`,
      body[3]!,
    ];
    const articles = paragraphs.map((p, i) => makeArticle(`a-lead-${i}`, 'x', [p], '2024-03-05', 'local-paper'));
    const full = findCopies(articles, [agency]);
    expect([...full.keys()]).toEqual([id('a-lead-0'), id('a-lead-1')]);
    const leads = findCopies(articles, [agency], new Map(), undefined, (a) => datelineLead(a.body[0] ?? ''));
    expect([...leads]).toEqual([...full]);
    for (const p of paragraphs) expect(datelineLead(p).length).toBeLessThan(p.length);
  });

  it('keeps all the dateline pattern reads: a 40-character place and agency, the dash at character 82', () => {
    const name = 'Associated Regional Wire Service Limited';
    const place = 'KYIV, Ukraine, Monday 5 May 2025, late: ';
    expect([name.length, place.length]).toEqual([40, 40]);
    const wire: Outlet = { ...agency, id: 'regional-wire' as OutletId, name };
    const paragraphs = [
      `${place}(${name})— ${body[0]}`,
      `${place}(${name})     — ${body[1]}`,
      `${place}x(${name})— ${body[2]}`,
    ];
    expect(paragraphs[0]!.indexOf('—')).toBe(82);
    const articles = paragraphs.map((p, i) => makeArticle(`a-edge-${i}`, 'x', [p], '2024-03-05', 'local-paper'));
    const full = findCopies(articles, [wire]);
    expect([...full.keys()]).toEqual([id('a-edge-0'), id('a-edge-1')]);
    expect([...findCopies(articles, [wire], new Map(), undefined, (a) => datelineLead(a.body[0]!))]).toEqual([...full]);
  });

  it('a wire dateline of another outlet makes an article that outlet’s report', () => {
    const dated = makeArticle('a-dl', 'x', [`(Wire) - ${body[0]}`], '2024-03-05', 'local-paper');
    const copies = findCopies([dated], [agency]);
    expect(copies.get(id('a-dl'))).toEqual({
      articleId: 'a-dl',
      of: 'wire',
      basis: 'wire dateline "(Wire) -": the agency\'s report',
    });
    // With the agency's own report in the event, the copy names that report.
    expect(provenanceOf([dated, other], copies).copies[0]!.of).toBe('wire');
  });

  it('fingerprints sample the same shingles from the same words', () => {
    expect([...fingerprint(body)]).toEqual([...fingerprint([body.join(' ')])]);
    expect(fingerprint(body).size).toBeGreaterThan(3);
  });
});

describe('provenance through the ingest', () => {
  const wire = [
    'Flood waters rose along the river on Monday, forcing hundreds of families from their homes in three villages.',
    'Rescue teams used boats to reach people stranded on rooftops, the regional emergency service said in a statement.',
    'The river peaked at more than six metres above its usual level overnight, the highest reading in two decades.',
    'Officials opened schools and sports halls as shelters and asked residents to boil drinking water until further notice.',
    'Forecasters expect more rain in the hills later in the week, which could send a second surge down the valley by Friday.',
  ];
  const corpus = ingestTexts(
    {
      'wire.txt': newsPage({ title: 'Floods force hundreds from their homes', paragraphs: wire }),
      'paper.txt': newsPage({
        title: 'Hundreds flee as the river floods three villages',
        byline: 'By Staff',
        paragraphs: [wire[0]!.replace('on Monday', 'early on Monday'), ...wire.slice(1, 4)],
      }),
    },
    { registry: seedRegistry(), manifest: { 'wire.txt': { outlet: 'reuters' }, 'paper.txt': { outlet: 'the-hill' } } },
  );

  it('counts a lightly edited republication of a wire report and the report as one independent report', () => {
    expect(corpus.events).toHaveLength(1);
    const [event] = corpus.events;
    const paper = corpus.articles.find((a) => a.outletId === 'the-hill')!;
    const original = corpus.articles.find((a) => a.outletId === 'reuters')!;
    expect(event!.provenance).toMatchObject({ outlets: 2, independentReports: 1 });
    expect(event!.provenance.copies).toEqual([
      { articleId: paper.id, of: original.id, basis: expect.stringMatching(/^near-identical body/) as unknown },
    ]);
  });
});
