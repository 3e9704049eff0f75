import { useEffect, useRef } from 'react';
import { Link, useParams } from 'react-router';
import { findArticle } from '../core/select';
import { ArticleList } from '../features/articles/article-list';
import { ArticleView } from '../features/articles/article-view';
import { useCorpus } from '../lib/corpus-context';

function usePageTitle(title: string) {
  useEffect(() => {
    document.title = `${title} · Parallax`;
  }, [title]);
}

export function HomeRoute() {
  usePageTitle('All articles');
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <>
      <h1 tabIndex={-1} ref={heading}>
        All articles
      </h1>
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

export function NotFound({ what = 'page' }: { what?: string }) {
  usePageTitle('Not found');
  return (
    <div role="alert">
      <h1 id="article-title" tabIndex={-1}>
        No such {what}
      </h1>
      <p>
        Nothing here. <Link to="/">Back to all articles</Link>
      </p>
    </div>
  );
}
