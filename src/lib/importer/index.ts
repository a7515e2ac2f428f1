export { normalizeEntryPath, baseName, type EntryName } from './paths.ts';
export { expandSources, isZipName, MAX_ZIP_BYTES, type ImportSource, type ImportEntry, type ExpandedSources } from './sources.ts';
export { runImport, ImportCancelled, type ImportOptions, type ImportOutcome } from './run.ts';
export { reportOf } from './reportOf.ts';
export { datasetToAdd } from './openDataset.ts';
