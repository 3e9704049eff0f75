import { BrowserRouter, Link, Route, Routes } from 'react-router';
import type { Corpus } from '../core/types';
import { CorpusProvider } from '../lib/corpus-context';
import { ArticleRoute, HomeRoute, NotFound } from './routes';

export interface AppProps {
  corpusUrl?: string;
  corpus?: Corpus;
}

export function AppRoutes() {
  return (
    <Routes>
      <Route path="/" element={<HomeRoute />} />
      <Route path="/articles/:articleId" element={<ArticleRoute />} />
      <Route path="*" element={<NotFound />} />
    </Routes>
  );
}

export function AppShell({ children }: { children: React.ReactNode }) {
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="site-header">
        <Link to="/" className="brand">
          Parallax
        </Link>
        <span className="tagline">one event, many outlets</span>
      </header>
      <main id="main">{children}</main>
    </>
  );
}

export function App({ corpusUrl, corpus }: AppProps) {
  return (
    <BrowserRouter>
      <AppShell>
        <CorpusProvider url={corpusUrl} corpus={corpus}>
          <AppRoutes />
        </CorpusProvider>
      </AppShell>
    </BrowserRouter>
  );
}
