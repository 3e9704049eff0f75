// @vitest-environment happy-dom
import { render, screen } from '@testing-library/react';
import { Suspense } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { lazyRoute } from '../../src/app/lazy-route';
import { preloadOnDemand } from '../../src/lib/on-demand';

const page = (text: string) => ({ default: () => <p>{text}</p> });

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
});
