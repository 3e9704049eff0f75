import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readSeeds } from '../../scripts/lib/read-seeds';
import { findWordOrderViolation, pageWords } from '../../src/core/eval/word-order';
import { ingest } from '../../src/core/ingest/ingest';
import { layoutVariants } from '../layouts/variants';
import { file, ROOT, SEEDS, newsPage, PARAGRAPHS, seedRegistry } from '../helpers';

describe('findWordOrderViolation (the oracle)', () => {
  const page = 'Home\nBy Ann Lee\nThe council voted on Tuesday.\nIt approved the budget.\n© 2024';
  it('accepts a body that leaves words out but keeps the rest in order', () => {
    expect(findWordOrderViolation(page, ['The council voted.', 'It approved the budget.'])).toBeNull();
  });
  it('names the first word the page does not have, or has only earlier', () => {
    expect(findWordOrderViolation(page, ['The council rejected it.'])).toMatchObject({
      wordIndex: 2,
      word: 'rejected',
    });
    expect(findWordOrderViolation(page, ['It approved the budget.', 'The council voted.'])).toMatchObject({
      wordIndex: 4,
      word: 'The',
    });
  });
  it('reads both sides with the ingest’s normalisation and ignores punctuation', () => {
    expect(pageWords('Cafe\u0301 “Ost”,\u00a0U.S.')).toEqual(['Café', 'Ost', 'U', 'S']);
  });
});

/** Every article of every page: its body words stand in its page, in order. */
function violations(pages: ReadonlyArray<{ path: string; text: string }>, corpus: ReturnType<typeof ingest>) {
  const out: string[] = [];
  const text = new Map(pages.map((p) => [p.path, p.text]));
  for (const source of corpus.sources) {
    for (const id of source.articleIds) {
      const a = corpus.articles.find((x) => x.id === id)!;
      const v = findWordOrderViolation(text.get(source.file) ?? '', a.body);
      if (v) out.push(`${source.file} (${a.role}): "${v.word}" after "${v.context}"`);
    }
  }
  return out;
}

function folderPages(dir: string) {
  return readdirSync(dir)
    .filter((n) => n.endsWith('.txt'))
    .map((n) => ({ path: n, text: readFileSync(join(dir, n), 'utf8') }));
}

describe('extraction never invents or reorders a word', () => {
  it('on the seed pages (frozen copy)', () => {
    const seeds = readSeeds(SEEDS);
    const corpus = ingest(seeds.files, seeds.options);
    expect(corpus.articles.length).toBeGreaterThan(4);
    expect(violations(folderPages(SEEDS), corpus)).toEqual([]);
  });

  it('on the layout variants of the seed pages', () => {
    const seeds = readSeeds(SEEDS);
    for (const page of folderPages(SEEDS)) {
      for (const v of layoutVariants(page.text, {
        lead: page.text.split('\n').find((l) => l.length > 120) ?? '',
        author: 'Ann Lee',
      })) {
        const corpus = ingest([file(page.path, v.text)], seeds.options);
        expect(violations([{ path: page.path, text: v.text }], corpus)).toEqual([]);
      }
    }
  });

  it('on the fixture pages', () => {
    for (const dir of ['tests/fixtures/five-outlets', 'tests/fixtures']) {
      const pages = folderPages(join(ROOT, dir));
      const corpus = ingest(pages.map((p) => file(p.path, p.text)));
      expect(violations(pages, corpus)).toEqual([]);
    }
  });

  it('on arbitrary pages built from news-page lines, glued sentences and furniture', () => {
    const piece = fc.constantFrom(
      ...PARAGRAPHS,
      'Talks would resume.White House Press Secretary Karoline Leavitt told reporters on Monday that a date was near.',
      'as quoted by TASS.Putin-Trump Summit According to Peskov, more talks are needed before any meeting.',
      'Putin-Trump Summit',
      'Residents left the area on Monday. © AP Officials said the fire was under control by the evening.',
      'Read more',
      'Photo: Getty Images',
      'By Ann Lee',
      '2 hours ago',
      '',
    );
    const registry = seedRegistry();
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 24 }), (ls) => {
        const text = newsPage({ title: 'Council approves the budget for next year', paragraphs: ls });
        const pages = [{ path: 'p.txt', text }];
        expect(violations(pages, ingest([file('p.txt', text)], { registry }))).toEqual([]);
      }),
      { numRuns: 80 },
    );
  });
});
