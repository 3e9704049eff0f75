import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync, copyFileSync, readdirSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PARAGRAPHS, ROOT, SEEDS } from '../helpers';
import { tempDirs, tempModule } from '../temp-dirs';

const tempDir = tempDirs();

/** `npm run ingest`'s command: scripts/ingest.ts through scripts/ingest-node.mjs. */
function runIngest(...args: string[]) {
  return runInIngestNode(join(ROOT, 'scripts/ingest.ts'), ...args);
}

function runInIngestNode(script: string, ...args: string[]) {
  // The allocator's setting as the launcher gives it, not as this test's environment may have it.
  const env = { ...process.env };
  delete env.MALLOC_MMAP_THRESHOLD_;
  const r = spawnSync(process.execPath, [join(ROOT, 'scripts/ingest-node.mjs'), script, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function seedsCopy(): string {
  const dir = tempDir('parallax-seeds-');
  for (const f of readdirSync(SEEDS)) copyFileSync(join(SEEDS, f), join(dir, f));
  return dir;
}

describe('npm run ingest', () => {
  it("runs the script in a Node process set up for the ingest, with its arguments, and exits with the script's code", () => {
    const script = tempModule(tempDir, 'report.ts', [
      'const report: { args: string[]; malloc?: string; flags: string[] } = {',
      '  args: process.argv.slice(2),',
      '  malloc: process.env.MALLOC_MMAP_THRESHOLD_,',
      "  flags: process.execArgv.filter((f) => f.startsWith('--max-semi')),",
      '};',
      'console.log(JSON.stringify(report));',
      'process.exit(3);',
    ]);
    const r = runInIngestNode(script, '--seeds', 'a b');
    expect(r.code).toBe(3);
    expect(JSON.parse(r.stdout)).toEqual({
      args: ['--seeds', 'a b'],
      malloc: '65536',
      flags: ['--max-semi-space-size=64'],
    });
  });

  it('says how it is used when no script is given', () => {
    const r = spawnSync(process.execPath, [join(ROOT, 'scripts/ingest-node.mjs')], { encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('usage: node scripts/ingest-node.mjs <script.ts>');
  });

  it('writes corpus.json and exits 0, listing rejected files', () => {
    const seeds = seedsCopy();
    writeFileSync(join(seeds, 'empty.txt'), '');
    const out = tempDir('parallax-out-');
    const r = runIngest('--seeds', seeds, '--out', out);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('rejected: empty.txt: empty file (0 bytes)');
    const corpus = JSON.parse(readFileSync(join(out, 'corpus.json'), 'utf8'));
    expect(corpus.schemaVersion).toBe(1);
    expect(corpus.sources).toHaveLength(6);
  });

  it('exits 2 naming the folder when --seeds is missing', () => {
    const r = runIngest('--seeds', '/no/such/folder', '--out', tmpdir());
    expect(r.code).toBe(2);
    expect(r.stderr.trim()).toBe('ingest: /no/such/folder: the seeds folder does not exist or cannot be read');
  });

  it('exits 2 with file, line and column for a malformed manifest, writing nothing', () => {
    const seeds = seedsCopy();
    writeFileSync(join(seeds, 'manifest.json'), '{\n  "schemaVersion": 1\n  "files": {}\n}\n');
    const out = join(tempDir('parallax-out-'), 'sub');
    mkdirSync(out);
    const r = runIngest('--seeds', seeds, '--out', out);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(
      new RegExp(`^ingest: ${join(seeds, 'manifest.json')}: malformed JSON at line 3, column 3`),
    );
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(readdirSync(out)).toEqual([]);
  });

  it('exits 2 for a registry entry of the wrong shape', () => {
    const seeds = seedsCopy();
    writeFileSync(
      join(seeds, 'outlets.json'),
      JSON.stringify({ schemaVersion: 1, outlets: [{ id: 'x', name: 'X', kind: 'blog' }] }),
    );
    const r = runIngest('--seeds', seeds, '--out', tmpdir());
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('outlets.json: at .outlets[0].kind:');
  });

  it('resolves relative dates against --now when the manifest gives no retrieval time', () => {
    const seeds = tempDir('parallax-rel-');
    writeFileSync(
      join(seeds, 'a.txt'),
      `Budget passes after long debate\n\n2 days ago\n\n${PARAGRAPHS.join('\n\n')}\n`,
    );
    const out = tempDir('parallax-out-');
    expect(runIngest('--seeds', seeds, '--out', out, '--now', '2025-06-03T09:00:00Z').code).toBe(0);
    const corpus = JSON.parse(readFileSync(join(out, 'corpus.json'), 'utf8'));
    expect(corpus.articles[0].published).toEqual({ date: '2025-06-01', estimated: true, basis: 'relative' });
  });
});

describe('npm run ingest with grouping.json', () => {
  it('honours an editor’s grouping corrections and reports one it cannot apply', () => {
    const seeds = seedsCopy();
    const out = tempDir('parallax-out-');
    expect(runIngest('--seeds', seeds, '--out', out).code).toBe(0);
    const before = JSON.parse(readFileSync(join(out, 'corpus.json'), 'utf8'));
    const joined = before.events.find((e: { articleIds: string[] }) => e.articleIds.length === 3);
    const moved = joined.articleIds[0];
    const lone = before.events.find((e: { articleIds: string[] }) => e.articleIds.length === 1).articleIds[0];
    writeFileSync(
      join(seeds, 'grouping.json'),
      JSON.stringify({
        schemaVersion: 1,
        corrections: [
          { kind: 'move', articleId: moved, withArticleId: lone },
          { kind: 'detach', articleId: 'a-000000000000' },
        ],
      }),
    );
    const r = runIngest('--seeds', seeds, '--out', out);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(
      'correction not applied: grouping.json: detach a-000000000000: no article "a-000000000000" in the corpus',
    );
    const after = JSON.parse(readFileSync(join(out, 'corpus.json'), 'utf8'));
    const withLone = after.events.find((e: { articleIds: string[] }) => e.articleIds.includes(lone));
    expect([...withLone.articleIds].sort()).toEqual([lone, moved].sort());
    expect(
      after.events.find((e: { articleIds: string[] }) => e.articleIds.includes(joined.articleIds[1])).articleIds,
    ).toHaveLength(2);
    expect(after.corrections.map((c: { applied: boolean }) => c.applied)).toEqual([true, false]);
    expect(after.sources.map((s: { file: string }) => s.file)).not.toContain('grouping.json');
  });

  it('exits 2 naming the field of a malformed correction', () => {
    const seeds = seedsCopy();
    writeFileSync(join(seeds, 'grouping.json'), JSON.stringify({ schemaVersion: 1, corrections: [{ kind: 'merge' }] }));
    const r = runIngest('--seeds', seeds, '--out', tempDir('parallax-out-'));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${join(seeds, 'grouping.json')}: at .corrections[0].kind:`);
  });
});
