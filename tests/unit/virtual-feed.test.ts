// @vitest-environment happy-dom
import type { Virtualizer } from '@tanstack/react-virtual';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ESTIMATED_ITEM_PX, measureItem } from '../../src/features/events/virtual-feed';

/** An item element whose height can be read only by laying the page out (offsetHeight). */
function item(height: number) {
  const el = document.createElement('li');
  const read = vi.fn(() => height);
  Object.defineProperty(el, 'offsetHeight', { get: read });
  return { el, read };
}

const virtualizer = (cached: Record<string, number>, estimate = (_i: number) => ESTIMATED_ITEM_PX) =>
  ({
    itemSizeCache: new Map(Object.entries(cached)),
    options: { getItemKey: (i: number) => `e${i}`, estimateSize: estimate },
    indexFromElement: () => 3,
  }) as unknown as Virtualizer<Window, Element>;

afterEach(() => vi.unstubAllGlobals());

describe('measureItem (the feed’s windowed list)', () => {
  it('takes the height the browser reports once laid out', () => {
    const { el, read } = item(999);
    const entry = { borderBoxSize: [{ blockSize: 212.6, inlineSize: 600 }] } as unknown as ResizeObserverEntry;
    expect(measureItem(el, entry, virtualizer({}))).toBe(213);
    expect(read).not.toHaveBeenCalled();
  });

  it('never lays the page out to measure an item as it mounts: the size known, else the estimate', () => {
    vi.stubGlobal('ResizeObserver', class {});
    const { el, read } = item(999);
    expect(measureItem(el, undefined, virtualizer({ e3: 180 }))).toBe(180);
    expect(measureItem(el, undefined, virtualizer({}))).toBe(ESTIMATED_ITEM_PX);
    // The list's own estimate of that item (its height in the list it replaced), not a constant.
    expect(
      measureItem(
        el,
        undefined,
        virtualizer({}, (i) => (i === 3 ? 317 : ESTIMATED_ITEM_PX)),
      ),
    ).toBe(317);
    expect(read).not.toHaveBeenCalled();
  });

  it('reads the element where no ResizeObserver will report', () => {
    vi.stubGlobal('ResizeObserver', undefined);
    const { el, read } = item(150);
    expect(measureItem(el, undefined, virtualizer({ e3: 180 }))).toBe(150);
    expect(read).toHaveBeenCalledOnce();
  });
});
