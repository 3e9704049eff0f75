/**
 * npm run golden:update [-- <case> …]: rewrites tests/golden/<case>/expected.json from the
 * current pipeline, for the cases named (all when none is), and says for each whether the
 * facts its case.json names still hold. Review the diff like code before committing it.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkFacts, goldenCases, serialise } from './lib/golden';

const all = goldenCases();
const names = process.argv.slice(2);
const unknown = names.filter((n) => !all.some((c) => c.name === n));
if (unknown.length > 0) {
  console.error(
    `golden:update: no case named ${unknown.join(', ')}; the cases are: ${all.map((c) => c.name).join(', ')}`,
  );
  process.exit(2);
}

let broken = 0;
for (const c of all.filter((g) => names.length === 0 || names.includes(g.name))) {
  const path = join(c.dir, 'expected.json');
  const corpus = c.run();
  const next = serialise(corpus);
  const before = existsSync(path) ? readFileSync(path, 'utf8') : '';
  writeFileSync(path, next);
  console.log(`${before === next ? 'unchanged' : 'updated  '} ${c.name}`);
  const problems = checkFacts(corpus, c.spec);
  if (problems.length > 0) broken++;
  for (const p of problems) console.log(`  case.json fact broken: ${p}`);
}
if (broken > 0) {
  console.log(
    `${broken} case(s) no longer show what their case.json says: fix the extraction, or the case.json if the new output is right.`,
  );
  process.exitCode = 1;
}
