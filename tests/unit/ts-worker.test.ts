/**
 * A worker thread runs one of the scripts' TypeScript modules (`scripts/lib/ts-worker.ts`),
 * with the limits it is started with.
 */
import { pathToFileURL } from 'node:url';
import { once } from 'node:events';
import { setFlagsFromString } from 'node:v8';
import { describe, expect, it } from 'vitest';
import { startTsWorker } from '../../scripts/lib/ts-worker';
import { tempDirs, tempModule } from '../temp-dirs';

const tempDir = tempDirs();

/** A TypeScript module that answers with what it was given and the young generation it has. */
function reporter(): URL {
  return pathToFileURL(
    tempModule(tempDir, 'report.mts', [
      "import { parentPort, resourceLimits, workerData } from 'node:worker_threads';",
      'const young: number | undefined = resourceLimits.maxYoungGenerationSizeMb;',
      'parentPort!.postMessage({ given: workerData as string, young });',
    ]),
  );
}

/**
 * A TypeScript module that keeps a window of 200,000 young objects alive while it makes three
 * million (so its young generation grows as far as it may) and answers with the largest its
 * new space grew, in MB.
 */
function youngGrower(): URL {
  return pathToFileURL(
    tempModule(tempDir, 'grow.mts', [
      "import { getHeapSpaceStatistics } from 'node:v8';",
      "import { parentPort } from 'node:worker_threads';",
      'const keep: unknown[] = new Array(200_000);',
      'let most = 0;',
      'for (let i = 0; i < 3_000_000; i++) {',
      "  keep[i % keep.length] = { i, s: 'x' + i, a: [i, i + 1] };",
      '  if (i % 50_000 === 0)',
      "    most = Math.max(most, getHeapSpaceStatistics().find((s) => s.space_name === 'new_space')!.space_size);",
      '}',
      'parentPort!.postMessage(most / 2 ** 20);',
    ]),
  );
}

describe('startTsWorker', () => {
  it("keeps to the young generation asked for when the process was given a larger one (the ingest's --max-semi-space-size=64)", async () => {
    // As on the command line: the engine's flags are the whole process's.
    setFlagsFromString('--max-semi-space-size=64');
    try {
      const worker = startTsWorker(youngGrower(), null, [], { maxYoungGenerationSizeMb: 24 });
      const [mostMb] = (await once(worker, 'message')) as [number];
      await worker.terminate();
      // Its two semi-spaces within the 24 MB (with the flag inherited: 128 MB).
      expect(mostMb).toBeGreaterThan(0);
      expect(mostMb).toBeLessThanOrEqual(24);
    } finally {
      setFlagsFromString('--max-semi-space-size=0');
    }
  });

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
