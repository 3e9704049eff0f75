/**
 * A worker thread runs one of the scripts' TypeScript modules (`scripts/lib/ts-worker.ts`),
 * with the limits it is started with.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { once } from 'node:events';
import { describe, expect, it } from 'vitest';
import { startTsWorker } from '../../scripts/lib/ts-worker';
import { tempDirs } from '../temp-dirs';

const tempDir = tempDirs();

/** A TypeScript module that answers with what it was given and the young generation it has. */
function reporter(): URL {
  const dir = tempDir('parallax-ts-worker-');
  const file = join(dir, 'report.mts');
  writeFileSync(
    file,
    [
      "import { parentPort, resourceLimits, workerData } from 'node:worker_threads';",
      'const young: number | undefined = resourceLimits.maxYoungGenerationSizeMb;',
      'parentPort!.postMessage({ given: workerData as string, young });',
    ].join('\n'),
  );
  return pathToFileURL(file);
}

describe('startTsWorker', () => {
  it('runs a TypeScript module with its data and the young generation asked for', async () => {
    const worker = startTsWorker(reporter(), 'hello', [], { maxYoungGenerationSizeMb: 24 });
    const [reply] = (await once(worker, 'message')) as [{ given: string; young: number }];
    await worker.terminate();
    expect(reply).toEqual({ given: 'hello', young: 24 });
  });

  it('leaves the limits to Node when none are asked for', async () => {
    const worker = startTsWorker(reporter(), 'again');
    const [reply] = (await once(worker, 'message')) as [{ given: string; young: number }];
    await worker.terminate();
    expect(reply.given).toBe('again');
    expect(reply.young).not.toBe(24);
  });
});
