/**
 * The basemap: land, countries (de jure: Ukraine is the union of its 27 units, Crimea and
 * Sevastopol included; Russia's polygon has them removed), borders, oblasts, water and cities,
 * within BASEMAP_BBOX.
 */
import { slugify } from '../../src/lib/names/index';
import type { Feature, LineString, MultiLineString, MultiPolygon, Polygon, Position } from 'geojson';
import type { Topology } from 'topojson-specification';
import { feature, mesh } from 'topojson-client';
import {
  area, bbox, bboxClip, bboxPolygon, booleanPointInPolygon, difference, distance, featureCollection, intersect,
  lineString, multiPolygon, point, pointToLineDistance, pointToPolygonDistance, polygon, feature as turfFeature,
} from '@turf/turf';
import { chainLines, roundGeometry, type OutputFeature } from '../../src/lib/geo/index.ts';
import {
  CITY_NAMES, COUNTRIES, EXTRA_CITY_IDS, OBLASTS, UNNAMED_RIVER, WATER, nameProperties,
  type CountryEntry, type Names, type WaterEntry,
} from './names.ts';
import type { City, OblastFeature } from './inputs.ts';
import type { OblastGeometry } from './oblasts.ts';
import type { DniproResult } from './dnipro.ts';
import { oblastProperties, KHERSON_CENTRE } from './layers.ts';
import { BASEMAP_BBOX, BASEMAP_DECIMALS, GEONAMES, NE_ADMIN0, NE_ADMIN1, NE_LAKES, NE_LAND, NE_RIVERS, UKRAINE_DE_JURE } from './sources.ts';

type Fail = (what: string) => Error;
type Area = Polygon | MultiPolygon;

const round = (g: OutputFeature['geometry']) => roundGeometry(g, BASEMAP_DECIMALS);
const BBOX_POLYGON = bboxPolygon(BASEMAP_BBOX);
const bboxesOverlap = (a: number[], b: number[]) => a[0] <= b[2] && a[2] >= b[0] && a[1] <= b[3] && a[3] >= b[1];

function clipArea(g: Area): Area | undefined {
  return intersect(featureCollection([turfFeature(g), BBOX_POLYGON]))?.geometry ?? undefined;
}

const polygonsOf = (g: Area): Position[][][] => (g.type === 'Polygon' ? [g.coordinates] : g.coordinates);
const asArea = (polys: Position[][][]): Area | undefined =>
  polys.length === 0 ? undefined : polys.length === 1 ? { type: 'Polygon', coordinates: polys[0] } : { type: 'MultiPolygon', coordinates: polys };

export function landLayer(land: Topology, fail: Fail): OutputFeature[] {
  const fc = feature(land, land.objects.land as never) as unknown as { features: Feature<Area>[] };
  const inArea = fc.features.flatMap((f) => polygonsOf(f.geometry)).filter((p) => bboxesOverlap(bbox(polygon(p)), BASEMAP_BBOX));
  const clipped = inArea.map((p) => clipArea({ type: 'Polygon', coordinates: p })).filter((g): g is Area => !!g);
  const geometry = round(asArea(clipped.flatMap(polygonsOf))!);
  if (!geometry) throw fail('no land inside the basemap area');
  return [{ id: 'land', properties: { id: 'land', ...nameProperties({ en: 'Land', uk: 'Суходіл', ru: 'Суша' }), kind: 'land', ...NE_LAND }, geometry }];
}

// Points that are certainly in Crimea / Sevastopol (GeoNames): any polygon part of Russia
// containing one is the peninsula Natural Earth's admin-0 edition draws inside Russia.
export const CRIMEA_POINTS: Position[] = [[34.11079, 44.95719], [33.52134, 44.60795], [36.47542, 45.35675]];

export interface CountryPolygons { entry: CountryEntry; geometry: Area }

