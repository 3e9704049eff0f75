/**
 * The extractor's shortcuts give what the plain forms they stand for give, on any text: a
 * count without splitting (the caption and credit tests' word counts), a word count that stops
 * early, a line or paragraph left unread when folding its spaces would not change it, a label
 * test that skips long prose.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { labelKey, LABEL_MAX_WORDS, pageLabels } from '../../src/core/extract/inline';
import { countWords, hasWords } from '../../src/core/extract/lines';
import { comparisonKey, normalizeText, tidyParagraph } from '../../src/core/text/normalize';
import { hashBytes, setSha256 } from '../../src/core/ingest/sources';
import { createHash } from 'node:crypto';
import { piecesOf } from '../../src/core/text/spaces';

/** Text rich in every kind of white space, letters of several scripts, marks and punctuation. */
const piece = fc.constantFrom(
  ' ',
  '  ',
  '\t',
  '\n',
  '\u00a0',
  '\u2009',
  '\u3000',
  '\u2028',
  '\ufeff',
  '\u000b',
  'a',
  'Word',
  'İstanbul',
  'straße',
  'ﬁne',
  '東京',
  'é',
  'e\u0301',
  '42',
  '.',
  'Photo:',
  '(AP)',
  "'",
  '’s',
  '-',
  '|',
  '•',
);
const text = fc.oneof(
  fc.array(piece, { maxLength: 80 }).map((ps) => ps.join('')),
  // Lines of words and plain spaces alone, one or two at a time.
  fc.array(fc.constantFrom(' ', '  ', 'word', 'Word.', '\n'), { maxLength: 40 }).map((ps) => ps.join('')),
  fc.string({ unit: 'grapheme', maxLength: 200 }),
);

describe('the extractor’s fast paths', () => {
  it('piecesOf counts what split(/\\s+/) gives, and stops just past its limit', () => {
    fc.assert(
      fc.property(text, fc.integer({ min: 0, max: 30 }), (t, most) => {
        const pieces = t.split(/\s+/).length;
        expect(piecesOf(t)).toBe(pieces);
        expect(piecesOf(t, most)).toBe(Math.min(pieces, most + 1));
      }),
    );
  });

  it('hasWords says what counting the joined paragraphs says', () => {
    fc.assert(
      fc.property(fc.array(text, { maxLength: 6 }), fc.integer({ min: 0, max: 40 }), (ps, least) => {
        expect(hasWords(ps, least)).toBe(countWords(ps.join(' ')) >= least);
      }),
    );
  });

  it('normalizeText and tidyParagraph give what folding every run of space gives', () => {
    const spaces = /[\t \u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]+/g;
    fc.assert(
      fc.property(text, (t) => {
        const lines = t
          .replace(/^\uFEFF/, '')
          .replace(/\r\n?/g, '\n')
          .normalize('NFC')
          .replace(/[\u200B-\u200D\u2060\uFEFF\u200E\u200F\u202A-\u202E]/g, '')
          // eslint-disable-next-line no-control-regex -- as normalizeText strips them
          .replace(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g, '')
          .split('\n');
        expect(normalizeText(t)).toBe(lines.map((l) => l.replace(spaces, ' ').trim()).join('\n'));
        expect(tidyParagraph(t)).toBe(t.replace(/\s+/g, ' ').trim());
        expect(comparisonKey(t)).toBe(normalizeText(t).replace(/\s+/g, ' ').trim().toLowerCase());
      }),
    );
  });

  it('a page’s labels are the entries whose key has at most the label’s words, long lines included', () => {
    // Words of one run of letters each (and a dash, none): an entry of n of them has about n words.
    const longWord = fc.constantFrom('correspondents', 'international', 'reconstruction', 'ﬁnance', '—');
    const entry = fc.oneof(
      fc.array(piece, { minLength: 1, maxLength: 260 }).map((ps) => ps.join('')),
      // Long entries of about as many words as a label may have, either side of it.
      fc
        .integer({ min: LABEL_MAX_WORDS - 3, max: LABEL_MAX_WORDS + 2 })
        .chain((n) => fc.array(longWord, { minLength: n, maxLength: n }))
        .map((ws) => ws.join(' ')),
    );
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 5 }), entry, (lines, asked) => {
        const keys = new Set(
          [...lines, ...lines.flatMap((l) => l.split(/\s+[|•·]\s+/))]
            .map(labelKey)
            .filter((k) => k && k.split(' ').length <= LABEL_MAX_WORDS),
        );
        const labels = pageLabels(lines);
        for (const l of [...lines, asked]) expect(labels(l)).toBe(keys.has(labelKey(l)));
      }),
    );
  });

  it('hashes with the SHA-256 it is handed, to the same digest', () => {
    const node = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');
    const bytes = fc.uint8Array({ maxLength: 300 });
    const before = fc.sample(bytes, 50).map((b) => [b, hashBytes(b)] as const);
    for (const [b, digest] of before) expect(digest).toBe(node(b));
    let calls = 0;
    setSha256((b) => {
      calls++;
      return node(b);
    });
    for (const [b, digest] of before) expect(hashBytes(b)).toBe(digest);
    expect(calls).toBe(before.length);
  });
});
