import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { averageLink } from '../../src/core/group/cluster';
import { chooseDate, chooseTitle, cleanHeadline, explainEvent } from '../../src/core/group/describe';
import { applyCorrections, groupIntoEvents, toGroupInput } from '../../src/core/group/events';
import { mentionedDays, namePhrases, stem, tokenize } from '../../src/core/group/features';
import { addToGrouping } from '../../src/core/group/extend';
import { groupArticles } from '../../src/core/group/group';
import { compareCorpus } from '../../src/core/compare/compare-event';
import { parseCorpus } from '../../src/core/schema';
import type { Article, ArticleId, Outlet } from '../../src/core/types';
import { HAPPENINGS, makeArticle } from '../helpers';

const id = (s: string) => s as ArticleId;
const OUTLET = { id: 'example-times', name: 'Example Times', country: null, kind: 'newspaper', homepage: null };

/** Article `n` about happening `h`: its headline and a rotation of that happening's sentences. */
function report(h: number, n: number, date: string | null): Article {
  const { title, sentences } = HAPPENINGS[h]!;
  const body = sentences.map((_, i) => sentences[(i + n) % sentences.length]!);
  const headline = n % 2 === 0 ? title : `${sentences[n % sentences.length]!.replace(/\.$/, '')}`;
  return makeArticle(`a-h${h}n${n}`, headline, body, date);
}

function partitionOf(events: readonly { articleIds: readonly string[] }[]): string[] {
  return events.map((e) => [...e.articleIds].sort().join('+')).sort();
}

describe('features', () => {
  it('stems plurals, possessives and verb endings to one key', () => {
    expect(stem('talks')).toBe(stem('talk'));
    expect(stem("putin's")).toBe('putin');
    expect(stem('launched')).toBe(stem('launching'));
  });

  it('marks capitalised words inside a sentence as names, not the first word', () => {
    const tokens = tokenize('Officials said Dmitry Peskov spoke. Later the talks ended.');
    expect(tokens.filter((t) => t.name).map((t) => t.surface)).toEqual(['Dmitry', 'Peskov']);
    expect(namePhrases('Officials said Dmitry Peskov met Steve Witkoff in Moscow.')).toEqual([
      'Dmitry Peskov',
      'Steve Witkoff',
      'Moscow',
    ]);
  });

  it('reads mentioned days with or without a year', () => {
    expect(mentionedDays('Peskov said on May 5 that talks in 13 April 2025 had helped')).toEqual(['05-05', '04-13']);
  });
});

describe('averageLink', () => {
  it('merges pairs whose average similarity reaches the threshold, counting missing pairs as 0', () => {
    const edges = [
      { a: 0, b: 1, sim: 0.9 },
      { a: 1, b: 2, sim: 0.5 },
      { a: 3, b: 4, sim: 0.2 },
    ];
    // {0,1} then 2 joins at (0 + 0.5) / 2 = 0.25
    expect(averageLink(5, edges, 0.25)).toEqual([[0, 1, 2], [3], [4]]);
    expect(averageLink(5, edges, 0.3)).toEqual([[0, 1], [2], [3], [4]]);
    expect(averageLink(5, edges, 0.2)).toEqual([
      [0, 1, 2],
      [3, 4],
    ]);
  });
});

