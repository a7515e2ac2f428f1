/** The gazetteer module's public surface. */
export type { GazetteerEntry } from './entry';
export { toDatasetPlace } from './entry';
export { Gazetteer } from './gazetteer';
export { decodeGazetteer, readGazetteerHeader, GazetteerFormatError, GAZETTEER_FORMAT_VERSION, type GazetteerColumns, type GazetteerHeader } from './binary';
export { gazetteerFromBytes, loadGazetteer, GAZETTEER_FILE } from './load';
export { gazetteerEntrySchema } from './schema';
