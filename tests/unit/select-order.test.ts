/** The order articles are listed in (src/core/select.ts `sortArticlesByDate`). */
import { describe, expect, it } from 'vitest';
import { sortArticlesByDate } from '../../src/core/select';
import { makeArticle } from '../helpers';

describe('articles newest first', () => {
  it('puts the newest day first and undated articles last, and orders one day’s titles as a reader’s language does', () => {
    const articles = [
      makeArticle('a1', 'Zebra crossing reopens', [], '2025-05-01'),
      makeArticle('a2', 'undated notice', [], null),
      makeArticle('a3', 'Éclair prices rise', [], '2025-05-01'),
      makeArticle('a4', 'apple harvest begins', [], '2025-05-01'),
      makeArticle('a5', 'Storm warning', [], '2025-05-03'),
    ];
    // Code-unit order would put "Zebra" before "apple" and "Éclair" after both.
    expect(sortArticlesByDate(articles).map((a) => a.id)).toEqual(['a5', 'a4', 'a3', 'a1', 'a2']);
    expect(articles.map((a) => a.id)).toEqual(['a1', 'a2', 'a3', 'a4', 'a5']);
    expect(sortArticlesByDate([articles[0]!])).toEqual([articles[0]]);
  });
});
