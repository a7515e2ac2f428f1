/**
 * A story overlay's style layers, by its preset. Every source and layer id starts with the
 * overlay's name (`<name>-fill`, `<name>-line` …). Dated facts act through the global `asOf`
 * state: an `appears` fact filters the feature out before its date (so queryRenderedFeatures does
 * not return it), an `ends` fact draws it as ended from its date (the `<name>-ended` marker).
 */
import type { FeatureCollection } from 'geojson';
import type { ExpressionSpecification, FilterSpecification, LayerSpecification, SourceSpecification } from 'maplibre-gl';
import type { StoryOverlay } from '../story/index';
import { formatFactDate } from '../story/index';
import { bilingualLabel, emphasis, fade, happened, labelPaint, notBefore, selected, sizeByCount } from './expressions';
import { labelPoints } from './labelPoints';
import { COLORS, ENDED_ICON, FONT, STRUCTURE_ICON, hatchImageId } from './palette';

export interface OverlayLayerSet {
  /** Drawn under the basemap's labels (fills, hatches, outlines). */
  below: LayerSpecification[];
  /** Drawn above everything else (lines, symbols, labels). */
  above: LayerSpecification[];
  /** Layers that respond to hover and click. */
  interactive: string[];
}

/** A point label's anchor and offset (ems) for each side of its symbol. */
const LABEL_SIDES: Record<StoryOverlay['labelSide'], { 'text-anchor': 'left' | 'right' | 'bottom-left' | 'top'; 'text-offset': [number, number] }> = {
  right: { 'text-anchor': 'left', 'text-offset': [1.1, 0] },
  left: { 'text-anchor': 'right', 'text-offset': [-1.1, 0] },
  above: { 'text-anchor': 'bottom-left', 'text-offset': [0.5, -0.3] },
  below: { 'text-anchor': 'top', 'text-offset': [0, 1.1] },
};

/** The feature is drawn as of the as-of day: every `appears` fact has happened. */
function appearsFilter(overlay: StoryOverlay): FilterSpecification | undefined {
  const appears = overlay.facts.filter((f) => f.effect === 'appears');
  if (!appears.length) return undefined;
  return ['all', ...appears.map((f) => notBefore(f.property))] as FilterSpecification;
}

const withFilter = (filter: FilterSpecification | undefined, extra?: FilterSpecification): { filter?: FilterSpecification } => {
  const parts = [filter, extra].filter((p): p is FilterSpecification => !!p);
  return parts.length === 0 ? {} : { filter: parts.length === 1 ? parts[0] : (['all', ...parts] as FilterSpecification) };
};

const endsFact = (overlay: StoryOverlay) => overlay.facts.find((f) => f.effect === 'ends');
const appearsFact = (overlay: StoryOverlay) => overlay.facts.find((f) => f.effect === 'appears' && f.short);

/** The overlay's colour for a feature: `colorBy` values, else its colour. */
function colorOf(overlay: StoryOverlay): ExpressionSpecification | string {
  if (!overlay.colorBy) return overlay.color;
  const pairs = Object.entries(overlay.colorBy.values).flat();
  return ['match', ['to-string', ['get', overlay.colorBy.property]], ...pairs, overlay.color] as ExpressionSpecification;
}

function hatchOf(overlay: StoryOverlay): ExpressionSpecification | string {
  if (!overlay.colorBy) return hatchImageId(overlay.color, false);
  const pairs = Object.entries(overlay.colorBy.values).flatMap(([value, color]) => [value, hatchImageId(color, true)]);
  return ['match', ['to-string', ['get', overlay.colorBy.property]], ...pairs, hatchImageId(overlay.color, false)] as ExpressionSpecification;
}

/** Pattern images an overlay needs (for MapView to draw). */
export function overlayImages(overlay: StoryOverlay): { id: string; color: string; cross: boolean }[] {
  if (overlay.style !== 'hatched-area') return [];
  return [{ id: hatchImageId(overlay.color, false), color: overlay.color, cross: false },
    ...Object.values(overlay.colorBy?.values ?? {}).map((color) => ({ id: hatchImageId(color, true), color, cross: true }))];
}

