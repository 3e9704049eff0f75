import * as Popover from '@radix-ui/react-popover';
import type { ReactNode } from 'react';
import '../../components/primitives.css';

export interface FilterPopoverProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  /** What the Filter button says. */
  label: ReactNode;
  /** The filters form. */
  children: ReactNode;
}

/**
 * The filters behind a Filter button on a phone. Radix Popover gives what the folding panel
 * lacked: collision-aware placement that keeps it on screen, and Escape or a click elsewhere
 * closing it with the focus back on the button.
 */
export default function FilterPopover({ open, onOpenChange, label, children }: FilterPopoverProps) {
  return (
    <Popover.Root open={open} onOpenChange={onOpenChange}>
      <Popover.Trigger className="control-button filter-toggle">{label}</Popover.Trigger>
      <Popover.Portal>
        <Popover.Content
          className="popover filter-popover"
          aria-label="Filters"
          align="start"
          sideOffset={4}
          collisionPadding={8}
        >
          {children}
        </Popover.Content>
      </Popover.Portal>
    </Popover.Root>
  );
}
