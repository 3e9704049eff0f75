/**
 * The prerender's entry, built for Node at build time (scripts/lib/prerender-plugin.ts): the app
 * at one address, over the corpus, rendered to HTML exactly as the browser's first render of that
 * address will be (the reader's own state and the window's width come after, in the browser).
 */
import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { StaticRouter } from 'react-router';
import type { Corpus } from '../core/types';
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

export async function renderPage(path: string, corpus: Corpus, corpusUrl: string): Promise<RenderedPage> {
  await preloadRoute(path);
  let title: string | null = null;
  // The outermost route's title, as in the browser, where its effect runs last.
  const hear = (t: string) => void (title ??= t);
  const html = renderToString(
    <StrictMode>
      <PageTitleSink value={hear}>
        <StaticRouter location={path}>
          <AppContent corpusUrl={corpusUrl} corpus={corpus} />
        </StaticRouter>
      </PageTitleSink>
    </StrictMode>,
  );
  return { html, title };
}
