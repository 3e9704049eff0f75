import { useId } from 'react';
import { Link } from 'react-router';
import { OutletBadge } from '../../components/outlet-badge';
import { useBringIntoView } from '../../components/use-bring-into-view';
import { compareQuotes, type QuoteComparison, type Rendering } from '../../core/compare/select-quotes';
import { findOutlet, outletName } from '../../core/select';
import type { ArticleSet } from '../../core/select';
import type { QuoteKind } from '../../core/types';
import { useShownEvent } from '../../lib/corpus-context';
import type { CompareViewProps } from './compare-props';
import { placeHref } from './links';

const KIND_LABEL: Record<QuoteKind, string> = {
  direct: 'Direct quote',
  partial: 'Partial quote',
  paraphrase: 'Paraphrase',
};

/** The rendering's words, with what it changes against the reference marked in words as well as style. */
function RenderingText({ rendering }: { rendering: Rendering }) {
  const words = rendering.changes
    ? rendering.changes.map((c, i) =>
        c.change === 'same' ? (
          c.text
        ) : c.change === 'added' ? (
          <ins key={i}>
            <span className="visually-hidden">[added: </span>
            {c.text}
            <span className="visually-hidden">]</span>
          </ins>
        ) : (
          <del key={i}>
            <span className="visually-hidden">[left out: </span>
            {c.text}
            <span className="visually-hidden">]</span>
          </del>
        ),
      )
    : rendering.quote.text;
  return rendering.quote.kind === 'paraphrase' ? (
    <p className="rendering-text paraphrase">{words}</p>
  ) : (
    <p className="rendering-text">
      <q>{words}</q>
    </p>
  );
}

function renderingNote(r: Rendering, reference: string): string | null {
  if (r.reference) return null;
  if (r.same) return `The same words as ${reference}.`;
  if (r.changes === null) return `Worded differently throughout from ${reference}.`;
  return null;
}

interface GroupProps extends CompareViewProps {
  corpus: ArticleSet;
  comparison: QuoteComparison;
  /** What the statement is called for assistive technology: its speaker and its place among theirs. */
  label: string;
}

function QuoteGroupItem({ corpus, comparison, event, focus, outlets, label }: GroupProps) {
  const { group, renderings, missing } = comparison;
  const focused = focus !== null && (focus.id === group.id || focus.groupId === group.id);
  const ref = useBringIntoView<HTMLElement>(focused, focus?.id ?? null);
  const ref0 = renderings.find((r) => r.reference);
  const referenceName = ref0 ? `${outletName(corpus, ref0.outletId)}’s` : 'the first';
  return (
    <li>
      <article
        ref={ref}
        tabIndex={focused ? -1 : undefined}
        aria-label={label}
        className={`quote-group${focused ? ' is-focused' : ''}`}
      >
        <ul className="renderings">
          {renderings.map((r) => {
            const name = outletName(corpus, r.outletId);
            const note = renderingNote(r, referenceName);
            const one = focus?.kind === 'quote' && focus.id === r.quote.id;
            return (
              <li key={r.quote.id} className={`rendering${one ? ' is-focused' : ''}`}>
                <p className="rendering-head">
                  <OutletBadge outlet={findOutlet(corpus, r.outletId)} name={name} />
                  <span className="chip">{KIND_LABEL[r.quote.kind]}</span>
                  {r.reference && renderings.length > 1 ? (
                    <span className="chip">earliest: the others are compared with it</span>
                  ) : null}
                </p>
                <RenderingText rendering={r} />
                {note ? <p className="rendering-note">{note}</p> : null}
                <p className="rendering-link">
                  <Link to={placeHref(event.id, outlets, r.quote.id, { outletId: r.outletId })}>
                    In context<span className="visually-hidden"> — the {name} report</span>
                  </Link>
                </p>
              </li>
            );
          })}
        </ul>
        {missing.length ? (
          <p className="missing">
            Not carried by {[...new Set(missing.map((m) => outletName(corpus, m.outletId)))].join(', ')}
          </p>
        ) : null}
      </article>
    </li>
  );
}

const UNNAMED = 'Speaker not named';

/** The statements by speaker, each speaker once, in the order they first speak. */
function bySpeaker(comparisons: readonly QuoteComparison[]): [string, QuoteComparison[]][] {
  const speakers = new Map<string, QuoteComparison[]>();
  for (const c of comparisons) {
    const name = c.group.speaker ?? UNNAMED;
    const list = speakers.get(name);
    if (list) list.push(c);
    else speakers.set(name, [c]);
  }
  return [...speakers];
}

/** One speaker's statements under their name, said once. */
function SpeakerItem({
  speaker,
  statements,
  ...props
}: CompareViewProps & { corpus: ArticleSet; speaker: string; statements: QuoteComparison[] }) {
  const headingId = useId();
  return (
    <li>
      <section aria-labelledby={headingId} className="speaker">
        <h3 id={headingId}>
          {speaker}
          {statements.length > 1 ? <span className="speaker-count"> · {statements.length} statements</span> : null}
        </h3>
        <ol className="quote-groups">
          {statements.map((c, i) => (
            <QuoteGroupItem
              key={c.group.id}
              {...props}
              comparison={c}
              label={statements.length > 1 ? `${speaker}, statement ${i + 1} of ${statements.length}` : speaker}
            />
          ))}
        </ol>
      </section>
    </li>
  );
}

/** Each statement once, with every outlet's rendering beside it and the words that differ marked. */
export function QuotesView(props: CompareViewProps) {
  const corpus = useShownEvent();
  const comparisons = compareQuotes(corpus, props.event);
  return (
    <section aria-labelledby="quotes-h" className="compare-view quotes-view">
      <h2 id="quotes-h">Quotes</h2>
      {comparisons.length === 0 ? (
        <p className="view-intro">No statement is quoted by more than one report of this event.</p>
      ) : (
        <>
          <p className="view-intro">
            {comparisons.length === 1 ? 'One statement' : `${comparisons.length} statements`} as each outlet renders it.
            Words are compared with the earliest report’s: <ins>underlined words</ins> are the outlet’s own,{' '}
            <del>struck-through words</del> are the earliest report’s that it does not have.
          </p>
          <ol className="speakers">
            {bySpeaker(comparisons).map(([speaker, statements]) => (
              <SpeakerItem key={speaker} {...props} corpus={corpus} speaker={speaker} statements={statements} />
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
