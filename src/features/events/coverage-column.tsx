import { useRef } from 'react';
import { Link } from 'react-router';
import { MarkedText } from '../../components/marked-text';
import { OriginalLink } from '../../components/original-link';
import { OutletBadge } from '../../components/outlet-badge';
import { PublishedDate } from '../../components/published-date';
import { useBringIntoView } from '../../components/use-bring-into-view';
import { chunkParagraph, leadOf, spansInChunk } from '../../core/reading';
import { findOutlet, outletName } from '../../core/select';
import type { Article, FactSpan } from '../../core/types';
import { useCorpus } from '../../lib/corpus-context';
import { useReadStore } from '../../lib/read-store';
import { useReadWhenSeen } from './use-read-when-seen';

export interface CoverageColumnProps {
  article: Article;
  highlights: readonly FactSpan[];
  primary: FactSpan | null;
  lead: boolean;
  /** Given to the heading element, for the tab panel to be named by its tab instead. */
  labelled?: boolean;
}

/** One outlet's report, with the passages an item points to marked where they stand. */
export function CoverageColumn({ article: a, highlights, primary, lead, labelled = true }: CoverageColumnProps) {
  const corpus = useCorpus();
  const read = useReadStore((s) => Boolean(s.read[a.id]));
  const outlet = outletName(corpus, a.outletId);
  const mine = highlights.filter((h) => h.articleId === a.id);
  const focusHere = primary !== null && primary.articleId === a.id;
  const focusRef = useBringIntoView<HTMLElement>(focusHere, primary ? `${primary.paragraph}:${primary.start}` : null);
  const ref = useRef<HTMLElement>(null);
  useReadWhenSeen(ref, a.id, !lead);
  const opening = lead ? leadOf(a.body) : null;
  const paragraphs = opening
    ? [{ i: opening.paragraph, text: a.body[opening.paragraph]!.slice(0, opening.end) }]
    : a.body.map((text, i) => ({ i, text }));
  return (
    <article
      ref={ref}
      aria-labelledby={labelled ? `col-${a.id}` : undefined}
      aria-label={labelled ? undefined : outlet}
      className={`column${mine.length ? ' has-highlight' : ''}`}
      data-article={a.id}
      tabIndex={-1}
    >
      {/* Stays in view while the column is read: who is speaking. */}
      <header className="column-head">
        <h3 id={`col-${a.id}`}>
          <Link to={`/outlets/${a.outletId}`}>{outlet}</Link>
        </h3>
        <OutletBadge
          outlet={findOutlet(corpus, a.outletId)}
          name={outlet}
          via={a.viaOutletIds.map((v) => outletName(corpus, v))}
        />
      </header>
      {read ? <p className="read-mark">Read</p> : null}
      <p className="headline">
        <Link to={`/articles/${a.id}`}>{a.title}</Link>
      </p>
      <p className="byline">
        {a.authors.length ? `By ${a.authors.join(', ')} · ` : ''}
        <PublishedDate published={a.published} />
        {a.url ? ' · ' : ''}
        <OriginalLink url={a.url} outletName={outlet} compact />
      </p>
      {paragraphs.map(({ i, text }) => {
        const spans = mine.filter((h) => h.paragraph === i);
        const focusStart = focusHere && primary.paragraph === i ? primary.start : undefined;
        const chunks = chunkParagraph(text);
        if (chunks.length <= 1)
          return (
            <p key={i} data-chars={text.length}>
              <MarkedText text={text} spans={spans} {...(focusStart !== undefined ? { focusStart, focusRef } : {})} />
            </p>
          );
        // A long single paragraph reads in chunks; marks are shifted into the chunk that holds them.
        return chunks.map((c) => {
          const holdsFocus = focusStart !== undefined && focusStart >= c.start && focusStart < c.end;
          return (
            <p key={`${i}:${c.start}`} data-chars={c.end - c.start} className="chunk">
              <MarkedText
                text={text.slice(c.start, c.end)}
                spans={spansInChunk(spans, c)}
                {...(holdsFocus ? { focusStart: focusStart - c.start, focusRef } : {})}
              />
            </p>
          );
        });
      })}
      {lead && opening ? <p className="lead-more">Opening lines only.</p> : null}
    </article>
  );
}
