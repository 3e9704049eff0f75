/**
 * A prerendered page is on screen before it is live: its script still has to load the corpus and
 * hydrate. A tap on a button or a key pressed in that time would do nothing and be lost, so it is
 * held instead (its default action too: a checkbox does not tick itself behind React's back) and
 * replayed on the same element once the page is live. Links are left alone until the app starts
 * taking the page over (before, they work as plain links, loading the page they name); while it
 * hydrates, a link followed would be lost with the markup React is replacing, so it is held too
 * and followed once the page is live (`holdLinks`).
 */

/** What a tap is held for: controls whose action is the app's, not the browser's. */
const CONTROLS = 'button, input, summary, label, [role="button"], [role="tab"]';
/** Where typing is text, not a shortcut: left to the browser. */
const EDITABLE = /^(INPUT|SELECT|TEXTAREA)$/;
/** Keys whose native action on a focused control is a click (the activation behaviour). */
const ACTIVATING = new Set(['Enter', ' ']);
/** Keys a focused control of the app answers (a menu button opens on the arrows too). */
const CONTROL_KEYS = new Set([...ACTIVATING, 'ArrowDown', 'ArrowUp']);

type Held =
  | { kind: 'click'; target: Element }
  | { kind: 'link'; target: HTMLAnchorElement; href: string }
  | { kind: 'key'; target: EventTarget; init: KeyboardEventInit };

/** A click the browser would answer by loading another page of this site in this tab. */
function sameTabLink(e: MouseEvent, doc: Document): HTMLAnchorElement | null {
  if (!(e.target instanceof Element) || e.button !== 0 || e.ctrlKey || e.metaKey || e.shiftKey || e.altKey) return null;
  const a = e.target.closest('a[href]');
  if (!(a instanceof HTMLAnchorElement) || (a.target && a.target !== '_self') || a.hasAttribute('download'))
    return null;
  return a.origin === doc.location.origin ? a : null;
}

function isEditable(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (EDITABLE.test(target.tagName) || target.isContentEditable);
}

/**
 * Whether a key is the app's to answer: one a focused control takes, or a plain character key
 * (the shortcuts). Tab, the arrows, space and the page keys keep moving the focus and scrolling.
 */
function isAppKey(e: KeyboardEvent): boolean {
  if (e.target instanceof Element && e.target.matches(CONTROLS) && CONTROL_KEYS.has(e.key)) return true;
  return e.key.length === 1 && e.key !== ' ' && !e.altKey && !e.ctrlKey && !e.metaKey;
}

function keyInit(e: KeyboardEvent): KeyboardEventInit {
  const { key, code, location, repeat, altKey, ctrlKey, metaKey, shiftKey } = e;
  return { key, code, location, repeat, altKey, ctrlKey, metaKey, shiftKey, bubbles: true, cancelable: true };
}

function replay(held: Held, doc: Document): void {
  if (held.kind === 'link') {
    // The same link, now the app's; or, where it is gone with the markup it stood in, its address.
    if (held.target.isConnected) held.target.click();
    else doc.location.assign(held.href);
    return;
  }
  if (held.kind === 'click') {
    if (held.target.isConnected && held.target instanceof HTMLElement) held.target.click();
    return;
  }
  const target = held.target;
  if (target instanceof Node && !target.isConnected) return;
  const event = new KeyboardEvent('keydown', held.init);
  target.dispatchEvent(event);
  // A synthetic key has no native action: where the app did not take it, do what the key would have.
  if (
    !event.defaultPrevented &&
    ACTIVATING.has(held.init.key ?? '') &&
    target instanceof HTMLElement &&
    target.matches(CONTROLS)
  )
    target.click();
}

export interface EarlyInput {
  /** Replays what was held, in order, on the elements still in the page, and stops holding. */
  release: () => void;
  /** From now until `release()`, holds the clicks on this site's links too (the app is taking the page over). */
  holdLinks: () => void;
}

/** Holds taps on controls and the app's keys (outside text fields) until `release()`. */
export function holdEarlyInput(doc: Document = document): EarlyInput {
  const held: Held[] = [];
  let links = false;
  const onClick = (e: MouseEvent) => {
    if (!(e.target instanceof Element)) return;
    const link = links ? sameTabLink(e, doc) : null;
    if (link) {
      e.preventDefault();
      e.stopImmediatePropagation();
      held.push({ kind: 'link', target: link, href: link.href });
      return;
    }
    const control = e.target.closest(CONTROLS);
    if (!control || e.target.closest('a[href]')) return;
    e.preventDefault();
    e.stopImmediatePropagation();
    held.push({ kind: 'click', target: control });
  };
  const onKey = (e: KeyboardEvent) => {
    if (!e.target || isEditable(e.target) || !isAppKey(e)) return;
    e.preventDefault();
    e.stopImmediatePropagation();
    held.push({ kind: 'key', target: e.target, init: keyInit(e) });
  };
  doc.addEventListener('click', onClick, true);
  doc.addEventListener('keydown', onKey, true);
  let released = false;
  return {
    release: () => {
      if (released) return;
      released = true;
      doc.removeEventListener('click', onClick, true);
      doc.removeEventListener('keydown', onKey, true);
      for (const h of held.splice(0)) replay(h, doc);
    },
    holdLinks: () => {
      if (!released) links = true;
    },
  };
}

let pageWide: EarlyInput | null = null;

/**
 * The page's one hold: started by the prerendered page's first script (boot.ts), before the app's
 * code is even asked for, and released by the app once it is live.
 */
export function pageHold(): EarlyInput {
  return (pageWide ??= holdEarlyInput());
}
