import { useEffect } from 'react';
import { Link } from 'react-router';
import { PublishedDate } from '../../components/published-date';
import type { Article } from '../../core/types';
import { outletName } from '../../core/select';
import { useReadStore } from '../../lib/read-store';
import { useCorpus, useCorpusView } from '../../lib/corpus-context';
import { OriginalLink, originalHost } from '../../components/original-link';

export interface ArticleViewProps {
  article: Article;
}

/** One article in a clean reading view. Source text is rendered as text, never as markup. */
export function ArticleView({ article }: ArticleViewProps) {
  const corpus = useCorpus();
  const event = useCorpusView().eventOfArticle.get(article.id);
  const markRead = useReadStore((s) => s.markRead);
  useEffect(() => markRead(article.id), [article.id, markRead]);
  const outlet = outletName(corpus, article.outletId);
  return (
    <article className="reading" aria-labelledby="article-title">
      <p className="meta">
        <Link className="outlet" to={`/outlets/${article.outletId}`}>
          {outlet}
        </Link>
        {article.viaOutletIds.length > 0 ? (
          <span className="via"> via {article.viaOutletIds.map((id) => outletName(corpus, id)).join(', ')}</span>
        ) : null}
      </p>
      <h1 id="article-title" tabIndex={-1}>
        {article.title}
      </h1>
      {article.subtitle ? <p className="standfirst">{article.subtitle}</p> : null}
      <p className="byline">
        {article.authors.length ? `By ${article.authors.join(', ')} · ` : ''}
        <PublishedDate published={article.published} />
      </p>
      {originalHost(article.url) ? (
        <p className="original">
          <OriginalLink url={article.url} outletName={outlet} />
        </p>
      ) : null}
      {article.body.map((p, i) => (
        <p key={i}>{p}</p>
      ))}
      {article.captions?.length ? (
        <aside aria-label="Photo captions and credits" className="captions">
          <ul>
            {/* A page often prints a caption twice (the image's text and the caption under it): shown once. */}
            {[...new Set(article.captions)].map((c) => (
              <li key={c}>{c}</li>
            ))}
          </ul>
        </aside>
      ) : null}
      <p>
        {event ? (
          <>
            Part of the event <Link to={`/events/${event.id}`}>{event.title}</Link> ·{' '}
          </>
        ) : null}
        <Link to="/">Back to all events</Link>
      </p>
    </article>
  );
}
