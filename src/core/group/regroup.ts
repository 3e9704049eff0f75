/**
 * A reader's corrections laid over the corpus's events, in the browser: the events they
 * touch are rebuilt from their new members (title, date, evidence, comparison); untouched events stay
 * exactly as the ingest made them. Stories keep their events, wherever those moved. Only the
 * articles of the events the corrections touch are needed whole (`touchedEvents`): the app loads
 * those events' files, not the corpus.
 */
import type {
  Article,
  ArticleId,
  Correction,
  CorpusIndex,
  EventFile,
  EventId,
  EventSummary,
  NewsEvent,
  Story,
  StoryId,
} from '../types';
import { compareEvent, recordedCopies } from '../compare/compare-event';
import { applyCorrections, describeEvent, eventIdFor } from './events';
import { CORPUS_SCHEMA_VERSION } from '../schema';

export interface Regrouped {
  events: EventSummary[];
  stories: Story[];
  /** Per correction, in order: whether it could be applied, and why not. */
  applied: { applied: boolean; reason?: string }[];
  /** By event id: the events the corrections rebuilt, compared, with their articles whole. */
  rebuilt: ReadonlyMap<string, EventFile>;
}

/** What regrouping reads: the index's events, stories, outlets and place names. */
export type RegroupBase = Pick<CorpusIndex, 'events' | 'stories' | 'outlets' | 'placeNames'>;

function byDateDesc(x: EventSummary, y: EventSummary): number {
  const dx = x.date ?? '';
  const dy = y.date ?? '';
  return dx !== dy ? (dx < dy ? 1 : -1) : x.id < y.id ? -1 : 1;
}

/** The events whose articles a correction names: the only ones whose articles regrouping needs whole. */
export function touchedEvents(base: Pick<CorpusIndex, 'events'>, corrections: readonly Correction[]): EventId[] {
  const eventOf = new Map<string, EventId>();
  for (const e of base.events) for (const a of e.articleIds) eventOf.set(a, e.id);
  const touched = new Set<EventId>();
  for (const c of corrections) {
    for (const id of c.kind === 'move' ? [c.articleId, c.withArticleId] : [c.articleId]) {
      const e = eventOf.get(id);
      if (e) touched.add(e);
    }
  }
  return [...touched];
}

/**
 * `articles` holds at least the articles of the `touchedEvents`; a rebuilt event's member that is
 * not in it is a caller's error, named.
 */
export function regroupCorpus(
  corpus: RegroupBase,
  articles: ReadonlyMap<string, Article>,
  corrections: readonly Correction[],
): Regrouped {
  if (corrections.length === 0)
    return { events: corpus.events, stories: corpus.stories, applied: [], rebuilt: new Map() };
  const eventOf = new Map<ArticleId, EventSummary>();
  for (const e of corpus.events) for (const a of e.articleIds) eventOf.set(a, e);
  const { groups, applied } = applyCorrections(
    corpus.events.map((e) => e.articleIds),
    corrections,
  );
  const outletNames = corpus.outlets.map((o) => o.name);
  const context = {
    outlets: corpus.outlets,
    placeNames: corpus.placeNames ?? [],
    copies: recordedCopies(corpus.events),
  };
  const unchanged = new Map(corpus.events.map((e) => [e.articleIds.join(' '), e]));
  const taken = new Set<EventId>();
  const events: EventSummary[] = [];
  const rebuiltFiles = new Map<string, EventFile>();
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
    const origins = new Map<EventSummary, number>();
    for (const a of g) origins.set(eventOf.get(a)!, (origins.get(eventOf.get(a)!) ?? 0) + 1);
    const origin = [...origins].sort((x, y) => y[1] - x[1] || (x[0].id < y[0].id ? -1 : 1))[0]![0];
    let id = taken.has(origin.id) ? eventIdFor(g) : origin.id;
    for (let n = 2; taken.has(id); n++) id = `${eventIdFor(g)}-${n}` as EventId;
    taken.add(id);
    const members = g.map((a) => {
      const article = articles.get(a);
      if (!article) throw new Error(`core/group/regroup: article "${a}" of a rebuilt event was not given whole`);
      return article;
    });
    const described = describeEvent(id, members, outletNames, origin.storyId);
    const event: NewsEvent = { ...described, ...compareEvent(id, members, context) };
    events.push(event);
    rebuiltFiles.set(id, { schemaVersion: CORPUS_SCHEMA_VERSION, event, articles: members });
  }
  events.sort(byDateDesc);
  const storyEvents = new Map<StoryId, EventSummary[]>();
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
  return { events, stories, applied, rebuilt: rebuiltFiles };
}
