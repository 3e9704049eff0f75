/** Every article, and one article read on its own. */
import { useEffect } from 'react';
import { useParams } from 'react-router';
import { findArticle } from '../../core/select';
import { ArticleList } from '../../features/articles/article-list';
import { ArticleView } from '../../features/articles/article-view';
import { useCorpus } from '../../lib/corpus-context';
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
  const article = findArticle(useCorpus(), articleId);
  usePageTitle(article?.title ?? 'Article not found');
  useEffect(() => document.getElementById('article-title')?.focus(), [articleId]);
  if (!article) return <NotFound what="article" />;
  return <ArticleView article={article} />;
}
