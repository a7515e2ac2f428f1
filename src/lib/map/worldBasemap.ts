/**
 * The world basemap's files (generated at build time into static/basemap/ by `npm run build:world`)
 * in two levels of detail: `first` is loaded with the page (Natural Earth 110m, the world's capitals
 * and million-cities); `detail` (50m, first-level subdivisions, cities of 150 000+) only once the
 * map is zoomed in beyond what the regional basemap covers.
 */
export const WORLD_BASEMAP_DIR = 'basemap';

export type WorldTier = 'first' | 'detail';

export interface WorldFile {
  /** MapLibre source id and file stem. */
  source: string;
  tier: WorldTier;
}

export const WORLD_FILES: readonly WorldFile[] = [
  { source: 'world-land-110m', tier: 'first' },
  { source: 'world-countries-110m', tier: 'first' },
  { source: 'world-borders-110m', tier: 'first' },
  { source: 'world-water-110m', tier: 'first' },
  { source: 'world-cities-major', tier: 'first' },
  { source: 'world-country-labels', tier: 'first' },
  { source: 'world-land-50m', tier: 'detail' },
  { source: 'world-countries-50m', tier: 'detail' },
  { source: 'world-borders-50m', tier: 'detail' },
  { source: 'world-water-50m', tier: 'detail' },
  { source: 'world-admin1-lines', tier: 'detail' },
  { source: 'world-admin1-labels', tier: 'detail' },
  { source: 'world-cities-more', tier: 'detail' },
];

/** Zoom from which the 50m detail replaces 110m. */
export const DETAIL_ZOOM = 4;

export const worldFileUrl = (base: string, source: string): string => `${base}${WORLD_BASEMAP_DIR}/${source}.geojson`;

/** The regional basemap's extent (west, south, east, north): inside it, its own detailed files suffice. */
export const REGIONAL_BOX: readonly [number, number, number, number] = [14, 40, 50, 57];

/** Whether a view (west, south, east, north) needs the world detail tier: zoomed in and reaching beyond the regional box. */
export function needsWorldDetail(view: readonly [number, number, number, number], zoom: number): boolean {
  if (zoom < DETAIL_ZOOM - 0.2) return false;
  const [w, s, e, n] = view;
  const [bw, bs, be, bn] = REGIONAL_BOX;
  return w < bw || s < bs || e > be || n > bn;
}
