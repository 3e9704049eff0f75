import { useId } from 'react';
import { Link } from 'react-router';
import { countryName } from '../../components/country-name';
import { NamingTable } from '../../components/naming-table';
import { OutletBadge } from '../../components/outlet-badge';
import { useBringIntoView } from '../../components/use-bring-into-view';
import {
  citationsByArticle,
  describeCopies,
  namingRows,
  perspective,
  provenanceSummary,
  type CitedSource,
} from '../../core/compare/select-sources';
import { findOutlet, outletName } from '../../core/select';
import type { Article, CitationKind, Outlet } from '../../core/types';
import { useCorpus, useShownEvent } from '../../lib/corpus-context';
import type { CompareViewProps } from './compare-props';
import { placeHref } from './links';

const CITATION_KIND: Record<CitationKind, string> = {
  outlet: 'news outlet',
  agency: 'news agency',
  person: 'person',
  document: 'document',
  other: 'other',
};

function Names({ outlets }: { outlets: readonly Outlet[] }) {
  return (
    <>
      {outlets.map((o, i) => (
        <span key={o.id}>
          {i > 0 ? ', ' : ''}
          {o.name}
          {o.stateOwned ? <span className="chip state">state-owned</span> : null}
        </span>
      ))}
    </>
  );
}

function CitationItem({
  article,
  cited,
  focused,
  ...props
}: CompareViewProps & { article: Article; cited: CitedSource; focused: boolean }) {
  const ref = useBringIntoView<HTMLLIElement>(focused, props.focus?.id ?? null);
  const c = cited.citation;
  const corpus = useCorpus();
  return (
    <li ref={ref} tabIndex={focused ? -1 : undefined} className={focused ? 'is-focused' : undefined}>
      <span className="cite-words">
        {c.label ? <span className="cite-label">{c.label} </span> : null}
        <span className="cite-name">{c.name}</span>
      </span>{' '}
      <span className="chip">{CITATION_KIND[c.kind]}</span>{' '}
      {c.outletId && findOutlet(corpus, c.outletId) ? (
        <>
          <Link to={`/outlets/${c.outletId}`}>
            profile<span className="visually-hidden"> of {outletName(corpus, c.outletId)}</span>
          </Link>
          {' · '}
        </>
      ) : null}
      <Link to={placeHref(props.event.id, props.outlets, cited.id, { outletId: article.outletId })}>
        in context{' '}
        <span className="visually-hidden">
          — {c.name} in the {outletName(corpus, article.outletId)} report
        </span>
      </Link>
    </li>
  );
}

function Cites({ article, citations, ...props }: CompareViewProps & { article: Article; citations: CitedSource[] }) {
  const corpus = useCorpus();
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} className="cites">
      <h4 id={headingId}>
        <OutletBadge
          outlet={findOutlet(corpus, article.outletId)}
          name={outletName(corpus, article.outletId)}
          compact
        />
      </h4>
      {citations.length ? (
        <ul>
          {citations.map((c) => (
            <CitationItem key={c.id} {...props} article={article} cited={c} focused={props.focus?.id === c.id} />
          ))}
        </ul>
      ) : (
        <p className="count">Names no source.</p>
      )}
    </section>
  );
}

/** How many reports there really are, who the outlets are, whom each cites, and how each names things. */
export function SourcesView(props: CompareViewProps) {
  const corpus = useShownEvent();
  const { event } = props;
  const copies = describeCopies(corpus, event);
  const who = perspective(corpus, event);
  const cited = citationsByArticle(corpus, event);
  const naming = namingRows(corpus, event.naming);
  return (
    <section aria-labelledby="sources-h" className="compare-view sources-view">
      <h2 id="sources-h">Sources</h2>
      <div className="sources-grid">
        <section aria-labelledby="reports-h">
          <h3 id="reports-h">How many reports</h3>
          <p className="provenance-line">{provenanceSummary(event.provenance)}</p>
          {copies.length ? (
            <ul className="copies">
              {copies.map((c) => (
                <li key={c.articleId}>
                  {c.outlet}’s report repeats {c.of}: {c.basis}.
                </li>
              ))}
            </ul>
          ) : (
            <p>{event.articleIds.length > 1 ? 'No report here repeats another.' : 'One report.'}</p>
          )}
        </section>
        <section aria-labelledby="who-h">
          <h3 id="who-h">Who reports it</h3>
          <dl className="perspective">
            <dt>By country</dt>
            {who.countries.map((c) => (
              <dd key={c.country ?? ''}>
                {countryName(c.country)}: <Names outlets={c.outlets} />
              </dd>
            ))}
            <dt>By kind</dt>
            {who.kinds.map((k) => (
              <dd key={k.kind}>
                {k.kind === 'unknown' ? 'kind unknown' : k.kind}: <Names outlets={k.outlets} />
              </dd>
            ))}
            <dt>Owned by a state</dt>
            <dd>{who.stateOwned.length ? who.stateOwned.map((o) => o.name).join(', ') : 'None known'}</dd>
          </dl>
        </section>
      </div>
      <section aria-labelledby="cites-h">
        <h3 id="cites-h">Whom each outlet cites</h3>
        <div className="cites-grid">
          {cited.map(({ article, citations }) => (
            <Cites key={article.id} {...props} article={article} citations={citations} />
          ))}
        </div>
      </section>
      <section aria-labelledby="naming-h">
        <h3 id="naming-h">How they name things</h3>
        {naming.length ? (
          <NamingTable rows={naming} caption="The same person, place or body in each outlet’s words" />
        ) : (
          <p className="count">The outlets name the people and places of this event alike.</p>
        )}
      </section>
    </section>
  );
}
