/**
 * The check a story overlay's GeoJSON must pass before it is drawn: a FeatureCollection whose
 * features have valid geometry, a name and an id (properties.id or the feature's id; the style
 * keys feature-state and selection on it). Looser than the basemap's schema: a user's overlay need
 * not carry our curated multilingual names. Returns the collection with every feature's top-level
 * id and properties.id set to that id.
 */
import type { Feature, FeatureCollection } from 'geojson';
import { geometryProblem } from './schema';

export function validateOverlayFile(fileName: string, json: unknown): FeatureCollection {
  const fail = (what: string): never => {
    throw new Error(`${fileName}: ${what}`);
  };
  if (typeof json !== 'object' || json === null || Array.isArray(json)) fail('not a GeoJSON FeatureCollection (not a JSON object)');
  const fc = json as { type?: unknown; features?: unknown };
  if (fc.type !== 'FeatureCollection' || !Array.isArray(fc.features)) fail('not a GeoJSON FeatureCollection');
  const features = fc.features as unknown[];
  if (features.length === 0) fail('FeatureCollection has no features');
  const out: Feature[] = features.map((raw, i) => {
    const f = (raw ?? {}) as { properties?: Record<string, unknown> | null; id?: unknown; geometry?: unknown };
    const properties = f.properties ?? {};
    const rawId = properties.id ?? f.id;
    if ((typeof rawId !== 'string' && typeof rawId !== 'number') || rawId === '') fail(`feature ${i} has no id (properties.id)`);
    const id = String(rawId);
    if (typeof properties.name !== 'string' || properties.name.trim() === '') fail(`feature ${i} (id "${id}") has no name (properties.name)`);
    const problem = geometryProblem(f.geometry);
    if (problem) fail(`feature ${i} (id "${id}"): ${problem}`);
    return { type: 'Feature', id, properties: { ...properties, id }, geometry: f.geometry as Feature['geometry'] };
  });
  return { type: 'FeatureCollection', features: out };
}
