/** The ingest cache's pipeline version covers every source file the worker threads run. */
import { buildSync } from 'esbuild';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { versionedSources } from '../../scripts/ingest/versions.ts';

const ROOT = join(import.meta.dirname, '../..');

describe('pipeline version', () => {
  it("covers every file of the repository that the worker's bundle is built from, and the lockfile", () => {
    const { metafile } = buildSync({
      entryPoints: [join(ROOT, 'scripts/ingest/worker.ts')], bundle: true, platform: 'node', format: 'esm',
      packages: 'external', write: false, metafile: true, logLevel: 'silent', absWorkingDir: ROOT,
    });
    const inputs = Object.keys(metafile.inputs).map((path) => relative(ROOT, join(ROOT, path)));
    expect(inputs.length).toBeGreaterThan(50);
    const versioned = new Set(versionedSources());
    expect(inputs.filter((path) => !versioned.has(path))).toEqual([]);
    expect(versioned.has('package-lock.json')).toBe(true);
    // the main thread's own scripts are not part of it (editing them keeps the cache)
    expect(versioned.has(join('scripts', 'ingest', 'run.ts'))).toBe(false);
  });
});
