import { useCallback, useEffect, useState } from 'react';
import { BrowserRouter, Link, NavLink, Route, Routes, useNavigate } from 'react-router';
import { ConnectionStatus, UpdateBanner } from '../components/app-status';
import { ReadingControls } from '../components/reading-controls';
import { StorageNotice } from '../components/storage-notice';
import type { Corpus } from '../core/types';
import { ShortcutsDialog } from '../features/shortcuts/shortcuts-dialog';
import { CorpusProvider } from '../lib/corpus-context';
import { isShortcut } from '../lib/shortcut-key';
import './shell.css';
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

/**
 * Shortcuts that work on every page: `?` lists them, `/` goes to the filters, `s` saves the event
 * view. Where the filters are on the page they take `/` first (and mark it handled); anywhere
 * else `/` opens the feed with its filters focused.
 */
function useGlobalKeys(openHelp: () => void) {
  const navigate = useNavigate();
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!isShortcut(e)) return;
      if (e.key === '?') {
        e.preventDefault();
        openHelp();
      } else if (e.key === '/') {
        if (e.defaultPrevented) return;
        e.preventDefault();
        navigate('/', { state: { focusFilters: true } });
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
      <header className="site-header shell-header">
        <div className="shell-brand">
          <Link to="/" className="brand">
            Parallax
          </Link>
          <span className="tagline">one event, many outlets</span>
        </div>
        <nav aria-label="Sections" className="sections shell-sections">
          <NavLink to="/" end>
            Events
          </NavLink>
          <NavLink to="/saved">Saved</NavLink>
          <NavLink to="/corrections">Corrections</NavLink>
        </nav>
        <ConnectionStatus />
        <div className="shell-tools">
          <ReadingControls />
          <button
            type="button"
            className="control-button header-button header-button-icon-only"
            onClick={() => setHelp(true)}
            aria-label="Keyboard shortcuts"
            aria-haspopup="dialog"
            title="Keyboard shortcuts (?)"
          >
            <span aria-hidden="true">?</span>
          </button>
        </div>
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