/** Countries in the basemap area; Ukraine de jure, everyone else minus Ukraine. */
export function countryPolygons(countries: Topology, ukraine: MultiPolygon, fail: Fail): CountryPolygons[] {
  const atlas = feature(countries, countries.objects.countries as never) as unknown as { features: Feature<Area, { name: string }>[] };
  const ukraineFeature = multiPolygon(ukraine.coordinates);
  const ukraineBox = bbox(ukraineFeature);
  const out: CountryPolygons[] = [];
  for (const f of atlas.features) {
    if (!bboxesOverlap(bbox(f), BASEMAP_BBOX) || !clipArea(f.geometry)) continue;
    const entry = COUNTRIES.find((c) => (c.numeric ? c.numeric === f.id : c.atlasName === f.properties.name));
    if (!entry) throw fail(`country "${f.properties.name}" (id ${String(f.id)}) lies in the basemap area but has no entry in COUNTRIES (scripts/geo/names.ts)`);
    if (entry.iso === 'UA') {
      out.push({ entry, geometry: ukraine });
      continue;
    }
    let polys = polygonsOf(f.geometry);
    if (entry.iso === 'RU') polys = polys.filter((p) => !CRIMEA_POINTS.some((c) => booleanPointInPolygon(point(c), polygon(p))));
    let g: Area | undefined = asArea(polys);
    if (g && bboxesOverlap(bbox(turfFeature(g)), ukraineBox)) g = difference(featureCollection([turfFeature(g), ukraineFeature]))?.geometry ?? undefined;
    g = g && clipArea(g);
    if (!g) continue;
    // Slivers left between Natural Earth's 50m admin-0 lines and the 10m admin-1 outline of Ukraine.
    const kept = polygonsOf(g).filter((p) => area(polygon(p)) > 5e6 || pointToPolygonDistance(point(p[0][0]), ukraineFeature, { units: 'kilometers' }) > 10);
    const geometry = asArea(kept);
    if (geometry) out.push({ entry, geometry });
  }
  for (const iso of ['UA', 'RU']) if (!out.some((c) => c.entry.iso === iso)) throw fail(`no country ${iso} in the basemap area`);
  return out;
}

export function countriesLayer(countries: CountryPolygons[]): OutputFeature[] {
  return countries.flatMap(({ entry, geometry }) => {
    const g = round(geometry);
    if (!g) return [];
    const provenance = entry.iso === 'UA' ? UKRAINE_DE_JURE : entry.iso === 'RU' ? { ...NE_ADMIN0, source: `${NE_ADMIN0.source}, minus Crimea and Sevastopol (de jure Ukraine)` } : NE_ADMIN0;
    return [{ id: entry.id, properties: { id: entry.id, ...nameProperties(entry.names), kind: 'country', iso: entry.iso, ...provenance }, geometry: g }];
  });
}

function pairNames(a: Names, b: Names): Names {
  return { en: `${a.en} – ${b.en}`, uk: `${a.uk} — ${b.uk}`, ru: `${a.ru} — ${b.ru}` };
}

function borderFeature(idA: string, idB: string, a: Names, b: Names, level: 0 | 1, lines: Position[][], provenance: { source: string; license: string }): OutputFeature[] {
  const [first, second] = idA < idB ? [[idA, a], [idB, b]] as const : [[idB, b], [idA, a]] as const;
  const geometry = round(lines.length === 1 ? { type: 'LineString', coordinates: lines[0] } : { type: 'MultiLineString', coordinates: lines });
  if (!geometry) return [];
  const id = `border-${first[0]}-${second[0]}`;
  return [{ id, properties: { id, ...nameProperties(pairNames(first[1], second[1])), kind: 'border', level, ...provenance }, geometry }];
}

const clipLines = (lines: Position[][]): Position[][] =>
  lines.flatMap((l) => {
    const g = bboxClip(lineString(l), BASEMAP_BBOX).geometry as LineString | MultiLineString;
    return g.type === 'LineString' ? (g.coordinates.length > 1 ? [g.coordinates] : []) : g.coordinates.filter((c) => c.length > 1);
  });

