/**
 * The MapLibre style, built in code from the GeoJSON in geo/: no remote style, tiles, glyphs or
 * sprites. Without a `glyphs` URL MapLibre (≥ 5.11) draws labels with the page's fonts, so the
 * bundled Noto Sans (Latin + Cyrillic) is named in `text-font`.
 *
 * Pure: takes the already-loaded, validated GeoJSON and returns a style object.
 */
import type { FeatureCollection, Point } from 'geojson';
import type { Place } from '../dataset';
import { pointOnFeature } from '@turf/turf';
import { formatDay } from '../format';
import type {
  ExpressionSpecification,
  LayerSpecification,
  StyleSpecification,
} from 'maplibre-gl';

export const FONT = ['Noto Sans'];

/** The geo files the map needs, by role. */
export interface MapGeoData {
  land: FeatureCollection;
  countries: FeatureCollection;
  oblasts: FeatureCollection;
  borders: FeatureCollection;
  water: FeatureCollection;
  cities: FeatureCollection;
  dnipro: FeatureCollection;
  kherson: FeatureCollection;
  novaKakhovka: FeatureCollection;
  kakhovkaDam: FeatureCollection;
  annexedOblasts: FeatureCollection;
}

export const COLORS = {
  sea: '#c9dfec',
  land: '#eceae4',
  ukraine: '#fbfaf5',
  border: '#6f655b',
  oblastBorder: '#b3a89b',
  water: '#9cc3dc',
  river: '#1d6fb8',
  kherson: '#c2410c',
  novaKakhovka: '#0f766e',
  dam: '#1f2937',
  claim2022: '#b91c1c',
  claim2014: '#6d28d9',
  place: '#1e40af',
  label: '#1f2328',
  halo: '#ffffff',
} as const;

/** A legend entry: one checkbox that hides/shows every style layer in `layers`. */
export interface LayerGroup {
  name: 'dnipro' | 'kherson' | 'nova-kakhovka' | 'kakhovka-dam' | 'annexed-oblasts';
  label: string;
  layers: string[];
  /** Layers that respond to hover and click. */
  interactive: string[];
}

export const LAYER_GROUPS: LayerGroup[] = [
  { name: 'annexed-oblasts', label: 'Annexed oblasts (claimed by Russia)', layers: ['annexed-oblasts-fill', 'annexed-oblasts-hatch', 'annexed-oblasts-outline', 'annexed-oblasts-label'], interactive: ['annexed-oblasts-fill'] },
  { name: 'dnipro', label: 'Dnipro river', layers: ['dnipro-casing', 'dnipro-line', 'dnipro-label'], interactive: ['dnipro-line'] },
  { name: 'kakhovka-dam', label: 'Kakhovka Dam', layers: ['kakhovka-dam-line', 'kakhovka-dam-symbol'], interactive: ['kakhovka-dam-line', 'kakhovka-dam-symbol'] },
  { name: 'kherson', label: 'Kherson city', layers: ['kherson-circle', 'kherson-label'], interactive: ['kherson-circle', 'kherson-label'] },
  { name: 'nova-kakhovka', label: 'Nova Kakhovka', layers: ['nova-kakhovka-circle', 'nova-kakhovka-label'], interactive: ['nova-kakhovka-circle', 'nova-kakhovka-label'] },
];

/** Selectable layers: the commissioned ones, plus dataset places and oblasts shaded by mentions. */
export const INTERACTIVE_LAYERS = [...LAYER_GROUPS.flatMap((g) => g.interactive), 'places-circle', 'places-label', 'oblast-counts-fill'];

/** The initial view: southern and eastern Ukraine, Crimea to Luhansk, Odesa to Kharkiv. */
export const INITIAL_BOUNDS: [[number, number], [number, number]] = [[29.6, 44.3], [40.3, 50.2]];

