/**
 * The overlay registry: the story's overlays with the GeoJSON each one loaded (or the problem that
 * stopped it), and every overlay feature by id. The loader fills it; the style, the legend, the
 * facts panel and the search all read it, so a story's overlay is declared once, in its story file.
 */
import type { Feature, FeatureCollection } from 'geojson';
import type { StoryOverlay } from './schema';

export interface LoadedOverlay {
  overlay: StoryOverlay;
  /** Undefined when the file could not be loaded or is invalid: see `problem`. */
  data?: FeatureCollection;
  problem?: string;
}

export interface OverlayFeature {
  overlay: StoryOverlay;
  feature: Feature;
  properties: Record<string, unknown>;
}

export interface OverlayRegistry {
  /** Overlays whose file loaded, in story order. */
  overlays: readonly (LoadedOverlay & { data: FeatureCollection })[];
  /** One message per overlay that could not be drawn, naming it and its file. */
  problems: readonly string[];
  byId: ReadonlyMap<string, OverlayFeature>;
}

export function createOverlayRegistry(loaded: readonly LoadedOverlay[]): OverlayRegistry {
  const overlays = loaded.filter((l): l is LoadedOverlay & { data: FeatureCollection } => !!l.data);
  const problems = loaded.filter((l) => !l.data).map((l) => `Overlay “${l.overlay.label}” (${l.overlay.file}) is not shown: ${l.problem ?? 'not loaded'}`);
  const byId = new Map<string, OverlayFeature>();
  for (const { overlay, data } of overlays) {
    for (const feature of data.features) {
      const properties = (feature.properties ?? {}) as Record<string, unknown>;
      const id = String(properties.id ?? feature.id ?? '');
      if (id && !byId.has(id)) byId.set(id, { overlay, feature, properties });
    }
  }
  return { overlays, problems, byId };
}

export const EMPTY_REGISTRY: OverlayRegistry = { overlays: [], problems: [], byId: new Map() };
