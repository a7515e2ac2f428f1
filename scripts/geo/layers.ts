/**
 * The default story's five overlays: the Dnipro, Kherson, Nova Kakhovka, the Kakhovka Dam and the
 * oblasts Russia claims to have annexed.
 */
import type { MultiPolygon, Polygon, Position } from 'geojson';
import { booleanPointInPolygon, point, pointOnFeature, feature as turfFeature } from '@turf/turf';
import { roundGeometry, type OutputFeature } from '../../src/lib/geo/index.ts';
import { ANNEXATIONS, OBLASTS, PLACE_NAMES, nameProperties } from './names.ts';
import type { City, OblastFeature } from './inputs.ts';
import { DNIPRO_CORRECTIONS, KAKHOVKA_DAM, kakhovkaDamLine } from './dnipro.ts';
import { GEONAMES, LAYER_DECIMALS, NE_ADMIN1, NE_RIVERS } from './sources.ts';

/** Kherson's centre as the story gives it (≈ Svobody Square); GeoNames' own point is 2.3 km further north. */
export const KHERSON_CENTRE = { lon: 32.6169, lat: 46.6354 };
export const GEONAMES_IDS = { kherson: 706448, 'nova-kakhovka': 699839 } as const;

const round = <T extends OutputFeature['geometry']>(g: T, decimals = LAYER_DECIMALS) => {
  const r = roundGeometry(g, decimals);
  if (!r) throw new Error(`geometry vanished when rounded to ${decimals} decimals`);
  return r;
};

export function dniproLayer(course: Position[]): OutputFeature[] {
  const handPlaced = DNIPRO_CORRECTIONS.reduce((n, c) => n + c.insert.length, 0);
  return [{
    id: 'dnipro',
    properties: {
      id: 'dnipro', ...nameProperties(PLACE_NAMES.dnipro), kind: 'river',
      source: `${NE_RIVERS.source}, chained by geometry and cut at the Belarusian border; ${handPlaced} hand-placed vertices (geo/README.md)`,
      license: `${NE_RIVERS.license}; hand-placed vertices: this project`,
    },
    geometry: round({ type: 'LineString', coordinates: course }),
  }];
}

function cityById(cities: City[], id: number, fail: (w: string) => Error): City {
  const city = cities.find((c) => c.cityId === id);
  if (!city) throw fail(`no city with GeoNames id ${id}`);
  return city;
}

export function khersonLayer(cities: City[], fail: (w: string) => Error): OutputFeature[] {
  const city = cityById(cities, GEONAMES_IDS.kherson, fail);
  return [{
    id: 'kherson',
    properties: {
      id: 'kherson', ...nameProperties(PLACE_NAMES.kherson), kind: 'city',
      population: city.population, geonames_id: city.cityId, parent: 'kherson-oblast', retaken: '2022-11-11',
      source: `city centre ${KHERSON_CENTRE.lat}N ${KHERSON_CENTRE.lon}E as commissioned (GeoNames' point for Kherson, ${city.loc.coordinates[1]}N ${city.loc.coordinates[0]}E, lies 2.3 km north of the centre); population: ${GEONAMES.source}`,
      license: GEONAMES.license,
    },
    geometry: round({ type: 'Point', coordinates: [KHERSON_CENTRE.lon, KHERSON_CENTRE.lat] }),
  }];
}

export function novaKakhovkaLayer(cities: City[], fail: (w: string) => Error): OutputFeature[] {
  const city = cityById(cities, GEONAMES_IDS['nova-kakhovka'], fail);
  return [{
    id: 'nova-kakhovka',
    properties: {
      id: 'nova-kakhovka', ...nameProperties(PLACE_NAMES['nova-kakhovka']), kind: 'city',
      population: city.population, geonames_id: city.cityId, parent: 'kherson-oblast',
      ...GEONAMES,
    },
    geometry: round({ type: 'Point', coordinates: city.loc.coordinates }),
  }];
}

export function kakhovkaDamLayer(): OutputFeature[] {
  return [{
    id: 'kakhovka-dam',
    properties: {
      id: 'kakhovka-dam', ...nameProperties(PLACE_NAMES['kakhovka-dam']), kind: 'dam',
      completed: 1956, destroyed: '2023-06-06', parent: 'kherson-oblast', length_m: Math.round(KAKHOVKA_DAM.lengthKm * 1000),
      source: `${KAKHOVKA_DAM.source}; line drawn by this project through the centre along that axis`,
      license: 'facts from Wikipedia; geometry: this project',
    },
    geometry: round({ type: 'LineString', coordinates: kakhovkaDamLine() }),
  }];
}

/** Natural Earth's label point when it lies inside the (simplified) polygon, else a point inside. */
export function labelPoint(source: OblastFeature, polygon: Polygon | MultiPolygon): [number, number] {
  const ne: [number, number] = [source.properties.longitude, source.properties.latitude];
  if (booleanPointInPolygon(point(ne), turfFeature(polygon))) return ne;
  return pointOnFeature(turfFeature(polygon)).geometry.coordinates as [number, number];
}

/** Oblast feature properties shared by basemap-admin1 and annexed-oblasts. */
export function oblastProperties(id: string, source: OblastFeature, polygon: Polygon | MultiPolygon, decimals: number) {
  const entry = OBLASTS.find((o) => o.id === id)!;
  const [lon, lat] = labelPoint(source, polygon);
  const r = (v: number) => Math.round(v * 10 ** decimals) / 10 ** decimals;
  return {
    id, ...nameProperties(entry.names), kind: 'admin1', iso: entry.iso, parent: 'ukraine',
    label_lon: r(lon), label_lat: r(lat), ne_name: entry.naturalEarthName, ...NE_ADMIN1,
  };
}

export function annexedOblastsLayer(polygons: Map<string, Polygon | MultiPolygon>, sources: Map<string, OblastFeature>): OutputFeature[] {
  return Object.entries(ANNEXATIONS).map(([id, { annexed, claim }]) => ({
    id,
    properties: {
      ...oblastProperties(id, sources.get(id)!, polygons.get(id)!, LAYER_DECIMALS),
      annexed, claim,
      note: 'claimed annexation by Russia, not recognised internationally; de jure part of Ukraine',
    },
    geometry: round(polygons.get(id)!),
  }));
}
