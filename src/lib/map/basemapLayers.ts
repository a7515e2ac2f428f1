/**
 * The basemap's sources and layers: the world (Natural Earth 110m, swapped for 50m with first-level
 * subdivisions when zoomed in) under the regional basemap (detailed land, countries, borders,
 * subdivisions, water and cities of its box), with labels that multiply as one zooms in.
 */
import type { FeatureCollection } from 'geojson';
import type { ExpressionSpecification, LayerSpecification, SourceSpecification } from 'maplibre-gl';
import { count, labelPaint, bilingualLabel, selected } from './expressions';
import { labelPoints } from './labelPoints';
import { COLORS, FONT } from './palette';
import { DETAIL_ZOOM, WORLD_FILES, worldFileUrl } from './worldBasemap';

/** The regional basemap's files, by role (validated GeoJSON, loaded by the app). */
export interface RegionalGeo {
  land: FeatureCollection;
  countries: FeatureCollection;
  /** First-level subdivisions, drawn as polygons (shaded by mentions, used for "places inside"). */
  admin1: FeatureCollection;
  borders: FeatureCollection;
  water: FeatureCollection;
  cities: FeatureCollection;
}

const EMPTY: FeatureCollection = { type: 'FeatureCollection', features: [] };

export function basemapSources(regional: RegionalGeo, baseUrl: string, attribution: string): Record<string, SourceSpecification> {
  const src = (data: FeatureCollection | string) => ({ type: 'geojson' as const, data, promoteId: 'id' });
  const sources: Record<string, SourceSpecification> = {};
  // Detail files start empty: MapView loads them when the view needs them (needsWorldDetail).
  for (const { source, tier } of WORLD_FILES) sources[source] = src(tier === 'first' ? worldFileUrl(baseUrl, source) : EMPTY);
  sources['world-land-110m'] = { ...src(worldFileUrl(baseUrl, 'world-land-110m')), attribution };
  Object.assign(sources, {
    'basemap-land': src(regional.land),
    'basemap-countries': src(regional.countries),
    'basemap-borders': src(regional.borders),
    'basemap-water': src(regional.water),
    'basemap-cities': src(regional.cities),
    'basemap-admin1': src(regional.admin1),
    'basemap-admin1-labels': src(labelPoints(regional.admin1)),
  });
  return sources;
}

/** Countries whose subdivisions the regional basemap has (drawn a shade lighter): read from the data. */
export const focusCountries = (regional: RegionalGeo): string[] =>
  [...new Set(regional.admin1.features.map((f) => f.properties?.parent).filter((p): p is string => typeof p === 'string'))].sort();

/** The same layer twice: on the 110m source below DETAIL_ZOOM, on the 50m source from it. */
const byTier = (id110: string, id50: string, layer: Record<string, unknown>): LayerSpecification[] => [
  { ...layer, id: id110, source: id110, maxzoom: DETAIL_ZOOM } as LayerSpecification,
  { ...layer, id: id50, source: id50, minzoom: DETAIL_ZOOM } as LayerSpecification,
];

/** Fills and lines, bottom of the map. */
export function basemapLayers(regional: RegionalGeo): LayerSpecification[] {
  const focus = focusCountries(regional);
  return [
    { id: 'background', type: 'background', paint: { 'background-color': COLORS.sea } },
    ...byTier('world-land-110m', 'world-land-50m', { type: 'fill', paint: { 'fill-color': COLORS.land } }),
    ...byTier('world-countries-110m', 'world-countries-50m', { type: 'fill', paint: { 'fill-color': ['case', ['in', ['get', 'id'], ['literal', focus]], COLORS.focus, COLORS.land] } }),
    { id: 'basemap-land', type: 'fill', source: 'basemap-land', paint: { 'fill-color': COLORS.land } },
    {
      id: 'basemap-countries-fill', type: 'fill', source: 'basemap-countries',
      paint: { 'fill-color': ['case', ['in', ['get', 'id'], ['literal', focus]], COLORS.focus, COLORS.land] },
    },
    admin1CountLayer,
    ...byTier('world-water-110m', 'world-water-50m', { type: 'fill', filter: ['in', ['geometry-type'], ['literal', ['Polygon', 'MultiPolygon']]], paint: { 'fill-color': COLORS.water } })
      .map((l) => ({ ...l, id: `${l.id}-lakes` }) as LayerSpecification),
    ...byTier('world-water-110m', 'world-water-50m', {
      type: 'line', filter: ['in', ['geometry-type'], ['literal', ['LineString', 'MultiLineString']]],
      paint: { 'line-color': COLORS.water, 'line-width': ['interpolate', ['linear'], ['zoom'], 2, 0.5, 9, 2] },
    }).map((l) => ({ ...l, id: `${l.id}-rivers` }) as LayerSpecification),
    {
      id: 'basemap-water-lakes', type: 'fill', source: 'basemap-water',
      filter: ['==', ['geometry-type'], 'Polygon'], paint: { 'fill-color': COLORS.water },
    },
    {
      id: 'basemap-water-rivers', type: 'line', source: 'basemap-water',
      filter: ['==', ['geometry-type'], 'LineString'],
      paint: { 'line-color': COLORS.water, 'line-width': ['interpolate', ['linear'], ['zoom'], 4, 0.6, 9, 2] },
    },
    {
      id: 'world-admin1-lines', type: 'line', source: 'world-admin1-lines', minzoom: DETAIL_ZOOM,
      paint: { 'line-color': COLORS.admin1Border, 'line-width': 0.7, 'line-dasharray': [3, 2] },
    },
    {
      id: 'basemap-borders-admin1', type: 'line', source: 'basemap-borders', filter: ['==', ['get', 'level'], 1],
      paint: { 'line-color': COLORS.admin1Border, 'line-width': 0.8, 'line-dasharray': [3, 2] },
    },
    ...byTier('world-borders-110m', 'world-borders-50m', {
      type: 'line', paint: { 'line-color': COLORS.border, 'line-width': ['interpolate', ['linear'], ['zoom'], 2, 0.6, 9, 2.2] },
    }),
    {
      id: 'basemap-borders-country', type: 'line', source: 'basemap-borders', filter: ['==', ['get', 'level'], 0],
      paint: { 'line-color': COLORS.border, 'line-width': ['interpolate', ['linear'], ['zoom'], 2, 0.6, 9, 2.2] },
    },
  ];
}

