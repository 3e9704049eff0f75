import { useEffect, useRef, useState, type PointerEvent as ReactPointerEvent } from 'react';
import { useSearchParams } from 'react-router';
import { MAX_COLUMNS, toggleOutlet } from '../../core/reading';
import { outletName } from '../../core/select';
import type { Article, FactSpan } from '../../core/types';
import { useCorpus } from '../../lib/corpus-context';
import { isShortcut } from '../../lib/shortcut-key';
import { CoverageColumn } from './coverage-column';
import { useMedia } from '../../lib/use-media';
import { useTabs } from '../../components/tabs';

/** Phone layout: one report at a time, as tabs. Matches the 600 px the design names. */
export const PHONE_QUERY = '(max-width: 600px)';
/** Horizontal travel (px) that makes a pointer drag a swipe, and not a tap or a scroll. */
const SWIPE_MIN_PX = 50;

interface PickerProps {
  available: readonly string[];
  shown: readonly string[];
  /** Columns that fit side by side now. */
  fit: number;
}

/**
 * Which outlets get a column, as toggle buttons; the choice goes into the URL (`?outlets=a,b`).
 * A choice past the columns that fit replaces the one chosen longest ago, and a status line says so.
 */
function OutletPicker({ available, shown, fit }: PickerProps) {
  const corpus = useCorpus();
  const [params, setParams] = useSearchParams();
  const [message, setMessage] = useState('');
  const toggle = (o: string) => {
    const { next, replaced } = toggleOutlet(shown, o, fit);
    const query = new URLSearchParams(params);
    if (next.length === available.length) query.delete('outlets');
    else query.set('outlets', next.join(','));
    setParams(query);
    setMessage(
      replaced ? `Showing ${outletName(corpus, o)} in place of ${outletName(corpus, replaced)}: ${fitSaid(fit)}.` : '',
    );
  };
  return (
    <div role="group" aria-labelledby="outlet-picker-label" className="outlet-picker">
      <span id="outlet-picker-label" className="picker-label">
        {available.length > fit ? `Columns (${fitSaid(fit)})` : 'Columns'}
      </span>
      {available.map((o) => (
        <button
          key={o}
          type="button"
          className="chip-toggle"
          aria-pressed={shown.includes(o)}
          onClick={() => toggle(o)}
        >
          {outletName(corpus, o)}
        </button>
      ))}
      <p role="status" className="picker-status">
        {message}
      </p>
    </div>
  );
}

/** "2 fit side by side": how many columns this window holds at a reading measure. */
function fitSaid(fit: number): string {
  return fit === 1 ? 'one at a time at this width' : `${fit} fit side by side`;
}

export interface CoverageColumnsProps {
  /** Every report of the chosen outlets, in page order. */
  articles: readonly Article[];
  /** Outlets with a report of the event, in page order. */
  available: readonly string[];
  /** Outlets given a column on a wide screen (at most `fit`), in the order chosen. */
  shown: readonly string[];
  /** Columns that fit side by side at a reading measure (`MAX_COLUMNS` at most). */
  fit?: number;
  highlights: readonly FactSpan[];
  primary: FactSpan | null;
}

function openOriginal(article: Article | undefined) {
  if (article?.url) window.open(article.url, '_blank', 'noopener');
}

/**
 * The reports side by side: up to three columns on a wide screen, chosen with a picker; on a
 * phone, one at a time as tabs, swiped or stepped with the arrow keys. `h`/`l` step between
 * columns or tabs, `o` opens the original of the focused (or first) report.
 */
