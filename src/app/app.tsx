import { BrowserRouter, Link, Route, Routes } from 'react-router';
import type { Corpus } from '../core/types';
import { CorpusProvider } from '../lib/corpus-context';
import { StorageNotice } from '../components/storage-notice';
import { ArticleRoute, ArticlesRoute, CorrectionsRoute, EventRoute, HomeRoute, NotFound, StoryRoute } from './routes';

export interface AppProps {
  corpusUrl?: string;
  corpus?: Corpus;
}

export function AppRoutes() {
  return (
    <Routes>
      <Route path="/" element={<HomeRoute />} />
      <Route path="/articles" element={<ArticlesRoute />} />
      <Route path="/articles/:articleId" element={<ArticleRoute />} />
      <Route path="/events/:eventId" element={<EventRoute />} />
      <Route path="/stories/:storyId" element={<StoryRoute />} />
      <Route path="/corrections" element={<CorrectionsRoute />} />
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
        <nav aria-label="Sections" className="sections">
          <Link to="/">Events</Link>
          <Link to="/articles">Articles</Link>
          <Link to="/corrections">Corrections</Link>
        </nav>
      </header>
      <StorageNotice />
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
