import type { Ref } from 'react';
import { markSpans } from '../core/compare/select-comparison';
import type { TextSpan } from '../core/types';

export interface MarkedTextProps {
  text: string;
  /** Passages of `text` to mark (offsets into it). */
  spans: readonly Pick<TextSpan, 'start' | 'end'>[];
  /** Given to the mark at this offset, so it can be brought into view. */
  focusStart?: number;
  focusRef?: Ref<HTMLElement>;
}

/** Text with passages wrapped in `<mark>`: cut at offsets, never parsed, so it stays text. */
export function MarkedText({ text, spans, focusStart, focusRef }: MarkedTextProps) {
  if (spans.length === 0) return <>{text}</>;
  const segments = markSpans(text, spans);
  const focused = segments.find(
    (s) => s.marked && focusStart !== undefined && s.start <= focusStart && focusStart < s.start + s.text.length,
  );
  return (
    <>
      {segments.map((s) =>
        s.marked ? (
          <mark
            key={s.start}
            className="passage"
            tabIndex={s === focused ? -1 : undefined}
            ref={s === focused ? focusRef : undefined}
          >
            <span className="visually-hidden">Highlighted: </span>
            {s.text}
          </mark>
        ) : (
          s.text
        ),
      )}
    </>
  );
}
