// @vitest-environment happy-dom
import { render, screen } from '@testing-library/react';
import { Suspense } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { lazyRoute } from '../../src/app/lazy-route';
import { PageError } from '../../src/components/page-error';
import { preloadOnDemand } from '../../src/lib/on-demand';

const page = (text: string) => ({ default: () => <p>{text}</p> });

afterEach(() => {
  vi.restoreAllMocks();
});

describe('lazyRoute', () => {
  it('shows the fallback while the chunk loads, then the route', async () => {
    const Route = lazyRoute(async () => page('the route'));
    render(
      <Suspense fallback={<p>Loading…</p>}>
        <Route />
      </Suspense>,
    );
    expect(screen.getByText('Loading…')).toBeTruthy();
    expect(await screen.findByText('the route')).toBeTruthy();
  });

  it('renders at once, without the fallback, once its own chunk is preloaded (as before a hydration)', async () => {
    const load = vi.fn(async () => page('ready'));
    const Route = lazyRoute(load);
    await Route.preload();
    render(
      <Suspense fallback={<p>Loading…</p>}>
        <Route />
      </Suspense>,
    );
    expect(screen.getByText('ready')).toBeTruthy();
    expect(screen.queryByText('Loading…')).toBeNull();
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('renders at once, without the fallback, once preloaded with the on-demand modules; fetched once', async () => {
    const load = vi.fn(async () => page('preloaded'));
    const Route = lazyRoute(load);
    await preloadOnDemand();
    await preloadOnDemand();
    render(
      <Suspense fallback={<p>Loading…</p>}>
        <Route />
      </Suspense>,
    );
    expect(screen.getByText('preloaded')).toBeTruthy();
    expect(screen.queryByText('Loading…')).toBeNull();
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('says the page could not be loaded where it would be, not a blank window, and shows the next page the reader goes to', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const Missing = lazyRoute<object>(() =>
      Promise.reject(new TypeError('Failed to fetch dynamically imported module: /assets/corrections-x.js')),
    );
    const shown = (place: string, child: React.ReactNode) => (
      <>
        <p>the header</p>
        <PageError place={place}>
          <Suspense fallback={<p>Loading…</p>}>{child}</Suspense>
        </PageError>
      </>
    );
    const { rerender } = render(shown('/corrections', <Missing />));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe('Its part of Parallax did not arrive: check the connection, then reload the page.');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('This page could not be loaded');
    expect(screen.getByRole('button', { name: 'reload the page' })).toBeTruthy();
    expect(screen.getByText('the header')).toBeTruthy();
    rerender(shown('/', <p>the feed</p>));
    expect(screen.getByText('the feed')).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('says an error in a page is an error in Parallax, not the connection', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const Broken = () => {
      throw new Error('a bug');
    };
    render(
      <PageError place="/events/e-1">
        <Broken />
      </PageError>,
    );
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('This page could not be shown');
    expect(screen.getByRole('alert').textContent).toBe('An error in Parallax stopped it: reload the page.');
  });
});