/** Subdivisions shaded by their mentions in range; under the water and borders. */
const admin1CountLayer: LayerSpecification = {
  id: 'admin1-counts-fill', type: 'fill', source: 'basemap-admin1',
  paint: {
    'fill-color': '#d97706',
    'fill-opacity': ['case', selected, 0.4, ['<=', count, 0], 0, ['interpolate', ['linear'], count, 1, 0.1, 20, 0.32]],
  },
};

/**
 * Labels: countries, subdivisions (from zoom 4–5; `labelledElsewhere` are ids an overlay labels
 * itself), and cities by size and zoom. A basemap city gives way to a dataset place of its name.
 */
export function basemapLabelLayers(placeNames: string[], labelledElsewhere: string[]): LayerSpecification[] {
  const notAPlace: ExpressionSpecification = ['!', ['in', ['get', 'name'], ['literal', placeNames]]];
  const rank: ExpressionSpecification = ['get', 'rank'];
  // Filters see integer zoom levels: more cities at each level, biggest first.
  const regionalByRank: ExpressionSpecification = ['any', ['<=', rank, 15], ['all', ['>=', ['zoom'], 5], ['<=', rank, 40]],
    ['all', ['>=', ['zoom'], 6], ['<=', rank, 90]], ['>=', ['zoom'], 7]];
  const worldByRank: ExpressionSpecification = ['any', ['<=', rank, 25], ['all', ['>=', ['zoom'], 3], ['<=', rank, 120]],
    ['all', ['>=', ['zoom'], 4], ['<=', rank, 400]], ['>=', ['zoom'], 5]];
  const cityDot = (id: string, source: string, filter: ExpressionSpecification, minzoom = 0): LayerSpecification => ({
    id, type: 'circle', source, minzoom, filter: ['all', filter, notAPlace],
    paint: {
      'circle-radius': ['interpolate', ['linear'], ['get', 'population'], 50_000, 2, 1_000_000, 3.5, 10_000_000, 5],
      'circle-color': '#4b5563', 'circle-stroke-color': COLORS.halo, 'circle-stroke-width': 1,
    },
  });
  const cityLabel = (id: string, source: string, filter: ExpressionSpecification, minzoom = 0): LayerSpecification => ({
    id, type: 'symbol', source, minzoom, filter: ['all', filter, notAPlace],
    layout: {
      'text-field': bilingualLabel, 'text-font': FONT,
      'text-size': ['interpolate', ['linear'], ['get', 'population'], 50_000, 11, 1_000_000, 12.5, 10_000_000, 14],
      'text-anchor': 'top', 'text-offset': [0, 0.5], 'text-max-width': 10, 'text-optional': true,
      'symbol-sort-key': ['get', 'rank'],
    },
    paint: { ...labelPaint, 'text-color': '#374151' },
  });
  const areaLabel = { 'text-font': FONT, 'text-transform': 'uppercase', 'text-letter-spacing': 0.08, 'text-max-width': 8 } as const;
  return [
    {
      id: 'world-country-labels', type: 'symbol', source: 'world-country-labels',
      filter: ['any', ['<=', rank, 30], ['all', ['>=', ['zoom'], 3], ['<=', rank, 90]], ['>=', ['zoom'], 4]],
      layout: { ...areaLabel, 'text-field': ['get', 'name'], 'text-size': ['interpolate', ['linear'], ['zoom'], 2, 10, 6, 13], 'symbol-sort-key': rank },
      paint: { 'text-color': '#6b6158', 'text-halo-color': COLORS.halo, 'text-halo-width': 1.2 },
    },
    {
      id: 'world-admin1-labels', type: 'symbol', source: 'world-admin1-labels', minzoom: DETAIL_ZOOM + 0.5,
      filter: ['any', ['>=', ['get', 'area_km2'], 60_000], ['>=', ['zoom'], 5.5]],
      layout: { ...areaLabel, 'text-field': ['get', 'name'], 'text-size': 10.5, 'symbol-sort-key': ['-', 0, ['get', 'area_km2']] },
      paint: { 'text-color': '#8a7f72', 'text-halo-color': COLORS.halo, 'text-halo-width': 1.2 },
    },
    {
      id: 'basemap-admin1-labels', type: 'symbol', source: 'basemap-admin1-labels', minzoom: 5.5,
      filter: ['!', ['in', ['get', 'id'], ['literal', labelledElsewhere]]],
      layout: { ...areaLabel, 'text-field': ['get', 'name'], 'text-size': 11 },
      paint: { 'text-color': '#8a7f72', 'text-halo-color': COLORS.halo, 'text-halo-width': 1.2 },
    },
    cityDot('world-cities-dot', 'world-cities-major', worldByRank),
    cityLabel('world-cities-label', 'world-cities-major', worldByRank),
    cityDot('world-cities-more-dot', 'world-cities-more', ['<=', rank, 100_000], 5),
    cityLabel('world-cities-more-label', 'world-cities-more', ['<=', rank, 100_000], 5),
    cityDot('basemap-cities-dot', 'basemap-cities', regionalByRank),
    cityLabel('basemap-cities-label', 'basemap-cities', regionalByRank),
  ];
}
