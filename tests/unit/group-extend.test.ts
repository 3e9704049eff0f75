/**
 * Articles placed into an earlier grouping (`extend.ts`): the pairs of a new article are the
 * ones grouping all at once compares, the earlier groups keep their members and are never
 * merged with one another, and a group that gains or loses articles has its cohesion measured
 * again over all its pairs.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extendClustering, type Clustering } from '../../src/core/group/events';
import { extendGroups } from '../../src/core/group/extend';
import { FeaturePool, toGroupInput, withPrint } from '../../src/core/group/article-features';
import { groupArticles, type Grouping } from '../../src/core/group/group';
import {
  buildVectors,
  candidateIndex,
  candidatePairs,
  candidatePartners,
  DEFAULT_GROUPING,
  isCandidatePair,
  type GroupInput,
  type GroupingOptions,
} from '../../src/core/group/vectors';
import type { ArticleId, Correction } from '../../src/core/types';
import { HAPPENINGS, makeArticle } from '../helpers';

const NAMES = ['Antofagasta', 'Calama', 'Valparaiso', 'Santiago', 'Lima', 'Quito', 'Bogota', 'Caracas'];
const WORDS = ['earthquake', 'ferry', 'council', 'budget', 'strike', 'flood', 'election', 'summit', 'bridge', 'storm'];

/** An article of `sentences`, each a word and two names of the lists above, on `day` (or undated). */
const article = fc.record({
  sentences: fc.array(
    fc.tuple(fc.nat(WORDS.length - 1), fc.nat(NAMES.length - 1), fc.nat(NAMES.length - 1), fc.nat(WORDS.length - 1)),
    { minLength: 2, maxLength: 14 },
  ),
  day: fc.option(fc.nat(40), { nil: null }),
});

function inputsOf(articles: readonly { sentences: [number, number, number, number][]; day: number | null }[]) {
  return articles.map((x, i): GroupInput => ({
    id: `a-${String(i).padStart(3, '0')}`,
    title: x.sentences[0]!.map((k, j) => (j % 3 === 0 ? WORDS[k] : NAMES[k])).join(' '),
    body: x.sentences.map(
      ([w, n, m, v]) => `The ${WORDS[w]} in ${NAMES[n]} met the ${WORDS[v]} of ${NAMES[m]} on the day.`,
    ),
    date: x.day === null ? null : new Date(Date.UTC(2025, 0, 1 + x.day)).toISOString().slice(0, 10),
  }));
}

/** Small windows and short postings, so that every branch of the candidate index is taken. */
const TIGHT: GroupingOptions = { ...DEFAULT_GROUPING, windowDays: 2, reportWindowDays: 30, maxPostings: 3 };

describe('candidatePartners and isCandidatePair', () => {
  it('property: give exactly the pairs forEachCandidate visits, from either article of a pair', () => {
    let far = 0;
    fc.assert(
      fc.property(fc.array(article, { minLength: 2, maxLength: 40 }), (articles) => {
        const v = buildVectors(inputsOf(articles), TIGHT);
        const index = candidateIndex(v, TIGHT);
        const visited = new Set(candidatePairs(v, TIGHT).map(([a, b]) => `${a}:${b}`));
        const n = v.ids.length;
        for (let a = 0; a < n; a++) {
          const expected = [];
          for (let b = 0; b < n; b++) if (visited.has(a < b ? `${a}:${b}` : `${b}:${a}`)) expected.push(b);
          expect(candidatePartners(v, TIGHT, index, a)).toEqual(expected);
          for (let b = a + 1; b < n; b++) expect(isCandidatePair(v, TIGHT, index, a, b)).toBe(visited.has(`${a}:${b}`));
        }
        for (const key of visited) {
          const [a, b] = key.split(':').map(Number) as [number, number];
          if (v.days[a] !== null && v.days[b] !== null && Math.abs(v.days[a]! - v.days[b]!) > TIGHT.windowDays) far++;
        }
      }),
      { numRuns: 60, seed: 12 },
    );
    // Pairs beyond the window were among those checked (the full reports' wider window).
    expect(far).toBeGreaterThan(0);
  });
});

/** Reports of each happening on nearby days, and one of the first happening undated. */
const REPORTS: GroupInput[] = [
  ...HAPPENINGS.flatMap((h, k) =>
    [0, 1, 2].map((n): GroupInput => ({
      id: `r-${k}-${n}`,
      title: h.title,
      body: h.sentences.filter((_, i) => (i + n) % 3 !== 0),
      date: `2025-03-${String(10 + k + n).padStart(2, '0')}`,
    })),
  ),
  { id: 'r-0-x', title: HAPPENINGS[0]!.title, body: [...HAPPENINGS[0]!.sentences], date: null },
];

const byId = (x: GroupInput, y: GroupInput) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0);

