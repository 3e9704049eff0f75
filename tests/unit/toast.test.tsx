// @vitest-environment happy-dom
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useGroupingUndo } from '../../src/features/events/grouping-undo';

const MESSAGE = 'Took the CNN report out of this event.';

/** An edit button, something else to focus, and the undo toast, as a route holds them. */
function Harness() {
  const { onEdit, toast } = useGroupingUndo();
  return (
    <>
      <button type="button" onClick={() => onEdit('c-1', MESSAGE)}>
        Edit
      </button>
      <button type="button">Elsewhere</button>
      {toast}
    </>
  );
}

const toast = () => screen.queryByRole('status', { name: 'Grouping edits' });
const wait = (ms: number) => act(() => vi.advanceTimersByTime(ms));

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
});
afterEach(() => {
  vi.useRealTimers();
});

/** Renders the harness and makes an edit (fireEvent: user-event waits on timers these tests fake). */
function edit() {
  // The undo toast brings its own provider and viewport (loaded with the first edit).
  render(<Harness />);
  fireEvent.click(screen.getByRole('button', { name: 'Edit' }));
}
/** The reader moves on: the focus leaves the toast for another control. */
const lookElsewhere = () => act(() => screen.getByRole('button', { name: 'Elsewhere' }).focus());

describe('the undo toast', () => {
  it('gives a reader at least ten seconds to reach Undo, then closes by itself', async () => {
    edit();
    lookElsewhere();
    await wait(10_000);
    expect(within(toast()!).getByRole('button', { name: 'Undo' })).toBeTruthy();
    await wait(5_000);
    expect(toast()).toBeNull();
  });

  it('waits while the pointer is on it, and runs on once it leaves', async () => {
    edit();
    lookElsewhere();
    const region = screen.getByRole('region', { name: 'Notifications (F8)' });
    fireEvent.pointerMove(region);
    await wait(60_000);
    expect(toast()!.textContent).toContain(MESSAGE);
    fireEvent.pointerLeave(region);
    await wait(15_000);
    expect(toast()).toBeNull();
  });

  it('closes with its Dismiss button', async () => {
    edit();
    fireEvent.click(within(toast()!).getByRole('button', { name: 'Dismiss' }));
    expect(toast()).toBeNull();
  });
});
