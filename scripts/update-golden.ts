/**
 * npm run golden:update: rewrites tests/golden/<case>/expected.json from the current pipeline.
 * Review the diff like code before committing it.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { goldenCases, serialise } from './lib/golden';

for (const c of goldenCases()) {
  const path = join(c.dir, 'expected.json');
  const next = serialise(c.run());
  const before = existsSync(path) ? readFileSync(path, 'utf8') : '';
  writeFileSync(path, next);
  console.log(`${before === next ? 'unchanged' : 'updated  '} ${c.name}`);
}
