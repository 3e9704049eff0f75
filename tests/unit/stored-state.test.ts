// @vitest-environment happy-dom
/**
 * The reader's stored state (lib/safe-storage.ts `restoreStoredState`): the stores start from
 * their defaults, read storage only when asked, validated against lib/stored-schemas.ts, and the
 * schemas (with their validation library) are loaded only when storage holds something to read.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { PREFS_KEY, usePrefsStore } from '../../src/lib/prefs-store';
import { READ_KEY, useReadStore } from '../../src/lib/read-store';
import {
  NOTICE_UNAVAILABLE,
  NOTICE_UNREADABLE,
  restoreStoredState,
  useStorageNotice,
} from '../../src/lib/safe-storage';
import { SAVED_KEY, useSavedStore } from '../../src/lib/saved-store';

/** The schemas' loader, counted. */
const load = vi.fn(() => import('../../src/lib/stored-schemas'));

const stored = (state: unknown, version = 1) => JSON.stringify({ state, version });

describe('restoring the stored state', () => {
  beforeEach(() => {
    localStorage.clear();
    load.mockClear();
    useStorageNotice.setState({ notice: null, dismissed: [] });
  });

  it('loads no schema on a first visit, and the stores keep their defaults', async () => {
    await restoreStoredState(load);
    expect(load).not.toHaveBeenCalled();
    expect(usePrefsStore.getState().theme).toBe('system');
    expect(useReadStore.getState().read).toEqual({});
    expect(useStorageNotice.getState().notice).toBeNull();
  });

  it('starts from the defaults, whatever storage holds, until restored', async () => {
    localStorage.setItem(PREFS_KEY, stored({ theme: 'dark', textSize: 3 }));
    localStorage.setItem(READ_KEY, stored({ read: { 'a-1': true } }));
    expect(usePrefsStore.getState()).toMatchObject({ theme: 'system', textSize: 1 });
    await restoreStoredState(load);
    expect(load).toHaveBeenCalledTimes(1);
    expect(usePrefsStore.getState()).toMatchObject({ theme: 'dark', textSize: 3 });
    expect(useReadStore.getState().read).toEqual({ 'a-1': true });
    expect(useStorageNotice.getState().notice).toBeNull();
  });

  it('keeps the defaults and says so once for what does not match its schema, and reads the rest', async () => {
    usePrefsStore.setState({ theme: 'system', textSize: 1 });
    localStorage.setItem(PREFS_KEY, stored({ theme: 'sepia', textSize: 1 }));
    localStorage.setItem(
      SAVED_KEY,
      stored({ views: [{ id: 'v', eventId: 'e', search: '', title: 'T', savedAt: 'now' }] }),
    );
    await restoreStoredState(load);
    expect(usePrefsStore.getState().theme).toBe('system');
    expect(useSavedStore.getState().views.map((v) => v.id)).toEqual(['v']);
    expect(useStorageNotice.getState().notice).toBe(NOTICE_UNREADABLE);
  });

  it('keeps the defaults for a stored value of another version', async () => {
    useReadStore.setState({ read: {} });
    localStorage.setItem(READ_KEY, stored({ read: { 'a-2': true } }, 2));
    await restoreStoredState(load);
    expect(useReadStore.getState().read).toEqual({});
    expect(useStorageNotice.getState().notice).toBe(NOTICE_UNREADABLE);
  });

  it('never writes over what it could not read: when the schemas do not load, changes stay in memory', async () => {
    useReadStore.setState({ read: {} });
    const saved = stored({ read: { 'a-3': true } });
    localStorage.setItem(READ_KEY, saved);
    await restoreStoredState(() => Promise.reject(new Error('offline')));
    expect(useStorageNotice.getState().notice).toBe(NOTICE_UNAVAILABLE);
    useReadStore.getState().markRead('a-4');
    expect(useReadStore.getState().read).toEqual({ 'a-4': true });
    expect(localStorage.getItem(READ_KEY)).toBe(saved);
    // Once the schemas load, what was stored is read, and changes are kept again.
    await restoreStoredState(load);
    expect(useReadStore.getState().read).toEqual({ 'a-3': true });
    useReadStore.getState().markRead('a-5');
    expect(JSON.parse(localStorage.getItem(READ_KEY)!)).toEqual({
      state: { read: { 'a-3': true, 'a-5': true } },
      version: 1,
    });
  });
});
