/**
 * Pins of events and stories: event ids, the order of the feed, cohesion, storylines that
 * link events about the same actors weeks apart, an editor's corrections, and a reader's
 * corrections laid over a finished corpus without touching the events they do not name.
 */
import { describe, expect, it } from 'vitest';
import { applyCorrections, eventIdFor, groupIntoEvents } from '../../src/core/group/events';
import { regroupCorpus } from '../../src/core/group/regroup';
import type { ArticleId, Corpus } from '../../src/core/types';
import { HAPPENINGS, ingestTexts, makeArticle, newsPage } from '../helpers';

const id = (s: string) => s as ArticleId;
const [QUAKE, FUND, , FERRY] = HAPPENINGS;

describe('eventIdFor', () => {
  it('names an event after its first article in id order', () => {
    expect(eventIdFor([id('a-b2'), id('a-a1'), id('a-c3')])).toBe('e-a1');
  });
});

describe('applyCorrections', () => {
  const groups = [[id('a-1'), id('a-2')], [id('a-3')]];

  it('applies a move within the same event as a no-op, recorded as applied', () => {
    const { groups: out, applied } = applyCorrections(groups, [
      { kind: 'move', articleId: id('a-2'), withArticleId: id('a-1') },
    ]);
    expect(out).toEqual([['a-1', 'a-2'], ['a-3']]);
    expect(applied).toEqual([{ kind: 'move', articleId: 'a-2', withArticleId: 'a-1', applied: true }]);
  });

  it('drops an event that a move empties and sorts the ids of each event', () => {
    const { groups: out } = applyCorrections(groups, [
      { kind: 'move', articleId: id('a-3'), withArticleId: id('a-2') },
    ]);
    expect(out).toEqual([['a-1', 'a-2', 'a-3']]);
    const { groups: back } = applyCorrections(
      [[id('a-2')], [id('a-1')]],
      [{ kind: 'move', articleId: id('a-1'), withArticleId: id('a-2') }],
    );
    expect(back).toEqual([['a-1', 'a-2']]);
  });

  it('applies corrections in order, each on the result of the one before', () => {
    const { groups: out } = applyCorrections(groups, [
      { kind: 'detach', articleId: id('a-2') },
      { kind: 'move', articleId: id('a-3'), withArticleId: id('a-2') },
    ]);
    expect(out).toEqual([['a-1'], ['a-2', 'a-3']]);
  });

  it('keeps a correction of an article the corpus lacks, unapplied, with the reason', () => {
    const { groups: out, applied } = applyCorrections(groups, [{ kind: 'detach', articleId: id('a-9') }]);
    expect(out).toEqual(groups);
    expect(applied).toEqual([
      { kind: 'detach', articleId: 'a-9', applied: false, reason: 'no article "a-9" in the corpus' },
    ]);
  });
});

describe('groupIntoEvents', () => {
  const fund = FUND!;
  const a1 = makeArticle('a-n1', fund.title, [...fund.sentences], '2024-03-05');
  const a2 = makeArticle('a-n2', fund.sentences[1]!.replace(/\.$/, ''), [...fund.sentences].reverse(), '2024-03-05');
  /** Three weeks later, the same fund, ministry and parliament: a follow-up, not the same happening. */
  const followUp = makeArticle(
    'a-f1',
    'Norges Bank wealth fund publishes first exclusion list under Storting ethics rules',
    [
      'Norges Bank Investment Management published its first list of excluded companies under the ethics rules on Tuesday.',
      'The list names twelve firms tied to cluster munitions and coal.',
      'Finance minister Kari Nordheim welcomed the list in Oslo.',
    ],
    '2024-03-28',
  );
  const quake = makeArticle('a-q1', QUAKE!.title, [...QUAKE!.sentences], '2024-03-20');
  const undated = makeArticle('a-u1', FERRY!.title, [...FERRY!.sentences], null);
  const result = groupIntoEvents([quake, a2, undated, followUp, a1], []);

  it('lists events newest first, undated last', () => {
    expect(result.events.map((e) => e.id)).toEqual(['e-f1', 'e-q1', 'e-n1', 'e-u1']);
  });

  it('gives an event of several reports their mean similarity as cohesion, and a single report none', () => {
    const pair = result.events.find((e) => e.id === 'e-n1')!;
    expect(pair.articleIds).toEqual(['a-n1', 'a-n2']);
    expect(pair.why.cohesion).toBeGreaterThan(0.3);
    expect(pair.why.cohesion).toBeLessThanOrEqual(1);
    expect(result.events.find((e) => e.id === 'e-q1')!.why).not.toHaveProperty('cohesion');
  });

  it('links a follow-up weeks later about the same actors into one story, and nothing else', () => {
    expect(result.stories.map((s) => [s.id, s.eventIds])).toEqual([
      ['s-f1', ['e-n1', 'e-f1']],
      ['s-q1', ['e-q1']],
      ['s-u1', ['e-u1']],
    ]);
    expect(result.events.find((e) => e.id === 'e-n1')!.storyId).toBe('s-f1');
  });

  it('titles a story after its largest event', () => {
    expect(result.stories[0]!.title).toBe(result.events.find((e) => e.id === 'e-n1')!.title);
  });

  it('does not depend on the order the articles come in', () => {
    expect(groupIntoEvents([a1, followUp, undated, a2, quake], [])).toEqual(result);
  });
});

