import { useCallback, useEffect, useState } from 'react';
import { BrowserRouter, Link, Route, Routes, useNavigate } from 'react-router';
import { ConnectionStatus, UpdateBanner } from '../components/app-status';
import { ReadingControls } from '../components/reading-controls';
import { StorageNotice } from '../components/storage-notice';
import type { Corpus } from '../core/types';
import { ShortcutsDialog } from '../features/shortcuts/shortcuts-dialog';
import { CorpusProvider } from '../lib/corpus-context';
import { isShortcut } from '../lib/shortcut-key';
import {
  ArticleRoute,
  ArticlesRoute,
  CorrectionsRoute,
  EventRoute,
  HomeRoute,
  NotFound,
  OutletRoute,
  SavedRoute,
  StoryRoute,
} from './routes';

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
      <Route path="/outlets/:outletId" element={<OutletRoute />} />
      <Route path="/saved" element={<SavedRoute />} />
      <Route path="/corrections" element={<CorrectionsRoute />} />
      <Route path="*" element={<NotFound />} />
    </Routes>
  );
}

/** Shortcuts that work on every page: `?` lists them, `/` goes to the filters, `s` saves the event view. */
function useGlobalKeys(openHelp: () => void) {
  const navigate = useNavigate();
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!isShortcut(e)) return;
      if (e.key === '?') {
        e.preventDefault();
        openHelp();
      } else if (e.key === '/') {
        e.preventDefault();
        const first = document.querySelector<HTMLElement>('#filters input');
        if (first) first.focus();
        else navigate('/');
      } else if (e.key === 's') {
        const save = document.getElementById('save-view');
        if (save) {
          e.preventDefault();
          save.click();
        }
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [navigate, openHelp]);
}

export function AppShell({ children }: { children: React.ReactNode }) {
  const [help, setHelp] = useState(false);
  useGlobalKeys(useCallback(() => setHelp(true), []));
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
          <Link to="/saved">Saved</Link>
          <Link to="/corrections">Corrections</Link>
        </nav>
        <ConnectionStatus />
        <ReadingControls />
        <button type="button" className="help" onClick={() => setHelp(true)} aria-label="Keyboard shortcuts">
          ?
        </button>
      </header>
      <UpdateBanner />
      <StorageNotice />
      <ShortcutsDialog open={help} onClose={() => setHelp(false)} />
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
