/**
 * What the ingest cache is keyed on besides file contents: the pipeline's code and the gazetteer.
 * The pipeline version is a checksum over the source of every module a worker runs (src/lib and
 * the worker scripts), so editing any of them invalidates the cache without a version to bump by hand.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checksum } from '../../src/lib/store/index.ts';
import { gazetteerVersion } from './gazetteer.ts';

const SOURCE_DIRS = ['../../src/lib', '.'].map((dir) => fileURLToPath(new URL(dir, import.meta.url)));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.(ts|mjs|json)$/.test(e.name))
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

let sourcesVersion: string | undefined;

/** A checksum of the pipeline's sources (src/lib and the worker scripts), read once per process. */
export function pipelineVersion(): string {
  if (!sourcesVersion) {
    const parts = SOURCE_DIRS.flatMap(sourceFiles).map((file) => checksum(readFileSync(file)));
    sourcesVersion = checksum(new TextEncoder().encode(parts.join(',')));
  }
  return sourcesVersion;
}

export function ingestVersion(): string {
  return `${pipelineVersion()}-${gazetteerVersion()}`;
}
