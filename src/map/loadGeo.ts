/**
 * Fetches the geo files the map needs from this origin (Vite fingerprints them as assets) and
 * validates each one, so a missing or broken file fails loudly with its name instead of leaving
 * a silently blank map.
 */
import type { FeatureCollection } from 'geojson';
import { validateGeoFile } from '../lib/geo/schema';
import type { MapGeoData } from '../lib/map/style';

const urls = import.meta.glob('../../geo/*.geojson', { query: '?url', import: 'default', eager: true }) as Record<string, string>;

const FILES: Record<keyof MapGeoData, string> = {
  land: 'basemap-land.geojson',
  countries: 'basemap-countries.geojson',
  oblasts: 'basemap-oblasts.geojson',
  borders: 'basemap-borders.geojson',
  water: 'basemap-water.geojson',
  cities: 'basemap-cities.geojson',
  dnipro: 'dnipro.geojson',
  kherson: 'kherson.geojson',
  novaKakhovka: 'nova-kakhovka.geojson',
  kakhovkaDam: 'kakhovka-dam.geojson',
  annexedOblasts: 'annexed-oblasts.geojson',
};

async function loadOne(file: string): Promise<FeatureCollection> {
  const name = `geo/${file}`;
  const url = urls[`../../geo/${file}`];
  if (!url) throw new Error(`${name}: file is missing from the build (run npm run build:geo)`);
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${name}: could not be loaded (HTTP ${response.status})`);
  let json: unknown;
  try {
    json = await response.json();
  } catch {
    throw new Error(`${name}: is not valid JSON (truncated or corrupt?)`);
  }
  validateGeoFile(name, json);
  return json as FeatureCollection;
}

/** Loads every file in parallel; rejects with every problem found, one per line. */
export async function loadMapGeo(): Promise<MapGeoData> {
  const keys = Object.keys(FILES) as (keyof MapGeoData)[];
  const results = await Promise.allSettled(keys.map((k) => loadOne(FILES[k])));
  const problems = results.flatMap((r) => (r.status === 'rejected' ? [(r.reason as Error).message] : []));
  if (problems.length) throw new Error(problems.join('\n'));
  return Object.fromEntries(keys.map((k, i) => [k, (results[i] as PromiseFulfilledResult<FeatureCollection>).value])) as unknown as MapGeoData;
}
