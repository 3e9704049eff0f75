import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import { onDemand } from '../lib/on-demand';

type Module<P> = { default: ComponentType<P> };

/** A route component in a chunk of its own, with the means to load that chunk ahead of rendering. */
export type LazyRoute<P> = LazyExoticComponent<ComponentType<P>> & {
  /** Loads the route's chunk (once); once it has resolved the route renders without suspending. */
  preload: () => Promise<unknown>;
};

/** A thenable that is already fulfilled: React.lazy reads its value without suspending. */
function settled<T>(value: T): PromiseLike<T> {
  return {
    then: (onFulfilled) => Promise.resolve(onFulfilled ? onFulfilled(value) : (value as never)),
  };
}

/**
 * A route in a chunk of its own, loaded when first shown (an on-demand module, so it is
 * preloaded with the others once the browser is idle, and before tests render). Once loaded it
 * renders at once, with no loading state: a page prerendered at build time loads its route's
 * chunk before it hydrates, and the server loads it before it renders.
 */
export function lazyRoute<P>(load: () => Promise<Module<P>>): LazyRoute<P> {
  const chunk = onDemand(load);
  const component = lazy(() => {
    const loaded = chunk.current();
    return (loaded ? settled(loaded) : chunk.preload()) as Promise<Module<P>>;
  });
  return Object.assign(component, { preload: chunk.preload });
}
