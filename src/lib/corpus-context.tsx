import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { deriveCorpusView, type CorpusView } from '../core/corpus-view';
import type { Corpus } from '../core/types';
import { useCorrectionsStore } from './corrections-store';
import { loadCorpus } from './load-corpus';
import { onDemand } from './on-demand';

type CorpusState = { status: 'loading' } | { status: 'ready'; corpus: Corpus } | { status: 'error'; message: string };

const CorpusContext = createContext<Corpus | null>(null);
/** The corpus as the views read it, with the reader's corrections applied (`deriveCorpusView`). */
const CorpusViewContext = createContext<CorpusView | null>(null);
/** Where the corpus was loaded from (absent when it was given directly). */
const CorpusUrlContext = createContext<string | undefined>(undefined);

export interface CorpusProviderProps {
  url?: string;
  /** A corpus given directly (tests, embedding) instead of loading one. */
  corpus?: Corpus;
  children: ReactNode;
}

export function CorpusProvider({ url, corpus, children }: CorpusProviderProps) {
  const [state, setState] = useState<CorpusState>(corpus ? { status: 'ready', corpus } : { status: 'loading' });
  // Bumped by "Try again": the load runs once more.
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    if (corpus || !url) return;
    let live = true;
    loadCorpus(url).then(
      (c) => live && setState({ status: 'ready', corpus: c }),
      (e: unknown) => live && setState({ status: 'error', message: e instanceof Error ? e.message : String(e) }),
    );
    return () => {
      live = false;
    };
  }, [url, corpus, attempt]);
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
    <CorpusUrlContext.Provider value={url}>
      <CorpusContext.Provider value={state.corpus}>
        <CorpusViewProvider corpus={state.corpus}>{children}</CorpusViewProvider>
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
const plainViews = new WeakMap<Corpus, CorpusView>();

function plainView(corpus: Corpus): CorpusView {
  let view = plainViews.get(corpus);
  if (!view) plainViews.set(corpus, (view = deriveCorpusView(corpus)));
  return view;
}

/**
 * Derives the view of the corpus once per change, for every route and component below: when the
 * corpus arrives and when the reader's corrections change, never per component or per render.
 */
function CorpusViewProvider({ corpus, children }: { corpus: Corpus; children: ReactNode }) {
  const entries = useCorrectionsStore((s) => s.entries);
  const loaded = regrouping.use();
  // Only with corrections does the regrouping code take part: its arrival alone changes nothing.
  const regroup = entries.length > 0 ? (loaded?.regroupCorpus ?? null) : undefined;
  const [failed, setFailed] = useState<string | null>(null);
  // Bumped by "Try again": the code is asked for once more.
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    if (regroup !== null) return;
    let live = true;
    regrouping.preload().catch((e: unknown) => live && setFailed(e instanceof Error ? e.message : String(e)));
    return () => {
      live = false;
    };
  }, [regroup, attempt]);
  const view = useMemo(
    () =>
      regroup === null
        ? null
        : regroup === undefined
          ? plainView(corpus)
          : deriveCorpusView(
              corpus,
              entries.map((e) => e.correction),
              regroup,
            ),
    [corpus, entries, regroup],
  );
  if (view) return <CorpusViewContext.Provider value={view}>{children}</CorpusViewContext.Provider>;
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

export function useCorpus(): Corpus {
  const c = useContext(CorpusContext);
  if (!c) throw new Error('lib/corpus-context: useCorpus outside CorpusProvider');
  return c;
}

/** The corpus's events, storylines and coverage with the reader's corrections applied. */
export function useCorpusView(): CorpusView {
  const v = useContext(CorpusViewContext);
  if (!v) throw new Error('lib/corpus-context: useCorpusView outside CorpusProvider');
  return v;
}

export function useCorpusUrl(): string | undefined {
  return useContext(CorpusUrlContext);
}
