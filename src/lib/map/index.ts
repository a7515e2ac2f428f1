/** The map: its style built from the basemap and the story's overlays, place points, framing. */
export { DETAIL_ZOOM, REGIONAL_BOX, WORLD_BASEMAP_DIR, WORLD_FILES, needsWorldDetail, worldFileUrl, type WorldFile, type WorldTier } from './worldBasemap';
