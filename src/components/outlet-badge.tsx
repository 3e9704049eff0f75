import type { Outlet, OutletKind } from '../core/types';
import { countryName } from './country-name';

/** The outlet kinds as a reader says them: "online" alone reads like a connection status. */
export const KIND_LABELS: Record<OutletKind, string> = {
  newspaper: 'newspaper',
  broadcaster: 'broadcaster',
  'news agency': 'news agency',
  aggregator: 'aggregator',
  magazine: 'magazine',
  online: 'news site',
  unknown: 'kind unknown',
};

export interface OutletBadgeProps {
  /** The outlet; when the corpus does not register it, only `name` is shown. */
  outlet: Outlet | undefined;
  name: string;
  /** Name only: for places that already say who the outlet is. */
  compact?: boolean;
  /** Names of the republishers the report came through, nearest first. */
  via?: readonly string[];
}

/** Who is speaking: the outlet's name with its country and kind, state-owned outlets marked in words. */
export function OutletBadge({ outlet, name, compact = false, via = [] }: OutletBadgeProps) {
  const details =
    outlet && !compact
      ? [countryName(outlet.country), outlet.kind === 'unknown' ? null : KIND_LABELS[outlet.kind]]
      : [];
  return (
    <span className="outlet-badge">
      <span className="outlet-name">{name}</span>
      {details.filter(Boolean).length ? (
        <span className="outlet-details">{details.filter(Boolean).join(' · ')}</span>
      ) : null}
      {outlet?.stateOwned && !compact ? <span className="outlet-state">state-owned</span> : null}
      {via.length && !compact ? <span className="outlet-via">via {via.join(', ')}</span> : null}
    </span>
  );
}
