/** Label points for polygons and lines: the file's own label point when it has one, else a point on the feature. */
import type { FeatureCollection } from 'geojson';
import { pointOnFeature } from '@turf/turf';

export function labelPoints(fc: FeatureCollection, extra: (p: Record<string, unknown>) => Record<string, unknown> = () => ({})): FeatureCollection {
  return {
    type: 'FeatureCollection',
    features: fc.features.map((f) => {
      const p = f.properties ?? {};
      const coordinates = typeof p.label_lon === 'number' && typeof p.label_lat === 'number'
        ? [p.label_lon, p.label_lat]
        : pointOnFeature(f).geometry.coordinates;
      return { type: 'Feature', id: f.id, properties: { ...p, ...extra(p) }, geometry: { type: 'Point', coordinates } };
    }),
  };
}
