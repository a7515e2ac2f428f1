import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadGazetteer } from '../../src/lib/gazetteer/index';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const run = (...args: string[]) => execFileSync(process.execPath, ['--import', 'tsx', 'scripts/build-gazetteer.ts', ...args], { cwd: repoRoot, encoding: 'utf8' });

describe('build-gazetteer', () => {
  it('rebuilds geo/gazetteer.bin and gazetteer-sources.md byte for byte (deterministic)', () => {
    loadGazetteer(); // builds the file if this clone has none yet
    // --check builds again in memory and compares with the file on disk, so other tests can read it meanwhile.
    expect(run('--check')).toMatch(/gazetteer: \d+ entries, \d+ names, .* \d+ bytes \(\d+ gzipped\); the files on disk are what the build makes/);
  }, 180_000);

  it('--if-stale does nothing when the file is current', () => {
    loadGazetteer();
    expect(run('--if-stale')).toBe('');
  }, 60_000);
});
