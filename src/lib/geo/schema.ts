/**
 * The contract of the GeoJSON files in geo/: which files exist, what geometry and feature ids each
 * must have, and the properties every feature carries. build:geo validates its output with
 * `validateGeoFile` before writing; the app validates each file after fetching it, so a missing or
 * broken file fails with its name and the problem instead of a silently blank map.
 *
 * Pure (no fs, no DOM): runs in Node, the browser and a Web Worker.
 */
import { z } from 'zod';
import { PLACE_KINDS, isoDate } from '../dataset';

/** Kinds that exist only on the basemap (everything else uses the dataset's PlaceKind). */
export const BASEMAP_KINDS = ['land', 'country', 'border', 'lake', 'coast'] as const;
export const GEO_KINDS = [...new Set([...PLACE_KINDS, ...BASEMAP_KINDS])] as readonly string[];

export type GeometryFamily = 'point' | 'line' | 'polygon' | 'line-or-polygon';

const name = z.string().trim().min(1, 'must be a non-empty name');
const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a lower-case slug like "flood-zones"');

/** Properties of every feature. Extra properties are allowed; the known ones are typed. */
export const featurePropertiesSchema = z.looseObject({
  id: slug,
  name,
  name_en: name,
  name_uk: name,
  name_ru: name,
  name_de: name.optional(),
  name_fr: name.optional(),
  name_id: name.optional(),
  kind: z.enum(GEO_KINDS as [string, ...string[]]),
  source: z.string().min(1),
  license: z.string().min(1),
  iso: z.string().regex(/^[A-Z]{2}(?:-[A-Z0-9]{1,3})?$/, 'must be ISO 3166-1 alpha-2 or ISO 3166-2').optional(),
  parent: slug.optional(),
  population: z.number().int().nonnegative().optional(),
  rank: z.number().int().positive().optional(),
  capital: z.boolean().optional(),
  country: z.string().regex(/^[A-Z]{2}$/, 'must be ISO 3166-1 alpha-2').optional(),
  annexed: isoDate.optional(),
  claim: z.string().min(1).optional(),
  retaken: isoDate.optional(),
  completed: z.number().int().min(1000).max(2100).optional(),
  destroyed: isoDate.optional(),
  label_lon: z.number().min(-180).max(180).optional(),
  label_lat: z.number().min(-90).max(90).optional(),
  level: z.union([z.literal(0), z.literal(1)]).optional(),
  name_fallback: z.boolean().optional(),
});
export type GeoFeatureProperties = z.infer<typeof featurePropertiesSchema>;

const GEOMETRY_TYPES: Record<GeometryFamily, readonly string[]> = {
  point: ['Point', 'MultiPoint'],
  line: ['LineString', 'MultiLineString'],
  polygon: ['Polygon', 'MultiPolygon'],
  'line-or-polygon': ['LineString', 'MultiLineString', 'Polygon', 'MultiPolygon'],
};

export interface GeoFileExpectation {
  geometry?: GeometryFamily;
  ids?: readonly string[];
  required?: readonly string[];
  /** Require name_de, name_fr and name_id too (the default story's overlays carry them). */
  multilingual?: boolean;
}

export interface GeoFeature {
  type: 'Feature';
  id: string;
  properties: GeoFeatureProperties;
  geometry: { type: string; coordinates: unknown };
}
export interface GeoFeatureCollection { type: 'FeatureCollection'; features: GeoFeature[] }

/**
 * Checks that `json` is a valid geo file: a FeatureCollection whose features all have a string id
 * (equal to properties.id), the common properties, valid coordinates and the expected geometry, and
 * that the expected ids are present.
 * Throws `Error("<fileName>: <what is wrong>")`; returns the collection, typed, when it is valid.
 */