/**
 * Country borders (level 0) and Ukraine's oblast borders (level 1). Ukraine's land borders are its
 * de jure outline minus the coast: an outline segment is a border with the neighbour whose polygon
 * lies within 3 km of it, else coast (not drawn). Borders between other countries are world-atlas'
 * shared arcs, leaving out every arc that touches Natural Earth's Ukraine (which lacks Crimea).
 */
export function bordersLayer(countriesTopo: Topology, oblast: OblastGeometry, countries: CountryPolygons[], fail: Fail): OutputFeature[] {
  const out: OutputFeature[] = [];
  const oblastNames = new Map(OBLASTS.map((o) => [o.id, o.names]));
  for (const { a, b, geometry } of oblast.innerBorders) {
    out.push(...borderFeature(a, b, oblastNames.get(a)!, oblastNames.get(b)!, 1, geometry.coordinates, NE_ADMIN1));
  }

  const ukraine = countries.find((c) => c.entry.iso === 'UA')!.entry;
  const ownerNear = neighbourLocator(countries.filter((c) => c.entry.iso !== 'UA'), bbox(turfFeature(oblast.ukraine)), 3);
  const byNeighbour = new Map<string, Position[][]>();
  for (const line of oblast.outline.coordinates) {
    let run: Position[] = [];
    let runOwner: string | undefined;
    const flush = () => {
      if (runOwner && run.length > 1) byNeighbour.set(runOwner, [...(byNeighbour.get(runOwner) ?? []), run]);
      run = [];
    };
    for (let i = 1; i < line.length; i++) {
      const owner = ownerNear([(line[i - 1][0] + line[i][0]) / 2, (line[i - 1][1] + line[i][1]) / 2]);
      if (owner !== runOwner) {
        flush();
        runOwner = owner;
        if (owner) run = [line[i - 1]];
      }
      if (owner) run.push(line[i]);
    }
    flush();
  }
  const entries = new Map(COUNTRIES.map((c) => [c.id, c]));
  for (const [id, lines] of [...byNeighbour].sort(([x], [y]) => (x < y ? -1 : 1))) {
    out.push(...borderFeature(ukraine.id, id, ukraine.names, entries.get(id)!.names, 0, chainLines(lines, 1e-9), UKRAINE_DE_JURE));
  }
  for (const required of ['russia', 'belarus', 'poland', 'moldova', 'romania']) {
    if (!byNeighbour.has(required)) throw fail(`found no Ukraine–${required} border along Ukraine's outline`);
  }

  // Other countries' shared borders, from world-atlas' own topology.
  const present = new Map(countries.map((c) => [c.entry.numeric ?? c.entry.atlasName, c.entry]));
  const keyOf = (g: { id?: string | number; properties?: unknown }) => (g.id !== undefined ? String(g.id) : (g.properties as { name: string }).name);
  const pairs = new Set<string>();
  const obj = countriesTopo.objects.countries as never;
  mesh(countriesTopo, obj, (a, b) => {
    const [ka, kb] = [keyOf(a), keyOf(b)];
    if (a !== b && ka !== '804' && kb !== '804' && present.has(ka) && present.has(kb)) pairs.add([ka, kb].sort().join('|'));
    return false;
  });
  for (const pair of [...pairs].sort()) {
    const [ka, kb] = pair.split('|');
    const geometry = mesh(countriesTopo, obj, (a, b) => [keyOf(a), keyOf(b)].sort().join('|') === pair) as MultiLineString;
    const lines = clipLines(geometry.coordinates);
    if (lines.length) out.push(...borderFeature(present.get(ka)!.id, present.get(kb)!.id, present.get(ka)!.names, present.get(kb)!.names, 0, lines, NE_ADMIN0));
  }
  return out;
}

/**
 * A function telling which neighbour's outline passes within `km` of a point (the nearest), if any.
 * Outline segments near `box` are bucketed in a 0.1° grid; distances are equirectangular (fine at
 * a few kilometres).
 */
