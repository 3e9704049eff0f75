/** Every article, and one article read on its own. */
import { useEffect } from 'react';
import { useParams } from 'react-router';
import { findArticle } from '../../core/select';
import { ArticleList } from '../../features/articles/article-list';
import { ArticleView } from '../../features/articles/article-view';
import {
  EventScopeStatus,
  useCorpus,
  useCorpusView,
  useEventScope,
  useWholeIndex,
  WholeIndexStatus,
} from '../../lib/corpus-context';
import { NotFound, PageHeading, usePageTitle } from './page';

export function ArticlesRoute() {
  usePageTitle('All articles');
  return (
    <>
      <PageHeading>All articles</PageHeading>
      <ArticleList />
    </>
  );
}

export function ArticleRoute() {
  const { articleId = '' } = useParams();
  const header = findArticle(useCorpus(), articleId);
  // An article's text is in the file of its event.
  const state = useEventScope(useCorpusView().eventOfArticle.get(articleId)?.id);
  // Not in the index's head: the whole index says whether there is such an article.
  const whole = useWholeIndex(header === undefined);
  usePageTitle(header?.title ?? 'Article not found');
  const article = state.status === 'ready' ? findArticle(state.scope, articleId) : undefined;
  useEffect(() => {
    if (article) document.getElementById('article-title')?.focus();
  }, [articleId, article]);
  if (!header && whole.status !== 'ready') return <WholeIndexStatus state={whole} />;
  if (!header || state.status === 'none') return <NotFound what="article" />;
  if (state.status !== 'ready') return <EventScopeStatus state={state} />;
  if (!article) return <NotFound what="article" />;
  return <ArticleView article={article} />;
}
