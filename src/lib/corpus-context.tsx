import {
  createContext,
  startTransition,
  useContext,
  useEffect,
  useMemo,
  useReducer,
  useState,
  type ReactNode,
} from 'react';
import { WHOLE_INDEX_AHEAD_BYTES } from '../core/corpus-parts';
import { deriveCorpusView, deriveCorpusViewInSlices, type CorpusView } from '../core/corpus-view';
import type { Article, Corpus, CorpusIndex, Correction } from '../core/types';
import { useCorrectionsStore } from './corrections-store';
import { eventFileUrl, eventScope, urlSource, type EventFileSource, type EventScope } from './event-files';
import { loadWholeIndex } from './first-view';
import { loadCorpus } from './load-corpus';
import { KEPT_CACHE } from './offline-caches';
import { useSavedStore } from './saved-store';
import { onDemand } from './on-demand';
import { yieldToPage } from './yield-to-page';

/** A corpus ready to read: its index, and where its events' files come from. */
interface Loaded {
  index: CorpusIndex;
  files: EventFileSource;
  /** The corpus whole, when it was given whole rather than loaded in parts. */
  whole?: Corpus;
}

type CorpusState = { status: 'loading' } | ({ status: 'ready' } & Loaded) | { status: 'error'; message: string };

const CorpusContext = createContext<Loaded | null>(null);
/** The corpus as the views read it, with the reader's corrections applied (`deriveCorpusView`). */
const CorpusViewContext = createContext<CorpusView | null>(null);
/** Where the corpus was loaded from (absent when it was given directly). */
const CorpusUrlContext = createContext<string | undefined>(undefined);

export interface CorpusProviderProps {
  /** The address of the corpus's index; its events' files are beside it. */
  url?: string;
  /** The index, already loaded from `url` (a prerendered page hydrating), or given (with `files`). */
  index?: CorpusIndex;
  /** Where the index's event files come from, when not from beside `url` (the prerender reads them from disk). */
  files?: EventFileSource;
  /** The corpus whole, when it was given so (`wholeCorpus`, lib/whole-corpus.ts: tests, embedding). */
  whole?: Corpus;
  children: ReactNode;
}

function initialState(
  index: CorpusIndex | undefined,
  files: EventFileSource | undefined,
  whole: Corpus | undefined,
  url: string | undefined,
): CorpusState {
  if (index && files) return { status: 'ready', index, files, ...(whole ? { whole } : {}) };
  if (index && url) return { status: 'ready', index, files: urlSource(index, url) };
  return { status: 'loading' };
}

/** The longest the whole index waits for the browser to be idle once the first view is up. */
const WHOLE_INDEX_IDLE_MS = 2000;

/**
 * Whether the views have the whole index, or only its head (core/corpus-parts.ts `corpusHead`):
 * what needs the whole asks for it (`want`); a small one loads anyway once the first view is up.
 */
interface WholeIndex {
  partial: boolean;
  want: () => void;
  failed: string | null;
  retry: () => void;
}

const WholeIndexContext = createContext<WholeIndex>({ partial: false, want: () => {}, failed: null, retry: () => {} });

/**
 * Replaces a head with the whole index: at once when `wanted`, else, when it is small
 * (`WHOLE_INDEX_AHEAD_BYTES`), once the browser is next idle (the first view is up by then).
 */
