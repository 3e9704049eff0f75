import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import type { Corpus } from '../core/types';
import { loadCorpus } from './load-corpus';

type CorpusState = { status: 'loading' } | { status: 'ready'; corpus: Corpus } | { status: 'error'; message: string };

const CorpusContext = createContext<Corpus | null>(null);
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
      <CorpusContext.Provider value={state.corpus}>{children}</CorpusContext.Provider>
    </CorpusUrlContext.Provider>
  );
}

export function useCorpus(): Corpus {
  const c = useContext(CorpusContext);
  if (!c) throw new Error('lib/corpus-context: useCorpus outside CorpusProvider');
  return c;
}

export function useCorpusUrl(): string | undefined {
  return useContext(CorpusUrlContext);
}
