/**
 * The MapLibre style, built in code: the basemap (world + regional), the story's overlays and the
 * dataset's places. No remote style, tiles, glyphs or sprites; without a `glyphs` URL MapLibre
 * (≥ 5.11) draws labels with the page's fonts. Pure: takes loaded, validated GeoJSON.
 */
import type { FeatureCollection, Point } from 'geojson';
import type { LayerSpecification, StyleSpecification } from 'maplibre-gl';
import type { OverlayRegistry } from '../story/index';
import { basemapLabelLayers, basemapLayers, basemapSources, type RegionalGeo } from './basemapLayers';
import { AS_OF } from './expressions';
import { overlayLayers, overlaySources } from './overlayLayers';
import { placeLayers } from './placeLayers';

export interface StyleInput {
  regional: RegionalGeo;
  registry: OverlayRegistry;
  places: FeatureCollection<Point>;
  /** The app's base URL (where static/basemap/ is served). */
  baseUrl: string;
  /** The day overlays are drawn as of, initially. */
  asOf: string;
}

// Credits are links for the reader to follow (nothing is fetched from these hosts).
const link = (href: string, text: string) => `<a href="${href}" target="_blank" rel="noopener noreferrer">${text}</a>`;
const ATTRIBUTION = `Borders, land and water: ${link('https://www.naturalearthdata.com/', 'Natural Earth')} · Places: ${link('https://www.geonames.org/', 'GeoNames')}, ${link('https://simplemaps.com/data/world-cities', 'SimpleMaps')} (CC BY 4.0)`;

/** Layers that respond to hover and click: overlays', the places' and the subdivisions'. */
export function interactiveLayers(registry: OverlayRegistry): string[] {
  return [...registry.overlays.flatMap(({ overlay }) => overlayLayers(overlay).interactive), 'places-circle', 'places-label', 'admin1-counts-fill'];
}

export function buildStyle({ regional, registry, places, baseUrl, asOf }: StyleInput): StyleSpecification {
  const sets = registry.overlays.map(({ overlay }) => overlayLayers(overlay));
  const labelledByOverlay = registry.overlays
    .filter(({ overlay }) => overlay.style === 'area' || overlay.style === 'hatched-area')
    .flatMap(({ data }) => data.features.map((f) => String(f.properties?.id ?? f.id)));
  const placeNames = places.features.map((f) => String(f.properties?.name));
  const layers: LayerSpecification[] = [
    ...basemapLayers(regional),
    ...sets.flatMap((s) => s.below),
    ...basemapLabelLayers(placeNames, labelledByOverlay),
    ...placeLayers(),
    ...sets.flatMap((s) => s.above),
  ];
  return {
    version: 8,
    name: 'Placeline',
    state: { [AS_OF]: { default: asOf } },
    sources: {
      ...basemapSources(regional, baseUrl, ATTRIBUTION),
      places: { type: 'geojson', data: places, promoteId: 'id' },
      ...Object.assign({}, ...registry.overlays.map(({ overlay, data }) => overlaySources(overlay, data))),
    },
    layers,
  };
}
