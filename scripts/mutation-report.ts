/**
 * npm run mutation (last step): reads StrykerJS's JSON report and writes the mutation score of
 * each folder of src/core to docs/benchmarks.md. Several reports may be given (narrowed runs
 * of one folder each, `--incrementalFile reports/mutation/<folder>.json`); a file's latest
 * report wins. `--no-write` prints the section instead.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { writeDocsSection } from './lib/docs-section';

const ROOT = join(import.meta.dirname, '..');
const DEFAULT_REPORT = 'reports/mutation/mutation.json';
/** Stryker appends each run's log here (`fileLogLevel` in stryker.config.mjs). */
const STRYKER_LOG = join(ROOT, 'stryker.log');
const CORE = 'src/core/';
/** The folders of src/core in the order the table lists them; files directly in it come last. */
const FOLDERS = ['extract', 'group', 'compare', 'ingest', 'text', 'eval'];
const TOP_LEVEL = 'top-level files';

/** Mutant statuses of the mutation-testing-report-schema (StrykerJS 9). */
const STATUSES = [
  'Killed',
  'Survived',
  'NoCoverage',
  'Timeout',
  'CompileError',
  'RuntimeError',
  'Ignored',
  'Pending',
] as const;
type Status = (typeof STATUSES)[number];

interface Mutant {
  status: Status;
  /** Why Stryker gave it no run: `ignoreStatic`, or the reason of a `// Stryker disable` comment. */
  reason: string;
}

interface Report {
  path: string;
  files: Map<string, Mutant[]>;
  config: {
    concurrency?: number;
    coverageAnalysis?: string;
    /** Given with `--testFiles`: only these files ran (otherwise every file of the vitest config). */
    testFiles?: string[];
    /** The vitest config the runner loaded. */
    vitestConfig?: string;
    /** The `--mutate` patterns (a narrowed run's folder). */
    mutate?: string[];
  };
  /** The test files that had tests in the run (the report's `testFiles`). */
  ranTestFiles: string[];
  strykerVersion: string;
  written: Date;
}

function fail(message: string): never {
  console.error(`mutation-report: ${message}`);
  process.exit(2);
}

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

function readReport(path: string): Report {
  const full = resolve(ROOT, path);
  if (!existsSync(full)) fail(`${path}: no report; run \`npm run mutation\` first (StrykerJS writes it at the end)`);
  const json: unknown = JSON.parse(readFileSync(full, 'utf8'));
  if (!isRecord(json) || json.schemaVersion !== '1.0' || !isRecord(json.files))
    fail(`${path}: not a StrykerJS JSON report (schemaVersion 1.0 with files)`);
  const files = new Map<string, Mutant[]>();
  for (const [name, file] of Object.entries(json.files)) {
    if (!isRecord(file) || !Array.isArray(file.mutants)) fail(`${path}: ${name}: no mutants list`);
    const mutants = file.mutants.map((m: unknown): Mutant => {
      if (!isRecord(m) || !STATUSES.includes(m.status as Status))
        fail(`${path}: ${name}: a mutant with no known status`);
      return { status: m.status as Status, reason: typeof m.statusReason === 'string' ? m.statusReason : '' };
    });
    // Reports name files relative to the project, or absolute when Stryker ran elsewhere.
    files.set(relative(ROOT, resolve(ROOT, name)).replaceAll('\\', '/'), mutants);
  }
  const config = isRecord(json.config) ? json.config : {};
  const framework = isRecord(json.framework) ? json.framework : {};
  const vitest = isRecord(config.vitest) ? config.vitest : {};
  const ranTestFiles = isRecord(json.testFiles)
    ? Object.entries(json.testFiles)
        .filter(([, f]) => isRecord(f) && Array.isArray(f.tests) && f.tests.length > 0)
        .map(([name]) => relative(ROOT, resolve(ROOT, name)).replaceAll('\\', '/'))
        .sort()
    : [];
  return {
    path,
    files,
    config: {
      concurrency: typeof config.concurrency === 'number' ? config.concurrency : undefined,
      coverageAnalysis: typeof config.coverageAnalysis === 'string' ? config.coverageAnalysis : undefined,
      testFiles: Array.isArray(config.testFiles) ? config.testFiles.map(String) : undefined,
      vitestConfig: typeof vitest.configFile === 'string' ? vitest.configFile : undefined,
      mutate: Array.isArray(config.mutate) ? config.mutate.map(String) : undefined,
    },
    ranTestFiles,
    strykerVersion: typeof framework.version === 'string' ? framework.version : 'unknown',
    written: statSync(full).mtime,
  };
}

