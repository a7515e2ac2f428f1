/**
 * Fixture corpora ingested for the browser tests: each corpus under tests/fixtures/ that a browser
 * test serves is run through the real ingest CLI once per test run (vitest globalSetup), into
 * test-results/e2e-data/<corpus>/data/, and the harness serves that folder at /data/ in place of
 * whatever the user's own corpus put into the build.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURES } from './fixtures';

const ROOT = join(import.meta.dirname, '..', '..');
const TSX = join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs');
const INGEST = join(ROOT, 'scripts', 'ingest.ts');
export const E2E_DATA = join(ROOT, 'test-results', 'e2e-data');

/** The fixture corpora browser tests may serve (folder names under tests/fixtures/). */
export const SERVED_CORPORA = ['seeds'] as const;
export type ServedCorpus = (typeof SERVED_CORPORA)[number];

/** The folder served at /data/ for a fixture corpus. */
export function servedDataDir(corpus: ServedCorpus): string {
  return join(E2E_DATA, corpus, 'data');
}

/** The served corpus as one Dataset JSON (for tests that compare the page with the data). */
export function servedDatasetJson(corpus: ServedCorpus): string {
  return join(E2E_DATA, corpus, 'dataset.json');
}

/** vitest globalSetup: ingest every served corpus with the real CLI. */
export default function ingestServedCorpora(): void {
  for (const corpus of SERVED_CORPORA) {
    const dir = servedDataDir(corpus);
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    // The layout (manifest, columns, text shards) the app reads from a default `npm run ingest`.
    const run = spawnSync(process.execPath, [TSX, INGEST, join(FIXTURES, corpus), '--out', dir, '--no-cache'], { encoding: 'utf8' });
    if (run.status !== 0) throw new Error(`ingest of tests/fixtures/${corpus} failed (exit ${run.status}):\n${run.stderr}`);
    const json = spawnSync(process.execPath, [TSX, INGEST, '--merge', dir, '--out', servedDatasetJson(corpus)], { encoding: 'utf8' });
    if (json.status !== 0) throw new Error(`export of tests/fixtures/${corpus} as Dataset JSON failed (exit ${json.status}):\n${json.stderr}`);
  }
}