/** Sources for one overlay: its features, plus label points for areas and structures. */
export function overlaySources(overlay: StoryOverlay, data: FeatureCollection): Record<string, SourceSpecification> {
  const src = (d: FeatureCollection) => ({ type: 'geojson' as const, data: d, promoteId: 'id' });
  const sources: Record<string, SourceSpecification> = { [overlay.name]: src(data) };
  const labelled = appearsFact(overlay) ?? endsFact(overlay);
  const extra = (p: Record<string, unknown>) => {
    const value = labelled ? p[labelled.property] : undefined;
    return { fact_label: labelled && value !== undefined ? `${labelled.short ?? labelled.label.toLowerCase()} ${formatFactDate(String(value))}` : '' };
  };
  if (overlay.style === 'area' || overlay.style === 'hatched-area') sources[`${overlay.name}-labels`] = src(labelPoints(data, extra));
  if (overlay.style === 'structure') sources[`${overlay.name}-point`] = src(labelPoints(data, extra));
  return sources;
}

export function overlayLayers(overlay: StoryOverlay): OverlayLayerSet {
  const { name } = overlay;
  const color = colorOf(overlay);
  const shown = appearsFilter(overlay);
  switch (overlay.style) {
    case 'area':
    case 'hatched-area': {
      const below: LayerSpecification[] = [
        { id: `${name}-fill`, type: 'fill', source: name, ...withFilter(shown), paint: { 'fill-color': color, 'fill-opacity': emphasis(0.1, 0.22, 0.28) } },
        ...(overlay.style === 'hatched-area'
          ? [{ id: `${name}-hatch`, type: 'fill', source: name, ...withFilter(shown), paint: { 'fill-pattern': hatchOf(overlay), 'fill-opacity': 0.55 } } as LayerSpecification]
          : []),
        { id: `${name}-outline`, type: 'line', source: name, ...withFilter(shown), paint: { 'line-color': color, 'line-width': emphasis(1.6, 2.6, 3.2), 'line-dasharray': [4, 2] } },
        {
          id: `${name}-label`, type: 'symbol', source: `${name}-labels`, ...withFilter(shown),
          layout: {
            'text-field': ['case', ['!=', ['get', 'fact_label'], ''], ['format', ['get', 'name'], {}, '\n', {}, ['get', 'fact_label'], { 'font-scale': 0.8 }], ['get', 'name']],
            'text-font': FONT, 'text-size': 11.5, 'text-max-width': 9,
          },
          paint: { ...labelPaint, 'text-color': color },
        },
      ];
      return { below, above: [], interactive: [`${name}-fill`] };
    }
    case 'river':
    case 'line': {
      const width = overlay.style === 'river' ? [2.5, 6] : [2, 4];
      return {
        below: [],
        above: [
          ...(overlay.style === 'river' ? [{
            id: `${name}-casing`, type: 'line', source: name, ...withFilter(shown),
            layout: { 'line-cap': 'round', 'line-join': 'round' },
            paint: { 'line-color': COLORS.halo, 'line-width': ['interpolate', ['linear'], ['zoom'], 4, 4.5, 10, 10] },
          } as LayerSpecification] : []),
          {
            id: `${name}-line`, type: 'line', source: name, ...withFilter(shown),
            layout: { 'line-cap': 'round', 'line-join': 'round' },
            paint: {
              'line-color': color, 'line-opacity': fade(1, 0.5),
              'line-width': ['interpolate', ['linear'], ['zoom'], 4, emphasis(width[0], width[0] + 1.5, width[0] + 2.5), 10, emphasis(width[1], width[1] + 2, width[1] + 3)],
            },
          },
          {
            id: `${name}-label`, type: 'symbol', source: name, ...withFilter(shown),
            layout: { 'symbol-placement': 'line', 'symbol-spacing': 320, 'text-field': bilingualLabel, 'text-font': FONT, 'text-size': 13, 'text-letter-spacing': 0.1, 'text-offset': [0, -1] },
            paint: { ...labelPaint, 'text-color': color },
          },
        ],
        interactive: [`${name}-line`],
      };
    }
    case 'point':
      return {
        below: [],
        above: [
          {
            id: `${name}-circle`, type: 'circle', source: name, ...withFilter(shown),
            paint: {
              'circle-color': color, 'circle-radius': ['+', sizeByCount(7, 17), emphasis(0, 2, 3)], 'circle-opacity': fade(1, 0.45),
              'circle-stroke-color': ['case', selected, COLORS.label, COLORS.halo], 'circle-stroke-width': emphasis(2, 2.5, 3),
            },
          },
          {
            id: `${name}-label`, type: 'symbol', source: name, ...withFilter(shown),
            layout: { 'text-field': bilingualLabel, 'text-font': FONT, 'text-size': 14, ...LABEL_SIDES[overlay.labelSide], 'text-optional': true },
            paint: { ...labelPaint, 'text-color': color, 'text-halo-width': 2, 'text-opacity': fade(1, 0.55) },
          },
        ],
        interactive: [`${name}-circle`, `${name}-label`],
      };
    case 'structure': {
      const ends = endsFact(overlay);
      const ended: ExpressionSpecification = ends ? happened(ends.property) : ['literal', false];
      return {
        below: [],
        above: [
          {
            id: `${name}-line`, type: 'line', source: name, ...withFilter(shown),
            layout: { 'line-cap': 'butt' },
            paint: {
              'line-color': color,
              // Ended (destroyed): broken into dashes; intact: solid.
              'line-dasharray': ['case', ended, ['literal', [1, 0.8]], ['literal', [1, 0]]],
              'line-width': ['interpolate', ['linear'], ['zoom'], 5, emphasis(5, 7, 8), 10, emphasis(9, 12, 13)],
            },
          },
          {
            // A point symbol: at regional zoom a structure's line is too short for line placement.
            id: `${name}-symbol`, type: 'symbol', source: `${name}-point`, ...withFilter(shown),
            layout: {
              'icon-image': STRUCTURE_ICON, 'icon-allow-overlap': true,
              'icon-offset': ['interpolate', ['linear'], ['zoom'], 6, ['literal', [14, 10]], 9, ['literal', [0, 0]]],
              'text-field': ['case', ended, ['format', ['get', 'name'], {}, '\n', {}, ['get', 'fact_label'], { 'font-scale': 0.8 }], ['get', 'name']],
              'text-font': FONT, 'text-size': 12, 'text-anchor': 'left',
              'text-offset': ['interpolate', ['linear'], ['zoom'], 6, ['literal', [2.2, 0.8]], 9, ['literal', [1.4, 0]]],
              'text-rotation-alignment': 'viewport', 'icon-rotation-alignment': 'viewport', 'text-optional': true,
            },
            paint: { ...labelPaint, 'text-color': color },
          },
          ...(ends ? [{
            // The "ended" marker: a red cross over the structure from its end date on.
            id: `${name}-ended`, type: 'symbol', source: `${name}-point`, ...withFilter(shown, happened(ends.property) as FilterSpecification),
            layout: { 'icon-image': ENDED_ICON, 'icon-allow-overlap': true, 'icon-ignore-placement': true,
              'icon-offset': ['interpolate', ['linear'], ['zoom'], 6, ['literal', [14, 10]], 9, ['literal', [0, 0]]] },
          } as LayerSpecification] : []),
        ],
        interactive: [`${name}-line`, `${name}-symbol`],
      };
    }
  }
}

/** Every style layer id of an overlay (the legend shows and hides them together). */
export function overlayLayerIds(overlay: StoryOverlay): string[] {
  const set = overlayLayers(overlay);
  return [...set.below, ...set.above].map((l) => l.id);
}