const hovered: ExpressionSpecification = ['boolean', ['feature-state', 'hover'], false];
const selected: ExpressionSpecification = ['boolean', ['feature-state', 'selected'], false];
const emphasis = (normal: number, hover: number, sel: number): ExpressionSpecification =>
  ['case', selected, sel, hovered, hover, normal];
/** Mentions of the feature in the current date range (feature-state, so a range change restyles
 *  without touching the sources). Absent until the app has counted: treat as unknown, not zero. */
const count: ExpressionSpecification = ['to-number', ['coalesce', ['feature-state', 'count'], -1]];
/** Places with no mention in range fade rather than vanish. */
const fade = (shown: number, faded: number): ExpressionSpecification => ['case', ['==', count, 0], faded, shown];
/** Symbol size grows with the square root of the count (area ∝ count). */
const sizeByCount = (min: number, max: number): ExpressionSpecification =>
  ['interpolate', ['linear'], ['sqrt', ['max', count, 0]], 0, min, 6, max];

/** English name over the Ukrainian one, when they differ: labels in Latin and Cyrillic. */
const bilingualLabel: ExpressionSpecification = [
  'case',
  ['all', ['has', 'name_uk'], ['!=', ['get', 'name_uk'], ['get', 'name']]],
  ['format', ['get', 'name'], {}, '\n', {}, ['get', 'name_uk'], { 'font-scale': 0.8 }],
  ['get', 'name'],
];

const labelPaint = { 'text-color': COLORS.label, 'text-halo-color': COLORS.halo, 'text-halo-width': 1.6 };

const placesNames = (places: FeatureCollection<Point>): string[] => places.features.map((f) => String(f.properties?.name));

function basemapLayers(): LayerSpecification[] {
  return [
    { id: 'background', type: 'background', paint: { 'background-color': COLORS.sea } },
    { id: 'basemap-land', type: 'fill', source: 'basemap-land', paint: { 'fill-color': COLORS.land } },
    {
      id: 'basemap-countries-fill', type: 'fill', source: 'basemap-countries',
      paint: { 'fill-color': ['case', ['==', ['get', 'iso'], 'UA'], COLORS.ukraine, COLORS.land] },
    },
    oblastCountLayer,
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
      id: 'basemap-borders-oblast', type: 'line', source: 'basemap-borders', filter: ['==', ['get', 'level'], 1],
      paint: { 'line-color': COLORS.oblastBorder, 'line-width': 0.8, 'line-dasharray': [3, 2] },
    },
    {
      id: 'basemap-borders-country', type: 'line', source: 'basemap-borders', filter: ['==', ['get', 'level'], 0],
      paint: { 'line-color': COLORS.border, 'line-width': ['interpolate', ['linear'], ['zoom'], 4, 1, 9, 2.2] },
    },
  ];
}

/** Basemap city dots and labels give way to the dataset's own place symbols of the same name. */
function basemapLabelLayers(placeNames: string[], annexedIds: string[]): LayerSpecification[] {
  const notAPlace: ExpressionSpecification = ['!', ['in', ['get', 'name'], ['literal', placeNames]]];
  // More cities as one zooms in, biggest first (filters evaluate zoom at integer levels).
  const rank: ExpressionSpecification = ['get', 'rank'];
  const byRank: ExpressionSpecification = ['any', ['<=', rank, 15],
    ['all', ['>=', ['zoom'], 5], ['<=', rank, 40]],
    ['all', ['>=', ['zoom'], 6], ['<=', rank, 90]],
    ['>=', ['zoom'], 7]];
  return [
    {
      id: 'basemap-oblast-labels', type: 'symbol', source: 'basemap-oblast-labels', minzoom: 5.5,
      // The annexation overlay labels those oblasts itself, with the claim date.
      filter: ['!', ['in', ['get', 'id'], ['literal', annexedIds]]],
      layout: {
        'text-field': ['get', 'name'], 'text-font': FONT, 'text-size': 11,
        'text-transform': 'uppercase', 'text-letter-spacing': 0.08, 'text-max-width': 8,
      },
      paint: { 'text-color': '#8a7f72', 'text-halo-color': COLORS.halo, 'text-halo-width': 1.2 },
    },
    {
      id: 'basemap-cities-dot', type: 'circle', source: 'basemap-cities',
      filter: ['all', byRank, notAPlace],
      paint: {
        'circle-radius': ['interpolate', ['linear'], ['get', 'population'], 50_000, 2, 1_000_000, 4.5, 3_000_000, 6],
        'circle-color': '#4b5563', 'circle-stroke-color': COLORS.halo, 'circle-stroke-width': 1,
      },
    },
    {
      id: 'basemap-cities-label', type: 'symbol', source: 'basemap-cities',
      filter: ['all', byRank, notAPlace],
      layout: {
        'text-field': bilingualLabel, 'text-font': FONT,
        'text-size': ['interpolate', ['linear'], ['get', 'population'], 50_000, 11, 1_000_000, 13.5],
        'text-anchor': 'top', 'text-offset': [0, 0.5], 'text-max-width': 10,
        // Bigger cities win label collisions.
        'symbol-sort-key': ['get', 'rank'],
      },
      paint: { ...labelPaint, 'text-color': '#374151' },
    },
  ];
}

