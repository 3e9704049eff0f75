import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { markSpans } from '../../src/core/compare/select-comparison';
import {
  CHUNK_TARGET_CHARS,
  chunkParagraph,
  columnOutlets,
  columnsThatFit,
  COLUMN_GAP_REM,
  MIN_COLUMN_REM,
  leadOf,
  MAX_COLUMNS,
  spansInChunk,
  toggleOutlet,
} from '../../src/core/reading';

const sentence = (n: number) => `Sentence number ${n} says something about the harbour and the ferry that sank there.`;
const wall = Array.from({ length: 30 }, (_, i) => sentence(i + 1)).join(' ');

describe('chunkParagraph', () => {
  it('keeps a short paragraph whole', () => {
    const p = 'One sentence. Another one.';
    expect(chunkParagraph(p)).toEqual([{ start: 0, end: p.length }]);
  });

  it('cuts a long paragraph at sentence ends into chunks of about the target', () => {
    const chunks = chunkParagraph(wall, 300);
    expect(chunks.length).toBeGreaterThan(3);
    chunks.forEach((c, i) => {
      const text = wall.slice(c.start, c.end);
      expect(text).toMatch(/^Sentence number \d+/);
      expect(text.endsWith('there.')).toBe(true);
      // The last chunk holds what is left: at least a third of the target, or it joins the one before.
      expect(text.length).toBeGreaterThanOrEqual(i === chunks.length - 1 ? 100 : 300);
      expect(text.length).toBeLessThan(300 + sentence(30).length + 300 / 3);
    });
  });

  it('does not cut after an abbreviation', () => {
    const p = `${'Words in a row. '.repeat(10)}U.S. President Lee spoke to reporters at length about the ferry.`;
    for (const c of chunkParagraph(p, 40)) expect(p.slice(c.start, c.end).startsWith('President')).toBe(false);
  });

  it('joins a short tail to the chunk before it', () => {
    const p = `${'A'.repeat(100)}. ${'B'.repeat(100)}. Tail.`;
    const chunks = chunkParagraph(p, 100);
    expect(p.slice(chunks[chunks.length - 1]!.start, chunks[chunks.length - 1]!.end).endsWith('Tail.')).toBe(true);
    expect(chunks).toHaveLength(2);
  });

  it('refuses a target that is not positive', () => {
    expect(() => chunkParagraph('x', 0)).toThrow('core/reading: targetChars must be positive, got 0');
  });

  it('covers every word of the paragraph once, in order (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 99 }), { maxLength: 40 }),
        fc.integer({ min: 20, max: 800 }),
        (ns, target) => {
          const p = ns.map(sentence).join(' ');
          const chunks = chunkParagraph(p, target);
          const words = (s: string) => s.split(/\s+/).filter(Boolean);
          expect(chunks.flatMap((c) => words(p.slice(c.start, c.end)))).toEqual(words(p));
          chunks.forEach((c, i) => i > 0 && expect(c.start).toBeGreaterThanOrEqual(chunks[i - 1]!.end));
        },
      ),
    );
  });

  it('is the default the aggregator items are cut with', () => {
    expect(CHUNK_TARGET_CHARS).toBeGreaterThanOrEqual(300);
    expect(chunkParagraph(wall).length).toBeGreaterThan(1);
  });
});

describe('spansInChunk', () => {
  it('puts each mark on the same words after chunking as before', () => {
    const target = 'sank there. Sentence number 7';
    const start = wall.indexOf(target);
    const span = { paragraph: 0, start, end: start + target.length };
    const chunks = chunkParagraph(wall, 200);
    const marked = chunks.flatMap((c) =>
      markSpans(wall.slice(c.start, c.end), spansInChunk([span], c))
        .filter((s) => s.marked)
        .map((s) => s.text),
    );
    // A mark across a chunk boundary is split, each part on its own words.
    expect(marked.join(' ')).toBe(target);
  });

  it('maps offsets back to the original paragraph (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: wall.length - 1 }), fc.integer({ min: 1, max: 200 }), (start, len) => {
        const end = Math.min(wall.length, start + len);
        for (const c of chunkParagraph(wall, 250)) {
          for (const s of spansInChunk([{ start, end }], c)) {
            expect(wall.slice(c.start, c.end).slice(s.start, s.end)).toBe(
              wall.slice(c.start + s.start, c.start + s.end),
            );
            expect(c.start + s.start).toBeGreaterThanOrEqual(start);
            expect(c.start + s.end).toBeLessThanOrEqual(end);
          }
        }
      }),
    );
  });
});

describe('leadOf', () => {
  it('gives the first two sentences of the first non-empty paragraph', () => {
    const body = ['', 'First one. Second one. Third one.', 'Later.'];
    const lead = leadOf(body)!;
    expect(lead.paragraph).toBe(1);
    expect(body[1]!.slice(0, lead.end)).toBe('First one. Second one.');
  });
  it('gives a one-sentence paragraph whole, and null for an empty body', () => {
    expect(leadOf(['Only this.'])).toEqual({ paragraph: 0, end: 10 });
    expect(leadOf([' '])).toBeNull();
  });
});

describe('columnsThatFit', () => {
  it('fits as many columns of the minimum width as the space holds, from one to three', () => {
    const rem = 16;
    const need = (n: number) => (n * MIN_COLUMN_REM + (n - 1) * COLUMN_GAP_REM) * rem;
    expect(columnsThatFit(need(2) - 1, rem)).toBe(1);
    expect(columnsThatFit(need(2), rem)).toBe(2);
    expect(columnsThatFit(need(3) - 1, rem)).toBe(2);
    expect(columnsThatFit(need(3), rem)).toBe(3);
    expect(columnsThatFit(need(6), rem)).toBe(MAX_COLUMNS);
    expect(columnsThatFit(100, rem)).toBe(1);
  });
  it('counts in rem, so a larger text size fits fewer columns', () => {
    expect(columnsThatFit(1216, 16)).toBe(2);
    expect(columnsThatFit(1216, 24)).toBe(1);
    expect(columnsThatFit(1632, 16)).toBe(3);
  });
  it('answers one column for a width or rem that is not a positive number', () => {
    expect(columnsThatFit(0)).toBe(1);
    expect(columnsThatFit(Number.NaN)).toBe(1);
    expect(columnsThatFit(1200, 0)).toBe(1);
  });
});

describe('columnOutlets and toggleOutlet', () => {
  it('gives at most three columns, in the order chosen', () => {
    expect(columnOutlets(['a', 'b', 'c', 'd', 'e'])).toEqual(['a', 'b', 'c']);
    expect(MAX_COLUMNS).toBe(3);
  });
  it('adds an outlet, and a fourth replaces the one chosen longest ago', () => {
    expect(toggleOutlet(['a', 'b'], 'c')).toEqual({ next: ['a', 'b', 'c'], replaced: null });
    expect(toggleOutlet(['a', 'b', 'c'], 'd')).toEqual({ next: ['b', 'c', 'd'], replaced: 'a' });
  });
  it('removes a shown outlet, but never the last one', () => {
    expect(toggleOutlet(['a', 'b'], 'a')).toEqual({ next: ['b'], replaced: null });
    expect(toggleOutlet(['a'], 'a')).toEqual({ next: ['a'], replaced: null });
  });
});