/** Each group's mean pair similarity in a grouping all at once (pairs never compared count 0). */
function cohesionsOf(g: Grouping): (number | null)[] {
  const sims = new Map(g.edges.map((e) => [`${e.a}:${e.b}`, e.sim]));
  return g.groups.map((grp) => {
    if (grp.length < 2) return null;
    let sum = 0;
    for (let i = 0; i < grp.length; i++)
      for (let j = i + 1; j < grp.length; j++) sum += sims.get(`${grp[i]}:${grp[j]}`) ?? 0;
    return sum / ((grp.length * (grp.length - 1)) / 2);
  });
}

/** A grouping's groups as lists of ids. */
const idsOf = (inputs: readonly GroupInput[], groups: readonly (readonly number[])[]) =>
  groups.map((g) => g.map((i) => inputs[i]!.id));

/** `g`'s groups in the numbering of `inputs` (which hold all of `g`'s articles). */
function renumber(g: Grouping, inputs: readonly GroupInput[]): number[][] {
  const at = new Map(inputs.map((x, i) => [x.id, i]));
  return g.groups.map((grp) => grp.map((i) => at.get(g.inputs[i]!.id)!));
}

describe('extendGroups', () => {
  const all = [...REPORTS].sort(byId);
  const full = groupArticles(all);

  it('places a new report into the earlier group of its happening, as grouping all at once does', () => {
    expect(full.groups.length).toBe(HAPPENINGS.length);
    const fresh = all.findIndex((x) => x.id === 'r-2-1');
    const earlier = groupArticles(all.filter((_, i) => i !== fresh));
    const groups = renumber(earlier, all);
    const extended = extendGroups(all, { groups, cohesions: cohesionsOf(earlier), shrunk: groups.map(() => false) }, [
      fresh,
    ]);
    expect(idsOf(all, extended.groups)).toEqual(idsOf(all, full.groups));
    expect(extended.changed).toBe(1);
    // The group it joined is measured again over all its pairs; the others keep their cohesion.
    const joined = extended.groups.findIndex((g) => g.includes(fresh));
    expect(extended.cohesions[joined]).toBeCloseTo(cohesionsOf(full)[joined]!, 12);
    const kept = cohesionsOf(earlier);
    extended.groups.forEach((g, gi) => {
      if (gi === joined) return;
      const was = groups.findIndex((e) => e.length === g.length && e.every((i, k) => i === g[k]));
      expect(extended.cohesions[gi]).toBe(kept[was]);
    });
  });

  it('gives the earlier groups as they were when nothing is new', () => {
    const cohesions = cohesionsOf(full);
    const extended = extendGroups(all, { groups: full.groups, cohesions, shrunk: full.groups.map(() => false) }, []);
    expect(extended).toMatchObject({ groups: full.groups, cohesions, changed: 0 });
    expect(extended.pairs.length).toBe(0);
  });

  it('measures again the cohesion of a group that lost an article', () => {
    const gone = 'r-1-0';
    const rest = all.filter((x) => x.id !== gone);
    const at = new Map(rest.map((x, i) => [x.id, i]));
    const groups = full.groups.map((g) => g.filter((i) => all[i]!.id !== gone).map((i) => at.get(all[i]!.id)!));
    const shrunk = full.groups.map((g) => g.some((i) => all[i]!.id === gone));
    const extended = extendGroups(rest, { groups, cohesions: cohesionsOf(full), shrunk }, []);
    const alone = groupArticles(rest);
    expect(idsOf(rest, extended.groups)).toEqual(idsOf(rest, alone.groups));
    const lost = extended.groups.findIndex((g) => g.includes(at.get('r-1-1')!));
    expect(extended.cohesions[lost]).toBeCloseTo(cohesionsOf(alone)[lost]!, 12);
    expect(extended.cohesions[lost]).not.toBeCloseTo(cohesionsOf(full)[lost]!, 6);
    expect(extended.changed).toBe(1);
  });

  it('never merges two earlier groups, though grouping all at once would', () => {
    // The first happening's reports, earlier kept in two groups; its undated report comes new.
    const fresh = all.findIndex((x) => x.id === 'r-0-x');
    const [one, two] = [['r-0-0'], ['r-0-1', 'r-0-2']].map((ids) => ids.map((id) => all.findIndex((x) => x.id === id)));
    const others = full.groups.filter((g) => !g.some((i) => all[i]!.id.startsWith('r-0-')));
    const groups = [one!, two!, ...others];
    const extended = extendGroups(all, { groups, cohesions: groups.map(() => null), shrunk: groups.map(() => false) }, [
      fresh,
    ]);
    const first = extended.groups.filter((g) => g.some((i) => all[i]!.id.startsWith('r-0-')));
    expect(first).toHaveLength(2);
    expect(first.flat().sort((x, y) => x - y)).toEqual([...one!, ...two!, fresh].sort((x, y) => x - y));
    expect(full.groups.filter((g) => g.some((i) => all[i]!.id.startsWith('r-0-')))).toHaveLength(1);
  });

  it('starts a group of its own for a new report like no earlier one, and groups new reports alike with each other', () => {
    const news = [
      { id: 'z-1', title: 'Orchestra tours Nordic capitals', body: ['The orchestra played Oslo and Helsinki.'] },
      { id: 'z-2', title: 'Orchestra tours Nordic capitals', body: ['The orchestra played Oslo and Helsinki again.'] },
    ].map((x): GroupInput => ({ ...x, date: '2025-03-12' }));
    const inputs = [...all, ...news].sort(byId);
    const groups = renumber(full, inputs);
    const fresh = news.map((x) => inputs.findIndex((y) => y.id === x.id));
    const extended = extendGroups(
      inputs,
      { groups, cohesions: cohesionsOf(full), shrunk: groups.map(() => false) },
      fresh,
    );
    expect(extended.groups).toHaveLength(groups.length + 1);
    const theirs = extended.groups.findIndex((g) => g.includes(fresh[0]!));
    expect(extended.groups[theirs]).toEqual(fresh);
    expect(extended.cohesions[theirs]).toBeGreaterThan(DEFAULT_GROUPING.threshold);
    expect(idsOf(inputs, groupArticles(inputs).groups)).toEqual(idsOf(inputs, extended.groups));
  });
});

