/**
 * Messages between the page and the ingest worker. Files travel as the platform's File objects
 * (the worker reads them, so their bytes never pass through the page's thread), a few dozen per
 * message: cloning a File costs the sender about half a millisecond, so a thousand in one message
 * would block the page for half a second. The result's mentions travel packed (see transfer.ts).
 */
import type { Dataset } from '../dataset.ts';
import type { ImportReport } from './report.ts';
import type { ImportProgress } from './progress.ts';
import type { PackedMentions } from './transfer.ts';

export interface PickedFile {
  file: File;
  /** Path inside a picked or dropped folder ("notes/a.md"), when the file came from one. */
  relativePath?: string;
}

/** Files per 'files' message. */
export const FILES_PER_MESSAGE = 10;

export type ToWorker =
  | { type: 'files'; job: number; files: PickedFile[] }
  | { type: 'import'; job: number; existingIds: [id: string, file: string][] }
  | { type: 'open-dataset'; job: number; file: File; existingIds: [id: string, file: string][] }
  | { type: 'cancel'; job: number };

/** A dataset with its mentions packed. */
export type PackedDataset = Omit<Dataset, 'mentions'> & { mentions: PackedMentions };

export type FromWorker =
  | { type: 'progress'; job: number; progress: ImportProgress }
  | { type: 'done'; job: number; dataset: PackedDataset; report: ImportReport }
  | { type: 'cancelled'; job: number }
  | { type: 'failed'; job: number; message: string };
