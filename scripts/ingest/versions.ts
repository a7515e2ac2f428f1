/**
 * What the ingest cache is keyed on besides file contents: the pipeline's code and the gazetteer.
 * The pipeline version is a checksum over the source of every module a worker runs (src/lib, the
 * worker's own scripts listed below) and over package-lock.json (the parsers it uses, chrono-node
 * among them), so editing any of them invalidates the cache without a version to bump by hand.
 * The main thread's merging and writing scripts are not in it: the cache's own formats carry a
 * version of their own. tests/cli/versions.test.ts checks the list against what the worker's
 * bundle is built from.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checksum } from '../../src/lib/store/index.ts';
import { gazetteerVersion } from './gazetteer.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** The scripts of scripts/ingest/ that a worker thread runs (besides src/lib). */
export const WORKER_SCRIPTS = ['worker.ts', 'batchTask.ts', 'gazetteer.ts', 'protocol.ts', 'shardFiles.ts', 'threadCpu.ts', 'contentHash.ts', 'reuse.ts', 'cachedBatch.ts', 'batches.ts']
  .map((name) => join('scripts', 'ingest', name));

/** Every file the pipeline version covers, relative to the repository root, sorted. */
export function versionedSources(): string[] {
  const lib = readdirSync(join(ROOT, 'src', 'lib'), { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.(ts|mjs|json)$/.test(e.name))
    .map((e) => join(e.parentPath, e.name).slice(ROOT.length));
  return [...lib, ...WORKER_SCRIPTS, 'package-lock.json'].sort();
}

let sourcesVersion: string | undefined;

/** A checksum of the pipeline's sources, read once per process. */
export function pipelineVersion(): string {
  if (!sourcesVersion) {
    const parts = versionedSources().map((file) => checksum(readFileSync(join(ROOT, file))));
    sourcesVersion = checksum(new TextEncoder().encode(parts.join(',')));
  }
  return sourcesVersion;
}

export function ingestVersion(): string {
  return `${pipelineVersion()}-${gazetteerVersion()}`;
}
