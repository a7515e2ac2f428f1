export { DEFAULT_VIEW, type ViewState, formatHash, parseHash, viewUrl } from './urlstate.ts';
export { type ExcerptRow, type ExcerptRows, excerptRowKey, excerptRows, rowArray } from './excerptRows.ts';
export { countsByPlace, queryOf } from './query.ts';
export { withLayerVisible } from './hiddenLayers.ts';
