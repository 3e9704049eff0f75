/**
 * A small corpus with its comparison filled in by hand, for the comparison views: one event
 * reported by the Kyiv Independent, Ukrainska Pravda and Pravda.ru, and copied by Yahoo News;
 * a second event reported by one outlet. Every span is found in its paragraph, so offsets are
 * consistent by construction.
 */
import type {
  Article,
  ArticleId,
  Citation,
  CitationKind,
  Corpus,
  EventId,
  Fact,
  NewsEvent,
  Outlet,
  OutletId,
  Quote,
  QuoteKind,
  StoryId,
} from '../src/core/types';
import { makeArticle } from './helpers';

const outlet = (
  id: string,
  name: string,
  country: string | null,
  kind: Outlet['kind'],
  stateOwned = false,
): Outlet => ({
  id: id as OutletId,
  name,
  country,
  kind,
  ...(stateOwned ? { stateOwned } : {}),
  homepage: null,
});

export const OUTLETS: Outlet[] = [
  outlet('kyiv-independent', 'Kyiv Independent', 'UA', 'online'),
  outlet('ukrainska-pravda', 'Ukrainska Pravda', 'UA', 'online'),
  outlet('pravda-ru', 'Pravda.ru', 'RU', 'online', true),
  outlet('yahoo', 'Yahoo News', 'US', 'aggregator'),
  outlet('tass', 'TASS', 'RU', 'news agency', true),
  outlet('al-mayadeen', 'Al Mayadeen English', 'LB', 'broadcaster'),
];

export const KI = 'a-ki' as ArticleId;
export const UP = 'a-up' as ArticleId;
export const PR = 'a-pr' as ArticleId;
export const YH = 'a-yh' as ArticleId;
export const AM = 'a-am' as ArticleId;

const KI_BODY = [
  'Kremlin spokesperson Dmitry Peskov said on May 5 that a meeting between Russian leader Vladimir Putin and US President Donald Trump is necessary but must be well prepared.',
  '"The meeting is clearly on the radar," Peskov said, according to Russian propaganda outlet RIA Novosti.',
  'Putin has no plans to travel to the Middle East in mid-May, Peskov added.',
  'The remarks come days after Kyiv and Washington signed a deal on minerals.',
];
const UP_BODY = [
  'Putin’s spokesperson Dmitry Peskov said that a meeting of the Russian President with Trump is necessary but must be prepared.',
  '"The meeting is clearly on the radar," Peskov told the Russian news agency Interfax.',
  'Peskov said Putin will not travel to the Middle East in mid-May.',
];
const PR_BODY = [
  'Kremlin spokesman Dmitry Peskov said a meeting between the President of Russia and Trump was necessary, but it needs to be prepared, as quoted by TASS.',
  '"The meeting is clearly being discussed publicly," Peskov said.',
  'In March, Yuri Ushakov said that the Kiev regime had not answered.',
];
const YH_BODY = KI_BODY.slice(0, 3);
const AM_BODY = ['The Kiev regime rejected the proposal, Al Mayadeen learned.'];

/** A span of `words` in paragraph `paragraph` of `body` (the first occurrence). */
function at(body: readonly string[], paragraph: number, words: string) {
  const start = body[paragraph]!.indexOf(words);
  if (start < 0) throw new Error(`tests/compare-fixture: “${words}” is not in paragraph ${paragraph}`);
  return { paragraph, start, end: start + words.length };
}

function quote(
  article: string,
  n: number,
  body: string[],
  p: number,
  text: string,
  speaker: string,
  kind: QuoteKind,
): Quote {
  return { id: `${article}:q${n}`, text, speaker, kind, ...at(body, p, text) };
}

function citation(
  body: string[],
  p: number,
  words: string,
  name: string,
  label: string,
  kind: CitationKind,
  outletId?: string,
): Citation {
  return { name, label, kind, ...(outletId ? { outletId: outletId as OutletId } : {}), ...at(body, p, words) };
}

function article(
  id: ArticleId,
  outletId: string,
  title: string,
  body: string[],
  time: string,
  extra: Partial<Article> = {},
): Article {
  const a = makeArticle(id, title, body, '2025-05-05', outletId);
  return { ...a, published: { ...a.published, time }, ...extra };
}

const BODIES: Record<string, string[]> = { [KI]: KI_BODY, [UP]: UP_BODY, [PR]: PR_BODY, [YH]: YH_BODY };

/** A fact: the whole paragraph `p` of each listed article (each paragraph is one sentence here). */
function fact(n: number, carriers: [ArticleId, number][]): Fact {
  const spans = carriers.map(([id, p]) => ({ articleId: id, ...at(BODIES[id]!, p, BODIES[id]![p]!) }));
  return {
    id: `e-peskov:f${n}`,
    text: BODIES[carriers[0]![0]]![carriers[0]![1]]!,
    articleIds: carriers.map(([id]) => id),
    spans,
  };
}

export const RADAR_GROUP = 'e-peskov:q0';
export const TRAVEL_GROUP = 'e-peskov:q1';

