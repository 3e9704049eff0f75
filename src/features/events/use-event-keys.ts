import { useEffect } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { comparisonSearch, parseComparisonQuery, VIEWS } from '../../core/compare/select-comparison';
import type { ArticleMeta, EventSummary } from '../../core/types';
import { useCorpusView } from '../../lib/corpus-context';
import { isShortcut } from '../../lib/shortcut-key';

/**
 * The event page's keys: `[` / `]` the previous / next event of its storyline, `1`–`4` the views.
 * Outside the coverage view (`report` given), `h` / `l` step through the views and `o` opens
 * the original of the first report; in it, the columns handle those keys.
 */
export function useEventKeys(event: EventSummary, report: ArticleMeta | null | undefined) {
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const place = useCorpusView().storyPlace.get(event.id);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!isShortcut(e)) return;
      const outlets = params.get('outlets');
      const current = VIEWS.indexOf(parseComparisonQuery(params).value.view);
      const toView = (i: number) => {
        const search = comparisonSearch({ outlets, view: VIEWS[i]! });
        void navigate(`/events/${event.id}${search ? `?${search}` : ''}`);
      };
      if (e.key === '[' || e.key === ']') {
        const to = e.key === '[' ? place?.previous : place?.next;
        if (!to) return;
        e.preventDefault();
        void navigate(`/events/${to.id}`);
      } else if (/^[1-4]$/.test(e.key)) {
        e.preventDefault();
        toView(Number(e.key) - 1);
      } else if (report !== null && (e.key === 'h' || e.key === 'l')) {
        e.preventDefault();
        toView(Math.max(0, Math.min(VIEWS.length - 1, current + (e.key === 'l' ? 1 : -1))));
      } else if (report !== null && e.key === 'o' && report?.url) {
        window.open(report.url, '_blank', 'noopener');
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [navigate, params, place, event, report]);
}
