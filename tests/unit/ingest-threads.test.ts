/**
 * Grouping's pair comparison and the events' comparison on two threads
 * (`scripts/lib/ingest-threads.ts`) give exactly what one thread gives, in the same order,
 * whichever thread does which part, and fall back to this thread when the worker is gone.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { ingestThreads, shareVectors, unshareVectors } from '../../scripts/lib/ingest-threads';
import type { EdgeList } from '../../src/core/group/cluster';
import { groupArticles, scorePairs } from '../../src/core/group/group';
import { buildVectors, DEFAULT_GROUPING, type GroupInput } from '../../src/core/group/vectors';
import { buildCorpus } from '../../scripts/vite-plugin-corpus';
import { compareEach } from '../../src/core/compare/compare-event';
import { describeEach } from '../../src/core/group/describe';
import { findCopies } from '../../src/core/compare/provenance';
import { HAPPENINGS, SEEDS } from '../helpers';

/** Reports of the invented happenings, each a different cut of its sentences, over two months, some undated. */
const INPUTS: GroupInput[] = Array.from({ length: 400 }, (_, i) => {
  const h = HAPPENINGS[i % HAPPENINGS.length]!;
  const day = 1 + ((i * 7) % 59);
  return {
    id: `r-${String(i).padStart(3, '0')}`,
    title: i % 5 === 0 ? `${h.title} (${i})` : h.title,
    body: h.sentences.filter((_, k) => (i >> k) % 3 !== 0),
    date: i % 11 === 0 ? null : `2025-${day > 30 ? '04' : '03'}-${String(((day - 1) % 30) + 1).padStart(2, '0')}`,
  };
});
const o = DEFAULT_GROUPING;
const vectors = buildVectors(
  [...INPUTS].sort((a, b) => (a.id < b.id ? -1 : 1)),
  o,
);
const expected = scorePairs(vectors, o);

/** The seed corpus, and its events with their articles. */
const corpus = buildCorpus(SEEDS);
const byId = new Map(corpus.articles.map((a) => [a.id as string, a]));
const SEED_EVENTS = corpus.events.map((e) => ({ id: e.id, members: e.articleIds.map((id) => byId.get(id)!) }));

function plain(list: EdgeList) {
  return {
    a: Array.from(list.a.subarray(0, list.length)),
    b: Array.from(list.b.subarray(0, list.length)),
    sim: Array.from(list.sim.subarray(0, list.length)),
  };
}

describe('parallel pair comparison', () => {
  const workers: { close(): Promise<void> }[] = [];
  afterAll(async () => Promise.all(workers.map((w) => w.close())));

  it('the vectors read back from shared memory give the same pairs', () => {
    expect(expected.length).toBeGreaterThan(INPUTS.length);
    expect(plain(scorePairs(unshareVectors(shareVectors(vectors)), o))).toEqual(plain(expected));
  });

  it('gives the pairs of one thread when the worker compares every chunk', () => {
    const scorer = ingestThreads({ minArticles: 0, chunkArticles: 16, here: false });
    workers.push(scorer);
    expect(plain(scorer.scorePairs(vectors, o))).toEqual(plain(expected));
    expect(scorer.workerChunks).toBe(Math.ceil(INPUTS.length / 16));
  }, 60_000);

  it('gives the pairs of one thread when both threads take chunks, and the same groups', () => {
    const scorer = ingestThreads({ minArticles: 0, chunkArticles: 8 });
    workers.push(scorer);
    expect(plain(scorer.scorePairs(vectors, o))).toEqual(plain(expected));
    expect(groupArticles(INPUTS, {}, scorer.scorePairs).groups).toEqual(groupArticles(INPUTS).groups);
  }, 60_000);

  it('compares in this thread once the worker has stopped', async () => {
    const scorer = ingestThreads({ minArticles: 0, chunkArticles: 16, here: false, patienceMs: 10 });
    await scorer.close();
    expect(plain(scorer.scorePairs(vectors, o))).toEqual(plain(expected));
    expect(scorer.workerChunks).toBe(0);
  });

  it('compares the events as one thread does, the worker taking about half of them', () => {
    const jobs = SEED_EVENTS.map((e) => ({ eventId: e.id, members: e.members }));
    expect(jobs.length).toBeGreaterThan(1);
    const context = { outlets: corpus.outlets, placeNames: [], copies: findCopies(corpus.articles, corpus.outlets) };
    const threads = ingestThreads({ minEvents: 0 });
    workers.push(threads);
    expect(threads.compareEvents(jobs, context)).toEqual(compareEach(jobs, context));
    expect(threads.workerEvents).toBeGreaterThan(0);
    expect(threads.workerEvents).toBeLessThan(jobs.length);
  }, 60_000);

  it('compares the events in this thread once the worker has stopped', async () => {
    const jobs = SEED_EVENTS.map((e) => ({ eventId: e.id, members: e.members }));
    const context = { outlets: corpus.outlets, placeNames: [], copies: findCopies(corpus.articles, corpus.outlets) };
    const threads = ingestThreads({ minEvents: 0, patienceMs: 10 });
    await threads.close();
    expect(threads.compareEvents(jobs, context)).toEqual(compareEach(jobs, context));
    expect(threads.workerEvents).toBe(0);
  });

  it('describes the events as one thread does, the worker taking the larger events about half by text', () => {
    const jobs = SEED_EVENTS.map((e, i) => ({ members: e.members, ...(i % 2 ? { cohesion: 0.25 } : {}) }));
    const several = jobs.filter((j) => j.members.length > 1).length;
    expect(several).toBeGreaterThan(1);
    const names = corpus.outlets.map((x) => x.name);
    const threads = ingestThreads({ minEvents: 0 });
    workers.push(threads);
    expect(threads.describeEvents(jobs, names)).toEqual(describeEach(jobs, names));
    // Events of one article stay here: their description is their headline.
    expect(threads.describedInWorker).toBeGreaterThan(0);
    expect(threads.describedInWorker).toBeLessThan(several);
  }, 60_000);

  it('describes the events in this thread once the worker has stopped', async () => {
    const jobs = SEED_EVENTS.map((e) => ({ members: e.members }));
    const names = corpus.outlets.map((x) => x.name);
    const threads = ingestThreads({ minEvents: 0, patienceMs: 10 });
    await threads.close();
    expect(threads.describeEvents(jobs, names)).toEqual(describeEach(jobs, names));
    expect(threads.describedInWorker).toBe(0);
  });

  it('sends the worker its share a part at a time and puts the results back in order', () => {
    // Enough events that the worker's share, about half, is many parts.
    const jobs = Array.from({ length: 2000 }, (_, i) => ({
      members: SEED_EVENTS[i % SEED_EVENTS.length]!.members,
      cohesion: i / 2000,
    }));
    const names = corpus.outlets.map((x) => x.name);
    const threads = ingestThreads({ minEvents: 0 });
    workers.push(threads);
    expect(threads.describeEvents(jobs, names)).toEqual(describeEach(jobs, names));
    // Many parts (64 events each: PART_JOBS), never more than two of them unanswered.
    expect(threads.describedInWorker).toBeGreaterThan(256);
    expect(threads.mostEventsInWorker).toBeGreaterThan(0);
    expect(threads.mostEventsInWorker).toBeLessThanOrEqual(128);
  }, 60_000);
});