function useWholeIndexLoad(
  state: CorpusState,
  setState: (update: (s: CorpusState) => CorpusState) => void,
  url: string | undefined,
): WholeIndex {
  const head = state.status === 'ready' && state.index.rest ? state.index : null;
  const [wanted, setWanted] = useState(false);
  const [failed, setFailed] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    if (!head || url === undefined) return;
    let live = true;
    const load = () =>
      void loadWholeIndex(url, head).then(
        async (whole) => {
          // Its view derived in short tasks before the views read it (one long one otherwise).
          await prepareView(whole);
          if (!live) return;
          // Rendered as a transition: in slices, between which the page answers the reader.
          startTransition(() =>
            setState((s) =>
              s.status === 'ready' && s.index === head
                ? { status: 'ready', index: whole, files: urlSource(whole, url) }
                : s,
            ),
          );
        },
        (e: unknown) => live && setFailed(e instanceof Error ? e.message : String(e)),
      );
    let idle: number | undefined;
    if (wanted) load();
    // A large whole index waits until a view needs it: a reader of the first screen never pays for it.
    else if (head.rest!.bytes > WHOLE_INDEX_AHEAD_BYTES) return;
    else if (typeof requestIdleCallback === 'undefined') idle = window.setTimeout(load, WHOLE_INDEX_IDLE_MS);
    else idle = requestIdleCallback(load, { timeout: WHOLE_INDEX_IDLE_MS });
    return () => {
      live = false;
      if (idle === undefined) return;
      if (typeof cancelIdleCallback === 'undefined') window.clearTimeout(idle);
      else cancelIdleCallback(idle);
    };
  }, [head, url, wanted, attempt, setState]);
  return useMemo(
    () => ({
      partial: head !== null,
      want: () => setWanted(true),
      failed,
      retry: () => {
        setFailed(null);
        setWanted(true);
        setAttempt((n) => n + 1);
      },
    }),
    [head, failed],
  );
}

export function CorpusProvider({ url, index, files, whole, children }: CorpusProviderProps) {
  const [state, setState] = useState<CorpusState>(() => initialState(index, files, whole, url));
  // Bumped by "Try again": the load runs once more.
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    if (!url || state.status === 'ready') return;
    let live = true;
    // Nothing prerendered to match: the whole index, so that any page renders at once.
    loadCorpus(url)
      .then((head) => loadWholeIndex(url, head))
      .then(
        (c) => live && setState({ status: 'ready', index: c, files: urlSource(c, url) }),
        (e: unknown) => live && setState({ status: 'error', message: e instanceof Error ? e.message : String(e) }),
      );
    return () => {
      live = false;
    };
    // Only a new address or another attempt loads again.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [url, attempt]);
  const wholeIndex = useWholeIndexLoad(state, setState, url);
  if (state.status === 'loading')
    return (
      <p className="status" role="status">
        Loading articles…
      </p>
    );
  if (state.status === 'error')
    return (
      <div className="status">
        <p role="alert">{state.message}</p>
        <button
          type="button"
          className="button"
          onClick={() => {
            setState({ status: 'loading' });
            setAttempt((n) => n + 1);
          }}
        >
          Try again
        </button>
      </div>
    );
  return (
    <WholeIndexContext.Provider value={wholeIndex}>
      <Ready loaded={state} url={url}>
        {children}
      </Ready>
    </WholeIndexContext.Provider>
  );
}

export type WholeIndexState =
  { status: 'ready' } | { status: 'loading' } | { status: 'error'; message: string; retry: () => void };

/**
 * Whether the whole index is here (not only its head), asking for it when `need` says the view
 * cannot do without it.
 */
export function useWholeIndex(need: boolean): WholeIndexState {
  const w = useContext(WholeIndexContext);
  const { partial, want } = w;
  useEffect(() => {
    if (need && partial) want();
  }, [need, partial, want]);
  if (!partial) return { status: 'ready' };
  if (w.failed !== null) return { status: 'error', message: w.failed, retry: w.retry };
  return { status: 'loading' };
}

/** Asks for the whole index (nothing happens once it is here, or when it is on its way). */
export function useAskForWholeIndex(): () => void {
  return useContext(WholeIndexContext).want;
}

type LoadState = { status: 'loading' } | { status: 'error'; message: string; retry: () => void };

/** A status line while something a view needs loads (`loading`), or what failed, with Try again. */
function LoadStatus({ state, loading }: { state: LoadState; loading: string }) {
  if (state.status === 'loading')
    return (
      <p className="status" role="status">
        {loading}
      </p>
    );
  return (
    <div className="status">
      <p role="alert">{state.message}</p>
      <button type="button" className="button" onClick={state.retry}>
        Try again
      </button>
    </div>
  );
}