function neighbourLocator(neighbours: CountryPolygons[], box: number[], km: number): (p: Position) => string | undefined {
  const cell = 0.1;
  const grid = new Map<string, { id: string; a: Position; b: Position }[]>();
  const key = (x: number, y: number) => `${Math.floor(x / cell)},${Math.floor(y / cell)}`;
  const margin = 0.2;
  for (const n of neighbours) {
    for (const rings of polygonsOf(n.geometry)) {
      for (const ring of rings) {
        for (let i = 1; i < ring.length; i++) {
          const [a, b] = [ring[i - 1], ring[i]];
          if (Math.max(a[0], b[0]) < box[0] - margin || Math.min(a[0], b[0]) > box[2] + margin || Math.max(a[1], b[1]) < box[1] - margin || Math.min(a[1], b[1]) > box[3] + margin) continue;
          for (let x = Math.floor(Math.min(a[0], b[0]) / cell); x <= Math.floor(Math.max(a[0], b[0]) / cell); x++) {
            for (let y = Math.floor(Math.min(a[1], b[1]) / cell); y <= Math.floor(Math.max(a[1], b[1]) / cell); y++) {
              const k = `${x},${y}`;
              if (!grid.has(k)) grid.set(k, []);
              grid.get(k)!.push({ id: n.entry.id, a, b });
            }
          }
        }
      }
    }
  }
  return (p) => {
    const kx = 111.32 * Math.cos((p[1] * Math.PI) / 180);
    const ky = 110.57;
    let best: { id: string; d: number } | undefined;
    const cx = Math.floor(p[0] / cell);
    const cy = Math.floor(p[1] / cell);
    for (let x = cx - 1; x <= cx + 1; x++) {
      for (let y = cy - 1; y <= cy + 1; y++) {
        for (const s of grid.get(`${x},${y}`) ?? []) {
          const d = segmentDistanceKm(p, s.a, s.b, kx, ky);
          if (d <= km && (!best || d < best.d)) best = { id: s.id, d };
        }
      }
    }
    return best?.id;
  };
}

function segmentDistanceKm(p: Position, a: Position, b: Position, kx: number, ky: number): number {
  const [px, py] = [(p[0] - a[0]) * kx, (p[1] - a[1]) * ky];
  const [bx, by] = [(b[0] - a[0]) * kx, (b[1] - a[1]) * ky];
  const len2 = bx * bx + by * by;
  const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, (px * bx + py * by) / len2));
  return Math.hypot(px - t * bx, py - t * by);
}

export function oblastsLayer(oblast: OblastGeometry, sources: Map<string, OblastFeature>): OutputFeature[] {
  return OBLASTS.map(({ id }) => ({
    id,
    properties: oblastProperties(id, sources.get(id)!, oblast.polygons.get(id)!, BASEMAP_DECIMALS),
    geometry: round(oblast.polygons.get(id)!)!,
  }));
}

/** The WATER entry a river line or lake polygon is, by its reference points. */
function identify(kinds: WaterEntry['kind'][], matches: (ref: Position) => number | undefined): WaterEntry | undefined {
  let best: { entry: WaterEntry; d: number } | undefined;
  for (const entry of WATER.filter((w) => kinds.includes(w.kind))) {
    for (const [lon, lat] of entry.refs) {
      const d = matches([lon, lat]);
      if (d !== undefined && (!best || d < best.d)) best = { entry, d };
    }
  }
  return best?.entry;
}

