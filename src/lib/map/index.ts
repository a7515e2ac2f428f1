/** The map: its style built from the basemap and the story's overlays, place points, framing. */
export { COLORS, ENDED_ICON, FONT, STRUCTURE_ICON, hatchImageId } from './palette';
export { AS_OF } from './expressions';
export { basemapLabelLayers, basemapLayers, basemapSources, focusCountries, type RegionalGeo } from './basemapLayers';
export { overlayImages, overlayLayerIds, overlayLayers, overlaySources, type OverlayLayerSet } from './overlayLayers';
export { placeLayers, placePoints } from './placeLayers';
export { SYMBOL_COLORS, kindSymbol, type KindSymbol } from './kindSymbols';
export { FRAME_SHARE, dataFrame, type Bounds } from './frame';
export { buildStyle, interactiveLayers, type StyleInput } from './style';
export { damIcon, endedIcon, hatch, type RasterImage } from './patterns';
export { labelPoints } from './labelPoints';
export { DETAIL_ZOOM, REGIONAL_BOX, WORLD_BASEMAP_DIR, WORLD_FILES, needsWorldDetail, worldFileUrl, type WorldFile, type WorldTier } from './worldBasemap';
