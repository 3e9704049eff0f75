/**
 * A plain key press meant for the app: no modifier held, and not typed into a field (so `j`,
 * `s` or `/` in the filter inputs stay text).
 */
export function isShortcut(e: KeyboardEvent): boolean {
  if (e.altKey || e.ctrlKey || e.metaKey) return false;
  const t = e.target;
  return !(t instanceof HTMLElement && (/^(INPUT|SELECT|TEXTAREA)$/.test(t.tagName) || t.isContentEditable));
}
