/**
 * Article text held one byte a character where it can be. V8 keeps a string cut or copied from a
 * two-byte string (a page with one curly quote or dash anywhere in it) as two-byte, whatever its
 * own characters, and a string passed to another thread keeps its form: in the ingest's thread at
 * 25,000 articles, 101 MB of the articles' paragraphs were two-byte strings, and half of those
 * had no character beyond Latin-1.
 */
import type { Article } from '../../src/core/types';

/** A character a one-byte string cannot hold. */
const BEYOND_LATIN1 = /[\u0100-\uffff]/;

/** The same text, as a one-byte string when every character is Latin-1 (a fresh copy then). */
export function oneByte(text: string): string {
  return BEYOND_LATIN1.test(text) ? text : Buffer.from(text, 'latin1').toString('latin1');
}

/** The articles' paragraphs, titles and captions, each as `oneByte` gives it (in place). */
export function oneByteText(articles: readonly Article[]): void {
  for (const a of articles) {
    a.title = oneByte(a.title);
    a.body = a.body.map(oneByte);
    if (a.captions) a.captions = a.captions.map(oneByte);
    if (a.subtitle !== undefined) a.subtitle = oneByte(a.subtitle);
  }
}
