import { useEffect, useRef } from 'react';

export interface ToastProps {
  /** What just happened; null shows nothing (the live region stays, so the next message is announced). */
  message: string | null;
  /** The one action the message offers ("Undo"); absent for a plain notice. */
  action?: { label: string; onClick: () => void };
  onDismiss: () => void;
  /** Changes with each new message: the action (else the close button) takes the focus when it does. */
  messageKey?: string;
  /** Names the region among the page's other status messages. */
  label: string;
}

/** A polite notice at the bottom of the screen, with one action and a way to close it. */
export function Toast({ message, action, onDismiss, messageKey, label }: ToastProps) {
  const actionRef = useRef<HTMLButtonElement>(null);
  const dismissRef = useRef<HTMLButtonElement>(null);
  // The control that made the message has usually gone (a report left the event): focus comes here.
  useEffect(() => {
    if (messageKey) (actionRef.current ?? dismissRef.current)?.focus();
  }, [messageKey]);
  return (
    <div className="toast-region" role="status" aria-live="polite" aria-label={label}>
      {message ? (
        <div className="toast">
          <p>{message}</p>
          {action ? (
            <button type="button" className="button" ref={actionRef} onClick={action.onClick}>
              {action.label}
            </button>
          ) : null}
          <button
            type="button"
            className="button button-quiet"
            ref={dismissRef}
            onClick={onDismiss}
            aria-label="Dismiss"
          >
            <span aria-hidden="true">×</span>
          </button>
        </div>
      ) : null}
    </div>
  );
}
