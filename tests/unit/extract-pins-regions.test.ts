/**
 * Pins of how line weights find an article's body: what each kind of line costs or brings,
 * how runs of short lines escalate, where a run may stop, and which run is the page's own
 * article. Boundaries are checked with the named constants, so retuning one keeps these
 * true while undoing the rule (a wall that no longer stops a run) fails them.
 */
import { describe, expect, it } from 'vitest';
import { describeLine, type LineFeatures } from '../../src/core/extract/lines';
import {
  bestRun,
  CHROME_WEIGHT,
  choosePrimary,
  CONTINUATION_MAX_GAP,
  extendAcrossWidgets,
  findRegions,
  MAX_ESCALATION,
  MIN_PRIMARY_SCORE,
  MIN_REGION_SCORE,
  SHORT_LINE_WEIGHT,
  SHORT_SENTENCE_FACTOR,
  TIMESTAMP_WEIGHT,
  TRUNCATED_WEIGHT,
  WALL_WEIGHT,
  weighLine,
  weighLines,
  type Region,
} from '../../src/core/extract/regions';

const line = (text: string, marks: Partial<LineFeatures> = {}): LineFeatures => ({ ...describeLine(text), ...marks });

const PROSE = 'The council voted on Tuesday to approve the budget for the coming year after weeks of debate.';
const PROSE_2 = 'The mayor said the plan would raise spending on public transport while keeping taxes level.';
/** A teaser cut off mid-sentence: long, no full stop, a lower-case last word. */
const TEASER =
  'The council voted on Tuesday to approve the budget for the coming year after weeks of debate about how to pay for the roads and';
const MENU = 'World';

describe('weighLine: what a line brings to a run', () => {
  it('gives a blank line no weight either way', () => {
    expect(weighLine(line(''))).toBe(0);
  });

  it('counts a paragraph of prose for its length', () => {
    expect(weighLine(line(PROSE))).toBe(PROSE.length);
  });

  it('makes a section break and a headline walls, even on a line of prose', () => {
    expect(weighLine(line('Comments'))).toBe(WALL_WEIGHT);
    expect(weighLine(line(PROSE, { sectionBreak: true }))).toBe(WALL_WEIGHT);
    expect(weighLine(line(PROSE, { headline: true }))).toBe(WALL_WEIGHT);
  });

  it('charges page chrome, and prose that the page repeats elsewhere, as chrome', () => {
    expect(weighLine(line('Subscribe'))).toBe(CHROME_WEIGHT);
    expect(weighLine(line(PROSE, { repeated: true }))).toBe(CHROME_WEIGHT);
  });

  it('charges a repeated short label only as a short line, not as chrome', () => {
    expect(weighLine(line('Council budget vote', { repeated: true }))).toBe(SHORT_LINE_WEIGHT);
  });

  it('charges a line that is only a date or a time as a timestamp', () => {
    expect(weighLine(line('March 3, 2024, 10:15'))).toBe(TIMESTAMP_WEIGHT);
  });

  it('charges a photo caption as a short line, however long it runs', () => {
    const caption = 'Delegates arrive at the palace before the talks on Monday morning (AP Photo/Jane Roe)';
    expect(describeLine(caption).words).toBeGreaterThan(10);
    expect(weighLine(line(caption))).toBe(SHORT_LINE_WEIGHT);
  });

  it('charges a teaser cut off mid-sentence more the longer it is', () => {
    expect(weighLine(line(TEASER))).toBe(TRUNCATED_WEIGHT - TEASER.length / 2);
    const dotted = `${PROSE.slice(0, -1)} and then…`;
    expect(weighLine(line(dotted))).toBe(TRUNCATED_WEIGHT - dotted.length / 2);
  });

  it('counts a short sentence of five words or more for part of its length', () => {
    const five = 'The talks ended on Friday.';
    expect(weighLine(line(five))).toBe(five.length * SHORT_SENTENCE_FACTOR);
    expect(weighLine(line('Talks ended on Friday.'))).toBe(SHORT_LINE_WEIGHT);
    expect(weighLine(line('The talks ended on Friday'))).toBe(SHORT_LINE_WEIGHT);
  });

  it('counts a numbered or bulleted list item of three words or more, not a bare menu entry', () => {
    expect(weighLine(line('1. Buy a ticket'))).toBe('1. Buy a ticket'.length * SHORT_SENTENCE_FACTOR);
    expect(weighLine(line('• Three small cats'))).toBe('• Three small cats'.length * SHORT_SENTENCE_FACTOR);
    expect(weighLine(line('2) Book the hotel'))).toBe('2) Book the hotel'.length * SHORT_SENTENCE_FACTOR);
    expect(weighLine(line('1. Buy'))).toBe(SHORT_LINE_WEIGHT);
    expect(weighLine(line('Buy a ticket now'))).toBe(SHORT_LINE_WEIGHT);
    expect(weighLine(line('123. Buy a ticket'))).toBe(SHORT_LINE_WEIGHT);
  });

  it('charges a menu entry as a short line', () => {
    expect(weighLine(line(MENU))).toBe(SHORT_LINE_WEIGHT);
  });
});

