/** npm run eval: the real pipeline on a small benchmark file; a file of another format exits 2. */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const run = (...args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', 'scripts/eval.ts', ...args], { cwd: repoRoot, encoding: 'utf8' });

describe('eval command', () => {
  it('prints geotagging and geocoding figures for each file', () => {
    const out = run('tests/fixtures/eval/geowebnews-mini.xml', 'tests/fixtures/eval/lgl-mini.xml');
    expect(out.status, out.stderr).toBe(0);
    expect(out.stdout).toMatch(/geowebnews-mini\.xml \(GeoWebNews\): 1 articles, 5 gold toponyms with coordinates/);
    expect(out.stdout).toMatch(/lgl-mini\.xml \(LGL\/TR-News\): 1 articles, 3 gold toponyms with coordinates/);
    expect(out.stdout).toMatch(/GeoWebNews\): [^\n]*\n\s+geotagging\s+precision 1\.000\s+recall 1\.000\s+F1 1\.000\s+\(tp 5, fp 0, fn 0\)/);
    expect(out.stdout).toMatch(/accuracy@161km \d\.\d{3}\s+median \d+\.\d km\s+mean \d+\.\d km\s+AUC \d\.\d{3}/);
  }, 60_000);

  it('exits 2 with the reason for a file of another format', () => {
    const out = run('tests/fixtures/eval/not-a-benchmark.xml');
    expect(out.status).toBe(2);
    expect(out.stderr).toMatch(/not-a-benchmark\.xml: no <articles> root element/);
  }, 60_000);
});
