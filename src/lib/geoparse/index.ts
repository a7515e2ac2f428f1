/** The geoparser's public surface: geoparse(text, language, gazetteer, context?) -> toponym spans. */
export { geoparse, type ToponymSpan, type GeoparseContext } from './geoparse';
/** The spelling-insensitive key of a word, as the matcher compares names (for the gazetteer build). */
export { skeleton as spellingKey } from './normalize';
export { encodeNameIndex, NAME_INDEX_SECTION } from './nameIndex';