describe('weighLines: runs of short lines', () => {
  it('charges each further short line in a row more, up to MAX_ESCALATION times', () => {
    const menu = Array.from({ length: MAX_ESCALATION + 2 }, () => line(MENU));
    expect(weighLines(menu)).toEqual(menu.map((_, i) => SHORT_LINE_WEIGHT * Math.min(i + 1, MAX_ESCALATION)));
  });

  it('starts the escalation over after a paragraph, not after a blank line', () => {
    const w = weighLines([line(MENU), line(''), line(MENU), line(PROSE), line(MENU)]);
    expect(w).toEqual([SHORT_LINE_WEIGHT, 0, 2 * SHORT_LINE_WEIGHT, PROSE.length, SHORT_LINE_WEIGHT]);
  });

  it('charges the photos of a gallery the same, and they neither escalate nor reset a menu', () => {
    const caption = line('Delegates arrive at the palace (AP Photo/Jane Roe)');
    const w = weighLines([line(MENU), caption, caption, line(MENU)]);
    expect(w).toEqual([SHORT_LINE_WEIGHT, SHORT_LINE_WEIGHT, SHORT_LINE_WEIGHT, 2 * SHORT_LINE_WEIGHT]);
  });

  it('keeps a wall at its own weight without escalating what follows', () => {
    expect(weighLines([line('Comments'), line(MENU)])).toEqual([WALL_WEIGHT, SHORT_LINE_WEIGHT]);
  });

  it('counts the entries of a list opened by a line ending in a colon, up to the next blank line', () => {
    const intro = 'Tour dates for the band are listed here:';
    const w = weighLines([line(intro), line('Paris, the Olympia'), line('Lyon, the Halle'), line(''), line(MENU)]);
    expect(w).toEqual([
      intro.length * SHORT_SENTENCE_FACTOR,
      'Paris, the Olympia'.length * SHORT_SENTENCE_FACTOR,
      'Lyon, the Halle'.length * SHORT_SENTENCE_FACTOR,
      0,
      SHORT_LINE_WEIGHT,
    ]);
  });

  it('lets a numbered item of three words ending in a colon open a list', () => {
    const w = weighLines([line('1. Tour venues:'), line('Paris')]);
    expect(w[1]).toBe('Paris'.length * SHORT_SENTENCE_FACTOR);
  });

  it('opens no list from a colon line that weighs against, or has fewer than three words', () => {
    expect(weighLines([line('Tour dates:'), line('Paris')])[1]).toBe(2 * SHORT_LINE_WEIGHT);
    expect(weighLines([line('1. Venues:'), line('Paris')])[1]).toBe(2 * SHORT_LINE_WEIGHT);
  });

  it('keeps chrome and walls inside a list at their cost', () => {
    const w = weighLines([line('Tour dates for the band are listed here:'), line('Subscribe'), line('Comments')]);
    expect(w.slice(1)).toEqual([CHROME_WEIGHT, WALL_WEIGHT]);
  });
});

describe('bestRun', () => {
  it('is null when no line brings anything', () => {
    expect(bestRun([-5, 0, -10])).toBeNull();
    expect(bestRun([])).toBeNull();
  });

  it('takes the stretch with the largest total, crossing a cheap line between two strong ones', () => {
    expect(bestRun([-50, 100, -30, 100, -500, 150])).toEqual({ start: 1, end: 3, score: 170 });
  });

  it('does not cross a line that costs more than the stretch before it brings', () => {
    expect(bestRun([100, -120, 110])).toEqual({ start: 2, end: 2, score: 110 });
  });

  it('keeps the first of two equal stretches', () => {
    expect(bestRun([100, -200, 100])).toEqual({ start: 0, end: 0, score: 100 });
  });

  it('looks only within the bounds it is given', () => {
    expect(bestRun([500, -1000, 100, 50, -1000, 900], 2, 3)).toEqual({ start: 2, end: 3, score: 150 });
    expect(bestRun([0, 40, 0], 1)).toEqual({ start: 1, end: 1, score: 40 });
  });
});

