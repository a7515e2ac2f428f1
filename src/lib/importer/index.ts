export { normalizeEntryPath, baseName, type EntryName } from './paths.ts';
export { expandSources, isZipName, MAX_ZIP_BYTES, type ImportSource, type ImportEntry, type ExpandedSources } from './sources.ts';
export { runImport, ImportCancelled, type ImportOptions, type ImportOutcome, type ImportProgress } from './run.ts';
export { mergeDatasets, placesUsedBy, EMPTY_DATASET } from './merge.ts';
export { reportOf, accountingLine, plural, type ImportReport } from './report.ts';
export { progressFigures, formatBytes, formatSecondsLeft, type ProgressFigures } from './progress.ts';
export { datasetToAdd } from './openDataset.ts';
export { FILES_PER_MESSAGE, type ToWorker, type FromWorker, type PickedFile, type PackedDataset } from './protocol.ts';
export { packMentions, unpackMentions, type PackedMentions } from './transfer.ts';
