/**
 * The one place ingest workers get their gazetteer and its version: when the world gazetteer is
 * loaded from bytes, only this file changes. The version is a checksum of the gazetteer's data file,
 * so the cache is invalidated when the data changes.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadGazetteer, type Gazetteer } from '../../src/lib/gazetteer/index.ts';
import { checksum } from '../../src/lib/store/index.ts';

const GAZETTEER_FILE = fileURLToPath(new URL('../../geo/gazetteer.json', import.meta.url));

export function loadIngestGazetteer(): Gazetteer {
  return loadGazetteer();
}

export function gazetteerVersion(): string {
  return checksum(readFileSync(GAZETTEER_FILE));
}
