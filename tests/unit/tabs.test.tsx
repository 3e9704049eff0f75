// @vitest-environment happy-dom
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { useTabs } from '../../src/components/tabs';

const NAMES = ['North', 'South', 'East', 'West'];

function Row() {
  const [selected, setSelected] = useState(1);
  const tabs = useTabs({ count: NAMES.length, selected, onSelect: setSelected });
  return (
    <>
      <button type="button">before</button>
      <div {...tabs.list} aria-label="Sides">
        {NAMES.map((n, i) => (
          <button key={n} type="button" {...tabs.tab(i)}>
            {n}
          </button>
        ))}
      </div>
      <div {...tabs.panel}>
        <p>{NAMES[selected]} side</p>
      </div>
    </>
  );
}

const tabsOf = () => within(screen.getByRole('tablist', { name: 'Sides' })).getAllByRole('tab');
const selectedName = () => tabsOf().find((t) => t.getAttribute('aria-selected') === 'true')!.textContent;

describe('useTabs', () => {
  it('puts only the selected tab in the tab order and ties the panel to it', async () => {
    const user = userEvent.setup();
    render(<Row />);
    expect(tabsOf().map((t) => t.tabIndex)).toEqual([-1, 0, -1, -1]);
    const panel = screen.getByRole('tabpanel', { name: 'South' });
    expect(within(panel).getByText('South side')).toBeTruthy();
    expect(tabsOf()[1]!.getAttribute('aria-controls')).toBe(panel.id);
    expect(tabsOf()[0]!.getAttribute('aria-controls')).toBeNull();
    await user.tab();
    await user.tab();
    expect(document.activeElement).toBe(tabsOf()[1]);
  });

  it('steps with the arrow keys round both ends, jumps with Home and End, and focuses the tab it selects', async () => {
    const user = userEvent.setup();
    render(<Row />);
    await user.click(tabsOf()[3]!);
    expect(selectedName()).toBe('West');
    await user.keyboard('{ArrowRight}');
    expect(selectedName()).toBe('North');
    expect(document.activeElement).toBe(tabsOf()[0]);
    await user.keyboard('{ArrowLeft}');
    expect(selectedName()).toBe('West');
    await user.keyboard('{Home}');
    expect(selectedName()).toBe('North');
    await user.keyboard('{End}');
    expect(selectedName()).toBe('West');
    expect(document.activeElement).toBe(tabsOf()[3]);
    expect(screen.getByRole('tabpanel', { name: 'West' })).toBeTruthy();
    await user.keyboard('{ArrowDown}');
    expect(selectedName()).toBe('West');
  });
});
