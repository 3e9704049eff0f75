import { Link } from 'react-router';
import { PublishedDate } from '../../components/published-date';
import { outletName, sortArticlesByDate } from '../../core/select';
import { useCorpus } from '../../lib/corpus-context';

/** Every ingested article, newest first, with its outlet and date. */
export function ArticleList() {
  const corpus = useCorpus();
  const articles = sortArticlesByDate(corpus.articles);
  const rejected = corpus.sources.filter((s) => s.status !== 'ok');
  return (
    <>
      <p className="lede">
        {articles.length} articles from {new Set(articles.map((a) => a.outletId)).size} outlets, read from{' '}
        {corpus.sources.length} pages.
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
              </p>
              <h2 id={`h-${a.id}`}>
                <Link to={`/articles/${a.id}`}>{a.title}</Link>
              </h2>
              <p className="preview">{a.subtitle ?? a.body[0]}</p>
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
