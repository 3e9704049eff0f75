import { useId, useState } from 'react';
import { Link } from 'react-router';
import { useBringIntoView } from '../../components/use-bring-into-view';
import { compareFacts, type FactRow, type OutletColumn } from '../../core/compare/select-facts';
import { useCorpus } from '../../lib/corpus-context';
import type { CompareViewProps } from './compare-props';
import { placeHref } from './links';

/** Sentences shown per "only in" list before "Show all": enough to see what an outlet adds at a glance. */
export const ONLY_IN_SHOWN = 3;

type Where = 'common' | 'matrix' | 'only';

/** Where a focused fact is brought into view: the first place the page shows it. */
function focusPlace(rows: { common: FactRow[]; shared: FactRow[] }, id: string | undefined): Where {
  if (rows.common.some((r) => r.fact.id === id)) return 'common';
  if (rows.shared.some((r) => r.fact.id === id)) return 'matrix';
  return 'only';
}

interface RowProps extends CompareViewProps {
  row: FactRow;
  columns: OutletColumn[];
  focused: boolean;
}

function CommonItem({ row, columns, focused, event, outlets, focus }: RowProps) {
  const ref = useBringIntoView<HTMLLIElement>(focused, focus?.id ?? null);
  return (
    <li ref={ref} tabIndex={focused ? -1 : undefined} className={focused ? 'is-focused' : undefined}>
      <span className="fact-text">{row.fact.text}</span>{' '}
      <span className="fact-places">
        Read it in:{' '}
        {row.cells.map((cell, i) =>
          cell.span ? (
            <span key={cell.outletId}>
              {i > 0 ? ', ' : ''}
              <Link
                to={placeHref(event.id, outlets, row.fact.id, {
                  outletId: cell.outletId,
                  articleId: cell.span.articleId,
                })}
              >
                {columns[i]!.name}
              </Link>
            </span>
          ) : null,
        )}
      </span>
    </li>
  );
}

function MatrixRow({ row, columns, focused, event, outlets, focus }: RowProps) {
  const ref = useBringIntoView<HTMLTableCellElement>(focused, focus?.id ?? null);
  return (
    <tr className={focused ? 'is-focused' : undefined}>
      <th scope="row" ref={ref} tabIndex={focused ? -1 : undefined}>
        {row.fact.text}
      </th>
      {row.cells.map((cell, i) => (
        <td key={cell.outletId} className={cell.span ? 'carried' : 'not-carried'}>
          {cell.span ? (
            <Link
              to={placeHref(event.id, outlets, row.fact.id, {
                outletId: cell.outletId,
                articleId: cell.span.articleId,
              })}
            >
              <span aria-hidden="true">●</span>
              <span className="cell-outlet" aria-hidden="true">
                {columns[i]!.name}
              </span>
              <span className="visually-hidden">Carried by {columns[i]!.name}: read it there</span>
            </Link>
          ) : (
            <>
              <span aria-hidden="true">○</span>
              <span className="cell-outlet" aria-hidden="true">
                {columns[i]!.name}
              </span>
              <span className="visually-hidden">Not carried by {columns[i]!.name}</span>
            </>
          )}
        </td>
      ))}
    </tr>
  );
}

interface OnlyInProps extends CompareViewProps {
  column: OutletColumn;
  rows: FactRow[];
  focusedId: string | null;
}

function OnlyItem({
  row,
  column,
  focused,
  event,
  outlets,
  focus,
}: { row: FactRow; column: OutletColumn; focused: boolean } & CompareViewProps) {
  const ref = useBringIntoView<HTMLLIElement>(focused, focus?.id ?? null);
  const span = row.fact.spans.find((s) => column.articleIds.includes(s.articleId));
  return (
    <li ref={ref} tabIndex={focused ? -1 : undefined} className={focused ? 'is-focused' : undefined}>
      <Link to={placeHref(event.id, outlets, row.fact.id, { outletId: column.outletId, articleId: span?.articleId })}>
        {row.fact.text}
      </Link>
    </li>
  );
}