/** What stands in for a view while the whole index it needs loads, or when it could not be. */
export function WholeIndexStatus({ state }: { state: Exclude<WholeIndexState, { status: 'ready' }> }) {
  return <LoadStatus state={state} loading="Loading every event…" />;
}

/** Its children once the whole index is here (it is asked for at once). */
export function RequireWholeIndex({ children }: { children: ReactNode }) {
  const state = useWholeIndex(true);
  return state.status === 'ready' ? children : <WholeIndexStatus state={state} />;
}

/**
 * The events of the reader's saved views are kept on this device for offline reading; and, once
 * per corpus, kept events a new build renamed are kept again under their new names.
 */
function useKeepSavedEvents(index: CorpusIndex, url: string | undefined, whole: boolean): void {
  const views = useSavedStore((s) => s.views);
  // A head names the files of a few events only: what is kept is renewed against the whole index.
  const partial = index.rest !== undefined;
  useEffect(() => {
    if (url === undefined || whole || partial || typeof caches === 'undefined') return;
    // Only a reader with kept events has anything to renew: the others never load the offline code
    // here, nor work out the address of every event's file.
    const renew = () =>
      void caches
        .open(KEPT_CACHE)
        .then((c) => c.keys())
        .then(async (kept) => {
          if (kept.length === 0) return;
          const current = new Map(Object.keys(index.eventFiles).map((id) => [id, eventFileUrl(index, url, id)!]));
          await (await import('./offline')).renewKeptEvents(current);
        })
        .catch(() => {});
    if (typeof requestIdleCallback === 'undefined') renew();
    else requestIdleCallback(renew);
  }, [index, url, whole, partial]);
  useEffect(() => {
    if (url === undefined || whole || partial || views.length === 0) return;
    const urls = [...new Set(views.map((v) => eventFileUrl(index, url, v.eventId)))].filter((u) => u !== undefined);
    // The offline code is the event and saved pages'; a reader with saved views loads it here too.
    void import('./offline').then((m) => m.keepSavedEvents(urls)).catch(() => {});
  }, [views, index, url, whole, partial]);
}

function Ready({ loaded, url, children }: { loaded: Loaded; url: string | undefined; children: ReactNode }) {
  // One object per corpus, so the contexts below change only when the corpus does.
  const { index, files, whole } = loaded;
  useKeepSavedEvents(index, url, whole !== undefined);
  const value = useMemo(() => ({ index, files, whole }), [index, files, whole]);
  return (
    <CorpusUrlContext.Provider value={url}>
      <CorpusContext.Provider value={value}>
        <CorpusViewProvider loaded={value}>{children}</CorpusViewProvider>
      </CorpusContext.Provider>
    </CorpusUrlContext.Provider>
  );
}

/**
 * The code that lays corrections over the grouping (and compares the events they rebuild): only
 * a reader with corrections needs it, so it is not part of the first screen's code. It loads when
 * the browser is idle, or at once when there are corrections to apply.
 */
const regrouping = onDemand(() => import('../core/group/regroup'));

/**
 * Loads what the reader's stored corrections need before a prerendered page hydrates: the page
 * hydrates as the server rendered it (no corrections), and applies them right after, with the
 * code already there instead of a status line in place of the page.
 */
export async function prepareCorpusView(): Promise<void> {
  if (useCorrectionsStore.getState().entries.length > 0) await regrouping.preload();
}

/**
 * The view of a corpus with no corrections, once per corpus: undoing every correction brings it
 * back rather than deriving it again, and the prerender renders every page of one corpus with it
 * (derived per page, it would cost the build the square of the corpus's size).
 */
const plainViews = new WeakMap<CorpusIndex, CorpusView>();

/**
 * Derives the view without corrections of an index just loaded, a slice per task (a large index
 * takes a long one otherwise), so that it is ready when the views read it. A reader with
 * corrections reads the regrouped view instead.
 */
async function prepareView(index: CorpusIndex): Promise<void> {
  if (plainViews.has(index) || useCorrectionsStore.getState().entries.length > 0) return;
  plainViews.set(index, await deriveCorpusViewInSlices(index, yieldToPage));
}

