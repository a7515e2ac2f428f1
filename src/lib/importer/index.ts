export { normalizeEntryPath, baseName, type EntryName } from './paths.ts';
export { expandSources, isZipName, MAX_ZIP_BYTES, type ImportSource, type ImportEntry, type ExpandedSources } from './sources.ts';
export { runImport, ImportCancelled, type ImportOptions, type ImportOutcome, type ImportProgress } from './run.ts';
export { mergeDatasets, placesUsedBy, EMPTY_DATASET } from './merge.ts';
export { reportOf, accountingLine, plural, type ImportReport } from './report.ts';
export { progressFigures, formatBytes, formatSecondsLeft, type ProgressFigures } from './progress.ts';
export { datasetToAdd } from './openDataset.ts';
export type { ToWorker, FromWorker, PickedFile } from './protocol.ts';
