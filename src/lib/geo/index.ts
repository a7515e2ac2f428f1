/** Geo files: the basemap's feature schema, the story overlays' check, and reproducible geometry helpers. */
export {
  BASEMAP_KINDS, GEO_KINDS, featurePropertiesSchema, geometryProblem, validateGeoFile,
  type GeoFeature, type GeoFeatureCollection, type GeoFeatureProperties, type GeoFileExpectation, type GeometryFamily,
} from './schema';
export { validateOverlayFile } from './overlay';
export { chainLines, nodeRings, roundGeometry, roundLine, roundTo, sortKeysDeep, stringifyFeatureCollection, type OutputFeature } from './geometry';
