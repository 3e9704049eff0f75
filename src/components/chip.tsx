import type { ReactNode } from 'react';
import './chip.css';

export interface ChipProps {
  children: ReactNode;
  /** Marks a chip that needs the reader's attention more than its neighbours (a state-owned outlet). */
  strong?: boolean;
}

/** A compact label in a list of labels (`<ul className="chip-list">`). */
export function Chip({ children, strong = false }: ChipProps) {
  return <li className={strong ? 'chip chip-strong' : 'chip'}>{children}</li>;
}

export interface FilterChipProps {
  /** What the filter keeps, as the chip shows it ("Kyiv Independent", "From 1 May 2025"). */
  label: string;
  onRemove: () => void;
}

/** An active filter; pressing it removes the filter. Its name says so: "Remove filter: Kyiv Independent". */
export function FilterChip({ label, onRemove }: FilterChipProps) {
  return (
    <li>
      <button type="button" className="filter-chip" aria-label={`Remove filter: ${label}`} onClick={onRemove}>
        <span>{label}</span>
        <span className="filter-chip-x" aria-hidden="true">
          ×
        </span>
      </button>
    </li>
  );
}
