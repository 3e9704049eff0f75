import { useMemo } from 'react';
import { regroupCorpus, type Regrouped } from '../core/group/regroup';
import { useCorpus } from './corpus-context';
import { useCorrectionsStore } from './corrections-store';

/** The corpus's events and stories with the reader's corrections applied. */
export function useEvents(): Regrouped {
  const corpus = useCorpus();
  const entries = useCorrectionsStore((s) => s.entries);
  return useMemo(
    () =>
      regroupCorpus(
        corpus,
        entries.map((e) => e.correction),
      ),
    [corpus, entries],
  );
}
