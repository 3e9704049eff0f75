/**
 * Pins of storylines and cohesion: which events link into one story (the same actors and
 * subject in their headlines, weeks apart at most), a story's id, title and the order of its
 * events, and an event's cohesion as the mean similarity of its article pairs.
 */
import { describe, expect, it } from 'vitest';
import {
  describeEvent,
  groupIntoEvents,
  linkStories,
  STORY_THRESHOLD,
  toGroupInput,
} from '../../src/core/group/events';
import { groupArticles } from '../../src/core/group/group';
import type { Article, EventId, GroupedEvent, StoryId } from '../../src/core/types';
import { HAPPENINGS, makeArticle } from '../helpers';

const fund = (id: string, title: string, date: string | null) =>
  makeArticle(id, title, ['The fund said so in a statement.'], date);

const ARTICLES: Article[] = [
  fund('a-a1', 'Storting tightens Norges Bank fund ethics rules', '2024-03-05'),
  fund('a-a2', 'Norges Bank fund gets stricter Storting ethics rules', '2024-03-05'),
  fund('a-f1', 'Norges Bank fund publishes Storting exclusion list', '2024-04-20'),
  fund('a-u1', 'Norges Bank fund ethics council named by Storting', null),
  fund('a-q1', 'Earthquake shakes Antofagasta in northern Chile', '2024-03-10'),
  fund('a-q2', 'Antofagasta earthquake damages homes in Chile', '2024-03-12'),
  fund('a-l1', 'Norges Bank fund ethics rules reviewed by Storting', '2024-12-01'),
];
const byId = new Map(ARTICLES.map((a) => [a.id as string, a]));

function events(...groups: string[][]): GroupedEvent[] {
  return groups.map((ids) =>
    describeEvent(
      `e-${ids[0]!.slice(2)}` as EventId,
      ids.map((i) => byId.get(i)!),
      [],
      '' as StoryId,
    ),
  );
}

describe('linkStories', () => {
  it('links events about the same actors within weeks, keeps another subject and a later return apart', () => {
    const ev = events(['a-q1'], ['a-l1'], ['a-f1'], ['a-a1', 'a-a2'], ['a-q2']);
    const stories = linkStories(ev, byId);
    expect(stories).toEqual([
      { id: 's-a1', title: 'Storting tightens Norges Bank fund ethics rules', eventIds: ['e-a1', 'e-f1'] },
      { id: 's-l1', title: 'Norges Bank fund ethics rules reviewed by Storting', eventIds: ['e-l1'] },
      { id: 's-q1', title: 'Earthquake shakes Antofagasta in northern Chile', eventIds: ['e-q1', 'e-q2'] },
    ]);
    expect(ev.map((e) => [e.id, e.storyId])).toEqual([
      ['e-q1', 's-q1'],
      ['e-l1', 's-l1'],
      ['e-f1', 's-a1'],
      ['e-a1', 's-a1'],
      ['e-q2', 's-q1'],
    ]);
  });

  it('titles a story after its largest event, of events alike in size the first by id, and lists an undated event last', () => {
    const stories = linkStories(events(['a-u1'], ['a-f1'], ['a-a2']), byId);
    expect(stories).toEqual([
      { id: 's-a2', title: 'Norges Bank fund gets stricter Storting ethics rules', eventIds: ['e-a2', 'e-f1', 'e-u1'] },
    ]);
    // e-u1 holds two reports (dated by a-a2, titled by it): the larger event titles the story.
    const larger = linkStories(events(['a-f1'], ['a-u1', 'a-a2']), byId);
    expect(larger).toEqual([
      { id: 's-f1', title: 'Norges Bank fund gets stricter Storting ethics rules', eventIds: ['e-u1', 'e-f1'] },
    ]);
  });

  it('gives every event a story of its own when nothing links', () => {
    const ev = events(['a-q1'], ['a-a1']);
    expect(linkStories(ev, byId)).toEqual([
      { id: 's-a1', title: 'Storting tightens Norges Bank fund ethics rules', eventIds: ['e-a1'] },
      { id: 's-q1', title: 'Earthquake shakes Antofagasta in northern Chile', eventIds: ['e-q1'] },
    ]);
    expect(linkStories([], byId)).toEqual([]);
    expect(STORY_THRESHOLD).toBe(0.1);
  });
});

