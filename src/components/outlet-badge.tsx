import type { Outlet } from '../core/types';
import { countryName } from './country-name';

export interface OutletBadgeProps {
  /** The outlet; when the corpus does not register it, only `name` is shown. */
  outlet: Outlet | undefined;
  name: string;
  /** Name only: for places that already say who the outlet is. */
  compact?: boolean;
}

/** Who is speaking: the outlet's name with its country and kind, state-owned outlets marked in words. */
export function OutletBadge({ outlet, name, compact = false }: OutletBadgeProps) {
  const details =
    outlet && !compact ? [countryName(outlet.country), outlet.kind === 'unknown' ? null : outlet.kind] : [];
  return (
    <span className="outlet-badge">
      <span className="outlet-name">{name}</span>
      {details.filter(Boolean).length ? (
        <span className="outlet-details">{details.filter(Boolean).join(' · ')}</span>
      ) : null}
      {outlet?.stateOwned && !compact ? <span className="outlet-state">state-owned</span> : null}
    </span>
  );
}
