import { lazy, type ComponentType, type LazyExoticComponent } from 'react';

type Module<P> = { default: ComponentType<P> };

export interface LazyRoute<P> {
  Component: LazyExoticComponent<ComponentType<P>>;
  /** Loads the route's chunk; resolves once it can render without suspending. */
  preload: () => Promise<void>;
}

/** A thenable that is already fulfilled: React.lazy reads its value without suspending. */
function settled<T>(value: T): PromiseLike<T> {
  return {
    then: (onFulfilled) => Promise.resolve(onFulfilled ? onFulfilled(value) : (value as never)),
  };
}

/**
 * A route in a chunk of its own, loaded when first shown. Once `preload` has loaded it (when the
 * browser is idle, or before tests render), it renders at once, with no loading state.
 */
export function lazyRoute<P>(load: () => Promise<Module<P>>): LazyRoute<P> {
  let loaded: Module<P> | null = null;
  let pending: Promise<void> | null = null;
  const preload = () => {
    pending ??= load().then(
      (m) => {
        loaded = m;
      },
      (e: unknown) => {
        // A failed load (a network error, a deployment that replaced the chunk) may be retried.
        pending = null;
        throw e;
      },
    );
    return pending;
  };
  const Component = lazy(() => (loaded ? settled(loaded) : preload().then(() => loaded!)) as Promise<Module<P>>);
  return { Component, preload };
}