function plainView(index: CorpusIndex): CorpusView {
  let view = plainViews.get(index);
  if (!view) plainViews.set(index, (view = deriveCorpusView(index)));
  return view;
}

type RegroupModule = typeof import('../core/group/regroup');

/** The view with corrections, if the code and the files of the events they touch are here; else null. */
function correctedView(
  loaded: Loaded,
  corrections: readonly Correction[],
  mod: RegroupModule | null,
): CorpusView | null {
  if (!mod) return null;
  const files = mod.touchedEvents(loaded.index, corrections).map((id) => loaded.files.peek(id));
  if (files.some((f) => f === undefined)) return null;
  const articles = new Map<string, Article>(files.flatMap((f) => f!.articles.map((a) => [a.id, a] as const)));
  return deriveCorpusView(loaded.index, corrections, (index, cs) => mod.regroupCorpus(index, articles, cs));
}

/**
 * Derives the view of the corpus once per change, for every route and component below: when the
 * corpus arrives and when the reader's corrections change, never per component or per render.
 * Corrections need the regrouping code and the files of the events they touch: until those are
 * here, a status line stands in for the page.
 */
function CorpusViewProvider({ loaded, children }: { loaded: Loaded; children: ReactNode }) {
  const entries = useCorrectionsStore((s) => s.entries);
  const corrections = useMemo(() => entries.map((e) => e.correction), [entries]);
  const mod = regrouping.use();
  // Corrections regroup the whole index: on a head, they wait for it.
  const wholeIndex = useWholeIndex(corrections.length > 0);
  // Only with corrections does the regrouping code take part: its arrival alone changes nothing.
  const code = corrections.length > 0 && wholeIndex.status === 'ready' ? mod : null;
  // Bumped when the files the corrections need have arrived.
  const [arrived, bump] = useReducer((n: number) => n + 1, 0);
  const [failed, setFailed] = useState<string | null>(null);
  // Bumped by "Try again": the code and files are asked for once more.
  const [attempt, setAttempt] = useState(0);
  const view = useMemo(
    () => (corrections.length === 0 ? plainView(loaded.index) : correctedView(loaded, corrections, code)),
    // `arrived` says the source holds more than before.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [loaded, corrections, code, arrived],
  );
  const waiting = view === null && wholeIndex.status === 'ready';
  useEffect(() => {
    if (!waiting) return;
    let live = true;
    regrouping
      .preload()
      .then((m) => Promise.all(m.touchedEvents(loaded.index, corrections).map((id) => loaded.files.load(id))))
      .then(
        () => live && bump(),
        (e: unknown) => live && setFailed(e instanceof Error ? e.message : String(e)),
      );
    return () => {
      live = false;
    };
  }, [waiting, loaded, corrections, attempt]);
  if (view) return <CorpusViewContext.Provider value={view}>{children}</CorpusViewContext.Provider>;
  if (wholeIndex.status === 'error') return <WholeIndexStatus state={wholeIndex} />;
  if (failed)
    return (
      <div className="status">
        <p role="alert">Your grouping corrections could not be applied: {failed}</p>
        <button
          type="button"
          className="button"
          onClick={() => {
            setFailed(null);
            setAttempt((n) => n + 1);
          }}
        >
          Try again
        </button>
      </div>
    );
  return (
    <p className="status" role="status">
      Applying your corrections…
    </p>
  );
}

/** The corpus's index: its outlets, its articles without their text, its events and stories as grouped. */
export function useCorpus(): CorpusIndex {
  const c = useContext(CorpusContext);
  if (!c) throw new Error('lib/corpus-context: useCorpus outside CorpusProvider');
  return c.index;
}

/** The corpus whole when it was given so (tests, embedding); undefined when it is loaded in parts. */
export function useWholeCorpus(): Corpus | undefined {
  const c = useContext(CorpusContext);
  if (!c) throw new Error('lib/corpus-context: useWholeCorpus outside CorpusProvider');
  return c.whole;
}

