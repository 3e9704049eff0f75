/**
 * The build's staging folder (scripts/vite-plugin-corpus.ts) when the build's folder is on
 * another file system than the staging folder (`PARALLAX_OUT` on another disk): a file cannot be
 * renamed there (EXDEV), so it is copied, then removed.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { tempDirs } from '../temp-dirs';

vi.mock('node:fs', async (original) => {
  const fs = await original<typeof import('node:fs')>();
  return {
    ...fs,
    renameSync: () => {
      throw Object.assign(new Error('EXDEV: cross-device link not permitted'), { code: 'EXDEV' });
    },
  };
});

const tempDir = tempDirs();

describe('the staging folder, moving to another file system', () => {
  it('copies each file to its place and removes the staging folder', async () => {
    const { stagingFolder } = await import('../../scripts/vite-plugin-corpus');
    const root = tempDir('parallax-exdev-');
    const stage = stagingFolder(join(root, 'staging'));
    stage.write('assets/events/e-1.json', '{"a":1}');
    stage.write('assets/search/s-1.json', '{"b":2}');
    stage.moveInto(join(root, 'dist'));
    expect(readFileSync(join(root, 'dist/assets/events/e-1.json'), 'utf8')).toBe('{"a":1}');
    expect(readFileSync(join(root, 'dist/assets/search/s-1.json'), 'utf8')).toBe('{"b":2}');
    expect(existsSync(join(root, 'staging'))).toBe(false);
  });
});