describe('findRegions', () => {
  it('keeps a run that reaches MIN_REGION_SCORE and drops one just below it', () => {
    expect(findRegions([MIN_REGION_SCORE])).toEqual([{ start: 0, end: 0, score: MIN_REGION_SCORE }]);
    expect(findRegions([MIN_REGION_SCORE - 1])).toEqual([]);
    expect(findRegions([-10, MIN_REGION_SCORE - 1, -10])).toEqual([]);
  });

  it('takes a threshold of its own', () => {
    expect(findRegions([50], 50)).toHaveLength(1);
    expect(findRegions([49], 50)).toHaveLength(0);
  });

  it('finds every run worth reading on both sides of the best one, in page order', () => {
    const w = [200, WALL_WEIGHT, 300, WALL_WEIGHT, 150, WALL_WEIGHT, 10];
    expect(findRegions(w)).toEqual([
      { start: 0, end: 0, score: 200 },
      { start: 2, end: 2, score: 300 },
      { start: 4, end: 4, score: 150 },
    ]);
  });

  it('keeps looking beside a run after one side turns out empty', () => {
    expect(findRegions([WALL_WEIGHT, 300, WALL_WEIGHT, 200]).map((r) => r.start)).toEqual([1, 3]);
    expect(findRegions([300, WALL_WEIGHT, 200, WALL_WEIGHT]).map((r) => r.start)).toEqual([0, 2]);
  });

  it('reads one sentence between menus as no article, and two paragraphs as one', () => {
    const menu = [MENU, 'Politics', 'Business'].map((t) => line(t));
    const one = [...menu, line('The talks ended on Friday after three hours.'), ...menu];
    expect(findRegions(weighLines(one))).toEqual([]);
    const two = [...menu, line(PROSE), line(''), line(PROSE_2), ...menu];
    expect(findRegions(weighLines(two))).toEqual([{ start: 3, end: 5, score: PROSE.length + PROSE_2.length }]);
  });

  it('crosses one chrome line between two short paragraphs, but not two in a row', () => {
    const one = weighLines([line(PROSE), line('Share'), line(PROSE_2)]);
    expect(findRegions(one)).toEqual([{ start: 0, end: 2, score: PROSE.length + CHROME_WEIGHT + PROSE_2.length }]);
    // Split there, neither paragraph alone is long enough to be a body.
    const two = weighLines([line(PROSE), line('Share'), line('Print'), line(PROSE_2)]);
    expect(findRegions(two)).toEqual([]);
  });
});

describe('choosePrimary', () => {
  const r = (start: number, score: number): Region => ({ start, end: start, score });

  it('takes the first strong run after the headline, not a longer comment thread behind a wall', () => {
    const weights = [0, 500, WALL_WEIGHT, 2000];
    const regions = [r(1, 500), r(3, 2000)];
    expect(choosePrimary(regions, weights, 0)).toEqual(r(1, 500));
  });

  it('passes over a first stretch that holds only a blurb below MIN_PRIMARY_SCORE', () => {
    const weights = [MIN_PRIMARY_SCORE - 1, WALL_WEIGHT, 2000];
    expect(choosePrimary([r(0, MIN_PRIMARY_SCORE - 1), r(2, 2000)], weights, -1)).toEqual(r(2, 2000));
    const strong = [MIN_PRIMARY_SCORE, WALL_WEIGHT, 2000];
    expect(choosePrimary([r(0, MIN_PRIMARY_SCORE), r(2, 2000)], strong, -1)).toEqual(r(0, MIN_PRIMARY_SCORE));
  });

  it('takes the strongest run of a stretch when no wall separates the runs', () => {
    const weights = [200, -300, 600, -300, 300];
    expect(choosePrimary([r(0, 200), r(2, 600), r(4, 300)], weights, -1)).toEqual(r(2, 600));
  });

  it('keeps the earlier of two equally strong runs', () => {
    expect(choosePrimary([r(0, 600), r(2, 600)], [600, -300, 600], -1)).toEqual(r(0, 600));
  });

  it('falls back to the strongest run anywhere when no stretch has a real body', () => {
    const weights = [150, WALL_WEIGHT, 300, WALL_WEIGHT, 200];
    expect(choosePrimary([r(0, 150), r(2, 300), r(4, 200)], weights, -1)).toEqual(r(2, 300));
  });

  it('looks only below the headline when there is a run there, else anywhere', () => {
    const weights = [900, 0, 0, 450];
    expect(choosePrimary([r(0, 900), r(3, 450)], weights, 1)).toEqual(r(3, 450));
    expect(choosePrimary([r(0, 900)], [900, 0, 0], 1)).toEqual(r(0, 900));
    expect(choosePrimary([r(0, 900), r(3, 450)], weights, 3)).toEqual(r(0, 900));
  });

  it('is null without runs', () => {
    expect(choosePrimary([], [], -1)).toBeNull();
  });
});

