/**
 * Folders in the temp directory for one test file's tests, all removed once they are done.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';

/** Call at the top of a test file; the function it gives makes a new folder named `<prefix>XXXXXX`. */
export function tempDirs(): (prefix: string) => string {
  const made: string[] = [];
  afterAll(() => {
    for (const dir of made) rmSync(dir, { recursive: true, force: true });
  });
  return (prefix) => {
    const dir = mkdtempSync(join(tmpdir(), prefix));
    made.push(dir);
    return dir;
  };
}

/** A module of `lines` written as `name` in a new folder of `tempDir`: its path. */
export function tempModule(tempDir: (prefix: string) => string, name: string, lines: readonly string[]): string {
  const file = join(tempDir('parallax-module-'), name);
  writeFileSync(file, lines.join('\n'));
  return file;
}
