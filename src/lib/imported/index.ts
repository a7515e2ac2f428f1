/**
 * Imported articles on the page's side: merged with the bundled corpus, the messages to and from
 * the ingest worker, progress figures and the report's wording. Light on purpose: the page's
 * bundle takes this module, and only the worker's takes the pipeline (src/lib/importer).
 */
export { mergeDatasets, placesUsedBy, EMPTY_DATASET } from './merge.ts';
export { accountingLine, plural, type ImportReport } from './report.ts';
export { progressFigures, formatBytes, formatSecondsLeft, type ImportProgress, type ProgressFigures } from './progress.ts';
export { FILES_PER_MESSAGE, type ToWorker, type FromWorker, type PickedFile, type PackedDataset } from './protocol.ts';
export { packMentions, unpackMentions, type PackedMentions } from './transfer.ts';
