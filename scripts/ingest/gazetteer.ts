/**
 * The one place ingest workers get their gazetteer and its version. The version is a checksum of the gazetteer's data file,
 * so the cache is invalidated when the data changes.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { GAZETTEER_FILE as GAZETTEER_PATH, gazetteerFromBytes, loadGazetteer, type Gazetteer } from '../../src/lib/gazetteer/index.ts';
import { checksum } from '../../src/lib/store/index.ts';

/** Where the gazetteer is (a worker, run from a bundle elsewhere, is told this path). */
export const GAZETTEER_FILE = fileURLToPath(new URL(`../../${GAZETTEER_PATH}`, import.meta.url));

/** The gazetteer, built first when missing or stale; or the file at `path` as it is. */
export function loadIngestGazetteer(path?: string): Gazetteer {
  return path ? gazetteerFromBytes(new Uint8Array(readFileSync(path))) : loadGazetteer();
}

export function gazetteerVersion(): string {
  return checksum(readFileSync(GAZETTEER_FILE));
}
