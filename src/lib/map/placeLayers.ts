/**
 * The dataset's places as points sized by their mentions in range, with a symbol per kind
 * (kindSymbols.ts). Places an overlay draws itself, and subdivisions drawn as polygons, are left out.
 */
import type { FeatureCollection, Point } from 'geojson';
import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';
import type { Place } from '../dataset';
import { emphasis, fade, labelPaint, selected, sizeByCount } from './expressions';
import { SYMBOL_COLORS, kindSymbol, type KindSymbol } from './kindSymbols';
import { COLORS, FONT } from './palette';

/**
 * Points for the `places` source: every place except those in `drawnElsewhere` (overlay features,
 * subdivision polygons). `total` (all-time mentions) ranks labels; `symbol` picks the symbol.
 */
export function placePoints(places: readonly Place[], totalOf: (id: string) => number, drawnElsewhere: ReadonlySet<string>): FeatureCollection<Point> {
  return {
    type: 'FeatureCollection',
    features: places
      .filter((p) => !drawnElsewhere.has(p.id))
      .map((p) => ({
        type: 'Feature', id: p.id,
        properties: { id: p.id, name: p.name, kind: p.kind, symbol: kindSymbol(p.kind), total: totalOf(p.id) },
        geometry: { type: 'Point', coordinates: [p.lon, p.lat] },
      })),
  };
}

const bySymbol = (pick: (c: (typeof SYMBOL_COLORS)[KindSymbol]) => string | number): ExpressionSpecification =>
  ['match', ['get', 'symbol'], ...Object.entries(SYMBOL_COLORS).flatMap(([symbol, c]) => [symbol, pick(c)]), pick(SYMBOL_COLORS.other)] as unknown as ExpressionSpecification;

export function placeLayers(): LayerSpecification[] {
  const isArea: ExpressionSpecification = ['==', ['get', 'symbol'], 'area'];
  return [
    {
      id: 'places-circle', type: 'circle', source: 'places',
      paint: {
        'circle-color': bySymbol((c) => c.fill),
        'circle-radius': ['+', ['case', isArea, sizeByCount(7, 20), sizeByCount(3.5, 14)], emphasis(0, 1.5, 2.5)],
        'circle-opacity': ['*', bySymbol((c) => c.fillOpacity), fade(1, 0.3)],
        'circle-stroke-color': ['case', selected, COLORS.label, bySymbol((c) => c.ring)],
        'circle-stroke-width': ['case', isArea, emphasis(2, 2.5, 3), emphasis(1.2, 2, 2.5)],
        'circle-stroke-opacity': fade(1, 0.4),
      },
    },
    {
      id: 'places-label', type: 'symbol', source: 'places', minzoom: 3,
      layout: {
        'text-field': ['get', 'name'], 'text-font': FONT, 'text-size': 12,
        'text-anchor': 'left', 'text-offset': [0.9, 0], 'text-max-width': 9, 'text-optional': true,
        // Places mentioned more win label collisions (layout cannot read feature-state).
        'symbol-sort-key': ['-', 0, ['get', 'total']],
      },
      paint: { ...labelPaint, 'text-color': bySymbol((c) => (c.fill)), 'text-opacity': fade(1, 0.45) },
    },
  ];
}