describe('extendClustering', () => {
  const articles = REPORTS.map((r) => makeArticle(`a-${r.id}`, r.title, [...r.body], r.date, `o-${r.id}`));
  const job = (list = articles, corrections: Correction[] = []) => ({ articles: list, corrections, options: {} });
  const earlierOf = (list: typeof articles): Clustering => {
    const g = groupArticles(list.map((a) => ({ id: a.id, title: a.title, body: a.body, date: a.published.date })));
    return { groups: idsOf(g.inputs, g.groups) as ArticleId[][], applied: [], cohesions: cohesionsOf(g) };
  };

  it('places the new articles, takes out the missing ones and places a changed one again', () => {
    const added = articles.find((a) => a.id === 'a-r-3-2')!;
    const gone = articles.find((a) => a.id === 'a-r-3-0')!;
    const earlier = earlierOf(articles.filter((a) => a !== added));
    const now = articles.filter((a) => a !== gone);
    const placed = extendClustering(job(now), earlier, new Set(['a-r-1-1']))!;
    const expected = earlierOf(now);
    expect(placed.groups).toEqual(expected.groups);
    // The groups of the changed, added and missing articles are measured again; the others keep
    // the cohesion the earlier clustering gave them.
    const touched = placed.groups.map((g) => g.some((id) => ['a-r-1-1', 'a-r-3-2', 'a-r-3-1'].includes(id)));
    expect(touched).toEqual([false, true, false, true]);
    placed.cohesions.forEach((c, gi) => {
      if (touched[gi]) expect(c).toBeCloseTo(expected.cohesions[gi]!, 12);
      else expect(c).toBe(earlier.cohesions[earlier.groups.findIndex((g) => g[0] === placed.groups[gi]![0])]);
    });
    expect(placed.cohesions[0]).not.toBe(expected.cohesions[0]);
  });

  it("with the features worked out beforehand, places the same and reads no article's body", () => {
    const added = articles.find((a) => a.id === 'a-r-3-2')!;
    const earlier = earlierOf(articles.filter((a) => a !== added));
    const features = new FeaturePool(DEFAULT_GROUPING);
    for (const a of articles)
      features.add(a.id, JSON.parse(JSON.stringify(withPrint(toGroupInput(a), DEFAULT_GROUPING))));
    // Articles whose text is kept elsewhere (the ingest's, read back when read): reading it here fails.
    const sealed = articles.map((a) => {
      const copy = { ...a };
      Object.defineProperty(copy, 'body', {
        get: () => {
          throw new Error(`${a.id}'s body was read`);
        },
        enumerable: true,
      });
      return copy;
    });
    const placed = extendClustering(job(sealed), earlier, new Set(), { features })!;
    expect(placed.groups).toEqual(extendClustering(job(articles), earlier, new Set())!.groups);
  });

  it('gives nothing when a correction names an article that came, went or changed', () => {
    const added = articles.find((a) => a.id === 'a-r-3-2')!;
    const earlier = earlierOf(articles.filter((a) => a !== added));
    const detach = (articleId: string): Correction => ({ kind: 'detach', articleId: articleId as ArticleId });
    expect(extendClustering(job(articles, [detach(added.id)]), earlier, new Set())).toBeUndefined();
    expect(extendClustering(job(articles, [detach('a-r-1-1')]), earlier, new Set(['a-r-1-1']))).toBeUndefined();
    const moved: Correction = {
      kind: 'move',
      articleId: 'a-r-1-1' as ArticleId,
      withArticleId: added.id,
    };
    expect(extendClustering(job(articles, [moved]), earlier, new Set())).toBeUndefined();
    // A correction of articles that stayed as they were leaves the placing to go on.
    expect(extendClustering(job(articles, [detach('a-r-1-1')]), earlier, new Set())).toBeDefined();
  });
});
