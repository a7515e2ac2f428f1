import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

describe('build-gazetteer', () => {
  it('regenerates geo/gazetteer.json byte for byte (deterministic, and the committed file is current)', () => {
    const before = readFileSync(path.join(repoRoot, 'geo/gazetteer.json'), 'utf8');
    const sourcesBefore = readFileSync(path.join(repoRoot, 'geo/gazetteer-sources.md'), 'utf8');
    const out = execFileSync(process.execPath, ['--import', 'tsx', 'scripts/build-gazetteer.ts'], { cwd: repoRoot, encoding: 'utf8' });
    expect(out).toMatch(/gazetteer: \d+ entries/);
    expect(readFileSync(path.join(repoRoot, 'geo/gazetteer.json'), 'utf8')).toBe(before);
    expect(readFileSync(path.join(repoRoot, 'geo/gazetteer-sources.md'), 'utf8')).toBe(sourcesBefore);
  }, 60_000);
});
