import { describe, expect, it } from 'vitest';
import { readSeeds } from '../../scripts/lib/read-seeds';
import { ingest } from '../../src/core/ingest/ingest';
import { articlesOf, sortedViews } from '../layouts/compare';
import { hardWrap, layoutVariants, reverseCards } from '../layouts/variants';
import { SEEDS } from '../helpers';

const seeds = readSeeds(SEEDS);
const decoder = new TextDecoder();
const encoder = new TextEncoder();
const pages = seeds.files.filter((f) => f.path.endsWith('.txt'));

describe('layout variants of the seed pages give the same articles (metamorphic)', () => {
  for (const page of pages) {
    const one = (bytes: Uint8Array) => ingest([{ path: page.path, bytes }], seeds.options);
    const original = one(page.bytes);
    const primary = original.articles.find((a) => a.role === 'primary')!;
    const text = decoder.decode(page.bytes);
    const facts = primary.authors[0]
      ? { lead: primary.body[0]!, author: primary.authors[0] }
      : { lead: primary.body[0]! };
    for (const v of layoutVariants(text, facts)) {
      it(`${page.path}: ${v.name}`, () => {
        const got = articlesOf(one(encoder.encode(v.text)), page.path, v.rewrapped);
        expect(sortedViews(got)).toEqual(sortedViews(articlesOf(original, page.path, v.rewrapped)));
      });
    }
  }
});

describe('the layout generator', () => {
  it('wraps at 80 columns without breaking a word', () => {
    const line = 'word '.repeat(40).trim();
    const wrapped = hardWrap(line).split('\n');
    expect(Math.max(...wrapped.map((l) => l.length))).toBeLessThanOrEqual(80);
    expect(wrapped.join(' ')).toBe(line);
  });
  it('reverses the cards of an aggregator page and leaves a page without cards alone', () => {
    const card = (n: number) => [`Headline ${n}`, `Headline ${n}`, `Teaser ${n}.`, ''];
    const page = ['Top', ...card(1), ...card(2), ...card(3), 'Footer'].join('\n');
    expect(reverseCards(page)).toBe(['Top', ...card(3), ...card(2), ...card(1), 'Footer'].join('\n'));
    expect(reverseCards('Just\none article.')).toBeNull();
  });
  it('makes every variant for the Daily8 page', () => {
    const daily8 = pages.find((p) => p.path.startsWith('004_'))!;
    const names = layoutVariants(decoder.decode(daily8.bytes), { lead: 'Yuri Ushakov', author: 'Ann Lee' }).map(
      (v) => v.name,
    );
    expect(names).toEqual([
      'hard-wrapped at 80 columns',
      'cards in reverse order',
      'author box before the lead',
      'photo block above the lead',
      'dated caption near the top',
    ]);
  });
});
