/**
 * The whole app at one address, over a given corpus, as the view tests render it.
 */
import { render } from '@testing-library/react';
import { useEffect, type ReactNode } from 'react';
import { MemoryRouter, useLocation } from 'react-router';
import { AppRoutes, AppShell } from '../src/app/app';
import type { Corpus } from '../src/core/types';
import { CorpusProvider } from '../src/lib/corpus-context';
import { wholeCorpus } from '../src/lib/whole-corpus';

export function renderApp(path: string, corpus: Corpus, extra?: ReactNode) {
  return render(
    <MemoryRouter initialEntries={[path]}>
      <AppShell>
        <CorpusProvider {...wholeCorpus(corpus)}>
          <AppRoutes />
          {extra}
        </CorpusProvider>
      </AppShell>
    </MemoryRouter>,
  );
}

/** The address the app is at, path and query, as `Where` last saw it. */
export const where = { path: '' };

/** Rendered beside the routes (`renderApp`'s `extra`), keeps `where` up to date. */
export function Where() {
  const l = useLocation();
  useEffect(() => {
    where.path = `${l.pathname}${l.search}`;
  });
  return null;
}