interface Tally {
  killed: number;
  survived: number;
  noCoverage: number;
  timeout: number;
  /** Reached only while its module loads, not run (`ignoreStatic`): not in the score. */
  loadTime: number;
  /** Disabled by a `// Stryker disable` comment (judged equivalent), or failed to run: not in the score. */
  disabled: number;
}

const empty = (): Tally => ({ killed: 0, survived: 0, noCoverage: 0, timeout: 0, loadTime: 0, disabled: 0 });

function add(t: Tally, m: Mutant): void {
  if (m.status === 'Killed') t.killed++;
  else if (m.status === 'Survived') t.survived++;
  else if (m.status === 'NoCoverage') t.noCoverage++;
  else if (m.status === 'Timeout') t.timeout++;
  else if (m.status === 'Ignored' && /ignoreStatic/.test(m.reason)) t.loadTime++;
  else t.disabled++;
}

/** Stryker's mutation score: detected (killed or timed out) over all valid mutants. */
function score(t: Tally): string {
  const valid = t.killed + t.timeout + t.survived + t.noCoverage;
  return valid ? `${((100 * (t.killed + t.timeout)) / valid).toFixed(1)}%` : '–';
}

function folderOf(file: string): string | null {
  if (!file.startsWith(CORE)) return null;
  const rest = file.slice(CORE.length);
  return rest.includes('/') ? rest.slice(0, rest.indexOf('/')) : TOP_LEVEL;
}

interface RunLog {
  /** "3 hours, 2 minutes and 5 seconds" */
  took: string;
  /** "794 of 3539": results an incremental run took over from earlier runs. */
  reused: string | null;
}

/** Seconds since midnight of a log line's "HH:MM:SS" (stryker.log has no date, in local time). */
const secondsOfDay = (hms: string) => hms.split(':').reduce((acc, part) => acc * 60 + Number(part), 0);

/**
 * The run that wrote a report, from stryker.log: Stryker writes the report and logs "Done in …"
 * in the same second, so the run is the one whose "Done in" is closest to the report's time
 * (within two minutes); its other lines carry the same process id.
 */
function runThatWrote(report: Report): RunLog | null {
  if (!existsSync(STRYKER_LOG)) return null;
  const log = readFileSync(STRYKER_LOG, 'utf8');
  const w = report.written;
  const target = w.getHours() * 3600 + w.getMinutes() * 60 + w.getSeconds();
  const distance = (s: number) => Math.min(Math.abs(s - target), 86_400 - Math.abs(s - target));
  const done = [...log.matchAll(/^(\d\d:\d\d:\d\d) \((\d+)\) INFO \S+ Done in (.+?)\.\s*$/gm)]
    .map((m) => ({ at: secondsOfDay(m[1]!), pid: m[2]!, took: m[3]! }))
    .filter((d) => distance(d.at) <= 120)
    .sort((a, b) => distance(a.at) - distance(b.at))[0];
  if (!done) return null;
  const differ = log.indexOf(`(${done.pid}) INFO IncrementalDiffer`);
  const reused = differ < 0 ? null : /Result:\s+(\d+ of \d+) mutant result/.exec(log.slice(differ, differ + 400));
  return { took: done.took, reused: reused?.[1] ?? null };
}

const { values, positionals } = parseArgs({
  // `--note "…"`: how narrowed runs were made beyond what the reports record (which test files
  // were left out and why), printed under the list of reports.
  options: { 'no-write': { type: 'boolean' }, note: { type: 'string', multiple: true } },
  allowPositionals: true,
});
const reports = (positionals.length ? positionals : [DEFAULT_REPORT]).map(readReport);
const merged = new Map<string, Mutant[]>();
for (const r of reports) for (const [file, mutants] of r.files) merged.set(file, mutants);

const tallies = new Map<string, Tally>();
const total = empty();
for (const [file, mutants] of merged) {
  const folder = folderOf(file);
  if (folder === null) continue;
  const t = tallies.get(folder) ?? empty();
  for (const m of mutants) {
    add(t, m);
    add(total, m);
  }
  tallies.set(folder, t);
}
if (tallies.size === 0) fail(`no mutants under ${CORE} in ${reports.map((r) => r.path).join(', ')}`);

const order = [
  ...FOLDERS,
  ...[...tallies.keys()].filter((f) => !FOLDERS.includes(f) && f !== TOP_LEVEL).sort(),
  TOP_LEVEL,
];
const row = (name: string, t: Tally) =>
  `| ${name} | ${t.killed + t.survived + t.noCoverage + t.timeout + t.loadTime + t.disabled} | **${score(t)}** | ${t.killed} | ${t.survived} | ${t.noCoverage} | ${t.timeout} | ${t.loadTime} | ${t.disabled} |`;