/** An article with its text, when the file of its event is already here (nothing is asked for). */
export function useLoadedArticle(): (articleId: string) => Article | undefined {
  const c = useContext(CorpusContext);
  const view = useContext(CorpusViewContext);
  if (!c || !view) throw new Error('lib/corpus-context: useLoadedArticle outside CorpusProvider');
  return (id) => {
    const eventId = view.eventOfArticle.get(id)?.id;
    const file = eventId === undefined ? undefined : (view.rebuilt.get(eventId) ?? c.files.peek(eventId));
    return file?.articles.find((a) => a.id === id);
  };
}

/** The address of an event's file, when the corpus was loaded in parts (undefined when given whole). */
export function useEventFileUrl(eventId: string): string | undefined {
  const c = useContext(CorpusContext);
  const url = useContext(CorpusUrlContext);
  if (!c) throw new Error('lib/corpus-context: useEventFileUrl outside CorpusProvider');
  return url === undefined || c.whole ? undefined : eventFileUrl(c.index, url, eventId);
}

/** The corpus's events, storylines and coverage with the reader's corrections applied. */
export function useCorpusView(): CorpusView {
  const v = useContext(CorpusViewContext);
  if (!v) throw new Error('lib/corpus-context: useCorpusView outside CorpusProvider');
  return v;
}

export type EventScopeState =
  | { status: 'ready'; scope: EventScope }
  | { status: 'loading' }
  | { status: 'error'; message: string; retry: () => void }
  | { status: 'none' };

/**
 * One event with its articles whole (its file, or the event as the reader's corrections rebuilt
 * it): at once when it is here, else asked for. `none` when there is no such event.
 */
export function useEventScope(eventId: string | undefined): EventScopeState {
  const c = useContext(CorpusContext);
  const view = useContext(CorpusViewContext);
  if (!c || !view) throw new Error('lib/corpus-context: useEventScope outside CorpusProvider');
  const exists = eventId !== undefined && view.eventById.has(eventId);
  const file = exists ? (view.rebuilt.get(eventId) ?? c.files.peek(eventId)) : undefined;
  const [arrived, bump] = useReducer((n: number) => n + 1, 0);
  const [failed, setFailed] = useState<{ id: string; message: string } | null>(null);
  const [attempt, setAttempt] = useState(0);
  const missing = exists && file === undefined;
  useEffect(() => {
    if (!missing || eventId === undefined) return;
    let live = true;
    c.files.load(eventId).then(
      () => live && bump(),
      (e: unknown) => live && setFailed({ id: eventId, message: e instanceof Error ? e.message : String(e) }),
    );
    return () => {
      live = false;
    };
  }, [missing, eventId, c.files, attempt, arrived]);
  if (!exists) return { status: 'none' };
  if (file) return { status: 'ready', scope: eventScope(file, c.index) };
  if (failed?.id === eventId)
    return {
      status: 'error',
      message: failed.message,
      retry: () => {
        setFailed(null);
        setAttempt((n) => n + 1);
      },
    };
  return { status: 'loading' };
}

export function useCorpusUrl(): string | undefined {
  return useContext(CorpusUrlContext);
}

const EventScopeContext = createContext<EventScope | null>(null);

/** Gives the event's views below its file (`useEventScope`). */
export function EventScopeProvider({ scope, children }: { scope: EventScope; children: ReactNode }) {
  return <EventScopeContext.Provider value={scope}>{children}</EventScopeContext.Provider>;
}

/** The event shown, with its articles whole: inside an event's page. */
export function useShownEvent(): EventScope {
  const s = useContext(EventScopeContext);
  if (!s) throw new Error('lib/corpus-context: useShownEvent outside EventScopeProvider');
  return s;
}

/** What stands in for an event's page while its file loads, or when it could not be. */
export function EventScopeStatus({ state }: { state: Exclude<EventScopeState, { status: 'ready' | 'none' }> }) {
  return <LoadStatus state={state} loading="Loading the reports…" />;
}
