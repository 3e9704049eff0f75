import * as RadixToast from '@radix-ui/react-toast';
import { useEffect, useRef, type ReactNode } from 'react';
import './primitives.css';

/** How long a plain notice stays when nobody points at it or focuses it. */
const NOTICE_MS = 5_000;

/** The one place toasts appear: bottom centre, reachable with F8. Put it once around the app. */
export function ToastProvider({ children }: { children: ReactNode }) {
  return (
    <RadixToast.Provider duration={NOTICE_MS} swipeDirection="right">
      {children}
      <RadixToast.Viewport className="toast-viewport" />
    </RadixToast.Provider>
  );
}

export interface ToastProps {
  /** What just happened; null shows nothing. */
  message: string | null;
  /**
   * The one action the message offers ("Undo"), and where else the reader can do it: a screen
   * reader hears `altText` in the announcement, as the toast may be gone before they reach it.
   */
  action?: { label: string; altText: string; onClick: () => void };
  /** The toast closed: its close button, Escape, a swipe, or its time ran out. */
  onDismiss: () => void;
  /** Changes with each new message: a new toast (announced, timed afresh) whose action (else close button) takes the focus. */
  messageKey?: string;
  /** Names the toast among the page's other status messages. */
  label: string;
  /** Milliseconds before it closes by itself; the clock stops while it is pointed at or focused. */
  duration?: number;
}

/**
 * A polite notice at the bottom of the screen, with one action and a way to close it.
 * Radix Toast gives what the hand-written one lacked: a timer that pauses on hover and focus,
 * swipe and Escape to dismiss, an F8 hotkey to reach the toasts, and one announcement per toast.
 */
export function Toast({ message, action, onDismiss, messageKey, label, duration }: ToastProps) {
  const actionRef = useRef<HTMLButtonElement>(null);
  const dismissRef = useRef<HTMLButtonElement>(null);
  // The control that made the message has usually gone (a report left the event): focus comes here.
  useEffect(() => {
    if (messageKey) (actionRef.current ?? dismissRef.current)?.focus();
  }, [messageKey]);
  if (!message) return null;
  return (
    <RadixToast.Root
      key={messageKey}
      className="toast"
      // Polite, as before: the reader caused it and is looking at the page it changed.
      type="background"
      duration={duration}
      onOpenChange={(open) => {
        if (!open) onDismiss();
      }}
    >
      {/* Radix announces through its own live region, so this one only names the toast. */}
      <div className="toast-body" role="status" aria-live="off" aria-label={label}>
        <RadixToast.Description className="toast-message">{message}</RadixToast.Description>
        {action ? (
          <RadixToast.Action className="button" altText={action.altText} ref={actionRef} onClick={action.onClick}>
            {action.label}
          </RadixToast.Action>
        ) : null}
        <RadixToast.Close className="button button-quiet" ref={dismissRef} aria-label="Dismiss">
          <span aria-hidden="true">×</span>
        </RadixToast.Close>
      </div>
    </RadixToast.Root>
  );
}