describe('groupArticles', () => {
  it('puts reports of one happening together and keeps different happenings apart', () => {
    const articles = HAPPENINGS.flatMap((_, h) => [0, 1, 2].map((n) => report(h, n, '2024-04-15')));
    const { events } = groupIntoEvents(articles, []);
    expect(partitionOf(events)).toEqual(
      partitionOf(HAPPENINGS.map((_, h) => ({ articleIds: [0, 1, 2].map((n) => `a-h${h}n${n}`) }))),
    );
  });

  it('separates two groups of reports of the same actors weeks apart (another happening, another day)', () => {
    // Other happenings beside them, so that the words of the first are not in most articles.
    const articles = [
      ...[0, 1].map((n) => report(0, n, '2024-04-15')),
      ...[2, 3].map((n) => report(0, n, '2024-05-20')),
      ...[0, 1].map((n) => report(1, n, '2024-04-15')),
      ...[0, 1].map((n) => report(2, n, '2024-05-20')),
    ];
    const { events } = groupIntoEvents(articles, []);
    expect(partitionOf(events)).toEqual(['a-h0n0+a-h0n1', 'a-h0n2+a-h0n3', 'a-h1n0+a-h1n1', 'a-h2n0+a-h2n1']);
  });

  it('lets a single full report published weeks later join its happening (a late page)', () => {
    const articles = [report(0, 0, '2024-04-15'), report(0, 1, '2024-04-15'), report(0, 2, '2024-05-20')];
    const { events } = groupIntoEvents(articles, []);
    expect(partitionOf(events)).toEqual(['a-h0n0+a-h0n1+a-h0n2']);
  });

  it('rejects duplicate article ids', () => {
    const a = report(0, 0, null);
    expect(() => groupArticles([toGroupInput(a), toGroupInput(a)])).toThrow(
      'core/group: duplicate article id "a-h0n0"',
    );
  });

  const pool = HAPPENINGS.flatMap((_, h) =>
    [0, 1, 2, 3].map((n) => report(h, n, n === 3 ? null : `2024-04-${String(10 + h * 3 + (n % 2)).padStart(2, '0')}`)),
  );
  const subset = fc.subarray(pool, { minLength: 1 });

  it('property: every article is in exactly one event, and the corpus validates', () => {
    fc.assert(
      fc.property(subset, (articles) => {
        const grouped = groupIntoEvents(articles, []);
        const seen = grouped.events.flatMap((e) => e.articleIds);
        expect([...seen].sort()).toEqual(articles.map((a) => a.id).sort());
        expect(new Set(grouped.stories.flatMap((s) => s.eventIds)).size).toBe(grouped.events.length);
        const context = { outlets: [OUTLET as unknown as Outlet], placeNames: [] };
        const { events, stories } = compareCorpus(grouped.events, grouped.stories, articles, context);
        const check = parseCorpus({ schemaVersion: 1, sources: [], outlets: [OUTLET], articles, events, stories });
        expect(check.ok ? 'ok' : check.error).toBe('ok');
      }),
      { numRuns: 60 },
    );
  });

  it('property: grouping does not depend on the order articles arrive in', () => {
    fc.assert(
      fc.property(subset, fc.integer(), (articles, seed) => {
        const shuffled = [...articles].sort((x, y) => hash(x.id, seed) - hash(y.id, seed));
        expect(groupIntoEvents(shuffled, [])).toEqual(groupIntoEvents(articles, []));
      }),
      { numRuns: 60 },
    );
  });

  it('adds a new article incrementally: a new report joins its happening, the rest stay as they were', () => {
    const first = [0, 1, 2, 3].flatMap((h) => [report(h, 0, '2024-04-15'), report(h, 1, '2024-04-15')]);
    const before = groupArticles(first.map(toGroupInput));
    const after = addToGrouping(before, [toGroupInput(report(2, 2, '2024-04-16'))]);
    const ids = (g: { inputs: { id: string }[]; groups: number[][] }) =>
      g.groups.map((grp) => grp.map((i) => g.inputs[i]!.id).join('+')).sort();
    expect(ids(after)).toEqual(ids(before).map((g) => (g.startsWith('a-h2') ? `${g}+a-h2n2` : g)));
    expect(ids(after)).toEqual(ids(groupArticles([...first, report(2, 2, '2024-04-16')].map(toGroupInput))));
  });
});

function hash(s: string, seed: number): number {
  let h = seed | 0;
  for (const ch of s) h = Math.imul(h ^ ch.charCodeAt(0), 16777619);
  return h;
}

