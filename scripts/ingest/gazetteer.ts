/**
 * The one place ingest workers get their gazetteer and its version. The version is a checksum of the gazetteer's data file,
 * so the cache is invalidated when the data changes.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { GAZETTEER_FILE as GAZETTEER_PATH, loadGazetteer, type Gazetteer } from '../../src/lib/gazetteer/index.ts';
import { checksum } from '../../src/lib/store/index.ts';

const GAZETTEER_FILE = fileURLToPath(new URL(`../../${GAZETTEER_PATH}`, import.meta.url));

export function loadIngestGazetteer(): Gazetteer {
  return loadGazetteer();
}

export function gazetteerVersion(): string {
  return checksum(readFileSync(GAZETTEER_FILE));
}
