/** Style expressions shared by the map's layers: feature-state emphasis and counts, labels, as-of dates. */
import type { ExpressionSpecification } from 'maplibre-gl';
import { COLORS } from './palette';

export const hovered: ExpressionSpecification = ['boolean', ['feature-state', 'hover'], false];
export const selected: ExpressionSpecification = ['boolean', ['feature-state', 'selected'], false];
export const emphasis = (normal: number, hover: number, sel: number): ExpressionSpecification =>
  ['case', selected, sel, hovered, hover, normal];
/** Mentions in the current date range (feature-state, so a range change restyles without touching
 *  the sources). Absent until the app has counted: treat as unknown, not zero. */
export const count: ExpressionSpecification = ['to-number', ['coalesce', ['feature-state', 'count'], -1]];
/** Places with no mention in range fade rather than vanish. */
export const fade = (shown: number, faded: number): ExpressionSpecification => ['case', ['==', count, 0], faded, shown];
/** Symbol size grows with the square root of the count (area ∝ count). */
export const sizeByCount = (min: number, max: number): ExpressionSpecification =>
  ['interpolate', ['linear'], ['sqrt', ['max', count, 0]], 0, min, 6, max];

/** The display name over the local-script one (`name_uk` in the regional data), when they differ. */
export const bilingualLabel: ExpressionSpecification = [
  'case',
  ['all', ['has', 'name_uk'], ['!=', ['get', 'name_uk'], ['get', 'name']]],
  ['format', ['get', 'name'], {}, '\n', {}, ['get', 'name_uk'], { 'font-scale': 0.8 }],
  ['get', 'name'],
];

export const labelPaint = { 'text-color': COLORS.label, 'text-halo-color': COLORS.halo, 'text-halo-width': 1.6 };

/** The global-state key holding the day overlays are drawn as of (YYYY-MM-DD). */
export const AS_OF = 'asOf';
const asOf: ExpressionSpecification = ['to-string', ['global-state', AS_OF]];

/** A dated property as text ("2022-09-30", "1956"); years compare correctly against days as text. */
const dateOf = (property: string): ExpressionSpecification => ['to-string', ['get', property]];

/** True when the feature has the date and it is on or before the as-of day. */
export const happened = (property: string): ExpressionSpecification =>
  ['all', ['has', property], ['<=', dateOf(property), asOf]];

/** True unless the feature's date is after the as-of day (features without the date always pass). */
export const notBefore = (property: string): ExpressionSpecification =>
  ['any', ['!', ['has', property]], ['<=', dateOf(property), asOf]];
