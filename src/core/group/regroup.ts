/**
 * A reader's corrections laid over the corpus's events, in the browser: the events they
 * touch are rebuilt from their new members (title, date, evidence, comparison); untouched events stay
 * exactly as the ingest made them. Stories keep their events, wherever those moved.
 */
import type { ArticleId, Corpus, Correction, EventId, NewsEvent, Story, StoryId } from '../types';
import { compareEvent, recordedCopies } from '../compare/compare-event';
import { applyCorrections, describeEvent, eventIdFor } from './events';

export interface Regrouped {
  events: NewsEvent[];
  stories: Story[];
  /** Per correction, in order: whether it could be applied, and why not. */
  applied: { applied: boolean; reason?: string }[];
}

function byDateDesc(x: NewsEvent, y: NewsEvent): number {
  const dx = x.date ?? '';
  const dy = y.date ?? '';
  return dx !== dy ? (dx < dy ? 1 : -1) : x.id < y.id ? -1 : 1;
}

export function regroupCorpus(corpus: Corpus, corrections: readonly Correction[]): Regrouped {
  if (corrections.length === 0) return { events: corpus.events, stories: corpus.stories, applied: [] };
  const eventOf = new Map<ArticleId, NewsEvent>();
  for (const e of corpus.events) for (const a of e.articleIds) eventOf.set(a, e);
  const { groups, applied } = applyCorrections(
    corpus.events.map((e) => e.articleIds),
    corrections,
  );
  const byId = new Map(corpus.articles.map((a) => [a.id, a]));
  const outletNames = corpus.outlets.map((o) => o.name);
  const context = {
    outlets: corpus.outlets,
    placeNames: corpus.placeNames ?? [],
    copies: recordedCopies(corpus.events),
  };
  const unchanged = new Map(corpus.events.map((e) => [e.articleIds.join(' '), e]));
  const taken = new Set<EventId>();
  const events: NewsEvent[] = [];
  const rebuilt: ArticleId[][] = [];
  for (const g of groups) {
    const same = unchanged.get(g.join(' '));
    if (same) {
      events.push(same);
      taken.add(same.id);
    } else rebuilt.push(g);
  }
  // Larger groups first keep the id of the event most of their articles came from.
  rebuilt.sort((x, y) => y.length - x.length || (x[0]! < y[0]! ? -1 : 1));
  for (const g of rebuilt) {
    const origins = new Map<NewsEvent, number>();
    for (const a of g) origins.set(eventOf.get(a)!, (origins.get(eventOf.get(a)!) ?? 0) + 1);
    const origin = [...origins].sort((x, y) => y[1] - x[1] || (x[0].id < y[0].id ? -1 : 1))[0]![0];
    let id = taken.has(origin.id) ? eventIdFor(g) : origin.id;
    for (let n = 2; taken.has(id); n++) id = `${eventIdFor(g)}-${n}` as EventId;
    taken.add(id);
    const members = g.map((a) => byId.get(a)!);
    const described = describeEvent(id, members, outletNames, origin.storyId);
    events.push({ ...described, ...compareEvent(id, members, context) });
  }
  events.sort(byDateDesc);
  const storyEvents = new Map<StoryId, NewsEvent[]>();
  for (const e of events) {
    const list = storyEvents.get(e.storyId);
    if (list) list.push(e);
    else storyEvents.set(e.storyId, [e]);
  }
  const stories = corpus.stories
    .map((s) => ({
      ...s,
      eventIds: [...(storyEvents.get(s.id) ?? [])]
        .sort(byDateDesc)
        .reverse()
        .map((e) => e.id),
    }))
    .filter((s) => s.eventIds.length > 0);
  return { events, stories, applied };
}
