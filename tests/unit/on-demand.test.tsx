// @vitest-environment happy-dom
import { act, fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { LoadFailureNotice } from '../../src/components/load-notice';
import { onDemand, preloadOnDemand } from '../../src/lib/on-demand';

function Shows({ entry }: { entry: ReturnType<typeof onDemand<{ text: string }>> }) {
  const m = entry.use();
  const failed = entry.useFailed();
  return <p>{m ? m.text : failed ? 'could not load' : 'stand-in'}</p>;
}

describe('onDemand', () => {
  it('preloads, round after round, the on-demand parts that loaded modules define', async () => {
    const inner = vi.fn(async () => ({ text: 'inner' }));
    let nested: ReturnType<typeof onDemand<{ text: string }>> | null = null;
    const outer = onDemand(async () => {
      nested = onDemand(inner);
      return { text: 'outer' };
    });
    await preloadOnDemand();
    expect(outer.current()).toEqual({ text: 'outer' });
    expect(nested!.current()).toEqual({ text: 'inner' });
    expect(inner).toHaveBeenCalledTimes(1);
  });

  it('loads one module at a time, each after a pause, and loads the rest when one fails', async () => {
    const events: string[] = [];
    const entries = ['a', 'b', 'c'].map((name) =>
      onDemand(async () => {
        events.push(`load ${name}`);
        if (name === 'b') throw new Error('b is offline');
        return { text: name };
      }),
    );
    await expect(
      preloadOnDemand(async () => {
        events.push('pause');
      }),
    ).rejects.toThrow('b is offline');
    // Modules defined by earlier tests are loaded already: only these three load here.
    expect(events.filter((e) => e.startsWith('load'))).toEqual(['load a', 'load b', 'load c']);
    const at = (e: string) => events.indexOf(e);
    expect(events[at('load a') - 1]).toBe('pause');
    expect(events[at('load b') - 1]).toBe('pause');
    expect(events[at('load c') - 1]).toBe('pause');
    expect(entries[0]!.current()).toEqual({ text: 'a' });
    expect(entries[1]!.current()).toBeNull();
    expect(entries[2]!.current()).toEqual({ text: 'c' });
  });

  it('loads the parts a page shows unasked (`soon`) first, also one a module loaded meanwhile defines', async () => {
    const events: string[] = [];
    const part = (name: string, then?: () => void) =>
      onDemand(async () => {
        events.push(name);
        then?.();
        return { text: name };
      });
    part('menu', () => {
      part('route toast');
      onDemand(
        async () => {
          events.push('route badge');
          return { text: 'route badge' };
        },
        { soon: true },
      );
    });
    part('dialog');
    onDemand(
      async () => {
        events.push('badge');
        return { text: 'badge' };
      },
      { soon: true },
    );
    // The module an earlier test left failed is tried again, and fails again.
    await expect(preloadOnDemand()).rejects.toThrow('b is offline');
    expect(events).toEqual(['badge', 'menu', 'route badge', 'dialog', 'route toast']);
  });

  it('shows the stand-in until the module is loaded, then re-renders with it', async () => {
    let release!: (m: { text: string }) => void;
    const entry = onDemand(() => new Promise<{ text: string }>((r) => (release = r)));
    render(<Shows entry={entry} />);
    expect(screen.getByText('stand-in')).toBeTruthy();
    const loading = entry.preload();
    expect(screen.getByText('stand-in')).toBeTruthy();
    await act(async () => {
      release({ text: 'the real thing' });
      await loading;
    });
    expect(screen.getByText('the real thing')).toBeTruthy();
  });

  it('loads once, however often it is asked, and tries again after a failure', async () => {
    const load = vi
      .fn<() => Promise<{ text: string }>>()
      .mockRejectedValueOnce(new Error('offline'))
      .mockResolvedValue({ text: 'loaded' });
    const entry = onDemand(load);
    await expect(entry.preload()).rejects.toThrow('offline');
    await Promise.all([entry.preload(), entry.preload()]);
    await entry.preload();
    expect(load).toHaveBeenCalledTimes(2);
    render(<Shows entry={entry} />);
    expect(screen.getByText('loaded')).toBeTruthy();
  });

  it('says when what the reader asked for could not be loaded, until dismissed; a load nobody asked for says nothing', async () => {
    const failing = onDemand<{ text: string }>(() => Promise.reject(new Error('offline')));
    render(
      <>
        <LoadFailureNotice />
        <Shows entry={failing} />
      </>,
    );
    // Preloading (when the browser is idle) fails quietly.
    await act(async () => {
      await expect(failing.preload()).rejects.toThrow('offline');
    });
    expect(screen.queryByRole('status')).toBeNull();
    expect(screen.getByText('could not load')).toBeTruthy();
    await act(async () => {
      expect(await failing.ask()).toBeNull();
    });
    expect(screen.getByRole('status').textContent).toMatch(
      /^Part of Parallax could not be loaded: check the connection, then reload the page/,
    );
    expect(screen.getByRole('button', { name: 'reload the page' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('asked, gives the module when it loads, and says nothing', async () => {
    const entry = onDemand(async () => ({ text: 'menu' }));
    render(<LoadFailureNotice />);
    await act(async () => {
      expect(await entry.ask()).toEqual({ text: 'menu' });
    });
    expect(screen.queryByRole('status')).toBeNull();
  });
});
