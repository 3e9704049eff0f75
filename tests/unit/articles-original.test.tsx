// @vitest-environment happy-dom
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { outletName } from '../../src/core/select';
import type { Corpus } from '../../src/core/types';
import { originalHost } from '../../src/components/original-link';
import { markupCorpus } from '../helpers';
import { renderApp } from '../render-app';

function withUrl(url: string | undefined): Corpus {
  const corpus = markupCorpus();
  return { ...corpus, articles: corpus.articles.map((a) => ({ ...a, url })) };
}

describe('originalHost', () => {
  it('gives the host a reader recognises, without www.', () => {
    expect(originalHost('https://www.example.com/news/1?x=2')).toBe('example.com');
    expect(originalHost('http://news.example.org/a')).toBe('news.example.org');
  });

  it('gives nothing for a missing, malformed or non-web address', () => {
    expect(originalHost(undefined)).toBeNull();
    expect(originalHost('not a url')).toBeNull();
    expect(originalHost("javascript:alert('x')")).toBeNull();
    expect(originalHost('data:text/html,<b>x</b>')).toBeNull();
  });
});

describe('link to the original article', () => {
  const url = 'https://www.example.com/news/council-vote';

  it('on the article page: named for the outlet, host shown, in a new tab without referrer or opener', async () => {
    const corpus = withUrl(url);
    const article = corpus.articles[0]!;
    renderApp(`/articles/${article.id}`, corpus);
    await screen.findByRole('heading', { level: 1, name: article.title });
    const link = screen.getByRole('link', { name: /^Original at / });
    expect(link.textContent).toContain(`Original at ${outletName(corpus, article.outletId)}`);
    expect(link.textContent).toContain('(example.com)');
    expect(link.getAttribute('href')).toBe(url);
    expect(link.getAttribute('target')).toBe('_blank');
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');
  });

  it('in the article list', async () => {
    const corpus = withUrl(url);
    renderApp('/?view=articles', corpus);
    const links = await screen.findAllByRole('link', { name: /^Original at / });
    expect(links).toHaveLength(corpus.articles.length);
    expect(links[0]!.getAttribute('href')).toBe(url);
  });

  it('is absent when the corpus has no address, or one that is not a web address', async () => {
    for (const given of [undefined, "javascript:window.__xss='link'"]) {
      const corpus = withUrl(given);
      const article = corpus.articles[0]!;
      const { unmount } = renderApp(`/articles/${article.id}`, corpus);
      await screen.findByRole('heading', { level: 1, name: article.title });
      expect(screen.queryByRole('link', { name: /^Original at / })).toBeNull();
      unmount();
    }
  });
});