/** Oblasts shaded by their mentions in range; under the water and borders. */
const oblastCountLayer: LayerSpecification = {
  id: 'oblast-counts-fill', type: 'fill', source: 'basemap-oblasts',
  paint: {
    'fill-color': '#d97706',
    'fill-opacity': ['case', selected, 0.4, ['<=', count, 0], 0,
      ['interpolate', ['linear'], count, 1, 0.1, 20, 0.32]],
  },
};

/** Every other mentioned place, as a point sized by its mentions in range. */
function placeLayers(): LayerSpecification[] {
  return [
    {
      id: 'places-circle', type: 'circle', source: 'places',
      paint: {
        'circle-color': COLORS.place,
        'circle-radius': ['+', sizeByCount(3.5, 14), emphasis(0, 1.5, 2.5)],
        'circle-opacity': fade(0.85, 0.25),
        'circle-stroke-color': ['case', selected, COLORS.label, COLORS.halo],
        'circle-stroke-width': emphasis(1.2, 2, 2.5),
        'circle-stroke-opacity': fade(1, 0.4),
      },
    },
    {
      id: 'places-label', type: 'symbol', source: 'places', minzoom: 5,
      layout: {
        'text-field': ['get', 'name'], 'text-font': FONT, 'text-size': 12,
        'text-anchor': 'left', 'text-offset': [0.9, 0], 'text-max-width': 9, 'text-optional': true,
        // Places mentioned more win label collisions (layout cannot read feature-state).
        'symbol-sort-key': ['-', 0, ['get', 'total']],
      },
      paint: { ...labelPaint, 'text-color': COLORS.place, 'text-opacity': fade(1, 0.45) },
    },
  ];
}

