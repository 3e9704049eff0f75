import { Link } from 'react-router';
import { countryName } from '../../components/country-name';
import { KIND_LABELS } from '../../components/outlet-badge';
import { PublishedDate } from '../../components/published-date';
import type { ArticleHeader, Outlet } from '../../core/types';
import { useCorpusView } from '../../lib/corpus-context';

export interface OutletProfileProps {
  outlet: Outlet;
}

/** An outlet: where it is from, what kind it is, its homepage, and its articles here. */
export function OutletProfile({ outlet }: OutletProfileProps) {
  const { outletArticles, eventOfArticle } = useCorpusView();
  const { written, carried } = outletArticles.get(outlet.id) ?? { written: [], carried: [] };
  const list = (articles: readonly ArticleHeader[]) => (
    <ul className="outlet-articles">
      {articles.map((a) => {
        const e = eventOfArticle.get(a.id);
        return (
          <li key={a.id}>
            <Link to={`/articles/${a.id}`}>{a.title}</Link> · <PublishedDate published={a.published} />
            {e ? (
              <>
                {' '}
                · event: <Link to={`/events/${e.id}`}>{e.title}</Link>
              </>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
  return (
    <>
      <dl className="profile">
        <dt>Country</dt>
        <dd>{countryName(outlet.country)}</dd>
        <dt>Kind</dt>
        <dd>
          {/* The same words as every outlet badge ("news site", not the registry's "online"). */}
          {KIND_LABELS[outlet.kind]}
          {outlet.stateOwned ? ', state-owned' : ''}
        </dd>
        <dt>Homepage</dt>
        <dd>{outlet.homepage ? <a href={outlet.homepage}>{outlet.homepage}</a> : 'unknown'}</dd>
      </dl>
      <h2>Its articles ({written.length})</h2>
      {written.length ? list(written) : <p>None in this corpus.</p>}
      {carried.length ? (
        <>
          <h2>Articles it republished ({carried.length})</h2>
          {list(carried)}
        </>
      ) : null}
    </>
  );
}
