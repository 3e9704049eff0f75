import { useState } from 'react';
import { Link } from 'react-router';
import { OutletBadge } from '../../components/outlet-badge';
import { describeGrouping } from '../../core/select-event';
import { findOutlet, outletName } from '../../core/select';
import type { Article, NewsEvent } from '../../core/types';
import { useCorpus, useCorpusView, useWholeIndex, WholeIndexStatus } from '../../lib/corpus-context';
import { useCorrectionsStore } from '../../lib/corrections-store';

/** Told after each edit: the correction's id (to undo it) and what it did, in words. */
export type OnGroupingEdit = (correctionId: string, message: string) => void;

/** The id of the correction just added: the store names it, so it is the last entry. */
function lastCorrectionId(): string {
  const entries = useCorrectionsStore.getState().entries;
  return entries[entries.length - 1]!.id;
}

/** Why the reports were put together, in words a reader can check against them. */
function AboutGrouping({ event, articles }: { event: NewsEvent; articles: readonly Article[] }) {
  const corpus = useCorpus();
  const { summary, reasons } = describeGrouping(event.why, event.articleIds.length);
  const titleFrom = articles.find((a) => a.id === event.titleFrom);
  return (
    <section aria-labelledby="about-grouping-h" className="about-grouping">
      <h3 id="about-grouping-h">About this grouping</h3>
      <p>{summary}</p>
      {reasons.length ? (
        <ul>
          {reasons.map((r) => (
            <li key={r.kind}>
              <span className="reason-label">{r.label}:</span>{' '}
              {r.kind === 'quotes'
                ? r.items.map((q, i) => (
                    <span key={i}>
                      {i > 0 ? '; ' : ''}
                      <q>{q}</q>
                    </span>
                  ))
                : r.items.join(', ')}
              .
            </li>
          ))}
        </ul>
      ) : null}
      {titleFrom && articles.length > 1 ? (
        <p>
          The page’s title is {outletName(corpus, titleFrom.outletId)}’s headline: of all the headlines, the one whose
          words the other reports share most.
        </p>
      ) : null}
    </section>
  );
}

interface CorrectProps {
  article: Article;
  event: NewsEvent;
  onEdit: OnGroupingEdit;
}

/** "This report is not about this event", or "it belongs with that event". */
function CorrectReport({ article, event, onEdit }: CorrectProps) {
  const { corpus, nearest } = useCorpusView();
  const add = useCorrectionsStore((s) => s.add);
  const outlet = outletName(corpus, article.outletId);
  // The likeliest homes come first: events nearest in time; a long corpus offers only the nearest.
  const others = nearest.get(event.id) ?? [];
  const [target, setTarget] = useState(others[0]?.id ?? '');
  const selectId = `move-${article.id}`;
  return (
    <li className="correct">
      <div role="group" aria-label={`Correct the grouping of the ${outlet} report`}>
        <p className="correct-what">
          <OutletBadge outlet={findOutlet(corpus, article.outletId)} name={outlet} compact />{' '}
          <span className="correct-title">{article.title}</span>
        </p>
        <div className="correct-actions">
          {event.articleIds.length > 1 ? (
            <button
              type="button"
              className="button"
              onClick={() => {
                add({
                  correction: { kind: 'detach', articleId: article.id },
                  articleTitle: article.title,
                  fromTitle: event.title,
                });
                onEdit(lastCorrectionId(), `Took the ${outlet} report out of this event.`);
              }}
            >
              Not about this event
            </button>
          ) : null}
          {others.length > 0 ? (
            <span className="move">
              <label htmlFor={selectId}>Belongs with</label>
              <select id={selectId} className="select" value={target} onChange={(e) => setTarget(e.target.value)}>
                {others.map((e) => (
                  <option key={e.id} value={e.id}>
                    {e.date ?? 'undated'}: {e.title}
                  </option>
                ))}
              </select>
              <button
                type="button"
                className="button"
                onClick={() => {
                  const to = others.find((e) => e.id === target);
                  if (!to) return;
                  add({
                    correction: { kind: 'move', articleId: article.id, withArticleId: to.articleIds[0]! },
                    articleTitle: article.title,
                    fromTitle: event.title,
                    toTitle: to.title,
                  });
                  onEdit(lastCorrectionId(), `Moved the ${outlet} report to “${to.title}”.`);
                }}
              >
                Move
              </button>
            </span>
          ) : null}
        </div>
      </div>
    </li>
  );
}

export interface EditGroupingProps {
  event: NewsEvent;
  /** The event's reports, in page order. */
  articles: readonly Article[];
  onEdit: OnGroupingEdit;
}

/** The grouping's evidence and the tools to correct it; shown only once the reader opens it. */
export function EditGrouping({ event, articles, onEdit }: EditGroupingProps) {
  // The events a report may move to, and the regrouping, read the whole index.
  const whole = useWholeIndex(true);
  return (
    <section id="edit-grouping" aria-labelledby="edit-grouping-h" className="edit-grouping">
      <h2 id="edit-grouping-h">Edit grouping</h2>
      <AboutGrouping event={event} articles={articles} />
      <h3>Correct it</h3>
      <p className="section-note">
        Each change applies in this browser at once and can be undone; <Link to="/corrections">your corrections</Link>{' '}
        lists them all.
      </p>
      {whole.status === 'ready' ? (
        <ul className="corrections-tools">
          {articles.map((a) => (
            <CorrectReport key={a.id} article={a} event={event} onEdit={onEdit} />
          ))}
        </ul>
      ) : (
        <WholeIndexStatus state={whole} />
      )}
    </section>
  );
}
