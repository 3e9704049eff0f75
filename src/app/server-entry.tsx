/**
 * The prerender's entry, built for Node at build time (scripts/lib/prerender-plugin.ts): the app
 * at one address, over the corpus, rendered to HTML exactly as the browser's first render of that
 * address will be (the reader's own state and the window's width come after, in the browser).
 */
import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { StaticRouter } from 'react-router';
import type { CorpusIndex } from '../core/types';
import type { EventFileSource } from '../lib/event-files';
import { AppContent, preloadRoute } from './app';
import { PageTitleSink } from './routes/page';

export { corpusUrl } from 'virtual:parallax-corpus';
export { documentTitle } from './routes/page';

export interface RenderedPage {
  /** The markup of #root. */
  html: string;
  /** The page's own title, as its route names it (null when no route does). */
  title: string | null;
}

/** The page at `path` of the corpus whose index is at `corpusUrl`, its events' files read from `files`. */
export async function renderPage(
  path: string,
  index: CorpusIndex,
  files: EventFileSource,
  corpusUrl: string,
): Promise<RenderedPage> {
  await preloadRoute(path);
  let title: string | null = null;
  // The outermost route's title, as in the browser, where its effect runs last.
  const hear = (t: string) => void (title ??= t);
  const html = renderToString(
    <StrictMode>
      <PageTitleSink value={hear}>
        <StaticRouter location={path}>
          <AppContent corpusUrl={corpusUrl} index={index} files={files} />
        </StaticRouter>
      </PageTitleSink>
    </StrictMode>,
  );
  return { html, title };
}