describe('extendAcrossWidgets', () => {
  /** Lines, and one region for each paragraph of PROSE or PROSE_2. */
  const page = (texts: string[]) => {
    const lines = texts.map((t) => line(t));
    const regions = lines.flatMap((f, i) =>
      f.text.startsWith('The ') && f.text !== TEASER ? [{ start: i, end: i, score: f.chars }] : [],
    );
    return { lines, regions };
  };

  it('carries the body on past a related box in its middle', () => {
    const { lines, regions } = page([PROSE, 'Related', 'Another story headline', PROSE_2]);
    expect(extendAcrossWidgets(regions[0]!, regions, lines).map((p) => p.start)).toEqual([0, 3]);
  });

  it('takes body printed above a widget before the strongest run', () => {
    const { lines, regions } = page([PROSE, 'Related', 'Another story headline', `${PROSE_2} It will be reviewed.`]);
    expect(extendAcrossWidgets(regions[1]!, regions, lines).map((p) => p.start)).toEqual([0, 3]);
  });

  it('stops at a comment wall, a headline, a date line or a teaser between the runs', () => {
    for (const between of ['Comments', 'March 3, 2024, 10:15', TEASER]) {
      const { lines, regions } = page([PROSE, between, PROSE_2]);
      expect(extendAcrossWidgets(regions[0]!, regions, lines)).toHaveLength(1);
      expect(extendAcrossWidgets(regions[1]!, regions, lines)).toHaveLength(1);
    }
    const { lines, regions } = page([PROSE, 'Council budget vote', PROSE_2]);
    lines[1]!.headline = true;
    expect(extendAcrossWidgets(regions[0]!, regions, lines)).toHaveLength(1);
  });

  it('stops at prose between the runs that is no run of its own', () => {
    const lines = [line(PROSE), line(PROSE_2), line(PROSE)];
    const regions = [
      { start: 0, end: 0, score: 90 },
      { start: 2, end: 2, score: 90 },
    ];
    expect(extendAcrossWidgets(regions[0]!, regions, lines)).toHaveLength(1);
  });

  it('crosses a widget of up to CONTINUATION_MAX_GAP lines and no longer', () => {
    const widget = (n: number) => Array.from({ length: n }, (_, i) => `Another story headline ${i + 1}`);
    const near = page([PROSE, '', ...widget(CONTINUATION_MAX_GAP), '', PROSE_2]);
    expect(extendAcrossWidgets(near.regions[0]!, near.regions, near.lines)).toHaveLength(2);
    const far = page([PROSE, ...widget(CONTINUATION_MAX_GAP + 1), PROSE_2]);
    expect(extendAcrossWidgets(far.regions[0]!, far.regions, far.lines)).toHaveLength(1);
  });

  it('does not carry the body into an author bio after the widget', () => {
    const bio = 'Jane Example is a senior reporter at the Example Times who covers city politics and budgets.';
    const { lines, regions } = page([PROSE, 'Related', bio]);
    expect(extendAcrossWidgets(regions[0]!, regions, lines)).toHaveLength(1);
  });

  it('skips runs that overlap the ones taken', () => {
    const { lines, regions } = page([PROSE, 'Related', PROSE_2]);
    const overlapping = [regions[0]!, { start: 0, end: 2, score: 10 }, regions[1]!];
    expect(extendAcrossWidgets(regions[0]!, overlapping, lines).map((p) => p.start)).toEqual([0, 2]);
  });
});
