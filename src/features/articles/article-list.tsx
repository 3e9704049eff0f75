import { Link } from 'react-router';
import { PublishedDate } from '../../components/published-date';
import { outletName, sortArticlesByDate } from '../../core/select';
import type { ArticleHeader } from '../../core/types';
import { useCorpus } from '../../lib/corpus-context';
import { useReadStore } from '../../lib/read-store';
import { OriginalLink, originalHost } from '../../components/original-link';

export interface ArticleListProps {
  /** The articles to list; every article when absent. */
  articles?: readonly ArticleHeader[];
}

/** Ingested articles, newest first, with outlet, date and whether the reader has opened them. */
export function ArticleList({ articles: given }: ArticleListProps) {
  const corpus = useCorpus();
  const read = useReadStore((s) => s.read);
  const articles = sortArticlesByDate(given ?? corpus.articles);
  const rejected = corpus.setAside;
  return (
    <>
      <p className="lede">
        {articles.length} articles from {new Set(articles.map((a) => a.outletId)).size} outlets, read from{' '}
        {corpus.sourceCount} pages.
      </p>
      <ol className="article-list">
        {articles.map((a) => (
          <li key={a.id}>
            <article aria-labelledby={`h-${a.id}`}>
              <p className="meta">
                <span className="outlet">{outletName(corpus, a.outletId)}</span>
                {a.viaOutletIds.length > 0 ? (
                  <span className="via"> via {a.viaOutletIds.map((id) => outletName(corpus, id)).join(', ')}</span>
                ) : null}
                {' · '}
                <PublishedDate published={a.published} />
                {read[a.id] ? <span className="read-mark"> · Read</span> : null}
              </p>
              <h2 id={`h-${a.id}`}>
                <Link to={`/articles/${a.id}`}>{a.title}</Link>
              </h2>
              <p className="preview">{a.subtitle ?? a.teaser}</p>
              {originalHost(a.url) ? (
                <p className="original">
                  <OriginalLink url={a.url} outletName={outletName(corpus, a.outletId)} />
                </p>
              ) : null}
            </article>
          </li>
        ))}
      </ol>
      {rejected.length > 0 ? (
        <section aria-labelledby="skipped-h">
          <h2 id="skipped-h">Pages not read</h2>
          <ul>
            {rejected.map((s) => (
              <li key={s.file}>
                <code>{s.file}</code>: {s.reason}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}
