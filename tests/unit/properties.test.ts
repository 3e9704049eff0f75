import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ingest } from '../../src/core/ingest/ingest';
import { normalizeText } from '../../src/core/text/normalize';
import { file, newsPage, PARAGRAPHS, seedRegistry } from '../helpers';

const word = fc.constantFrom(
  'the',
  'council',
  'said',
  'on',
  'Monday',
  'Read more',
  '©',
  '2024',
  'By',
  'Jane',
  'vote',
  '.',
  ',',
  '"',
  'ago',
  '(AP)',
  'Photo:',
  'Related',
  'a',
  'day',
);
const line = fc.array(word, { maxLength: 40 }).map((ws) => ws.join(' '));
const pageText = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 400 }),
  fc.array(line, { maxLength: 60 }).map((ls) => ls.join('\n')),
  fc
    .array(fc.constantFrom(...PARAGRAPHS, 'Home', 'Related', '', 'By Ann Lee', '2 hours ago'), { maxLength: 30 })
    .map((ls) => ls.join('\n')),
);
const registry = seedRegistry();

describe('ingest properties', () => {
  it('never throws on arbitrary text, and every file is accounted for', () => {
    fc.assert(
      fc.property(fc.array(pageText, { minLength: 1, maxLength: 4 }), (texts) => {
        const files = texts.map((t, i) => file(`p${i}.txt`, t));
        const corpus = ingest(files, { registry, now: '2025-06-03T12:00:00Z' });
        expect(corpus.sources).toHaveLength(files.length);
        for (const s of corpus.sources) if (s.status !== 'ok') expect(s.reason).toBeTruthy();
      }),
      { numRuns: 150 },
    );
  });

  it('gives the same corpus whatever the order of the input files', () => {
    fc.assert(
      fc.property(
        fc.array(pageText, { minLength: 1, maxLength: 4 }),
        fc.integer({ min: 0, max: 1000 }),
        (texts, seed) => {
          const files = [
            ...texts,
            newsPage({ title: 'Council approves the budget for next year', paragraphs: PARAGRAPHS }),
          ].map((t, i) => file(`p${i}.txt`, t));
          const shuffled = [...files].sort(
            (a, b) => ((a.path.charCodeAt(1) * 31 + seed) % 7) - ((b.path.charCodeAt(1) * 31 + seed) % 7),
          );
          expect(JSON.stringify(ingest(shuffled, { registry }))).toBe(JSON.stringify(ingest(files, { registry })));
        },
      ),
      { numRuns: 60 },
    );
  });

  it('is byte-identical on re-run', () => {
    fc.assert(
      fc.property(pageText, (t) => {
        const files = [file('a.txt', t)];
        expect(JSON.stringify(ingest(files, { registry }))).toBe(JSON.stringify(ingest(files, { registry })));
      }),
      { numRuns: 80 },
    );
  });
});

describe('normalizeText properties', () => {
  it('is idempotent', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (s) => {
        const once = normalizeText(s);
        expect(normalizeText(once)).toBe(once);
      }),
    );
  });
});