function OnlyIn({ column, rows, focusedId, ...props }: OnlyInProps) {
  const headingId = useId();
  const focusedAt = rows.findIndex((r) => r.fact.id === focusedId);
  const [open, setOpen] = useState(false);
  const all = open || focusedAt >= ONLY_IN_SHOWN;
  const shown = all ? rows : rows.slice(0, ONLY_IN_SHOWN);
  return (
    <section aria-labelledby={headingId} className="only-in">
      <h4 id={headingId}>Only in {column.name}</h4>
      <p className="count">
        {rows.length === 0
          ? 'Nothing that another outlet does not also report.'
          : `${rows.length} ${rows.length === 1 ? 'sentence' : 'sentences'} no other outlet carries`}
      </p>
      {rows.length ? (
        <ol>
          {shown.map((row) => (
            <OnlyItem key={row.fact.id} {...props} row={row} column={column} focused={row.fact.id === focusedId} />
          ))}
        </ol>
      ) : null}
      {rows.length > ONLY_IN_SHOWN && focusedAt < ONLY_IN_SHOWN ? (
        <button type="button" className="button" aria-expanded={open} onClick={() => setOpen(!open)}>
          {open ? 'Show fewer' : `Show all ${rows.length}`}
          <span className="visually-hidden"> only in {column.name}</span>
        </button>
      ) : null}
    </section>
  );
}

/** Common ground first, then who carries which shared fact, then what only one outlet says. */
export function FactsView(props: CompareViewProps) {
  const { event, focus } = props;
  const captionId = useId();
  const corpus = useCorpus();
  const { columns, commonGround, shared, onlyIn } = compareFacts(corpus, event);
  const focusedId = focus?.kind === 'fact' ? focus.id : null;
  const where = focusPlace({ common: commonGround, shared }, focusedId ?? undefined);
  if (columns.length < 2)
    return (
      <section aria-labelledby="facts-h" className="compare-view facts-view">
        <h2 id="facts-h">Facts</h2>
        <p className="view-intro">Only one outlet reports this event, so there is nothing to compare yet.</p>
      </section>
    );
  return (
    <section aria-labelledby="facts-h" className="compare-view facts-view">
      <h2 id="facts-h">Facts</h2>
      <p className="view-intro">
        Every sentence of the {columns.length} outlets’ reports, aligned by what it says: what all of them report, who
        carries what, and what only one reports.
      </p>
      <section aria-labelledby="common-h" className="common-ground">
        <h3 id="common-h">Common ground</h3>
        {commonGround.length ? (
          <>
            <p className="count">What all {columns.length} outlets report</p>
            <ol className="fact-list">
              {commonGround.map((row) => (
                <CommonItem
                  key={row.fact.id}
                  {...props}
                  row={row}
                  columns={columns}
                  focused={where === 'common' && row.fact.id === focusedId}
                />
              ))}
            </ol>
          </>
        ) : (
          <p className="count">No sentence is carried by all {columns.length} outlets.</p>
        )}
      </section>
      <section aria-labelledby="matrix-h">
        <h3 id="matrix-h">Who carries what</h3>
        {shared.length ? (
          <p className="legend" aria-hidden="true">
            ● carried · ○ not carried
          </p>
        ) : null}
        {shared.length ? (
          <div className="table-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
            <table className="fact-matrix">
              <caption id={captionId}>Facts more than one outlet carries</caption>
              <thead>
                <tr>
                  <th scope="col">Fact</th>
                  {columns.map((c) => (
                    <th scope="col" key={c.outletId}>
                      {c.name}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {shared.map((row) => (
                  <MatrixRow
                    key={row.fact.id}
                    {...props}
                    row={row}
                    columns={columns}
                    focused={where === 'matrix' && row.fact.id === focusedId}
                  />
                ))}
              </tbody>
            </table>
          </div>
        ) : (
          <p className="count">No outlet shares a sentence with another.</p>
        )}
      </section>
      <section aria-labelledby="only-h">
        <h3 id="only-h">Only in one outlet</h3>
        <div className="only-grid">
          {onlyIn.map((o) => (
            <OnlyIn
              key={o.column.outletId}
              {...props}
              column={o.column}
              rows={o.rows}
              focusedId={where === 'only' ? focusedId : null}
            />
          ))}
        </div>
      </section>
    </section>
  );
}