describe('describing an event', () => {
  it('cleans outlet tags and piece labels off a headline', () => {
    expect(cleanHeadline('BREAKING: Ferry runs aground off Paros | Example Times')).toBe(
      'Ferry runs aground off Paros',
    );
    expect(cleanHeadline('Ferry runs aground off Paros - Reuters', ['Reuters'])).toBe('Ferry runs aground off Paros');
    expect(cleanHeadline('Ferry runs aground off Paros.')).toBe('Ferry runs aground off Paros');
  });

  it('takes the headline that covers what the reports share, not a quote-led or cut-short one', () => {
    const body = HAPPENINGS[3].sentences;
    const members = [
      makeArticle('a-1', '"We were terrified," says passenger', [...body], '2024-04-15'),
      makeArticle('a-2', 'Ferry carrying 300 passengers runs aground off Paros', [...body], '2024-04-15'),
      makeArticle('a-3', 'Ferry with 300 passengers runs aground off Greek island of...', [...body], '2024-04-15'),
    ];
    expect(chooseTitle(members)).toEqual({
      title: 'Ferry carrying 300 passengers runs aground off Paros',
      from: 'a-2',
    });
  });

  it('dates an event by the day most reports state, before estimated days', () => {
    const a = makeArticle('a-1', 't', ['b'], '2024-04-15');
    const b = makeArticle('a-2', 't', ['b'], '2024-04-16');
    const c = {
      ...makeArticle('a-3', 't', ['b'], '2024-04-16'),
      published: { date: '2024-04-17', estimated: true, basis: 'relative' as const },
    };
    expect(chooseDate([a, b, c])).toEqual({ date: '2024-04-15', estimated: false });
    expect(chooseDate([c])).toEqual({ date: '2024-04-17', estimated: true });
    expect(chooseDate([makeArticle('a-4', 't', ['b'], null)])).toEqual({ date: null, estimated: false });
  });

  it('explains an event by the names, quotes and days its reports share', () => {
    const x = makeArticle(
      'a-1',
      'Peskov says meeting needed',
      [
        'Kremlin spokesman Dmitry Peskov said on May 5: "Such a meeting is clearly on the radar and certainly necessary."',
      ],
      '2025-05-05',
    );
    const y = makeArticle(
      'a-2',
      'Kremlin on a meeting',
      ['Spokesman Dmitry Peskov told reporters: "Such a meeting is clearly on the radar, and in many ways necessary."'],
      '2025-05-05',
    );
    const why = explainEvent([x, y], 0.42);
    expect(why.names).toContain('Dmitry Peskov');
    expect(why.quotes).toHaveLength(1);
    expect(why.quotes[0]).toContain('clearly on the radar');
    expect(why.dates).toContain('2025-05-05');
    expect(why.cohesion).toBe(0.42);
    expect(explainEvent([x])).toEqual({ names: [], quotes: [], dates: [], terms: [] });
  });
});

describe('corrections', () => {
  const groups = [[id('a-1'), id('a-2'), id('a-3')], [id('a-4')]];

  it('detaches an article into an event of its own and moves one to another event', () => {
    const { groups: out, applied } = applyCorrections(groups, [
      { kind: 'detach', articleId: id('a-2') },
      { kind: 'move', articleId: id('a-3'), withArticleId: id('a-4') },
    ]);
    expect(out).toEqual([['a-1'], ['a-3', 'a-4'], ['a-2']]);
    expect(applied.every((c) => c.applied)).toBe(true);
  });

  it('keeps a correction that names an unknown article, unapplied, with the reason', () => {
    const { groups: out, applied } = applyCorrections(groups, [
      { kind: 'move', articleId: id('a-1'), withArticleId: id('a-missing') },
    ]);
    expect(out).toEqual(groups);
    expect(applied).toEqual([
      {
        kind: 'move',
        articleId: 'a-1',
        withArticleId: 'a-missing',
        applied: false,
        reason: 'no article "a-missing" in the corpus',
      },
    ]);
  });

  it('are honoured by the grouping and listed in its result', () => {
    const articles = [0, 1, 2].map((n) => report(1, n, '2024-04-15'));
    const { events, corrections } = groupIntoEvents(articles, [], [{ kind: 'detach', articleId: id('a-h1n1') }]);
    expect(partitionOf(events)).toEqual(['a-h1n0+a-h1n2', 'a-h1n1']);
    expect(corrections).toEqual([{ kind: 'detach', articleId: 'a-h1n1', applied: true }]);
  });
});
