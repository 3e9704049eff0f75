// @vitest-environment happy-dom
import { render, screen } from '@testing-library/react';
import { Suspense } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { lazyRoute } from '../../src/app/lazy-route';

const page = (text: string) => ({ default: () => <p>{text}</p> });

describe('lazyRoute', () => {
  it('shows the fallback while the chunk loads, then the route', async () => {
    const route = lazyRoute(async () => page('the route'));
    render(
      <Suspense fallback={<p>Loading…</p>}>
        <route.Component />
      </Suspense>,
    );
    expect(screen.getByText('Loading…')).toBeTruthy();
    expect(await screen.findByText('the route')).toBeTruthy();
  });

  it('renders at once, without the fallback, once preloaded; the chunk is fetched once', async () => {
    const load = vi.fn(async () => page('preloaded'));
    const route = lazyRoute(load);
    await route.preload();
    await route.preload();
    render(
      <Suspense fallback={<p>Loading…</p>}>
        <route.Component />
      </Suspense>,
    );
    expect(screen.getByText('preloaded')).toBeTruthy();
    expect(screen.queryByText('Loading…')).toBeNull();
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('tries again after a failed load', async () => {
    const load = vi
      .fn<() => Promise<ReturnType<typeof page>>>()
      .mockRejectedValueOnce(new Error('offline'))
      .mockResolvedValue(page('second try'));
    const route = lazyRoute(load);
    await expect(route.preload()).rejects.toThrow('offline');
    await route.preload();
    expect(load).toHaveBeenCalledTimes(2);
  });
});
