/**
 * The geo files build:geo writes and what each must contain: the regional basemap in geo/ and the
 * default corpus's five story overlays in corpus/overlays/. Build-only: the app validates what it
 * loads with the generic checks in src/lib/geo.
 */
import { validateGeoFile, type GeoFeatureCollection, type GeometryFamily } from '../../src/lib/geo/index.ts';

export interface GeoLayer {
  /** Layer name: also the MapLibre source id and the prefix of its style layer ids. */
  name: string;
  /** File name inside `dir`. */
  file: string;
  /** Where the file is committed: geo/ (basemap) or the default corpus's story overlays. */
  dir: 'geo' | 'corpus/overlays';
  geometry: GeometryFamily;
  /** Feature ids the file must contain. */
  ids?: readonly string[];
  /** Properties (beyond the common ones) every feature of the file must have. */
  required?: readonly string[];
  /** One of the default story's five overlays (these also carry German, French and Indonesian names). */
  storyOverlay: boolean;
}

const ANNEXED_IDS = ['kherson-oblast', 'zaporizhzhia-oblast', 'donetsk-oblast', 'luhansk-oblast', 'crimea', 'sevastopol'] as const;

export const OBLAST_IDS = [
  ...ANNEXED_IDS, 'kyiv-city', 'kyiv-oblast', 'kharkiv-oblast', 'dnipropetrovsk-oblast', 'mykolaiv-oblast', 'odesa-oblast',
  'zhytomyr-oblast', 'vinnytsia-oblast', 'chernihiv-oblast', 'cherkasy-oblast', 'chernivtsi-oblast',
  'ivano-frankivsk-oblast', 'khmelnytskyi-oblast', 'kirovohrad-oblast', 'lviv-oblast', 'poltava-oblast', 'rivne-oblast',
  'sumy-oblast', 'ternopil-oblast', 'volyn-oblast', 'zakarpattia-oblast',
] as const;

/** Every geo file the map loads (geo/gazetteer.json is the gazetteer's, not a layer). */
export const GEO_LAYERS: readonly GeoLayer[] = [
  { name: 'dnipro', dir: 'corpus/overlays', file: 'dnipro.geojson', geometry: 'line', ids: ['dnipro'], storyOverlay: true },
  { name: 'kherson', dir: 'corpus/overlays', file: 'kherson.geojson', geometry: 'point', ids: ['kherson'], required: ['population', 'parent', 'retaken'], storyOverlay: true },
  { name: 'nova-kakhovka', dir: 'corpus/overlays', file: 'nova-kakhovka.geojson', geometry: 'point', ids: ['nova-kakhovka'], required: ['population', 'parent'], storyOverlay: true },
  { name: 'kakhovka-dam', dir: 'corpus/overlays', file: 'kakhovka-dam.geojson', geometry: 'line', ids: ['kakhovka-dam'], required: ['completed', 'destroyed'], storyOverlay: true },
  { name: 'annexed-oblasts', dir: 'corpus/overlays', file: 'annexed-oblasts.geojson', geometry: 'polygon', ids: ANNEXED_IDS, required: ['iso', 'annexed', 'claim'], storyOverlay: true },
  { name: 'basemap-land', dir: 'geo', file: 'basemap-land.geojson', geometry: 'polygon', ids: ['land'], storyOverlay: false },
  { name: 'basemap-countries', dir: 'geo', file: 'basemap-countries.geojson', geometry: 'polygon', ids: ['ukraine', 'russia'], required: ['iso'], storyOverlay: false },
  { name: 'basemap-borders', dir: 'geo', file: 'basemap-borders.geojson', geometry: 'line', required: ['level'], storyOverlay: false },
  { name: 'basemap-admin1', dir: 'geo', file: 'basemap-admin1.geojson', geometry: 'polygon', ids: OBLAST_IDS, required: ['iso', 'label_lon', 'label_lat'], storyOverlay: false },
  { name: 'basemap-water', dir: 'geo', file: 'basemap-water.geojson', geometry: 'line-or-polygon', storyOverlay: false },
  { name: 'basemap-cities', dir: 'geo', file: 'basemap-cities.geojson', geometry: 'point', ids: ['kyiv', 'kherson', 'nova-kakhovka'], required: ['population', 'rank', 'capital', 'country'], storyOverlay: false },
];


/** The layer spec for a path such as "geo/dnipro.geojson" or "/assets/dnipro.geojson". */
export function geoLayerForFile(fileName: string): GeoLayer | undefined {
  const base = fileName.split(/[\\/]/).pop() ?? fileName;
  return GEO_LAYERS.find((l) => l.file === base);
}

/** Validates a built file against its GEO_LAYERS entry. */
export function validateLayerFile(layer: GeoLayer, json: unknown): GeoFeatureCollection {
  return validateGeoFile(`${layer.dir}/${layer.file}`, json, { geometry: layer.geometry, ids: layer.ids, required: layer.required, multilingual: layer.storyOverlay });
}