function commissionedLayers(): LayerSpecification[] {
  return [
    // Annexation claims: an overlay (translucent fill + hatch + dashed outline), not a border change.
    {
      id: 'annexed-oblasts-fill', type: 'fill', source: 'annexed-oblasts',
      paint: {
        'fill-color': ['match', ['get', 'claim'], '2014', COLORS.claim2014, COLORS.claim2022],
        'fill-opacity': emphasis(0.1, 0.22, 0.28),
      },
    },
    {
      id: 'annexed-oblasts-hatch', type: 'fill', source: 'annexed-oblasts',
      paint: {
        'fill-pattern': ['match', ['get', 'claim'], '2014', 'hatch-2014', 'hatch-2022'],
        'fill-opacity': 0.55,
      },
    },
    {
      id: 'annexed-oblasts-outline', type: 'line', source: 'annexed-oblasts',
      paint: {
        'line-color': ['match', ['get', 'claim'], '2014', COLORS.claim2014, COLORS.claim2022],
        'line-width': emphasis(1.6, 2.6, 3.2),
        'line-dasharray': [4, 2],
      },
    },
    {
      id: 'annexed-oblasts-label', type: 'symbol', source: 'annexed-oblasts-labels',
      layout: {
        'text-field': ['format', ['get', 'name'], {}, '\n', {}, ['concat', 'claimed ', ['get', 'annexedLabel']], { 'font-scale': 0.8 }],
        'text-font': FONT, 'text-size': 11.5, 'text-max-width': 9,
      },
      paint: { ...labelPaint, 'text-color': ['match', ['get', 'claim'], '2014', COLORS.claim2014, COLORS.claim2022] },
    },
    {
      id: 'dnipro-casing', type: 'line', source: 'dnipro',
      layout: { 'line-cap': 'round', 'line-join': 'round' },
      paint: { 'line-color': COLORS.halo, 'line-width': ['interpolate', ['linear'], ['zoom'], 4, 4.5, 10, 10] },
    },
    {
      id: 'dnipro-line', type: 'line', source: 'dnipro',
      layout: { 'line-cap': 'round', 'line-join': 'round' },
      paint: {
        'line-color': COLORS.river,
        'line-opacity': fade(1, 0.5),
        'line-width': ['interpolate', ['linear'], ['zoom'], 4, emphasis(2.5, 4, 5), 10, emphasis(6, 8, 9)],
      },
    },
    {
      id: 'dnipro-label', type: 'symbol', source: 'dnipro',
      layout: {
        'symbol-placement': 'line', 'symbol-spacing': 320, 'text-field': bilingualLabel,
        'text-font': FONT, 'text-size': 13, 'text-letter-spacing': 0.1, 'text-offset': [0, -1],
      },
      paint: { ...labelPaint, 'text-color': COLORS.river },
    },
    ...cityLayers('kherson', COLORS.kherson, 7),
    ...cityLayers('nova-kakhovka', COLORS.novaKakhovka, 6),
    // The dam sits 1.5 km from Nova Kakhovka's centre: drawn above the city symbols, its icon
    // nudged east so both stay visible at regional zoom.
    {
      id: 'kakhovka-dam-line', type: 'line', source: 'kakhovka-dam',
      layout: { 'line-cap': 'butt' },
      paint: { 'line-color': COLORS.dam, 'line-width': ['interpolate', ['linear'], ['zoom'], 5, emphasis(5, 7, 8), 10, emphasis(9, 12, 13)] },
    },
    {
      // A point symbol: at regional zoom the 3 km line is too short for line placement.
      id: 'kakhovka-dam-symbol', type: 'symbol', source: 'kakhovka-dam-point',
      layout: {
        'icon-image': 'dam-icon', 'icon-allow-overlap': true,
        'icon-offset': ['interpolate', ['linear'], ['zoom'], 6, ['literal', [14, 10]], 9, ['literal', [0, 0]]],
        'text-field': ['format', ['get', 'name'], {}, '\n', {}, 'destroyed 6 Jun 2023', { 'font-scale': 0.8 }],
        'text-font': FONT, 'text-size': 12, 'text-anchor': 'left', 'text-offset': ['interpolate', ['linear'], ['zoom'], 6, ['literal', [2.2, 0.8]], 9, ['literal', [1.4, 0]]],
        'text-rotation-alignment': 'viewport', 'icon-rotation-alignment': 'viewport', 'text-optional': true,
      },
      paint: { ...labelPaint, 'text-color': COLORS.dam },
    },
  ];
}

