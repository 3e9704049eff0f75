import { describe, expect, it } from 'vitest';
import { describeLine, markCaptions } from '../../src/core/extract/lines';
import { findWrapWidth, unwrapLines } from '../../src/core/extract/unwrap';
import { weighLines } from '../../src/core/extract/regions';
import { hardWrap } from '../layouts/variants';
import { PARAGRAPHS } from '../helpers';

describe('unwrapLines', () => {
  it('joins paragraphs hard-wrapped at 80 columns and keeps short lines and paragraph ends', () => {
    const page = ['Home', 'Council approves the budget', '', ...[...PARAGRAPHS, ...PARAGRAPHS].flatMap((p) => [p, ''])];
    const wrapped = hardWrap(page.join('\n')).split('\n');
    expect(findWrapWidth(wrapped)).toBeLessThanOrEqual(80);
    expect(unwrapLines(wrapped)).toEqual(page);
  });
  it('leaves a page that was not wrapped alone', () => {
    const page = ['Home', 'World', ...PARAGRAPHS];
    expect(findWrapWidth(page)).toBeNull();
    expect(unwrapLines(page)).toEqual(page);
  });
});

describe('markCaptions', () => {
  it('makes a line printed against a credit line a caption, not one beside a caption ending in a credit', () => {
    const lines = [
      'Delegates walk past the flags before the talks',
      'Photo: Maria Example / Example Agency',
      'The talks opened on Monday (AP)',
      'The delegations met for two hours and agreed to meet again.',
    ].map(describeLine);
    markCaptions(lines);
    expect(lines.map((f) => f.caption)).toEqual([true, true, true, false]);
  });
  it('charges each photo of a gallery the same, so a gallery does not cut a body in two', () => {
    const photo = ['An artist’s concept of the lander.', 'Photo: Example Agency'];
    const lines = [PARAGRAPHS[0]!, ...photo, ...photo, ...photo, ...photo, PARAGRAPHS[1]!].map(describeLine);
    markCaptions(lines);
    const w = weighLines(lines);
    expect(new Set(w.slice(1, -1)).size).toBe(1);
  });
});