describe('event cohesion', () => {
  /** Three reports of one happening and one of another, on one day. */
  const reports = [0, 1, 2].map((n) => {
    const { title, sentences } = HAPPENINGS[0]!;
    return makeArticle(
      `a-c${n}`,
      n === 1 ? sentences[1]!.replace(/\.$/, '') : title,
      sentences.map((_, i) => sentences[(i + n) % sentences.length]!),
      '2024-04-15',
    );
  });
  const other = makeArticle('a-o1', HAPPENINGS[1]!.title, [...HAPPENINGS[1]!.sentences], '2024-04-15');
  // Enough other articles that the happening's words are not common to most of them.
  const all = [
    ...reports,
    other,
    makeArticle('a-o2', HAPPENINGS[2]!.title, [...HAPPENINGS[2]!.sentences], null),
    makeArticle('a-o3', HAPPENINGS[3]!.title, [...HAPPENINGS[3]!.sentences], '2024-04-15'),
    makeArticle('a-o4', HAPPENINGS[3]!.sentences[0]!, [...HAPPENINGS[3]!.sentences].reverse(), '2024-04-14'),
  ];

  it('is the mean similarity of the event’s pairs, rounded to hundredths', () => {
    const g = groupArticles(all.map(toGroupInput));
    const inside = g.edges.filter((e) => e.a < 3 && e.b < 3);
    expect(inside).toHaveLength(3);
    const mean = inside.reduce((s, e) => s + e.sim, 0) / 3;
    const event = groupIntoEvents(all, []).events.find((e) => e.articleIds.length === 3)!;
    expect(event.articleIds).toEqual(['a-c0', 'a-c1', 'a-c2']);
    expect(event.why.cohesion).toBe(Math.round(mean * 100) / 100);
  });

  it('counts a pair of a corrected event that was never compared as 0', () => {
    const g = groupArticles(all.map(toGroupInput));
    const inside = g.edges.filter((e) => e.a < 3 && e.b < 3);
    const { events: ev } = groupIntoEvents(
      all,
      [],
      [{ kind: 'move', articleId: other.id, withArticleId: reports[0]!.id }],
    );
    const moved = ev.find((e) => e.articleIds.length === 4)!;
    expect(moved.articleIds).toEqual(['a-c0', 'a-c1', 'a-c2', 'a-o1']);
    const across = g.edges.filter((e) => e.b === 3 && e.a < 3).reduce((s, e) => s + e.sim, 0);
    expect(moved.why.cohesion).toBe(Math.round(((inside.reduce((s, e) => s + e.sim, 0) + across) / 6) * 100) / 100);
    expect(ev.find((e) => e.articleIds.length === 1 && e.articleIds[0] === 'a-o2')!.why).not.toHaveProperty('cohesion');
  });
});

describe('toGroupInput and describeEvent', () => {
  it('reads an article’s title, subtitle, body and date for grouping, and whether the date is estimated', () => {
    const a = {
      ...ARTICLES[0]!,
      subtitle: 'Parliament votes',
      published: { date: '2024-03-05', estimated: true, basis: 'manifest' as const },
    };
    expect(toGroupInput(a)).toEqual({
      id: 'a-a1',
      title: 'Storting tightens Norges Bank fund ethics rules',
      subtitle: 'Parliament votes',
      body: ['The fund said so in a statement.'],
      date: '2024-03-05',
      dateEstimated: true,
    });
    expect(toGroupInput(ARTICLES[3]!)).toEqual({
      id: 'a-u1',
      title: 'Norges Bank fund ethics council named by Storting',
      body: ['The fund said so in a statement.'],
      date: null,
      dateEstimated: false,
    });
  });

  it('describes an event with its articles in id order, its title, date and story', () => {
    const e = describeEvent(
      'e-x' as EventId,
      [byId.get('a-f1')!, byId.get('a-a2')!],
      ['Example Times'],
      's-y' as StoryId,
      0.333,
    );
    expect(e).toEqual({
      id: 'e-x',
      title: 'Norges Bank fund gets stricter Storting ethics rules',
      titleFrom: 'a-a2',
      date: '2024-03-05',
      dateEstimated: false,
      articleIds: ['a-a2', 'a-f1'],
      storyId: 's-y',
      why: expect.objectContaining({ cohesion: 0.33 }),
    });
  });
});

describe('linkStories: what it reads', () => {
  const withSubtitle = (id: string, title: string, subtitle: string | undefined, body: string[]) => ({
    ...makeArticle(id, title, body, '2024-05-02'),
    ...(subtitle ? { subtitle } : {}),
  });
  const link = (a: Article, b: Article) => {
    const ev = [a, b].map((x) => describeEvent(`e-${x.id.slice(2)}` as EventId, [x], [], '' as StoryId));
    return linkStories(ev, new Map([a, b].map((x) => [x.id as string, x]))).map((s) => s.eventIds);
  };
  const body = ['Norges Bank Investment Management Council officials in Oslo spoke at length.'];

  it('links events whose subtitles name the same actors, though their headlines share no word', () => {
    const a = withSubtitle('a-s1', 'Vote passes in parliament', 'About the Bank Investment Management Council', body);
    const b = withSubtitle('a-s2', 'Exclusion list published', 'About the Bank Investment Management Council', body);
    expect(link(a, b)).toEqual([['e-s1', 'e-s2']]);
  });

  it('does not link events whose bodies alone name the same actors', () => {
    const a = withSubtitle('a-s3', 'Vote passes in parliament', undefined, body);
    const b = withSubtitle('a-s4', 'Exclusion list published', undefined, body);
    expect(link(a, b)).toEqual([['e-s3'], ['e-s4']]);
  });
});

describe('groupIntoEvents: the order of the feed', () => {
  it('lists events of one day by id, whatever order their articles come in', () => {
    const marathon = makeArticle('a-m1', HAPPENINGS[2]!.title, [...HAPPENINGS[2]!.sentences], '2024-03-05');
    const day = [byId.get('a-q1')!, marathon, byId.get('a-a1')!].map((a) => ({
      ...a,
      published: { ...a.published, date: '2024-03-05' },
    }));
    const undated = makeArticle('a-b9', HAPPENINGS[3]!.title, [...HAPPENINGS[3]!.sentences], null);
    expect(groupIntoEvents([undated, ...day], []).events.map((e) => e.id)).toEqual(['e-a1', 'e-m1', 'e-q1', 'e-b9']);
    expect(groupIntoEvents([...day].reverse(), []).events.map((e) => e.id)).toEqual(['e-a1', 'e-m1', 'e-q1']);
  });
});
