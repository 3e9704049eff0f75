// @vitest-environment happy-dom
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { usePrefsStore } from '../../src/lib/prefs-store';
import { HAPPENINGS, ingestTexts, newsPage, seedRegistry } from '../helpers';
import { renderApp } from '../render-app';

const corpus = ingestTexts(
  { 'a.txt': newsPage({ title: HAPPENINGS[0]!.title, paragraphs: [...HAPPENINGS[0]!.sentences] }) },
  { registry: seedRegistry(), manifest: { 'a.txt': { outlet: 'reuters' } } },
);
const root = document.documentElement;

beforeEach(() => {
  localStorage.clear();
  usePrefsStore.setState({ theme: 'system', textSize: 1 });
});

describe('the display menu in the header', () => {
  it('is a menu button: theme as radio items, text size as items, all by keyboard', async () => {
    const user = userEvent.setup();
    renderApp('/', corpus);
    const button = screen.getByRole('button', { name: 'Display' });
    expect(button.getAttribute('aria-haspopup')).toBe('menu');
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(screen.queryByRole('menu')).toBeNull();

    button.focus();
    await user.keyboard('{Enter}');
    // The menu's own button takes the stand-in's place at its first use.
    const trigger = () => screen.getByRole('button', { name: 'Display' });
    expect(trigger().getAttribute('aria-expanded')).toBe('true');
    const menu = screen.getByRole('menu', { name: 'Display' });
    const themes = within(menu).getAllByRole('menuitemradio');
    expect(themes.map((t) => [t.textContent, t.getAttribute('aria-checked')])).toEqual([
      ['✓System', 'true'],
      ['Light', 'false'],
      ['Dark', 'false'],
    ]);
    // The first item has the focus; arrows move it, Enter chooses and closes, focus goes back.
    expect(document.activeElement).toBe(within(menu).getByRole('menuitemradio', { name: 'System' }));
    await user.keyboard('{ArrowDown}{ArrowDown}');
    expect(document.activeElement).toBe(within(menu).getByRole('menuitemradio', { name: 'Dark' }));
    await user.keyboard('{Enter}');
    expect(root.dataset.theme).toBe('dark');
    expect(screen.queryByRole('menu')).toBeNull();
    expect(document.activeElement).toBe(trigger());

    // Size items keep the menu open, so a reader can step twice; Escape closes and returns the focus.
    await user.keyboard('{ArrowDown}');
    expect(screen.getByRole('menuitemradio', { name: 'Dark', checked: true })).toBeTruthy();
    await user.keyboard('{End}');
    expect(document.activeElement).toBe(screen.getByRole('menuitem', { name: 'Larger text' }));
    await user.keyboard('{Enter}{Enter}');
    expect(root.style.fontSize).toBe('125%');
    expect(screen.getByText('Text size: 125%')).toBeTruthy();
    await user.keyboard('{ArrowUp}{Enter}');
    expect(root.style.fontSize).toBe('112%');
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('menu')).toBeNull();
    expect(trigger().getAttribute('aria-expanded')).toBe('false');
    expect(document.activeElement).toBe(trigger());
  });

  it('wraps around with the arrows, stops at the smallest size, and closes on a click elsewhere', async () => {
    const user = userEvent.setup();
    usePrefsStore.setState({ textSize: 0 });
    renderApp('/', corpus);
    await user.click(screen.getByRole('button', { name: 'Display' }));
    await user.keyboard('{ArrowUp}');
    expect(document.activeElement).toBe(screen.getByRole('menuitem', { name: 'Larger text' }));
    await user.keyboard('{ArrowDown}');
    expect(document.activeElement).toBe(screen.getByRole('menuitemradio', { name: 'System' }));
    const smaller = screen.getByRole('menuitem', { name: 'Smaller text' });
    expect(smaller.getAttribute('aria-disabled')).toBe('true');
    await user.click(smaller);
    expect(root.style.fontSize).toBe('90%');
    await user.click(screen.getByRole('heading', { level: 1 }));
    expect(screen.queryByRole('menu')).toBeNull();
  });

  it('leaves no unstyled native control in the header: no select, every button classed', () => {
    renderApp('/', corpus);
    const header = screen.getByRole('banner');
    expect(header.querySelector('select, input')).toBeNull();
    for (const b of within(header).getAllByRole('button')) expect(b.className).not.toBe('');
  });
});
