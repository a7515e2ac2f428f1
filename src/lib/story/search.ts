/**
 * Overlay features as search entries: the search finds an overlay's features (a dam, a claimed
 * area) even when no article mentions them, by their name and their names in other languages.
 * Features that are dataset places already are left to the dataset's own entry.
 */
import { pointOnFeature } from '@turf/turf';
import { PLACE_KINDS, type Place, type PlaceKind } from '../dataset';
import type { OverlayRegistry } from './registry';

const isPlaceKind = (kind: unknown): kind is PlaceKind => typeof kind === 'string' && (PLACE_KINDS as readonly string[]).includes(kind);

export function overlaySearchPlaces(registry: OverlayRegistry, isDatasetPlace: (id: string) => boolean): Place[] {
  const out: Place[] = [];
  for (const [id, { feature, properties }] of registry.byId) {
    if (isDatasetPlace(id) || typeof properties.name !== 'string') continue;
    const [lon, lat] = pointOnFeature(feature).geometry.coordinates;
    const names = Object.entries(properties)
      .filter(([key, value]) => key.startsWith('name_') && typeof value === 'string')
      .map(([, value]) => value as string);
    out.push({ id, name: properties.name, kind: isPlaceKind(properties.kind) ? properties.kind : 'region', lon, lat, names });
  }
  return out;
}