const rows = order.flatMap((f) => {
  const t = tallies.get(f);
  return t ? [row(f === TOP_LEVEL ? f : `${f}/`, t)] : [];
});
const missing = [...FOLDERS, TOP_LEVEL].filter((f) => !tallies.has(f));
const first = reports[0]!;
const code = (xs: readonly string[]) => xs.map((x) => `\`${x}\``).join(', ');
/** How one report was made: what it mutated, which tests ran, how long its last run took. */
function describeRun(r: Report): string {
  const run = runThatWrote(r);
  const what = r.config.mutate?.length ? code(r.config.mutate) : '`src/core`';
  const tests = r.config.testFiles?.length
    ? `only the test files given with \`--testFiles\` (${r.ranTestFiles.length} with tests)`
    : `every test file of \`${r.config.vitestConfig ?? 'vite.config.ts'}\` (${r.ranTestFiles.length} with tests)`;
  const took = run
    ? ` The last run took ${run.took}${run.reused ? `, taking over ${run.reused} results from earlier runs` : ''}.`
    : ' Its run time is not in `stryker.log`.';
  return `- \`${r.path}\`, written ${r.written.toISOString().slice(0, 16).replace('T', ' ')} UTC: mutates ${what}; runs ${tests}.${took}`;
}
/** Each report's test files, the first in full and the others as changes to the one before. */
const testList = reports
  .map((r, k) => {
    const prev = reports[k - 1];
    if (!prev) return `The test files of \`${r.path}\`: ${code(r.ranTestFiles)}.`;
    const added = r.ranTestFiles.filter((f) => !prev.ranTestFiles.includes(f));
    const dropped = prev.ranTestFiles.filter((f) => !r.ranTestFiles.includes(f));
    if (!added.length && !dropped.length) return `\`${r.path}\`: the same test files.`;
    if (added.length + dropped.length > r.ranTestFiles.length / 2)
      return `The test files of \`${r.path}\`: ${code(r.ranTestFiles)}.`;
    return `\`${r.path}\`: the same test files${added.length ? ` and ${code(added)}` : ''}${dropped.length ? `, without ${code(dropped)}` : ''}.`;
  })
  .join('\n\n');
/** Where a folder stands against the aim the project set for mutation testing. */
const AIM = 75;
const below = order.filter((f) => {
  const t = tallies.get(f);
  if (!t || f === TOP_LEVEL || !['extract', 'group'].includes(f)) return false;
  const valid = t.killed + t.timeout + t.survived + t.noCoverage;
  return valid > 0 && (100 * (t.killed + t.timeout)) / valid < AIM;
});
const notes = values.note?.length ? `${values.note.map((n) => n.trim()).join('\n\n')}\n\n` : '';

const md = `## Mutation testing (\`npm run mutation\`)

StrykerJS ${first.strykerVersion} with its vitest runner mutates \`src/core\` (every \`.ts\` file but
declarations) and runs, for each mutant, the tests that cover it (coverage analysis
\`${first.config.coverageAnalysis ?? 'perTest'}\`). One test process (\`concurrency: ${first.config.concurrency ?? 1}\`) at \`nice -n 19\`, since
the machine is shared. Incremental: a rerun tests only mutants whose code or covering tests
changed, and keeps the other results. Not part of \`npm test\`. The table merges these reports
(a later report wins for a file):

${reports.map(describeRun).join('\n')}

${testList}

${notes}Score = (killed + timeout) / (killed + timeout + survived + no coverage). Not in the score:
"load-time", mutants of a module's top-level code (its regexes and word lists) that only
module loading reaches; each would need every related test file rerun (\`ignoreStatic\`;
\`PARALLAX_MUTATE_STATIC=1\` tests them in a run narrowed to a few lines), and
"disabled", mutants a \`// Stryker disable next-line <mutator>: <reason>\` comment marks as
equivalent to the original.

| folder | mutants | score | killed | survived | no coverage | timeout | load-time | disabled |
| --- | --- | --- | --- | --- | --- | --- | --- | --- |
${rows.join('\n')}
${row('**all**', total)}
${missing.length ? `\nNot in ${reports.length > 1 ? 'these reports' : 'this report'} (a narrowed run): ${missing.join(', ')}.\n` : ''}${below.length ? `\nBelow the aim of ${AIM}% for extract/ and group/: ${below.map((f) => `${f}/`).join(', ')}.\n` : ''}
\`reports/mutation/mutation.html\` shows the last run's surviving mutants line by line.
`;

if (values['no-write']) console.log(md);
else {
  writeDocsSection('mutation', md);
  console.log(`mutation-report: wrote docs/benchmarks.md (${merged.size} files, ${reports.length} report(s))`);
}