export function validateGeoFile(fileName: string, json: unknown, expect?: GeoFileExpectation): GeoFeatureCollection {
  const fail = (what: string): never => {
    throw new Error(`${fileName}: ${what}`);
  };
  const want: GeoFileExpectation = expect ?? {};

  if (json === undefined || json === null) fail('missing or empty (no JSON value)');
  if (typeof json !== 'object' || Array.isArray(json)) fail('not a GeoJSON FeatureCollection (not a JSON object)');
  const fc = json as { type?: unknown; features?: unknown };
  if (fc.type !== 'FeatureCollection') fail(`not a GeoJSON FeatureCollection (type is ${JSON.stringify(fc.type)})`);
  if (!Array.isArray(fc.features)) fail('FeatureCollection has no "features" array');
  const features = fc.features as unknown[];
  if (features.length === 0) fail('FeatureCollection has no features');

  const seen = new Set<string>();
  features.forEach((raw, i) => {
    const where = (id?: unknown) => `feature ${i}${typeof id === 'string' ? ` (id "${id}")` : ''}`;
    if (typeof raw !== 'object' || raw === null) fail(`${where()} is not an object`);
    const f = raw as { type?: unknown; id?: unknown; properties?: unknown; geometry?: unknown };
    const propId = (f.properties as { id?: unknown } | null | undefined)?.id;
    if (f.type !== 'Feature') fail(`${where(propId)} is not a GeoJSON Feature`);
    if (typeof f.properties !== 'object' || f.properties === null) fail(`${where()} has no properties`);
    const parsed = featurePropertiesSchema.safeParse(f.properties);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      fail(`${where(propId)}: properties.${issue.path.join('.') || '(root)'}: ${issue.message}`);
    }
    const props = parsed.data!;
    if (typeof f.id !== 'string' || f.id.length === 0) fail(`${where(props.id)} has no top-level string id`);
    if (f.id !== props.id) fail(`${where(props.id)}: top-level id "${String(f.id)}" differs from properties.id`);
    if (seen.has(props.id)) fail(`duplicate feature id "${props.id}"`);
    seen.add(props.id);
    if (want.multilingual) {
      for (const lang of ['de', 'fr', 'id']) {
        if (typeof (props as Record<string, unknown>)[`name_${lang}`] !== 'string') fail(`${where(props.id)}: properties.name_${lang} is missing`);
      }
    }
    for (const key of want.required ?? []) {
      if ((props as Record<string, unknown>)[key] === undefined) fail(`${where(props.id)}: properties.${key} is missing`);
    }
    const problem = geometryProblem(f.geometry);
    if (problem) fail(`${where(props.id)}: ${problem}`);
    const type = (f.geometry as { type: string }).type;
    if (want.geometry && !GEOMETRY_TYPES[want.geometry].includes(type)) {
      fail(`${where(props.id)}: geometry is ${type}, expected ${GEOMETRY_TYPES[want.geometry].join(' or ')}`);
    }
  });
  for (const id of want.ids ?? []) if (!seen.has(id)) fail(`expected feature id "${id}" is missing`);
  return json as GeoFeatureCollection;
}

function positionProblem(p: unknown): string | undefined {
  if (!Array.isArray(p) || p.length < 2 || p.length > 3) return 'a position is not [lon, lat]';
  const [lon, lat] = p as unknown[];
  if (typeof lon !== 'number' || typeof lat !== 'number' || !Number.isFinite(lon) || !Number.isFinite(lat)) return 'a coordinate is not a finite number';
  if (lon < -180 || lon > 180 || lat < -90 || lat > 90) return `coordinate [${lon}, ${lat}] is out of range`;
  return undefined;
}

function lineProblem(line: unknown, min: number): string | undefined {
  if (!Array.isArray(line) || line.length < min) return `a line or ring has fewer than ${min} positions`;
  for (const p of line) {
    const problem = positionProblem(p);
    if (problem) return problem;
  }
  return undefined;
}

function ringsProblem(rings: unknown): string | undefined {
  if (!Array.isArray(rings) || rings.length === 0) return 'a polygon has no rings';
  for (const ring of rings) {
    const problem = lineProblem(ring, 4);
    if (problem) return problem;
    const first = ring[0] as number[];
    const last = ring[ring.length - 1] as number[];
    if (first[0] !== last[0] || first[1] !== last[1]) return 'a polygon ring is not closed';
  }
  return undefined;
}

function each(items: unknown, check: (item: unknown) => string | undefined, what: string): string | undefined {
  if (!Array.isArray(items) || items.length === 0) return `${what} has no parts`;
  for (const item of items) {
    const problem = check(item);
    if (problem) return problem;
  }
  return undefined;
}

/** Why a GeoJSON geometry is invalid, or undefined when it is fine. */
export function geometryProblem(geometry: unknown): string | undefined {
  if (typeof geometry !== 'object' || geometry === null) return 'geometry is missing';
  const { type, coordinates } = geometry as { type?: unknown; coordinates?: unknown };
  switch (type) {
    case 'Point': return positionProblem(coordinates);
    case 'MultiPoint': return each(coordinates, positionProblem, 'MultiPoint');
    case 'LineString': return lineProblem(coordinates, 2);
    case 'MultiLineString': return each(coordinates, (l) => lineProblem(l, 2), 'MultiLineString');
    case 'Polygon': return ringsProblem(coordinates);
    case 'MultiPolygon': return each(coordinates, ringsProblem, 'MultiPolygon');
    default: return `geometry type ${JSON.stringify(type)} is not supported`;
  }
}
