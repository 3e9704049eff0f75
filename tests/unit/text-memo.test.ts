/**
 * `memoized` (src/core/text/memo.ts): a pure function of a string worked out once per string,
 * in two bounded generations.
 */
import { describe, expect, it } from 'vitest';
import { fullCollection } from '../../scripts/lib/full-collection';
import { memoized, ownCopy } from '../../src/core/text/memo';

function counted(limit: number) {
  const calls: string[] = [];
  const f = memoized((text: string) => {
    calls.push(text);
    return text.toUpperCase();
  }, limit);
  return { f, calls };
}

describe('memoized', () => {
  it('gives what the function gives, working each string out once', () => {
    const { f, calls } = counted(10);
    expect(['a', 'b', 'a', 'a', 'b'].map(f)).toEqual(['A', 'B', 'A', 'A', 'B']);
    expect(calls).toEqual(['a', 'b']);
  });

  it('keeps the strings still in use when the young generation fills: they move back from the old one', () => {
    const { f, calls } = counted(2);
    f('a');
    f('b');
    // The young generation is full: it becomes the old one, and "c" starts a new one.
    f('c');
    // "a" is in the old generation: answered without working it out again, and moved back.
    f('a');
    expect(calls).toEqual(['a', 'b', 'c']);
    // The young one ("c", "a") is full again and becomes the old one; "b" is gone from both.
    f('d');
    f('b');
    expect(calls).toEqual(['a', 'b', 'c', 'd', 'b']);
    // "a" is still remembered (in the old generation: "c", "a").
    f('a');
    expect(calls).toEqual(['a', 'b', 'c', 'd', 'b']);
  });

  it('remembers an empty answer as well as any other', () => {
    let n = 0;
    const f = memoized(() => {
      n++;
      return '';
    }, 4);
    f('x');
    f('x');
    expect(n).toBe(1);
  });

  it('keeps no page alive for a word cut from it: what it keeps, it keeps as strings of their own', () => {
    const gc = fullCollection();
    const f = memoized((word: string) => word.slice(1), 10_000);
    const heap = () => {
      gc();
      return process.memoryUsage().heapUsed;
    };
    const before = heap();
    for (let i = 0; i < 400; i++) {
      // A page of 100,000 characters, two bytes each (one curly quote is enough): 200 KB.
      const page = `${i}-internationally ’ `.repeat(5000);
      // Both the key and the value are views of the page to the engine (13 characters or more).
      f(page.slice(0, 20));
    }
    // The 400 pages are 80 MB; a few kilobytes of words remain.
    expect(heap() - before).toBeLessThan(8 * 2 ** 20);
    expect(f('12-internationally ’ ')).toBe('2-internationally ’ ');
  });

  it('copies a string to an equal one', () => {
    for (const s of ['', 'short', 'a string of more than thirteen characters “quoted” 🙂']) expect(ownCopy(s)).toBe(s);
  });
});