export function CoverageColumns({
  articles,
  available,
  shown,
  fit = MAX_COLUMNS,
  highlights,
  primary,
}: CoverageColumnsProps) {
  const corpus = useCorpus();
  const [params, setParams] = useSearchParams();
  const phone = useMedia(PHONE_QUERY);
  const lead = params.get('lead') === '1';
  const wide = articles.filter((a) => shown.includes(a.outletId));
  // On a phone the report holding the marked passage is the tab shown first.
  const focusKey = primary ? `${primary.articleId}:${primary.paragraph}:${primary.start}` : '';
  const focusTab = Math.max(0, primary ? articles.findIndex((a) => a.id === primary.articleId) : 0);
  const [tabState, setTabState] = useState({ key: focusKey, index: focusTab });
  const tab = tabState.key === focusKey ? tabState.index : focusTab;
  const setTab = (index: number) => setTabState({ key: focusKey, index });
  const current = Math.min(tab, Math.max(0, articles.length - 1));
  const single = articles.length === 1;
  const containerRef = useRef<HTMLDivElement>(null);
  const tabRefs = useRef<(HTMLButtonElement | null)[]>([]);
  const selectTab = (i: number, focus = false) => {
    const next = Math.max(0, Math.min(articles.length - 1, i));
    setTab(next);
    if (focus) tabRefs.current[next]?.focus();
  };

  // A new tab starts at its report's beginning, with the selected tab scrolled into the bar.
  const panelRef = useRef<HTMLDivElement>(null);
  const shownTab = useRef(current);
  useEffect(() => {
    if (shownTab.current === current) return;
    shownTab.current = current;
    tabRefs.current[current]?.scrollIntoView?.({ block: 'nearest', inline: 'nearest' });
    const panel = panelRef.current;
    const bar = containerRef.current?.querySelector('.phone-tabs-bar');
    if (!panel || !bar) return;
    const top = panel.getBoundingClientRect().top - bar.getBoundingClientRect().height;
    if (top < 0) window.scrollBy?.(0, top);
  }, [current]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!isShortcut(e) || (e.key !== 'h' && e.key !== 'l' && e.key !== 'o')) return;
      const columns = [...(containerRef.current?.querySelectorAll<HTMLElement>('.column') ?? [])];
      const at = columns.findIndex((c) => c.contains(document.activeElement));
      if (e.key === 'o') {
        const id = phone ? articles[current]?.id : (columns[Math.max(0, at)]?.dataset.article ?? '');
        openOriginal(articles.find((a) => a.id === id));
        return;
      }
      e.preventDefault();
      const step = e.key === 'l' ? 1 : -1;
      if (phone) selectTab(current + step, true);
      else {
        const target = columns[Math.max(0, Math.min(columns.length - 1, at < 0 ? 0 : at + step))];
        target?.focus();
        target?.scrollIntoView?.({ block: 'nearest' });
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });

  const setLead = () => {
    const query = new URLSearchParams(params);
    if (lead) query.delete('lead');
    else query.set('lead', '1');
    setParams(query);
  };

  // Whether the phone's tab row runs on past its right edge (it then fades out there).
  const listRef = useRef<HTMLDivElement>(null);
  const [moreRight, setMoreRight] = useState(false);
  useEffect(() => {
    const list = listRef.current;
    if (!list) return;
    const measure = () => setMoreRight(list.scrollLeft + list.clientWidth < list.scrollWidth - 1);
    measure();
    list.addEventListener('scroll', measure, { passive: true });
    window.addEventListener('resize', measure);
    return () => {
      list.removeEventListener('scroll', measure);
      window.removeEventListener('resize', measure);
    };
  }, [phone, articles.length]);

  const tabs = useTabs({ count: articles.length, selected: current, onSelect: (i) => selectTab(i) });

  const swipeStart = useRef<{ x: number; y: number } | null>(null);
  const onPointerDown = (e: ReactPointerEvent) => {
    swipeStart.current = { x: e.clientX, y: e.clientY };
  };
  const onPointerUp = (e: ReactPointerEvent) => {
    const start = swipeStart.current;
    swipeStart.current = null;
    if (!start) return;
    const dx = e.clientX - start.x;
    if (Math.abs(dx) >= SWIPE_MIN_PX && Math.abs(dx) > Math.abs(e.clientY - start.y))
      selectTab(current + (dx < 0 ? 1 : -1));
  };

  const toolbar = single ? null : (
    <div className="coverage-tools">
      {!phone && available.length > 1 ? <OutletPicker available={available} shown={shown} fit={fit} /> : null}
      <button type="button" className="chip-toggle mode-toggle" aria-pressed={lead} onClick={setLead}>
        Opening lines only
      </button>
    </div>
  );

  if (phone && !single) {
    const a = articles[current]!;
    // The swipe, the "2 of 3" count and the sticky bar are this view's; the tab pattern is useTabs'.
    return (
      <>
        {toolbar}
        <div className="phone-tabs" ref={containerRef}>
          <div className="phone-tabs-bar">
            <div
              {...tabs.list}
              aria-label="Reports"
              className={`phone-tablist${moreRight ? ' more-right' : ''}`}
              ref={listRef}
            >
              {articles.map((x, i) => {
                const tab = tabs.tab(i);
                return (
                  <button
                    key={x.id}
                    type="button"
                    {...tab}
                    className="phone-tab"
                    ref={(el) => {
                      tab.ref(el);
                      tabRefs.current[i] = el;
                    }}
                  >
                    {outletName(corpus, x.outletId)}
                  </button>
                );
              })}
            </div>
            <p className="tab-count" aria-live="polite">
              {current + 1} of {articles.length}
            </p>
          </div>
          <div
            {...tabs.panel}
            className="phone-panel"
            ref={panelRef}
            onPointerDown={onPointerDown}
            onPointerUp={onPointerUp}
            onPointerCancel={() => (swipeStart.current = null)}
          >
            <CoverageColumn key={a.id} article={a} highlights={highlights} primary={primary} lead={lead} />
          </div>
        </div>
      </>
    );
  }

  return (
    <>
      {toolbar}
      <div className={`coverage${single ? ' single' : ''} columns-${Math.min(wide.length, fit)}`} ref={containerRef}>
        {wide.map((a) => (
          <CoverageColumn key={a.id} article={a} highlights={highlights} primary={primary} lead={lead} />
        ))}
      </div>
    </>
  );
}