/** The fixture corpus: fresh on every call, the same every time. */
export function comparisonCorpus(): Corpus {
  const articles: Article[] = [
    article(KI, 'kyiv-independent', 'Peskov: Putin–Trump meeting necessary but must be prepared', KI_BODY, '10:00', {
      quotes: [
        quote(KI, 0, KI_BODY, 1, 'The meeting is clearly on the radar', 'Dmitry Peskov', 'direct'),
        quote(
          KI,
          1,
          KI_BODY,
          2,
          'Putin has no plans to travel to the Middle East in mid-May',
          'Dmitry Peskov',
          'paraphrase',
        ),
      ],
      citations: [
        citation(
          KI_BODY,
          1,
          'Russian propaganda outlet RIA Novosti',
          'RIA Novosti',
          'Russian propaganda outlet',
          'outlet',
        ),
      ],
    }),
    article(UP, 'ukrainska-pravda', 'Kremlin says Putin–Trump meeting needs preparation', UP_BODY, '11:30', {
      quotes: [
        quote(UP, 0, UP_BODY, 1, 'The meeting is clearly on the radar', 'Dmitry Peskov', 'direct'),
        quote(UP, 1, UP_BODY, 2, 'Putin will not travel to the Middle East in mid-May', 'Dmitry Peskov', 'paraphrase'),
      ],
      citations: [
        citation(UP_BODY, 1, 'the Russian news agency Interfax', 'Interfax', 'Russian news agency', 'agency'),
      ],
    }),
    article(PR, 'pravda-ru', 'Kremlin: Putin and Trump meeting must be prepared', PR_BODY, '13:00', {
      quotes: [
        quote(PR, 0, PR_BODY, 1, 'The meeting is clearly being discussed publicly', 'Dmitry Peskov', 'direct'),
        quote(PR, 1, PR_BODY, 2, 'the Kiev regime had not answered', 'Yuri Ushakov', 'paraphrase'),
      ],
      citations: [citation(PR_BODY, 0, 'TASS', 'TASS', '', 'agency', 'tass')],
    }),
    article(YH, 'yahoo', 'Peskov: Putin–Trump meeting necessary but must be prepared', YH_BODY, '14:00', {
      quotes: [
        quote(YH, 0, YH_BODY, 1, 'The meeting is clearly on the radar', 'Dmitry Peskov', 'direct'),
        quote(
          YH,
          1,
          YH_BODY,
          2,
          'Putin has no plans to travel to the Middle East in mid-May',
          'Dmitry Peskov',
          'paraphrase',
        ),
      ],
    }),
    { ...makeArticle(AM, 'Kiev regime rejects proposal', AM_BODY, '2025-04-20', 'al-mayadeen') },
  ];
  const peskov: NewsEvent = {
    id: 'e-peskov' as EventId,
    title: 'Peskov: Putin–Trump meeting necessary but must be prepared',
    titleFrom: KI,
    date: '2025-05-05',
    dateEstimated: false,
    articleIds: [KI, UP, PR, YH],
    storyId: 's-talks' as StoryId,
    why: { names: ['Dmitry Peskov'], quotes: [], dates: ['2025-05-05'], terms: ['meeting'], cohesion: 0.4 },
    quotes: [
      {
        id: RADAR_GROUP,
        speaker: 'Dmitry Peskov',
        variants: [
          { articleId: KI, quoteId: `${KI}:q0` },
          { articleId: UP, quoteId: `${UP}:q0` },
          { articleId: PR, quoteId: `${PR}:q0` },
          { articleId: YH, quoteId: `${YH}:q0` },
        ],
        missingFrom: [],
      },
      {
        id: TRAVEL_GROUP,
        speaker: 'Dmitry Peskov',
        variants: [
          { articleId: KI, quoteId: `${KI}:q1` },
          { articleId: UP, quoteId: `${UP}:q1` },
          { articleId: YH, quoteId: `${YH}:q1` },
        ],
        missingFrom: [PR],
      },
    ],
    facts: [
      fact(0, [
        [KI, 0],
        [UP, 0],
        [PR, 0],
        [YH, 0],
      ]),
      fact(1, [
        [KI, 1],
        [UP, 1],
        [PR, 1],
        [YH, 1],
      ]),
      fact(2, [
        [KI, 2],
        [UP, 2],
        [YH, 2],
      ]),
      fact(3, [[KI, 3]]),
      fact(4, [[PR, 2]]),
    ],
    naming: [
      {
        referent: 'Dmitry Peskov',
        variants: [
          { words: 'Kremlin spokesperson', articleIds: [KI, YH] },
          { words: 'Putin’s spokesperson', articleIds: [UP] },
          { words: 'Kremlin spokesman', articleIds: [PR] },
        ],
      },
      {
        referent: 'Kyiv',
        variants: [
          { words: 'Kyiv', articleIds: [KI] },
          { words: 'Kiev', articleIds: [PR] },
        ],
      },
    ],
    provenance: {
      outlets: 4,
      independentReports: 3,
      copies: [{ articleId: YH, of: KI, basis: 'near-identical body (94% of word shingles)' }],
    },
  };
  const single: NewsEvent = {
    id: 'e-regime' as EventId,
    title: 'Kiev regime rejects proposal',
    titleFrom: AM,
    date: '2025-04-20',
    dateEstimated: false,
    articleIds: [AM],
    storyId: 's-talks' as StoryId,
    why: { names: [], quotes: [], dates: [], terms: [] },
    quotes: [],
    facts: [
      {
        id: 'e-regime:f0',
        text: AM_BODY[0]!,
        articleIds: [AM],
        spans: [{ articleId: AM, ...at(AM_BODY, 0, AM_BODY[0]!) }],
      },
    ],
    naming: [],
    provenance: { outlets: 1, independentReports: 1, copies: [] },
  };
  return {
    schemaVersion: 1,
    sources: [],
    outlets: OUTLETS,
    articles,
    events: [peskov, single],
    stories: [
      {
        id: 's-talks' as StoryId,
        title: peskov.title,
        eventIds: [single.id, peskov.id],
        naming: [
          {
            referent: 'Kyiv',
            variants: [
              { words: 'Kyiv', articleIds: [KI] },
              { words: 'Kiev', articleIds: [PR, AM] },
            ],
          },
        ],
      },
    ],
  };
}
