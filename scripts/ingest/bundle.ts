/**
 * The ingest pipeline as plain JavaScript for the worker threads (and the throughput benchmark).
 * tsx compiles TypeScript with `keepNames`, which wraps every function and closure a module creates
 * in a naming call: in the pipeline's hot loops that costs about a quarter of the CPU. esbuild
 * bundles the worker once per pipeline version into .cache/ingest-bundle/, so `npm run ingest` runs
 * the same code without that tax. Its dependencies are bundled too: importing chrono-node, linkedom
 * and the rest file by file (650 modules) took half of a worker's start (1.0 s -> 0.5 s).
 */
import { buildSync } from 'esbuild';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { pipelineVersion } from './versions.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const BUNDLE_DIR = join(ROOT, '.cache', 'ingest-bundle');
/** How bundles are built; in their names, so a bundle built otherwise is not reused. */
const BUNDLE_FORMAT = 2;
/** Bundled CommonJS dependencies call require() (for node: built-ins); an ES module has none of its own. */
const REQUIRE_SHIM = "import { createRequire as createRequireForBundle } from 'node:module'; const require = createRequireForBundle(import.meta.url);";

/** The bundle of `entry` (a path from the repository root) for the current sources, built if missing. */
export function bundled(entry: string): string {
  const name = entry.replace(/[^A-Za-z0-9]+/g, '-').replace(/-ts$/, '');
  const out = join(BUNDLE_DIR, `${name}-${BUNDLE_FORMAT}-${pipelineVersion()}.mjs`);
  if (existsSync(out)) return out;
  mkdirSync(BUNDLE_DIR, { recursive: true });
  const tmp = `${out}.${process.pid}.tmp.mjs`;
  buildSync({
    entryPoints: [join(ROOT, entry)], outfile: tmp, bundle: true, platform: 'node', format: 'esm', target: `node${process.versions.node}`,
    banner: { js: REQUIRE_SHIM }, logLevel: 'error',
  });
  renameSync(tmp, out); // atomic: a concurrent build of the same version writes the same file
  // earlier versions' bundles of this entry are not needed again
  for (const old of readdirSync(BUNDLE_DIR)) {
    if (old.startsWith(`${name}-`) && old.endsWith('.mjs') && join(BUNDLE_DIR, old) !== out && !old.includes('.tmp.')) rmSync(join(BUNDLE_DIR, old), { force: true });
  }
  return out;
}

/** The batch task (the pipeline) for the main thread's own little work, from the same bundle kind. */
export async function loadBatchTask(): Promise<typeof import('./batchTask.ts')> {
  return import(pathToFileURL(bundled('scripts/ingest/batchTask.ts')).href);
}
