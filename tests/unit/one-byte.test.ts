/**
 * Article text is held one byte a character where it can be (`scripts/lib/one-byte.ts`): the
 * engine's serializer, which passes strings between threads, tells which form a string has.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { serialize } from 'node:v8';
import { describe, expect, it } from 'vitest';
import { oneByte, oneByteText } from '../../scripts/lib/one-byte';
import { ingestFolder } from '../../scripts/lib/ingest-folder';
import type { Article } from '../../src/core/types';
import { tempDirs } from '../temp-dirs';

const tempDir = tempDirs();

/** How the engine holds `text`: the serializer's tag for it ('"' one-byte, 'c' two-byte), after its header and padding. */
function form(text: string): 'one-byte' | 'two-byte' {
  const bytes = serialize(text);
  let at = 2;
  while (bytes[at] === 0) at++;
  const tag = String.fromCharCode(bytes[at]!);
  if (tag === '"') return 'one-byte';
  if (tag === 'c') return 'two-byte';
  throw new Error(`unexpected serializer tag ${tag}`);
}

/** A page with one curly apostrophe, and a paragraph of plain Latin-1 cut from it. */
const PAGE = `It’s the page. ${'Plain words, café and naïve. '.repeat(20)}`;
const PARAGRAPH = PAGE.slice(PAGE.indexOf('Plain'));

describe('oneByte', () => {
  it('gives a one-byte copy of Latin-1 text cut from a two-byte page, the same text', () => {
    expect(form(PARAGRAPH)).toBe('two-byte');
    const copy = oneByte(PARAGRAPH);
    expect(copy).toBe(PARAGRAPH);
    expect(form(copy)).toBe('one-byte');
  });

  it('leaves text with a character beyond Latin-1 as it is', () => {
    const quoted = PAGE.slice(0, 40);
    expect(oneByte(quoted)).toBe(quoted);
    expect(form(oneByte(quoted))).toBe('two-byte');
    expect(oneByte('')).toBe('');
  });

  it("turns an article's title, subtitle, paragraphs and captions, and nothing else", () => {
    const article = {
      id: 'a-1',
      title: PARAGRAPH.slice(0, 30),
      subtitle: PARAGRAPH.slice(30, 60),
      body: [PARAGRAPH, PAGE],
      captions: [PARAGRAPH.slice(0, 20)],
      authors: [PARAGRAPH.slice(60, 80)],
    } as unknown as Article;
    oneByteText([article]);
    expect([article.title, article.subtitle!, article.body[0]!, article.captions![0]!].map(form)).toEqual([
      'one-byte',
      'one-byte',
      'one-byte',
      'one-byte',
    ]);
    expect(article.body[1]).toBe(PAGE);
    expect(form(article.body[1]!)).toBe('two-byte');
    expect(article.body[0]).toBe(PARAGRAPH);
    expect(form(article.authors[0]!)).toBe('two-byte');
  });
});

/** Sentences that lengthen a paragraph. */
const MORE =
  'Members voted 31 to 12 in favour of the proposal, and the work is due to begin next spring and to last three years. The mayor said the study of the traffic had been done twice already, and that the cost would be shared with the port authority over ten years.';

describe('the ingest', () => {
  it("holds a page's Latin-1 paragraphs one byte a character, though the page has a curly quote", async () => {
    const dir = tempDir('parallax-one-byte-');
    writeFileSync(
      join(dir, 'page.txt'),
      [
        'Council approves the harbour plan after a long debate – Harbour Herald',
        '',
        'Home',
        'World',
        'Europe',
        '',
        'Council approves the harbour plan after a long debate',
        '',
        '25.11.2024, 16:56',
        '',
        // Paragraphs long enough that no memo of lines makes a copy of them.
        `The city council approved the harbour plan on Tuesday after a debate that lasted until late in the evening. ${MORE}`,
        `The plan will widen the main quay and add two berths for ferries. ${MORE}`,
        `Opponents said the cost was too high and asked for a new study of the traffic it would bring. ${MORE}`,
      ].join('\n'),
    );
    const { corpus } = await ingestFolder(dir, { cache: false, workers: 1, now: '2025-05-01T00:00:00Z' });
    const body = corpus.articles[0]!.body;
    expect(body.join(' ')).toContain('The city council approved the harbour plan on Tuesday');
    expect(body.map(form)).toEqual(body.map(() => 'one-byte'));
  });
});
