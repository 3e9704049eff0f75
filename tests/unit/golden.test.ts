import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { goldenCases, serialise } from '../../scripts/lib/golden';

describe('golden cases (tests/golden)', () => {
  for (const c of goldenCases()) {
    it(`${c.name}: the ingest reproduces expected.json`, () => {
      const expected = readFileSync(join(c.dir, 'expected.json'), 'utf8');
      expect(serialise(c.run())).toBe(expected);
    });
  }
});
