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
