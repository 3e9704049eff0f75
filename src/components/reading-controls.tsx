import { useEffect } from 'react';
import { TEXT_SIZES, usePrefsStore } from '../lib/prefs-store';

/** Theme (system, light, dark) and text size; applied to the whole page. */
export function ReadingControls() {
  const theme = usePrefsStore((s) => s.theme);
  const textSize = usePrefsStore((s) => s.textSize);
  const setTheme = usePrefsStore((s) => s.setTheme);
  const setTextSize = usePrefsStore((s) => s.setTextSize);
  useEffect(() => {
    const root = document.documentElement;
    if (theme === 'system') delete root.dataset.theme;
    else root.dataset.theme = theme;
    root.style.fontSize = `${TEXT_SIZES[textSize]}%`;
  }, [theme, textSize]);
  return (
    <div className="reading-controls">
      <label>
        Theme{' '}
        <select value={theme} onChange={(e) => setTheme(e.target.value as typeof theme)}>
          <option value="system">System</option>
          <option value="light">Light</option>
          <option value="dark">Dark</option>
        </select>
      </label>
      <span role="group" aria-label="Text size">
        <button
          type="button"
          onClick={() => setTextSize(textSize - 1)}
          disabled={textSize === 0}
          aria-label="Smaller text"
        >
          A−
        </button>
        <button
          type="button"
          onClick={() => setTextSize(textSize + 1)}
          disabled={textSize === TEXT_SIZES.length - 1}
          aria-label="Larger text"
        >
          A+
        </button>
      </span>
    </div>
  );
}