export function waterLayer(europe: Topology, dnipro: DniproResult): OutputFeature[] {
  const out: OutputFeature[] = [];
  const counts = new Map<string, number>();
  const nextId = (stem: string) => {
    const n = (counts.get(stem) ?? 0) + 1;
    counts.set(stem, n);
    return n === 1 ? stem : `${stem}-${n}`;
  };
  const push = (id: string, names: Names, kind: string, geometry: OutputFeature['geometry'] | undefined, provenance: { source: string; license: string }, extra = {}) => {
    const g = geometry && round(geometry);
    if (g) out.push({ id, properties: { id, ...nameProperties(names), kind, ...extra, ...provenance }, geometry: g });
  };

  // The Dnipro: its whole 50m course from the source, with the corrected Ukrainian part.
  push(nextId('dnipro-river'), { en: 'Dnipro', uk: 'Дніпро', ru: 'Днепр' }, 'river',
    { type: 'LineString', coordinates: clipLines([[...dnipro.upstream.slice(0, -1), ...dnipro.course]])[0] },
    { ...NE_RIVERS, source: `${NE_RIVERS.source}; in Ukraine the corrected course of geo/dnipro.geojson` });

  const seenArcs = new Set<number>();
  dnipro.featureIndexes.forEach((i) => arcsOf(europe, 'rivers', i).forEach((a) => seenArcs.add(a)));
  const rivers = feature(europe, europe.objects.rivers as never) as unknown as { features: Feature<LineString | MultiLineString>[] };
  rivers.features.forEach((f, index) => {
    if (!bboxesOverlap(bbox(f), BASEMAP_BBOX)) return;
    const arcs = arcsOf(europe, 'rivers', index);
    if (arcs.every((a) => seenArcs.has(a))) return; // the Dnipro, or a duplicate of a river already drawn
    arcs.forEach((a) => seenArcs.add(a));
    const parts = f.geometry.type === 'LineString' ? [f.geometry.coordinates] : f.geometry.coordinates;
    const entry = identify(['river'], (ref) => {
      const d = Math.min(...parts.map((p) => pointToLineDistance(point(ref), lineString(p), { units: 'kilometers' })));
      return d <= 8 ? d : undefined;
    });
    const lines = clipLines(chainLines(parts, 0.02));
    if (!lines.length) return;
    const geometry: LineString | MultiLineString = lines.length === 1 ? { type: 'LineString', coordinates: lines[0] } : { type: 'MultiLineString', coordinates: lines };
    if (entry) push(nextId(`${entry.slug}-river`), entry.names, 'river', geometry, NE_RIVERS);
    else push(`river-${index}`, UNNAMED_RIVER, 'river', geometry, NE_RIVERS, { name_fallback: true });
  });

  const lakes = feature(europe, europe.objects.lakes as never) as unknown as { features: Feature<Area>[] };
  lakes.features.forEach((f, index) => {
    if (!bboxesOverlap(bbox(f), BASEMAP_BBOX)) return;
    const geometry = clipArea(f.geometry);
    if (!geometry) return;
    const entry = identify(['lake', 'reservoir'], (ref) => (booleanPointInPolygon(point(ref), f) ? 0 : undefined));
    if (entry) push(nextId(entry.slug), entry.names, entry.kind, geometry, NE_LAKES);
    else push(`lake-${index}`, { en: 'lake', uk: 'озеро', ru: 'озеро' }, 'lake', geometry, NE_LAKES, { name_fallback: true });
  });
  return out;
}

function arcsOf(topology: Topology, object: string, index: number): number[] {
  const g = (topology.objects[object] as { geometries: { arcs?: unknown }[] }).geometries[index];
  const flat = (x: unknown): number[] => (Array.isArray(x) ? x.flatMap(flat) : typeof x === 'number' ? [x < 0 ? ~x : x] : []);
  return flat(g.arcs);
}

const EXCLUDED_FEATURE_CODES = new Set(['PPLX', 'PPLH', 'PPLQ', 'PPLW']);

/**
 * Populated places: Ukraine's ≥ 50 000 people (plus a few towns the default story names),
 * and ≥ 100 000 in the other countries of the area, leaving out GeoNames' city sections and any
 * foreign place within 25 km of one four times its size (suburbs and districts of big cities).
 */
