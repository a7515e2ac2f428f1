/**
 * The story's overlay features (the corpus's own layers: a river, a city, a dam, annexation
 * claims) by id. Their properties hold the facts the map's info box shows (dates, ISO codes), and
 * their ids are selectable on the map like the dataset's places.
 */
import type { FeatureCollection } from 'geojson';

export type OverlayFacts = Record<string, unknown>;

export function overlayFeaturesById(layers: readonly FeatureCollection[]): Map<string, OverlayFacts> {
  const byId = new Map<string, OverlayFacts>();
  for (const layer of layers) {
    for (const feature of layer.features) if (feature.properties?.id) byId.set(String(feature.properties.id), feature.properties);
  }
  return byId;
}