function cityLayers(name: 'kherson' | 'nova-kakhovka', color: string, radius: number): LayerSpecification[] {
  return [
    {
      id: `${name}-circle`, type: 'circle', source: name,
      paint: {
        'circle-color': color,
        'circle-radius': ['+', sizeByCount(radius, radius + 10), emphasis(0, 2, 3)],
        'circle-opacity': fade(1, 0.45),
        'circle-stroke-color': ['case', selected, COLORS.label, COLORS.halo],
        'circle-stroke-width': emphasis(2, 2.5, 3),
      },
    },
    {
      id: `${name}-label`, type: 'symbol', source: name,
      layout: {
        'text-field': bilingualLabel, 'text-font': FONT, 'text-size': 14,
        'text-anchor': name === 'kherson' ? 'right' : 'bottom-left',
        'text-offset': name === 'kherson' ? [-0.9, 0] : [0.5, -0.3],
        'text-allow-overlap': true,
      },
      paint: { ...labelPaint, 'text-color': color, 'text-halo-width': 2, 'text-opacity': fade(1, 0.55) },
    },
  ];
}

/** Label points for polygons and lines: Natural Earth's label point when the file has one, else a point on the feature. */
function labelPoints(fc: FeatureCollection, extra: (p: Record<string, unknown>) => Record<string, unknown> = () => ({})): FeatureCollection {
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

/** Places the commissioned layers already draw, by their fixed ids. */
export const COMMISSIONED_IDS = new Set(['dnipro', 'kherson', 'nova-kakhovka', 'kakhovka-dam']);

/**
 * The dataset's places as points for the `places` source: every mentioned place except those drawn
 * by their own layer (the commissioned ones) or as a polygon (oblasts in `oblastIds`).
 * `total` (all-time mentions) ranks labels.
 */
export function placePoints(places: readonly Place[], totalOf: (id: string) => number, oblastIds: ReadonlySet<string>): FeatureCollection<Point> {
  return {
    type: 'FeatureCollection',
    features: places
      .filter((p) => !COMMISSIONED_IDS.has(p.id) && !oblastIds.has(p.id))
      .map((p) => ({
        type: 'Feature', id: p.id,
        properties: { id: p.id, name: p.name, kind: p.kind, total: totalOf(p.id) },
        geometry: { type: 'Point', coordinates: [p.lon, p.lat] },
      })),
  };
}

export function buildStyle(geo: MapGeoData, places: FeatureCollection<Point> = { type: 'FeatureCollection', features: [] }): StyleSpecification {
  const src = (data: FeatureCollection) => ({ type: 'geojson' as const, data, promoteId: 'id' });
  // Credits are links for the reader to follow (nothing is fetched from these hosts).
  const link = (href: string, text: string) => `<a href="${href}" target="_blank" rel="noopener noreferrer">${text}</a>`;
  const attribution = `Borders, land and water: ${link('https://www.naturalearthdata.com/', 'Natural Earth')} · Places: ${link('https://www.geonames.org/', 'GeoNames')} (CC BY 4.0)`;
  return {
    version: 8,
    name: 'Placeline',
    sources: {
      'basemap-land': { ...src(geo.land), attribution },
      'basemap-countries': src(geo.countries),
      'basemap-borders': src(geo.borders),
      'basemap-water': src(geo.water),
      'basemap-cities': src(geo.cities),
      'basemap-oblast-labels': src(labelPoints(geo.oblasts)),
      'basemap-oblasts': src(geo.oblasts),
      places: src(places),
      dnipro: src(geo.dnipro),
      kherson: src(geo.kherson),
      'nova-kakhovka': src(geo.novaKakhovka),
      'kakhovka-dam': src(geo.kakhovkaDam),
      'kakhovka-dam-point': src(labelPoints(geo.kakhovkaDam)),
      'annexed-oblasts': src(geo.annexedOblasts),
      'annexed-oblasts-labels': src(labelPoints(geo.annexedOblasts, (p) => ({
        annexedLabel: typeof p.annexed === 'string' ? formatDay(p.annexed) : '',
      }))),
    },
    layers: [
      ...basemapLayers(),
      ...commissionedLayers().slice(0, 4),
      ...basemapLabelLayers(placesNames(places), geo.annexedOblasts.features.map((f) => String(f.properties?.id))),
      ...placeLayers(),
      ...commissionedLayers().slice(4),
    ],
  };
}