export function citiesLayer(cities: City[], oblastPolygons: Map<string, Area>, countries: CountryPolygons[], fail: Fail): OutputFeature[] {
  const [w, s, e, n] = BASEMAP_BBOX;
  const countryByIso = new Map(countries.map((c) => [c.entry.iso, c.entry]));
  const known = new Set(cities.map((c) => String(c.cityId)));
  for (const id of Object.keys(CITY_NAMES)) if (!known.has(id)) throw fail(`no city with GeoNames id ${id} (curated in scripts/geo/names.ts CITY_NAMES)`);
  const inArea = (c: City) => {
    const [lon, lat] = c.loc.coordinates;
    return lon >= w && lon <= e && lat >= s && lat <= n && c.featureCode.startsWith('PPL') && !EXCLUDED_FEATURE_CODES.has(c.featureCode);
  };
  const ua = cities.filter((c) => c.country === 'UA' && inArea(c) && (c.population >= 50_000 || EXTRA_CITY_IDS.includes(String(c.cityId))));
  const foreignAll = cities
    .filter((c) => c.country !== 'UA' && countryByIso.has(c.country) && inArea(c) && c.population >= 100_000)
    .sort((a, b) => b.population - a.population || a.cityId - b.cityId);
  const foreign = foreignAll.filter((c) => !foreignAll.some((big) => big.population >= 4 * c.population && distance(point(big.loc.coordinates), point(c.loc.coordinates)) <= 25));

  const reserved = new Set([...OBLASTS.map((o) => o.id), ...COUNTRIES.map((c) => c.id), 'dnipro', 'kakhovka-dam', 'land']);
  const used = new Set<string>();
  const selected = [...ua, ...foreign].sort((a, b) => b.population - a.population || a.cityId - b.cityId);
  return selected.map((c, i) => {
    const curated = CITY_NAMES[String(c.cityId)];
    if (!curated && c.country === 'UA' && c.population >= 100_000) throw fail(`Ukrainian city ${c.name} (GeoNames ${c.cityId}) has no curated names in scripts/geo/names.ts`);
    const names: Names = curated ?? { en: c.name, uk: c.name, ru: c.name };
    let id = curated?.placeId ?? slugify(names.en);
    if (reserved.has(id) || used.has(id)) id = `${id}-${c.country.toLowerCase()}`;
    if (reserved.has(id) || used.has(id)) throw fail(`two places would share the id "${id}"`);
    used.add(id);
    const isKherson = c.cityId === 706448;
    const coordinates = isKherson ? [KHERSON_CENTRE.lon, KHERSON_CENTRE.lat] : c.loc.coordinates;
    const parent = c.country === 'UA' ? oblastOf(coordinates, oblastPolygons) : countryByIso.get(c.country)!.id;
    return {
      id,
      properties: {
        id, ...nameProperties(names), kind: c.population >= 50_000 ? 'city' : 'town',
        population: c.population, rank: i + 1, capital: c.featureCode === 'PPLC', country: c.country,
        geonames_id: c.cityId, ...(parent ? { parent } : {}), ...(curated ? {} : { name_fallback: true }),
        ...GEONAMES, ...(isKherson ? { source: `${GEONAMES.source}; point moved to the city centre as in geo/kherson.geojson` } : {}),
      },
      geometry: round({ type: 'Point', coordinates })!,
    };
  });
}

/** The oblast containing a point, or the nearest within 10 km (coastal towns off the simplified outline). */
function oblastOf(p: Position, polygons: Map<string, Area>): string | undefined {
  for (const [id, g] of polygons) if (booleanPointInPolygon(point(p), turfFeature(g))) return id;
  let best: { id: string; d: number } | undefined;
  for (const [id, g] of polygons) {
    const d = Math.max(0, pointToPolygonDistance(point(p), turfFeature(g), { units: 'kilometers' }));
    if (d <= 10 && (!best || d < best.d)) best = { id, d };
  }
  return best?.id;
}