describe('regroupCorpus', () => {
  const page = (h: number, n: number, day: number) => {
    const { title, sentences } = HAPPENINGS[h]!;
    return newsPage({
      title: n % 2 ? sentences[n]!.replace(/\.$/, '') : title,
      paragraphs: sentences.map((_, i) => sentences[(i + n) % sentences.length]!),
    }).replace('March 3, 2024', `March ${day}, 2024`);
  };
  // Three reports of one happening among six, so its words are not common to most articles.
  const corpus: Corpus = ingestTexts({
    'h0n0.txt': page(0, 0, 3),
    'h0n1.txt': page(0, 1, 3),
    'h0n2.txt': page(0, 2, 4),
    'h1n0.txt': page(1, 0, 5),
    'h1n1.txt': page(1, 1, 5),
    'h3n0.txt': page(3, 0, 1),
  });
  const whole = new Map(corpus.articles.map((a) => [a.id as string, a]));
  const article = (file: string) => corpus.articles.find((a) => a.sourceFile === file)!.id;
  const eventOf = (events: readonly { id: string; articleIds: readonly string[] }[], file: string) =>
    events.find((e) => e.articleIds.includes(article(file)))!;

  it('returns the corpus’s own events and stories when there is nothing to correct', () => {
    const r = regroupCorpus(corpus, whole, []);
    expect(r.events).toBe(corpus.events);
    expect(r.stories).toBe(corpus.stories);
    expect(r.applied).toEqual([]);
  });

  it('rebuilds only the events a correction touches; the larger part keeps the event’s id', () => {
    const quake = eventOf(corpus.events, 'h0n0.txt');
    expect(quake.articleIds).toHaveLength(3);
    const r = regroupCorpus(corpus, whole, [{ kind: 'detach', articleId: article('h0n0.txt') }]);
    expect(eventOf(r.events, 'h0n1.txt').id).toBe(quake.id);
    expect(eventOf(r.events, 'h0n1.txt').articleIds).toHaveLength(2);
    const alone = eventOf(r.events, 'h0n0.txt');
    expect(alone.articleIds).toEqual([article('h0n0.txt')]);
    expect(alone.id).not.toBe(quake.id);
    expect(eventOf(r.events, 'h1n0.txt')).toBe(eventOf(corpus.events, 'h1n0.txt'));
    expect(r.applied).toEqual([{ applied: true, kind: 'detach', articleId: article('h0n0.txt') }]);
  });

  it('keeps the feed newest first and each story with its events after a move', () => {
    const r = regroupCorpus(corpus, whole, [
      { kind: 'move', articleId: article('h3n0.txt'), withArticleId: article('h1n0.txt') },
    ]);
    const dates = r.events.map((e) => e.date ?? '');
    expect(dates).toEqual([...dates].sort().reverse());
    const moved = eventOf(r.events, 'h3n0.txt');
    expect(moved.articleIds).toHaveLength(3);
    expect(r.events).toHaveLength(corpus.events.length - 1);
    expect(r.stories.flatMap((s) => s.eventIds).sort()).toEqual(r.events.map((e) => e.id).sort());
    expect(r.stories.every((s) => s.eventIds.length > 0)).toBe(true);
  });

  it('gives a detached article a fresh id when its own id is taken, and reports what it could not apply', () => {
    const first = article('h0n0.txt');
    const r = regroupCorpus(corpus, whole, [
      { kind: 'detach', articleId: id('a-nothing') },
      { kind: 'detach', articleId: first },
    ]);
    expect(r.applied[0]).toEqual({
      applied: false,
      kind: 'detach',
      articleId: 'a-nothing',
      reason: 'no article "a-nothing" in the corpus',
    });
    // The event is named after its first article, which now stands alone: the rest keep the name.
    expect(eventOf(corpus.events, 'h0n0.txt').id).toBe(eventIdFor([first]));
    expect(eventOf(r.events, 'h0n0.txt').id).toBe(`${eventIdFor([first])}-2`);
    expect(new Set(r.events.map((e) => e.id)).size).toBe(r.events.length);
  });
});
