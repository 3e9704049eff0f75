/**
 * Writes the generated folder to disk: whole files at once, streamed files (manifest, truth)
 * in chunks, so the generator never holds more than one event's pages.
 */
import { closeSync, mkdirSync, openSync, writeFileSync, writeSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { FolderSink } from './generate';

/** Bytes gathered before a streamed file is written out. */
const FLUSH_BYTES = 1 << 16;

export function folderSink(root: string): FolderSink {
  const made = new Set<string>();
  const pathOf = (path: string) => {
    const full = join(root, path);
    const dir = dirname(full);
    if (!made.has(dir)) {
      mkdirSync(dir, { recursive: true });
      made.add(dir);
    }
    return full;
  };
  return {
    write(path, text) {
      writeFileSync(pathOf(path), text);
    },
    open(path) {
      const fd = openSync(pathOf(path), 'w');
      let buffer = '';
      return {
        append(text) {
          buffer += text;
          if (buffer.length >= FLUSH_BYTES) {
            writeSync(fd, buffer);
            buffer = '';
          }
        },
        close() {
          writeSync(fd, buffer);
          closeSync(fd);
        },
      };
    },
  };
}
