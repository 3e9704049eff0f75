// @vitest-environment happy-dom
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { AppRoutes, AppShell } from '../../src/app/app';
import { CorpusProvider } from '../../src/lib/corpus-context';
import { ingestTexts, MARKUP_PARAGRAPH, markupCorpus, newsPage, PARAGRAPHS } from '../helpers';

const corpus = ingestTexts({
  'budget.txt': newsPage({ title: 'Council approves budget after weeks of debate', paragraphs: PARAGRAPHS }),
  'bridge.txt': newsPage({
    title: 'Old bridge to close for repairs next month',
    byline: 'By Sam Carter',
    paragraphs: PARAGRAPHS.map((p) => p.replace('budget', 'bridge plan')),
  }),
});

function renderAt(path: string) {
  return render(
    <MemoryRouter initialEntries={[path]}>
      <AppShell>
        <CorpusProvider corpus={corpus}>
          <AppRoutes />
        </CorpusProvider>
      </AppShell>
    </MemoryRouter>,
  );
}

describe('the article list', () => {
  it('lists every article as a link with its outlet and date', () => {
    renderAt('/');
    expect(screen.getByRole('heading', { level: 1, name: 'All articles' })).toBeTruthy();
    const items = screen.getAllByRole('article');
    expect(items).toHaveLength(2);
    expect(within(items[0]!).getByText('Unknown outlet')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Council approves budget after weeks of debate' })).toBeTruthy();
    expect(screen.getAllByText('3 March 2024, 10:15')).toHaveLength(2);
  });

  it('opens an article in the reading view and comes back', async () => {
    const user = userEvent.setup();
    renderAt('/');
    await user.click(screen.getByRole('link', { name: 'Old bridge to close for repairs next month' }));
    const article = screen.getByRole('article', { name: 'Old bridge to close for repairs next month' });
    expect(within(article).getByText(/By Sam Carter/)).toBeTruthy();
    expect(within(article).getAllByText(/bridge plan|council|mayor|Opponents/).length).toBeGreaterThanOrEqual(4);
    await user.click(screen.getByRole('link', { name: 'Back to all articles' }));
    expect(screen.getByRole('heading', { level: 1, name: 'All articles' })).toBeTruthy();
  });
});

describe('unknown addresses', () => {
  it('shows a not-found message with a way back', () => {
    renderAt('/articles/no-such-article');
    const alert = screen.getByRole('alert');
    expect(within(alert).getByRole('heading', { name: 'No such article' })).toBeTruthy();
    expect(within(alert).getByRole('link', { name: 'Back to all articles' })).toBeTruthy();
  });
});

describe('markup in article text', () => {
  it('is shown as text, never as elements', () => {
    const c = markupCorpus();
    const { container } = render(
      <MemoryRouter initialEntries={[`/articles/${c.articles[0]!.id}`]}>
        <CorpusProvider corpus={c}>
          <AppRoutes />
        </CorpusProvider>
      </MemoryRouter>,
    );
    expect(container.querySelector('img, script')).toBeNull();
    expect(screen.getByText(MARKUP_PARAGRAPH)).toBeTruthy();
  });
});
