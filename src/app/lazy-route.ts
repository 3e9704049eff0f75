import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import { onDemand } from '../lib/on-demand';

type Module<P> = { default: ComponentType<P> };

/** A thenable that is already fulfilled: React.lazy reads its value without suspending. */
function settled<T>(value: T): PromiseLike<T> {
  return {
    then: (onFulfilled) => Promise.resolve(onFulfilled ? onFulfilled(value) : (value as never)),
  };
}

/**
 * A route in a chunk of its own, loaded when first shown (an on-demand module, so it is
 * preloaded with the others once the browser is idle, and before tests render). Once loaded it
 * renders at once, with no loading state.
 */
export function lazyRoute<P>(load: () => Promise<Module<P>>): LazyExoticComponent<ComponentType<P>> {
  const chunk = onDemand(load);
  return lazy(() => {
    const loaded = chunk.current();
    return (loaded ? settled(loaded) : chunk.preload()) as Promise<Module<P>>;
  });
}
