import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

describe('build-gazetteer', () => {
  it('rebuilds geo/gazetteer.json and gazetteer-sources.md byte for byte (deterministic; committed files current)', () => {
    // --check builds in memory and compares, so other test files can read geo/ meanwhile.
    const out = execFileSync(process.execPath, ['--import', 'tsx', 'scripts/build-gazetteer.ts', '--check'], { cwd: repoRoot, encoding: 'utf8' });
    expect(out).toMatch(/gazetteer: \d+ entries, \d+ names, \d+ bytes; committed files are current/);
  }, 60_000);
});
